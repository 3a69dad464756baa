"""Probe set 801 helpers: build an article and its gold TOML, and check the gold before writing it.

Checks: every anchor occurs exactly once in the article; the number stands whole in its anchor;
value/number is 1 or a power-of-ten multiplier; value_max > value; 1 200-1 800 characters, NFC.
"""
import calendar
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]


# ---- periods -------------------------------------------------------------------------------
def year(text, y, inherited=False):
    return _p(text, f"{y}-01-01", f"{y}-12-31", inherited)


def months(text, y, m1, m2, inherited=False):
    last = calendar.monthrange(y, m2)[1]
    return _p(text, f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{last:02d}", inherited)


def asof(text, end, inherited=False):
    return _p(text, None, end, inherited)


def span(text, start, end, inherited=False):
    return _p(text, start, end, inherited)


def _p(text, start, end, inherited):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


# ---- attributes ----------------------------------------------------------------------------
def up(value, unit="%", baseline=None, approx=None):
    return _chg("increase", value, unit, baseline, approx)


def down(value, unit="%", baseline=None, approx=None):
    return _chg("decrease", value, unit, baseline, approx)


def _chg(direction, value, unit, baseline, approx):
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k, v in kw.items():
        if k not in FIELD_ORDER:
            raise KeyError(k)
        d[k] = v
    return {k: d[k] for k in FIELD_ORDER if k in d}


# ---- output --------------------------------------------------------------------------------
def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v == int(v) and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


def _num(s):
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if not (re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s)):
        raise ValueError(f"cannot read number {s!r}")
    return float(s.replace(".", "").replace(",", "."))


def build(k, text, figures, comments=(), published=None, location=None):
    name = f"p801-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
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
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = _num(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            bad.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] not in ("count", "percent", "money", "measure", "rank", "multiple"):
            bad.append(f"kind {f['kind']}")
    if bad:
        for b in bad:
            print(name, "PROBLEM:", b)
        sys.exit(1)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments] + [f'doc = "../articles/{name}.txt"']
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_toml(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{key} = {_toml(val)}" for key, val in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
