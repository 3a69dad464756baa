"""Shared helpers: write article + gold TOML, check anchors (once, number inside as whole number)."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inh:
        p["inherited"] = True
    return p


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            f[k] = kw.pop(k)
    if subject:
        f["subject"] = subject
    if period:
        f["period"] = period
    for k in ("location", "optional"):
        if k in kw:
            f[k] = kw.pop(k)
    assert not kw, kw
    return f


def s(v):
    return json.dumps(v, ensure_ascii=False)


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return s(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(n, article, figs, header, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    name = f"p330-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    out = [f"# {h}" for h in header]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {s(location)}")
    bad = 0
    for f in figs:
        a, num = unicodedata.normalize("NFC", f["anchor"]), f["number"]
        c = article.count(a)
        if c != 1:
            print(f"{name}: anchor occurs {c}x: {a!r}"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {num!r} not whole in {a!r}"); bad += 1
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(article)} chars, {len(figs)} figures, {sum(1 for f in figs if f.get('optional'))} optional, {bad} problems")
