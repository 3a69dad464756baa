"""Probe set 935 (nursing homes / elderly care): helpers shared by gen1.py ... gen8.py.

write(name, text, figures, ...) normalises the article to NFC, checks it and writes
articles/<name>.txt and gold/<name>.toml.  Checks: length 1200-1800 chars, every anchor
occurs exactly once, the number stands whole in its anchor, value/number is 1 or a
power-of-ten multiplier, value_max > value.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


# ---- periods -------------------------------------------------------------
def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def year(text, y, inherited=False):
    return P(text, f"{y}-01-01", f"{y}-12-31", inherited)


def months(text, y, m1, m2, inherited=False):
    last = {1: 31, 2: 29 if y % 4 == 0 else 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31,
            9: 30, 10: 31, 11: 30, 12: 31}[m2]
    return P(text, f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{last:02d}", inherited)


def asof(text, end, inherited=False):
    return P(text, None, end, inherited)


def inh(p):
    d = dict(p)
    d["inherited"] = True
    return d


# ---- attributes ----------------------------------------------------------
def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject, **kw)
    if period:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    assert not unknown, unknown
    return {k: d[k] for k in KEYS if k in d}


# ---- checks and output ---------------------------------------------------
def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{esc}"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"value {f['value']} / number {f['number']} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent with unit {f['unit']!r}")
    return problems


def write(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_value(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inherited = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, "
          f"{inherited} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
