"""Probe set 809 (Tết kumquat, peach and apricot trees): shared helpers.

Each genK.py builds one article text and its gold figures and calls `write()`, which
checks the article and the gold (anchor occurs once, number whole in the anchor,
value = number x 1 or a power-of-ten multiplier, value_max > value, length 1200-1800)
and writes articles/p809-K.txt and gold/p809-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "809"
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional")


# ---- periods -------------------------------------------------------------
def year(text, y, inherited=False):
    return _p(text, f"{y}-01-01", f"{y}-12-31", inherited)


def span(text, start, end, inherited=False):
    return _p(text, start, end, inherited)


def asof(text, end, inherited=False):
    return _p(text, None, end, inherited)


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


# ---- attributes ----------------------------------------------------------
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


def tgt(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


# ---- figures -------------------------------------------------------------
def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d and d[k] is not None}


def number_value(s):
    t = s.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


# ---- TOML ----------------------------------------------------------------
def _str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, float):
        return repr(round(v, 10))
    return str(v)


# ---- write + check -------------------------------------------------------
def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"article length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
            continue
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value in {a!r}")
        if f.get("kind") == "percent" and f.get("unit") != "%":
            problems.append(f"percent without % unit in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            problems.append(f"required figure without subject: {a!r}")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"]
        lines += [f"{key} = {_val(v)}" for key, v in f.items()]
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("   PROBLEM:", p)
    if problems:
        sys.exit(1)
