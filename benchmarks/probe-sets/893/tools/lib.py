"""Probe set 893 (boarding houses for industrial workers): shared helpers.

Each genK.py builds one article text and its gold figures with F(), then calls
build(), which checks the article and the gold and writes both files.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence."""
    out = {"text": text}
    if start is not None:
        out["start"] = start
    if end is not None:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """Same period, marked inherited."""
    return {**period, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    if period:
        rec["period"] = period
    for k, v in extra.items():
        if k not in KEYS:
            raise KeyError(k)
        rec[k] = v
    return {k: rec[k] for k in KEYS if k in rec}


def read_number(s):
    w = s.lower()
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200-1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        if unicodedata.normalize("NFC", a) != a:
            errs.append(f"anchor not NFC: {a!r}")
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        base = read_number(num)
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value for {a!r}")
        per = f.get("period")
        if per and per["text"] not in text:
            errs.append(f"period text not in article: {per['text']!r}")
        if f.get("approx") not in (None, "about", "nearly", "over", "under", "at_least", "at_most"):
            errs.append(f"bad approx {f.get('approx')!r}")
        if f.get("status") not in (None, "estimate", "target", "forecast"):
            errs.append(f"bad status {f.get('status')!r}")
    return errs


def build(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  ERROR:", e)
    if errs:
        sys.exit(1)
