"""Shared helpers: write article + gold TOML, check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    for k in ("location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise ValueError(f"unknown keys {kw}")
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
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def build(n, text, figures, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p242-{n}"
    ok = True
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor {a!r} occurs {c} times"); ok = False
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {f['number']!r} not whole in {a!r}"); ok = False
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = ["# " + c for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = {val(location)}')
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required){'' if ok else '  PROBLEMS'}")
    if not 1200 <= len(text) <= 1800:
        print(f"{name}: LENGTH OUT OF RANGE")
