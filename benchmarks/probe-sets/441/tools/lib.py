"""Shared helpers: write article + gold TOML, check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def per(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
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
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    if v is None:
        return '""'
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def build(name, text, figures, comment, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    for i, f in enumerate(figures):
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c}x")
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = []
    for line in comment.strip().splitlines():
        out.append("# " + line.strip())
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                v = f[k]
                if k == "period":
                    s = "{ " + ", ".join(f"{kk} = {tv(vv)}" for kk, vv in v.items() if vv is not None) + " }"
                    out.append(f"period = {s}")
                else:
                    out.append(f"{k} = {tv(v)}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
