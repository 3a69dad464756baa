"""Probe set 958 (urban wastewater treatment, sewer connections): build one article + its gold TOML and check them.

Usage from a generator:  from lib import *  ...  build("p958-1", TEXT, FIGS, published=..., location=..., notes=[...])
"""
from __future__ import annotations

import datetime
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """period; inherited=True when its phrase stands in another sentence (FIGURES.md section 5)."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """the same period, inherited from another sentence."""
    return {**period, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, **kw}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def _num(s):
    low = s.lower()
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


WHOLE = r"(?<![\w.,]){}(?!\w|[.,]\d)"
NUMTOK = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)")


def build(name, text, figures, published=None, location=None, notes=()):
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200..1800")
    covered = []
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        hits = list(re.finditer(WHOLE.format(re.escape(f["number"])), a))
        if not hits:
            bad.append(f"number {f['number']!r} not whole in anchor {a!r}")
            continue
        if len(hits) > 1:
            bad.append(f"number {f['number']!r} occurs {len(hits)} times in anchor {a!r} (first one is scored)")
        if n >= 1:
            at = text.find(a) + hits[0].start()
            covered.append((at, at + len(f["number"])))
        ratio = f["value"] / _num(f["number"])
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS or f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            bad.append(f"bad enum in {a!r}")
        for key in ("start", "end"):
            d = (f.get("period") or {}).get(key)
            if d:
                datetime.date.fromisoformat(d)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        datetime.date.fromisoformat(published)
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_toml(v)}" for k, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    # numbers in the text that no anchor covers: each must be a deliberate non-figure
    free = [m.group() for m in NUMTOK.finditer(text)
            if not any(s <= m.start() < e for s, e in covered)]
    print("  not figures:", " ".join(free))
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
