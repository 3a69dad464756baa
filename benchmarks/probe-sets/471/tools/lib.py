"""Shared helpers: write one article + its gold TOML, checking anchors."""
import json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inherited: d["inherited"] = True
    return d


def I(text, start=None, end=None):
    return P(text, start, end, True)


def C(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx: d["approx"] = approx
    if baseline: d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None: d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject: d["subject"] = subject
    if period: d["period"] = period
    d.update(kw)
    return d


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write(n, text, figs, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p471-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    problems = []
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published: lines.append(f'published = "{published}"')
    if location: lines.append(f"location = {val(location)}")
    for f in figs:
        a = f["anchor"]
        if text.count(a) != 1:
            problems.append(f"anchor x{text.count(a)}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not in {a!r}")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f:
                lines.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM", p)
