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


def CH(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d


def TG(value, unit, met=None):
    return {"value": value, "unit": unit, "met": met}


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    order = ["value_max", "approx", "total", "percent", "change", "target", "status",
             "subject", "period", "location", "optional"]
    kw["subject"] = subject
    for k in order:
        if kw.get(k) is not None:
            d[k] = kw.pop(k)
        else:
            kw.pop(k, None)
    if kw:
        raise SystemExit(f"unknown keys {kw}")
    return d


def val(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None or k in ("start",) and False) + " }"
    raise TypeError(v)


def inline(d):
    parts = []
    for k, x in d.items():
        if x is None:
            continue
        parts.append(f"{k} = {val(x)}")
    return "{ " + ", ".join(parts) + " }"


def build(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not (1200 <= n <= 1800):
        problems.append(f"length {n} outside 1200-1800")
    for i, f in enumerate(figures):
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {val(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k, x in f.items():
            if isinstance(x, dict):
                lines.append(f"{k} = {inline(x)}")
            else:
                lines.append(f"{k} = {val(x)}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
