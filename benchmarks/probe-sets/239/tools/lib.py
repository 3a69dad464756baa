"""Shared helpers: write one article and its gold TOML, and check every anchor.

Each genN.py calls build(...) with the article text and a list of figures made by F(...).
Checks: NFC, length 1200-1800 chars, every anchor occurs exactly once, the number occurs
in the anchor as a whole number (same regex as score.py).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def C(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    """TOML value."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def build(name, text, header, figs, published=None, location=None):
    text = nfc(text).lstrip("\n")
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for i, f in enumerate(figs):
        a = nfc(f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"figure {i + 1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"figure {i + 1} number {f['number']!r} not whole in anchor {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                v = f[k]
                if k == "period":
                    v = {kk: vv for kk, vv in v.items() if vv is not None}
                out.append(f"{k} = {tv(nfc(v) if isinstance(v, str) else v)}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text(nfc("\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
