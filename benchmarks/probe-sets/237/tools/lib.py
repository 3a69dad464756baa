"""Helpers for probe set 237: write one article and its gold TOML, checking anchors and length."""
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited (stated in another sentence)."""
    d = dict(p)
    d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, "subject": subject}
    if period:
        d["period"] = period
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def build(name, article, figs, comments, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    n = len(article)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    out = ["# " + c for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figs:
        a, num = f["anchor"], f["number"]
        cnt = article.count(a)
        if cnt != 1:
            problems.append(f"anchor {a!r} occurs {cnt} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not whole in {a!r}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required), problems: {problems or 'none'}")
