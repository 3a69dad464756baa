"""Probe set 844 (insect farming for feed and food): build one article + its gold TOML and validate them.

Usage in a genK.py:  from lib import F, P, chg, tgt, write
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence (FIGURES.md §5)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """Same period, marked inherited."""
    return {**p, "inherited": True}


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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or re.fullmatch(r"\d+(,\d+)?", t):
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


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200-1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        nv = number_value(f["number"])
        r = f["value"] / nv if nv else 1
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit at {a!r}")
    return errs


def write(k, text, figs, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()} for f in figs]
    name = f"p844-{k}"
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {tv(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
