"""Helpers: write one article and its gold TOML, check anchors."""
import json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        raise ValueError("None value")
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None or k in ("start",)) + " }"
    raise TypeError(v)


def inline(d):
    parts = []
    for k, x in d.items():
        if x is None:
            continue
        parts.append(f"{k} = {val(x)}")
    return "{ " + ", ".join(parts) + " }"


def write(n, text, header, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p368-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = ["# " + h for h in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {val(location)}")
    problems = []
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"{name}: anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"{name}: number {f['number']!r} not whole in {a!r}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k not in f:
                continue
            v = f[k]
            if isinstance(v, dict):
                out.append(f"{k} = {inline(v)}")
            else:
                out.append(f"{k} = {val(v)}")
        for k in f:
            if k not in ORDER:
                problems.append(f"{name}: unknown key {k}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figs)} figures, "
          f"{sum(1 for f in figs if f.get('optional'))} optional")
    for p in problems:
        print("PROBLEM", p)
