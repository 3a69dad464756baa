"""Shared helpers: write one article and its gold TOML, checking anchors exactly as score.py does."""
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
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
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject, period=period)
    d.update(kw)
    return d


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


def emit(n, text, comments, figures, published=None, location=None, lo=1200, hi=1800):
    name = f"p378-{n}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    if not lo <= len(text) <= hi:
        problems.append(f"length {len(text)} outside {lo}-{hi}")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for i, f in enumerate(figures, 1):
        a, num = unicodedata.normalize("NFC", f["anchor"]), f["number"]
        at = text.find(a)
        if at < 0:
            problems.append(f"fig {i} anchor not found: {a!r}")
        elif text.find(a, at + 1) >= 0:
            problems.append(f"fig {i} anchor repeated: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i} number {num!r} not whole in {a!r}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            v = f.get(k)
            if v is None or (k == "optional" and not v):
                continue
            out.append(f"{k} = {tv(v)}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"fig {i} unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    return problems
