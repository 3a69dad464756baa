"""Shared helpers: write one article + its gold TOML, and check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inh: d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx: d["approx"] = approx
    if baseline: d["baseline"] = baseline
    return d


def TG(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None: d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject: d["subject"] = subject
    d.update(kw)
    return d


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(name, text, comments, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    art = ROOT / "articles" / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    problems = []
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {n!r} not whole in {a!r}")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published: out.append(f'published = "{published}"')
    if location: out.append(f"location = {val(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra: problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    n_req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({n_req} required)")
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for p in problems:
        print("  PROBLEM", p)
    return problems
