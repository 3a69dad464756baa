"""Probe set 914 (leprosy control and care villages): build one article and its gold TOML, with checks.

Each genK.py builds the article text (in pieces, so that table cells know their offsets), lists the gold
figures and calls write(). write() checks: NFC, length 1200-1800, every anchor occurs exactly once, the
number stands whole in the anchor and its first whole occurrence is the intended one, value/number is 1 or
a power-of-ten multiplier, value_max > value, period dates are ISO.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
MULT = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
NUM_RE = r"(?<![\w.,]){}(?!\w|[.,]\d)"


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    d = dict(p)
    d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
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
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    bad = set(d) - set(KEYS)
    assert not bad, bad
    return {k: d[k] for k in KEYS if k in d}


def parse_num(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


class Doc:
    """Accumulates article text; remembers where table cells were written."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.marks = {}

    def add(self, s, mark=None):
        if mark:
            self.marks[mark] = (self.n, self.n + len(s))
        self.parts.append(s)
        self.n += len(s)

    @property
    def text(self):
        return "".join(self.parts)

    def cell_anchor(self, mark):
        """Shortest unique substring that starts at the cell (extended right, then left)."""
        text = self.text
        s, e = self.marks[mark]
        for k in range(e, len(text) + 1):
            a = text[s:k]
            if text.count(a) == 1:
                return a
        for j in range(s - 1, -1, -1):
            a = text[j:e]
            if text.count(a) == 1:
                return a
        raise ValueError(mark)


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, comments, figures, published=None, location=None, positions=None):
    """positions: optional {index: absolute offset of the intended number} to verify first-occurrence."""
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c}x: {a!r}")
        m = re.search(NUM_RE.format(re.escape(f["number"])), a)
        if not m:
            problems.append(f"number not whole in anchor: {f['number']!r} / {a!r}")
        elif positions and i in positions and c == 1 and text.find(a) + m.start() != positions[i]:
            problems.append(f"number's first occurrence is not the intended one: {a!r}")
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else (1 if f["value"] == 0 else 0)
        if not any(abs(ratio - m_) <= 1e-9 * m_ for m_ in MULT):
            problems.append(f"value/number ratio {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']}: {a!r}")
        if f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            problems.append(f"approx/status: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent unit: {a!r}")
        per = f.get("period")
        if per:
            for k in ("start", "end"):
                if k in per and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", per[k]):
                    problems.append(f"period {k}: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inhn = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inhn} inherited periods)")
    for p in problems:
        print("  PROBLEM", p)
    return not problems
