"""Shared helpers for the probe-262 generators: write article + gold TOML, check anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if kw.get(k) is not None:
            d[k] = kw[k]
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    if "location" in kw:
        d["location"] = kw["location"] if kw["location"] is not None else ""
    if kw.get("optional"):
        d["optional"] = True
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write(name, text, figures, comments, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    if status:
        out.append(f"status = {tv(status)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {tv(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    # coverage: digit runs in the article not inside any figure's number
    covered = []
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        at = text.find(a)
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if at >= 0 and m:
            covered.append((at + m.start(), at + m.end()))
    loose = []
    for m in re.finditer(r"\d[\d.,]*\d|\d", text):
        if not any(s < m.end() and m.start() < e for s, e in covered):
            loose.append(m.group())
    print(f"{name}: {len(text)} chars, {len(figures)} figures "
          f"({sum(1 for f in figures if f.get('optional'))} optional)")
    print("  not annotated:", " ".join(loose))
    for p in problems:
        print("  PROBLEM:", p)
    if not (1200 <= len(text) <= 1800):
        print("  PROBLEM: length", len(text))
    return not problems
