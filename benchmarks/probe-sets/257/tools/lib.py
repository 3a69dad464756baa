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


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx: d["approx"] = approx
    if baseline: d["baseline"] = baseline
    return d


def T(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None: d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None: d["subject"] = subject
    d.update(kw)
    return d


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write(n, text, figures, header, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p257-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published: out.append(f'published = "{published}"')
    if location: out.append(f'location = "{location}"')
    problems = []
    spans = []
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        at = text.find(a)
        if at < 0:
            problems.append(f"fig {i+1} anchor not found: {a!r}")
            continue
        if text.find(a, at + 1) >= 0:
            problems.append(f"fig {i+1} anchor not unique: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
            continue
        spans.append((at + hit.start(), at + hit.end()))
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"fig {i+1} unknown key {k}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    # numbers not covered by a gold figure: to review as distractors
    loose = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            loose.append(text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎"))
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required), {len(problems)} problems")
    for p in problems: print("  PROBLEM", p)
    for l in loose: print("  not-a-figure:", l)
    if len(text) < 1200 or len(text) > 1800:
        print("  LENGTH out of range")
