"""Probe set 1012 helpers: build one article + its gold TOML and check them.

Design: an article is a plain string; each figure is a dict made by `fig(...)`.
`write(k, ...)` normalises to NFC, runs the checks and writes
articles/p1012-k.txt and gold/p1012-k.toml.  Checks:
  * article length 1 200 - 1 800 characters;
  * each anchor occurs exactly once;
  * the number stands whole in its anchor (same rule as score.py);
  * value / number is 1 or a power-of-ten multiplier, and equals the word
    multiplier (nghìn/triệu/tỷ) written right after the number when there is one;
  * value_max > value; kind/status/approx from the allowed sets.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SET = "1012"
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
            "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT_WORD = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start is not None:
        p["start"] = start
    if end is not None:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


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


def fig(anchor, number, value, kind, unit, subject=None, per=None, **extra):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if per is not None:
        f["period"] = per
    for k, v in extra.items():
        if k not in KEY_ORDER:
            raise KeyError(f"unknown key {k} in {anchor!r}")
        f[k] = v
    return {k: f[k] for k in KEY_ORDER if k in f}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{esc}"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    out = []
    n = len(text)
    if not 1200 <= n <= 1800:
        out.append(f"article length {n} not in 1200-1800")
    if text != unicodedata.normalize("NFC", text):
        out.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            out.append(f"anchor found {c} times: {a!r}")
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            out.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        base = number_value(num)
        ratio = f["value"] / base
        if not any(abs(ratio - 10 ** e) <= 1e-9 * 10 ** e for e in range(0, 13)):
            out.append(f"value/number = {ratio} in {a!r}")
        after = a[m.end():].lstrip().split(" ")[0].lower() if a[m.end():].startswith(" ") else ""
        want = MULT_WORD.get(after)
        if want and abs(ratio - want) > 1e-9 * want:
            out.append(f"multiplier word {after!r} but ratio {ratio} in {a!r}")
        if not want and ratio != 1 and f["kind"] != "money":
            out.append(f"ratio {ratio} without multiplier word in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max not > value in {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx {f.get('approx')}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status {f.get('status')}")
        if f["kind"] == "percent" and f["unit"] != "%":
            out.append(f"percent without % unit in {a!r}")
    return out


def write(k, text, figures, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{kk: unicodedata.normalize("NFC", vv) if isinstance(vv, str) else vv for kk, vv in f.items()}
               for f in figures]
    name = f"p{SET}-{k}"
    problems = check(text, figures)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {line}" for line in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_value(v)}" for key, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
    for p in problems:
        print("   PROBLEM:", p)
    if problems:
        sys.exit(1)
