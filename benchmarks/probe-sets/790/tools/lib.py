"""Probe set 790 (water puppetry and traditional theatre troupes): shared helpers.

Each genK.py builds one article text and a list of gold figures, then calls write().
write() normalises to NFC, checks the article and every figure, and writes
articles/p790-K.txt and gold/p790-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as inherited from another sentence."""
    out = dict(period)
    out["inherited"] = True
    return out


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"article length {n} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article not NFC")
    for f in figures:
        a = f["anchor"]
        where = repr(a[:50])
        k = text.count(a)
        if k != 1:
            bad.append(f"anchor occurs {k} times: {where}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in anchor {where}")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} in {where}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value in {where}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} in {where}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r} in {where}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r} in {where}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit in {where}")
    return bad


def write(k: int, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for key, v in f.items()}
               for f in figures]
    name = f"p790-{k}"
    problems = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_q(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
