"""Shared helper: write one article and its gold TOML, checking anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items() if x is not None) + " }"
    return json.dumps(v, ensure_ascii=False)


def build(name, text, figures, comments, location, published=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    lines.append(f"location = {q(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {q(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems


def P(text, start=None, end=None, inherited=None):
    d = {"text": text, "start": start, "end": end}
    if inherited:
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
