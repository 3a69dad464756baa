"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def C(direction, value, unit, baseline=None, approx=None):
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


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "status", "change", "target", "subject", "period", "location", "optional"]


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def build(name, text, comments, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    art = ROOT / "articles" / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    problems = []
    for i, f in enumerate(figs):
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} {a!r}: anchor occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} {a!r}: number {n!r} not whole in anchor")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"fig {i+1}: unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM", p)
    if not 1200 <= len(text) <= 1800:
        print("  PROBLEM length", len(text))
    if problems:
        sys.exit(1)
