"""Shared helper: write an article and its gold TOML, checking anchors like score.py does."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def s(x):
    return json.dumps(x, ensure_ascii=False)


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def inline(d):
    parts = []
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, bool):
            parts.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, (int, float)):
            parts.append(f"{k} = {v!r}")
        else:
            parts.append(f"{k} = {s(v)}")
    return "{ " + ", ".join(parts) + " }"


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "status",
         "change", "target", "subject", "period", "location", "optional"]


def write(n, article, figures, comments, published=None, location=None):
    name = f"p454-{n}"
    article = unicodedata.normalize("NFC", article)
    ok = True
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        c = article.count(a)
        if c != 1:
            print(f"{name} fig {i+1} anchor {a!r} occurs {c} times"); ok = False; continue
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name} fig {i+1} number {num!r} not whole in {a!r}"); ok = False
    L = len(article)
    if not 1200 <= L <= 1800:
        print(f"{name}: {L} chars (outside 1200-1800)")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {s(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER + [k for k in f if k not in ORDER]:
            if k not in f or f[k] is None:
                continue
            v = f[k]
            if isinstance(v, dict):
                out.append(f"{k} = {inline(v)}")
            elif isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, (int, float)):
                out.append(f"{k} = {v!r}")
            else:
                out.append(f"{k} = {s(v)}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {L} chars, {len(figures)} figures ({req} required){'' if ok else '  PROBLEMS'}")
