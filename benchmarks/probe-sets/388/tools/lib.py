"""Shared helpers: write one article and its gold TOML, checking every anchor."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def Y(year, text=None, inh=False):
    return P(text or f"năm {year}", f"{year}-01-01", f"{year}-12-31", inh)


def s(v):
    return json.dumps(v, ensure_ascii=False)


def inline(d):
    parts = []
    for k, v in d.items():
        if isinstance(v, bool):
            parts.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, (int, float)):
            parts.append(f"{k} = {v}")
        elif v is None:
            continue
        else:
            parts.append(f"{k} = {s(v)}")
    return "{ " + ", ".join(parts) + " }"


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    return d


def build(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f"published = {s(published)}")
    if location:
        out.append(f"location = {s(location)}")
    for i, f in enumerate(figures):
        a, num = unicodedata.normalize("NFC", f["anchor"]), f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k not in f or f[k] is None:
                continue
            v = f[k]
            if isinstance(v, dict):
                out.append(f"{k} = {inline(v)}")
            elif isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, (int, float)):
                out.append(f"{k} = {v}")
            else:
                out.append(f"{k} = {s(v)}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"fig {i+1} unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
