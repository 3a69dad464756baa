"""Helpers for set 238: write one article and its gold TOML, and check every anchor."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
        "target", "status", "subject", "period", "location", "optional"]


def per(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    d = dict(p)
    d["inherited"] = True
    return d


def ch(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tg(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    return d


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e18:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def write(name, article, figures, notes, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    problems = []
    n = len(article)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    lines = ["# " + c for c in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_v(location)}")
    for f in figures:
        f = {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
        a, num = f["anchor"], f["number"]
        c = article.count(a)
        if c != 1:
            problems.append(f"anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not a whole number in {a!r}")
        bad = set(f) - set(KEYS)
        if bad:
            problems.append(f"unknown keys {bad}")
        lines += ["", "[[figures]]"]
        lines += [f"{k} = {_v(f[k])}" for k in KEYS if f.get(k) is not None]
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figures if f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures, {opt} optional")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
