"""Shared helpers for the probe-408 generators: write one article and its gold TOML, checking anchors.

Each genN.py builds the article text and a list of figures with F(...), then calls write(...).
Checks: NFC, length 1200-1800, every anchor occurs exactly once, the number occurs in the anchor as a
whole number (same rule as score.py), values are numbers.
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


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if start is None:
        del d["start"]
    if end is None:
        del d["end"]
    if inh:
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
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def num(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        r = round(v, 6)
        if r == int(r) and abs(r) < 1e15:
            return str(int(r))
        return repr(r)
    return str(v)


def val(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return num(v)


def write(name, text, figures, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"figure {i+1} anchor {a!r} occurs {c} times")
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"figure {i+1} number {f['number']!r} not whole in anchor {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {val(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
