"""Probe set 811 helpers: build one article + its gold TOML and check the gold before writing.

Checks: article length 1200-1800 chars (NFC); every anchor occurs exactly once; the number stands whole
in its anchor; value/number is 1 or a power-of-ten multiplier; value_max > value.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited when the phrase stands in another sentence."""
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


def T(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def _str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def number_value(s):
    w = s.strip().lower()
    if w in NUMWORDS:
        return NUMWORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def build(name, text, figures, *, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            bad.append(f"value/number = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_val(v)}" for k, v in f.items()]
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
