"""Shared helpers: write one article + its gold TOML, with checks (anchor once, number whole in anchor, value vs number)."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def P(text, start, end, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def parse_num(s):
    if s.lower() in WORDNUM:
        return WORDNUM[s.lower()]
    t = s.replace(".", "").replace(",", ".")
    return float(t)


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if float(v) == int(v) and abs(v) < 1e18:
            return str(int(v))
        return repr(float(v))
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change", "target",
         "status", "subject", "period", "location", "optional"]


def build(name, text, figs, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    for i, f in enumerate(figs):
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} {a!r}: anchor occurs {c} times")
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} {a!r}: number {n!r} not whole in anchor")
        pn = parse_num(n)
        ratio = f["value"] / pn if pn else (0 if f["value"] == 0 else None)
        if pn and not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"fig {i+1} {a!r}: value {f['value']} vs number {n}")
        for k in f:
            if k not in ORDER:
                problems.append(f"fig {i+1}: unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    nreq = sum(1 for f in figs if not f.get("optional"))
    ninh = sum(1 for f in figs if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({nreq} required, {len(figs)-nreq} optional, {ninh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if not 1200 <= len(text) <= 1800:
        print("  PROBLEM: length", len(text))
    return problems
