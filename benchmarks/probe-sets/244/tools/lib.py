"""Helpers for probe set 244: write article + gold TOML, check anchors."""
import calendar
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def last_day(y, m):
    return calendar.monthrange(y, m)[1]


def per(text, start=None, end=None, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def Y(text, y, inh=False):
    return per(text, f"{y}-01-01", f"{y}-12-31", inh)


def Q(text, q, y, inh=False):
    m1 = 3 * (q - 1) + 1
    m2 = m1 + 2
    return per(text, f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{last_day(y, m2)}", inh)


def FIRST(text, months, y, inh=False):
    return per(text, f"{y}-01-01", f"{y}-{months:02d}-{last_day(y, months)}", inh)


def MON(text, m, y, inh=False):
    return per(text, f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last_day(y, m)}", inh)


def ASOF(text, y, m, d=None, inh=False):
    d = d or last_day(y, m)
    return per(text, None, f"{y}-{m:02d}-{d:02d}", inh)


def SPAN(text, y1, y2, inh=False):
    return per(text, f"{y1}-01-01", f"{y2}-12-31", inh)


def TO(text, y, inh=False):
    return per(text, None, f"{y}-12-31", inh)


def fig(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def q(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def write(n, article, figures, comments, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    name = f"p244-{n}"
    problems = []
    L = len(article)
    if not 1200 <= L <= 1800:
        problems.append(f"length {L} outside 1200-1800")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figures:
        a, num = f["anchor"], f["number"]
        at = article.find(a)
        if at < 0:
            problems.append(f"anchor not found: {a!r}")
        elif article.find(a, at + 1) >= 0:
            problems.append(f"anchor twice: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not whole in {a!r}")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {val(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {L} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
