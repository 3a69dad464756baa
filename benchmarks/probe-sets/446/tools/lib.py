"""Helpers for probe set 446: write one article + its gold TOML, check anchors and values.

F(anchor, number, mult, kind, unit, subject, period, **attrs): the value is computed exactly from the
number as written (Vietnamese style: '.' thousands, ',' decimal) times the word multiplier `mult`
(1, 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'), so value and number cannot disagree.
"""
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULT = {1: 1, "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9, "nghìn tỷ": 10**12, "triệu tỷ": 10**15}
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}


def num(s, mult=1):
    s = s.strip()
    if s in WORDS:
        d = Decimal(WORDS[s])
    else:
        assert re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s), s
        d = Decimal(s.replace(".", "").replace(",", "."))
    v = d * MULT[mult]
    return int(v) if v == v.to_integral_value() else float(v)


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def Y(year, text=None, inh=False):
    return P(text or f"năm {year}", f"{year}-01-01", f"{year}-12-31", inh)


def F(anchor, number, mult, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": num(number, mult), "kind": kind, "unit": unit}
    if "value_max" in kw:
        d["value_max"] = num(kw.pop("value_max"), mult)
    for k in ("approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k in ("location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


def ch(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number not in anchor: {f['number']!r} / {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inh} inherited)")
    for p in problems:
        print("  PROBLEM", p)
