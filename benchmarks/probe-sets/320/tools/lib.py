"""Shared helpers: write one article and its gold TOML, checking anchors the way score.py reads them."""
import json
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def Pi(text, start=None, end=None):
    return P(text, start, end, True)


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject, period=period)
    d.update(kw)
    return d


def ch(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d


def tg(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def build(n, comments, text, figs, published=None, location=None):
    name = f"p320-{n}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    probs = []
    if not 1200 <= len(text) <= 1800:
        probs.append(f"length {len(text)}")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for i, f in enumerate(figs):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            probs.append(f"fig {i+1} anchor {a!r} occurs {c}x")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            probs.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            v = f.get(k)
            if v is None or v is False:
                continue
            out.append(f"{k} = {tv(v)}")
        for k in f:
            if k not in ORDER:
                probs.append(f"fig {i+1} unknown key {k}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if f.get("period") and f["period"].get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs)-req} optional, {inh} inherited)")
    for p in probs:
        print("  PROBLEM:", p)
    if probs:
        sys.exit(1)
