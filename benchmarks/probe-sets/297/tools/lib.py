"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def s(v):
    return json.dumps(v, ensure_ascii=False)


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inh: d["inherited"] = True
    return d


def Y(text, year, inh=False):
    return P(text, f"{year}-01-01", f"{year}-12-31", inh)


def inline(d):
    parts = []
    for k, v in d.items():
        if isinstance(v, bool):
            parts.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, (int, float)):
            parts.append(f"{k} = {v}")
        else:
            parts.append(f"{k} = {s(v)}")
    return "{ " + ", ".join(parts) + " }"


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject: d["subject"] = subject
    if period: d["period"] = period
    d.update(kw)
    return d


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def write(name, text, figures, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = ["# " + c for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published: out.append(f'published = "{published}"')
    if location: out.append(f"location = {s(location)}")
    problems = []
    for i, f in enumerate(figures):
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {n!r} not whole in anchor {a!r}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER + [k for k in f if k not in ORDER]:
            if k not in f: continue
            v = f[k]
            if isinstance(v, dict): out.append(f"{k} = {inline(v)}")
            elif isinstance(v, bool): out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, (int, float)): out.append(f"{k} = {v}")
            else: out.append(f"{k} = {s(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    nreq = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({nreq} required), "
          f"{sum(1 for f in figures if f.get('period', {}).get('inherited'))} inherited")
    for p in problems: print("  PROBLEM", p)
    if not 1200 <= len(text) <= 1800: print("  PROBLEM length", len(text))
    return problems
