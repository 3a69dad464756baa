"""Probe set 1080 (railway level crossings): shared helpers.

Each genK.py builds one article (text) and its gold figures, then calls `save()`,
which checks the figures against the text and writes articles/p1080-K.txt and gold/p1080-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "1080"

NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


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


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(f"unknown fields {unknown} in {anchor!r}")
    return {k: d[k] for k in FIELD_ORDER if k in d}


def whole(number):
    return re.compile(r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)")


def cell_anchor(text, pos, number, lo=4):
    """Smallest window around text[pos:pos+len(number)] that occurs once and whose first
    whole occurrence of `number` is the one at pos (for table cells)."""
    assert text[pos:pos + len(number)] == number, (text[pos:pos + 20], number)
    for width in range(lo, 80):
        for left in range(0, width + 1):
            a = max(0, pos - left)
            b = min(len(text), pos + len(number) + (width - left))
            while a > 0 and text[a - 1].isalnum():
                a -= 1
            while b < len(text) and text[b].isalnum():
                b += 1
            s = text[a:b]
            if text.count(s) != 1:
                continue
            m = whole(number).search(s)
            if m and a + m.start() == pos:
                return s
    raise ValueError(f"no anchor for {number!r} at {pos}")


def parse_number(s):
    low = s.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"article length {n} not in 1200-1800")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("article is not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c} times: {a!r}")
        if not whole(num).search(a):
            problems.append(f"number {num!r} not whole in anchor {a!r}")
        base = parse_number(num)
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']!r} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f['approx']!r} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f['status']!r} for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % unit: {a!r}")
        p = f.get("period")
        for key in ("start", "end"):
            if p and key in p and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p[key]):
                problems.append(f"bad period {key} {p[key]!r} for {a!r}")
        if not f.get("optional") and not f.get("subject"):
            problems.append(f"required figure without subject: {a!r}")
    return problems


def save(k, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p{SET}-{k}"
    figures = [{kk: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for kk, v in f.items()}
               for f in figures]
    problems = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {_toml(val)}" for key, val in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for pr in problems:
        print("   PROBLEM:", pr)
    if problems:
        sys.exit(1)
