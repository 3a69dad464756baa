"""Probe set 894 (apartment building management): build one article + its gold TOML and check them.

Each genK.py calls write(name, text, figures, ...) with figures made by F(...).
Checks: anchor occurs exactly once, the number stands whole in the anchor, value / number is 1 or a
power-of-ten multiplier, value_max > value, article length 1200-1800 characters, text is NFC.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = [1, 1e3, 1e4, 1e6, 1e9, 1e12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
        "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    d = {"text": text, "start": start, "end": end}
    d = {k: v for k, v in d.items() if v is not None}
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """The same period, inherited from another sentence."""
    d = dict(period)
    d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def numval(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return float(NUMWORDS[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number not whole: {f['number']!r} in {a!r}")
        r = f["value"] / numval(f["number"])
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            bad.append(f"value/number = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS or f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            bad.append(f"enum: {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figures if f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({opt} optional, {inh} inherited periods)")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
