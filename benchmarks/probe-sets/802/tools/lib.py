"""Probe set 802 (peanuts and sesame): shared helpers for the article/gold generators.

Each genK.py builds one article text and its list of gold figures, then calls write().
write() checks the article (NFC, length) and every figure (anchor once, number whole
inside the anchor, value/number ratio is a power-of-ten multiplier, value_max > value)
before writing articles/p802-K.txt and gold/p802-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = "802"
BASE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def year(text, y, inherited=False):
    return period(text, f"{y}-01-01", f"{y}-12-31", inherited)


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(d) - set(FIELD_ORDER)
    if unknown:
        raise SystemExit(f"unknown fields {unknown} in {anchor!r}")
    return {k: d[k] for k in FIELD_ORDER if k in d}


def number_value(s):
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(k, text, figures, comments=(), published=None, location=None):
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"length {n} not in 1200-1800")
    for f in figures:
        a = f["anchor"]
        if unicodedata.normalize("NFC", a) != a:
            errs.append(f"anchor not NFC: {a!r}")
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value for {a!r}")
        if f["kind"] not in ("count", "percent", "money", "measure", "rank", "multiple"):
            errs.append(f"bad kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in ("exact", "about", "nearly", "over", "under", "at_least", "at_most"):
            errs.append(f"bad approx for {a!r}")
        if f.get("status", "actual") not in ("actual", "estimate", "target", "forecast"):
            errs.append(f"bad status for {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {n} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
