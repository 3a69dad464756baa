"""Shared helper: write one article and its gold TOML, checking anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def C(direction, value, unit, baseline=None, approx=None):
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
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        s = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{s}"'
    if isinstance(v, dict):
        parts = [f"{k} = {val(x)}" for k, x in v.items() if x is not None]
        return "{ " + ", ".join(parts) + " }"
    raise TypeError(v)


def write(name, article, figures, header, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    n = len(article)
    ok = True
    if not 1200 <= n <= 1800:
        print(f"{name}: length {n} outside 1200-1800", file=sys.stderr)
        ok = False
    out = ["# " + line for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = "{location}"')
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        c = article.count(a)
        if c != 1:
            print(f"{name} fig {i+1} {a!r}: occurs {c} times", file=sys.stderr)
            ok = False
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name} fig {i+1} {a!r}: number {num!r} not whole in anchor", file=sys.stderr)
            ok = False
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            print(f"{name} fig {i+1}: unknown keys {extra}", file=sys.stderr)
            ok = False
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if isinstance(f.get("period"), dict) and f["period"].get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {len(figures)-req} optional, {inh} inherited) {'OK' if ok else 'PROBLEMS'}")
    return ok
