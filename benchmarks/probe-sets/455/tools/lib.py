"""Helpers for the probe-455 generators: write one article and its gold TOML, checking anchors and values."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
         "mười": 10, "nhất": 1, "nhì": 2, "tư": 4}
NUMRE = r"(?<![\w.,])%s(?!\w|[.,]\d)"


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited from another sentence."""
    q = dict(p)
    q["inherited"] = True
    return q


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def parse_number(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def check_value(fig, where):
    base = parse_number(fig["number"])
    if base == 0:
        ok = fig["value"] == 0
    else:
        r = fig["value"] / base
        ok = any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e6, 1e9, 1e12))
    if not ok:
        raise SystemExit(f"{where}: value {fig['value']} does not fit number {fig['number']!r}")


def write(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"{name}: {n} chars (want 1200-1800)")
    for i, fig in enumerate(figures):
        a = unicodedata.normalize("NFC", fig["anchor"])
        where = f"{name} fig {i + 1} {a[:40]!r}"
        c = text.count(a)
        if c != 1:
            problems.append(f"{where}: anchor occurs {c} times")
        if not re.search(NUMRE % re.escape(fig["number"]), a):
            problems.append(f"{where}: number {fig['number']!r} not whole in anchor")
        check_value(fig, where)
        extra = set(fig) - set(ORDER)
        if extra:
            problems.append(f"{where}: unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for fig in figures:
        out += ["", "[[figures]]"]
        out += [f"{k} = {tv(fig[k])}" for k in ORDER if k in fig]
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    nopt = sum(1 for f in figures if f.get("optional"))
    ninh = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({nopt} optional, {ninh} inherited)")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
