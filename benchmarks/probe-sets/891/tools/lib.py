"""Probe set 891 (watermelon / cantaloupe growing): shared helpers for gen1..gen8.

Each genK.py builds one article text and its gold figures, then calls write()
which checks the gold against the text and writes articles/p891-K.txt and
gold/p891-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
SET = "891"
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
POWERS = [1, 1e3, 1e4, 1e6, 1e9, 1e12]


def P(text, start=None, end=None, inherited=False):
    """Period object. start/end ISO dates or None; inherited when the phrase is in another sentence."""
    d = {"text": text, "start": start, "end": end}
    d = {k: v for k, v in d.items() if v is not None}
    if inherited:
        d["inherited"] = True
    return d


def Y(year, text=None, inherited=False):
    return P(text or f"năm {year}", f"{year}-01-01", f"{year}-12-31", inherited)


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": {"+": "increase", "-": "decrease"}.get(direction, direction), "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit="%", met=None):
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
        if v is not None:
            d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def tq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tq(x)}" for k, x in v.items()) + " }"
    return repr(v)


def numval(s):
    t = s.lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("text not NFC")
    for f in figs:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        base = numval(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
            errs.append(f"value {f['value']} / number {f['number']} = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        for key in ("kind", "unit"):
            if not f.get(key):
                errs.append(f"no {key}: {a!r}")
    return errs


def write(k, text, figs, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()} for f in figs]
    name = f"p{SET}-{k}"
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{key} = {tq(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figs if f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
