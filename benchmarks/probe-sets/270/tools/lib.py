"""Helpers for probe set 270: build one article + gold TOML, checking anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def Y(text, year, inh=False):
    return P(text, f"{year}-01-01", f"{year}-12-31", inh)


def C(direction, value, unit="%", baseline=None, approx=None):
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


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def tval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(unicodedata.normalize("NFC", v), ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tval(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
           "mười": 10, "nhất": 1}


def parse_num(s):
    if s.lower() in WORDNUM:
        return WORDNUM[s.lower()]
    s = s.replace(".", "").replace(",", ".")
    return float(s)


def build(name, text, figs, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for i, f in enumerate(figs):
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
        try:
            pv = parse_num(num)
            ratio = f["value"] / pv if pv else (0 if f["value"] == 0 else 1)
            if pv == 0 and f["value"] != 0:
                raise ValueError
            if pv and not any(abs(ratio - m) < 1e-6 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
                problems.append(f"fig {i+1} value {f['value']} vs number {num}")
        except (ValueError, ZeroDivisionError):
            problems.append(f"fig {i+1} value {f['value']} vs number {num} unparsed")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tval(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tval(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"unknown key {k}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
