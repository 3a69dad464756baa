"""Shared helpers for the probe-413 generators: write an article and its gold TOML, check anchors."""
import json
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def num(s):
    """Vietnamese-style number as written ('1.420.000', '62,5') -> Decimal."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    return Decimal(s)


def clean(d):
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def P(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def PI(text, start=None, end=None):
    return P(text, start, end, inherited=True)


def F(anchor, number, kind, unit, subject=None, mult=1, value=None, **kw):
    if value is None:
        value = clean(num(number) * Decimal(str(mult)))
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if "value_max" in kw and kw["value_max"] is not None and isinstance(kw["value_max"], str):
        kw["value_max"] = clean(num(kw["value_max"]) * Decimal(str(mult)))
    order = ["value_max", "approx", "status", "total", "percent", "change", "target"]
    for k in order:
        if k in kw and kw[k] is not None:
            f[k] = kw.pop(k)
    if subject:
        f["subject"] = subject
    for k in ("period", "location", "optional"):
        if k in kw and kw[k] is not None:
            f[k] = kw.pop(k)
    if kw:
        raise ValueError(f"unknown keys {kw}")
    return f


def CH(direction, value, unit, baseline=None, approx=None):
    c = {"direction": "increase" if direction.startswith("i") else "decrease", "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(n, text, figs, comments, published=None, location=None):
    name = f"p413-{n}"
    text = unicodedata.normalize("NFC", text)
    problems = []
    for i, f in enumerate(figs):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} {a!r}: anchor occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} {a!r}: number {f['number']!r} not whole in anchor")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = ["# " + line for line in comments.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {tv(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs)-req} optional, {inh} inherited)")
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} out of 1200-1800")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
