"""Helpers for probe set 246: write an article and its gold TOML from one script, with checks."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def s(v):
    return json.dumps(v, ensure_ascii=False)


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return s(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def write(n, comments, article, figures, published=None, location=None):
    name = f"p246-{n}"
    text = unicodedata.normalize("NFC", article)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for i, f in enumerate(figures):
        a, num = unicodedata.normalize("NFC", f["anchor"]), f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {s(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
