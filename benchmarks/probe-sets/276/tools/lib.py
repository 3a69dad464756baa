"""Helpers: write one article and its gold TOML, checking every anchor."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def CH(direction, value, baseline=None, unit="%", approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    order = ["value_max", "approx", "total", "percent", "change", "target", "status", "subject", "period",
             "location", "optional"]
    kw["subject"] = subject
    kw["period"] = period
    for k in order:
        if kw.get(k) is not None:
            d[k] = kw[k]
    for k in kw:
        if k not in order:
            raise ValueError(k)
    return d


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        items = [f"{k} = {val(x)}" for k, x in v.items() if x is not None]
        return "{ " + ", ".join(items) + " }"
    raise TypeError(v)


def write(name, article, figures, header, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    n = len(article)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    for f in figures:
        a = f["anchor"]
        c = article.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not in {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    out = [f"# {line}" for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {val(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
