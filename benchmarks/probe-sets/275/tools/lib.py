"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        raise ValueError("None in TOML")
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(nfc(v), ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    return d


def ch(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d


def build(n, article, comments, figures, published=None, location=None):
    text = nfc(article)
    name = f"p275-{n}"
    probs = []
    if not (1200 <= len(text) <= 1800):
        probs.append(f"length {len(text)} outside 1200-1800")
    for i, f in enumerate(figures, 1):
        a = nfc(f["anchor"])
        at = text.find(a)
        if at < 0:
            probs.append(f"fig {i} anchor not found: {a!r}")
            continue
        if text.find(a, at + 1) >= 0:
            probs.append(f"fig {i} anchor occurs twice: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            probs.append(f"fig {i} number {f['number']!r} not whole in anchor {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {val(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            probs.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    nopt = sum(1 for f in figures if f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({nopt} optional)")
    for p in probs:
        print("  PROBLEM:", p)
    if probs:
        sys.exit(1)
