"""Probe set 846 (taro, yam, arrowroot): shared helpers for the article generators.

Each genK.py builds one article text and its gold figures, then calls `write()`, which
checks the article and every figure and writes articles/p846-K.txt and gold/p846-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "846"
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


# ---- periods -------------------------------------------------------------------------------
def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start is not None:
        p["start"] = start
    if end is not None:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def year(text, y, inherited=False):
    return period(text, f"{y}-01-01", f"{y}-12-31", inherited)


def upto(text, end, inherited=False):
    """An as-of period: no start."""
    return period(text, None, end, inherited)


def months(text, y, last_month, inherited=False):
    last_day = {1: 31, 2: 29 if y % 4 == 0 else 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31,
                9: 30, 10: 31, 11: 30, 12: 31}[last_month]
    return period(text, f"{y}-01-01", f"{y}-{last_month:02d}-{last_day:02d}", inherited)


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


# ---- attributes ----------------------------------------------------------------------------
def change(direction, value, unit="%", baseline=None, approx=None):
    assert direction in ("increase", "decrease")
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


# ---- figures -------------------------------------------------------------------------------
def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


# ---- numbers -------------------------------------------------------------------------------
def number_value(s: str) -> float:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


# ---- TOML ----------------------------------------------------------------------------------
def tq(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def tv(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


# ---- checks and output ---------------------------------------------------------------------
def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if text != unicodedata.normalize("NFC", text):
        bad.append("text is not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a, n = f["anchor"], f["number"]
        where = f"figure {a!r}"
        count = text.count(a)
        if count != 1:
            bad.append(f"{where}: anchor occurs {count} times")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            bad.append(f"{where}: number {n!r} not whole in anchor")
        try:
            ratio = f["value"] / number_value(n)
            if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
                bad.append(f"{where}: value/number = {ratio}")
        except ValueError as e:
            bad.append(f"{where}: {e}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"{where}: value_max not above value")
        if f["kind"] not in KINDS:
            bad.append(f"{where}: kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"{where}: approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"{where}: status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"{where}: percent with unit {f['unit']!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"{where}: required figure without subject")
    return bad


def write(k: int, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figures = [{key: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for key, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    (BASE / "articles").mkdir(exist_ok=True)
    (BASE / "gold").mkdir(exist_ok=True)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {tv(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
