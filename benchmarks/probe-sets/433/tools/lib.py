"""Shared helpers: write an article and its gold TOML, check anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def s(x):
    return json.dumps(x, ensure_ascii=False)


def val(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (int, float)):
        if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
            return str(int(x))
        return repr(x)
    if isinstance(x, str):
        return s(x)
    if isinstance(x, dict):
        return "{ " + ", ".join(f"{k} = {val(v)}" for k, v in x.items()) + " }"
    raise TypeError(x)


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
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


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def write(n, text, header, figures, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p433-{n}"
    problems = []
    for i, f in enumerate(figures):
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} {a!r}: anchor occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} {a!r}: number {f['number']!r} not whole in anchor")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f"published = {s(published)}")
    if location:
        out.append(f"location = {s(location)}")
    if status:
        out.append(f"status = {s(status)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    body = len(text)
    print(f"{name}: {body} chars, {len(figures)} figures, "
          f"{sum(1 for f in figures if f.get('optional'))} optional")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
