"""Probe set 828 (amateur arts, community choirs): shared helpers.

Each genK.py builds one article and its gold with `article(...)` and `F(...)`, then calls `write(...)`,
which checks the gold (anchor once, number whole in the anchor, value = number x 10^k, value_max > value,
1200-1800 characters) and writes articles/p828-K.txt and gold/p828-K.toml.
"""
import calendar
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
        "target", "status", "subject", "period", "location", "optional"]


# ---- periods -------------------------------------------------------------------------------
def year(text, y, inh=False):
    return _p(text, f"{y}-01-01", f"{y}-12-31", inh)


def months(text, y, m1, m2, inh=False):
    last = calendar.monthrange(y, m2)[1]
    return _p(text, f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{last:02d}", inh)


def asof(text, iso, inh=False):
    return _p(text, None, iso, inh)


def span(text, start, end, inh=False):
    return _p(text, start, end, inh)


def _p(text, start, end, inh):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


# ---- attributes ----------------------------------------------------------------------------
def up(value, unit="%", baseline=None, approx=None):
    return _c("increase", value, unit, baseline, approx)


def down(value, unit="%", baseline=None, approx=None):
    return _c("decrease", value, unit, baseline, approx)


def _c(direction, value, unit, baseline, approx):
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


# ---- figures -------------------------------------------------------------------------------
def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


# ---- TOML ----------------------------------------------------------------------------------
def _str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(k, text, notes, figures, published=None, location=None):
    name = f"p828-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        base = number_value(f["number"])
        if not any(abs(f["value"] - base * p) <= 1e-9 * max(1, abs(f["value"])) for p in POWERS):
            bad.append(f"value {f['value']} is not {base} x 10^k: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
        for key in ("change", "target"):
            if key in f:
                assert isinstance(f[key], dict)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
