"""Probe set 792 (caves and cave tourism): shared helpers for the generator scripts.

Each genK.py builds one article text and its gold figure list, then calls write_set(),
which normalises to NFC, validates the anchors and numbers, and writes
articles/p792-K.txt and gold/p792-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked inherited."""
    return {**period, "inherited": True}


def C(direction, value, unit="%", baseline=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def to_number(s):
    low = s.lower()
    if low in NUMWORDS:
        return NUMWORDS[low]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    return repr(v)


def check(text, figures):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        try:
            base = to_number(f["number"])
        except ValueError as e:
            errs.append(str(e))
            continue
        r = f["value"] / base if base else 1.0
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} / number {f['number']} = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value: {a!r}")
        p = f.get("period")
        if p and not p.get("inherited") and p["text"] not in text:
            errs.append(f"period text not in article: {p['text']!r}")
        if f.get("kind") == "percent" and f.get("unit") != "%":
            errs.append(f"percent with unit {f.get('unit')!r}: {a!r}")
    return errs


def write_set(k, text, figures, notes=(), published=None, location=None):
    name = f"p792-{k}"
    text = unicodedata.normalize("NFC", text)
    figures = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
