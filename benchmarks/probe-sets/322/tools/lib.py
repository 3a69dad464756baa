"""Shared helpers: write one article + its gold TOML, checking anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
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


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if v is None:
        raise ValueError("None")
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(type(v))


def write(name, article, figures, comments, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    ok = True
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        n = article.count(a)
        if n != 1:
            print(f"{name} fig {i+1} anchor {a!r} occurs {n} times", file=sys.stderr)
            ok = False
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            print(f"{name} fig {i+1} number {f['number']!r} not whole in anchor {a!r}", file=sys.stderr)
            ok = False
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(article)} chars, {len(figures)} figures ({req} required, {inh} inherited){'' if ok else '  PROBLEMS'}")
    return ok
