"""Helpers for probe set 760: write one article + its gold TOML and check the anchors.

Each generator calls emit(name, text, comments, figures, published, location).
Checks: length 1200-1800 chars (NFC), every anchor occurs exactly once, the number
stands in its anchor as a whole number (first whole occurrence, as score.py reads it),
and value / number is 1 or a word multiplier (10^3, 10^4, 10^6, 10^9, 10^12).
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
         "tám": 8, "chín": 9, "mười": 10}
NUM_RE = r"(?<![\w.,])%s(?!\w|[.,]\d)"


def per(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    d = dict(p)
    d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


ORDER_ATTR = ("value_max", "approx", "total", "percent", "change", "target", "status")


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ORDER_ATTR:
        if k in kw:
            d[k] = kw.pop(k)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k in ("location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise TypeError(f"unknown fields {kw}")
    return d


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_number(s):
    t = s.strip().lower()
    if t in WORDS:
        return WORDS[t]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or re.fullmatch(r"\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(s)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c}x: {a!r}")
        if not re.search(NUM_RE % re.escape(f["number"]), a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = parse_number(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {ratio} at {a!r}")
        if "value_max" in f and f["value_max"] <= f["value"]:
            problems.append(f"value_max <= value at {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inhd = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inhd} inherited periods)")
    for p in problems:
        print("  PROBLEM", p)
    return not problems
