"""Shared helpers: write one article + its gold TOML, checking anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def PI(text, start, end):
    return P(text, start, end, inherited=True)


def ch(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def write(name, article, figures, comments, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    problems = []
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        n = article.count(a)
        if n != 1:
            problems.append(f"fig {i+1} {a!r}: occurs {n} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} {a!r}: number {f['number']!r} not whole")
        for k in f:
            if k not in ORDER:
                problems.append(f"fig {i+1}: unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(article)} chars, {len(figures)} figures ({req} required), "
          f"{sum(1 for f in figures if f.get('period', {}).get('inherited'))} inherited")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    return d
