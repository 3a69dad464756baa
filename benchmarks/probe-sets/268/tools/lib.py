"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if float(v).is_integer() and abs(v) < 1e18:
            return str(int(v))
        return repr(float(v))
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if v is None:
        raise ValueError("None in TOML")
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def write(n, comments, article, figs, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    name = f"p268-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    bad = 0
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = article.count(a)
        if c != 1:
            print(f"{name}: anchor {a!r} occurs {c} times"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {f['number']!r} not in anchor {a!r}"); bad += 1
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tv(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {tv(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            print("unknown keys", extra); bad += 1
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(article)} chars, {len(figs)} figures ({req} required), {bad} problems")
    if bad:
        sys.exit(1)
