"""Helpers: write one article + its gold TOML, and check anchors."""
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    return d


def s(x):
    return json.dumps(x, ensure_ascii=False)


def val(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if x is None:
        raise ValueError("None in TOML")
    if isinstance(x, (int, float)):
        return repr(x)
    if isinstance(x, str):
        return s(x)
    if isinstance(x, dict):
        return "{ " + ", ".join(f"{k} = {val(v)}" for k, v in x.items() if v is not None) + " }"
    raise TypeError(x)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def emit(name, text, figs, header, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    art = ROOT / "articles" / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    out = ["# " + line for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {s(location)}")
    bad = 0
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            print(f"{name}: anchor {a!r} occurs {n} times", file=sys.stderr)
            bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {f['number']!r} not whole in {a!r}", file=sys.stderr)
            bad += 1
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            raise KeyError(extra)
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {sum(1 for f in figs if f.get('optional'))} optional, {bad} problems")
