"""Probe set 838 (organic fertiliser, composting of farm by-products): helpers to write one article and its gold.

Each genK.py builds the article text and a list of figure dicts, then calls write(); write() checks
  - the article is NFC and 1 200-1 800 characters long,
  - every anchor occurs exactly once and the number stands whole in it,
  - value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ),
  - value_max > value,
  - no unknown keys, and kinds / approx / status are from FIGURES.md,
and writes articles/p838-K.txt and gold/p838-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = "838"
HERE = Path(__file__).resolve().parent.parent
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when its phrase stands in another sentence."""
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited (phrase in another sentence)."""
    return {**p, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
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
    d.update(kw)
    unknown = set(d) - set(KEYS)
    assert not unknown, (anchor, unknown)
    return {k: d[k] for k in KEYS if k in d}


def number_value(s: str) -> float:
    w = s.lower()
    if w in NUMWORDS:
        return NUMWORDS[w]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if text != unicodedata.normalize("NFC", text):
        bad.append("text not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a, n = f["anchor"], f["number"]
        cnt = text.count(a)
        if cnt != 1:
            bad.append(f"anchor occurs {cnt} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {n!r} not whole in anchor {a!r}")
        base = number_value(n)
        r = f["value"] / base
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            bad.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r} for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit: {a!r}")
    return bad


def write(k: int, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
               for f in figures]
    name = f"p{SET}-{k}"
    bad = check(text, figures)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figures if f.get("optional"))
    inh = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
