"""Shared helpers: write one article and its gold TOML, checking every anchor.

Each gen<N>.py calls build(n, text, header, defaults, figures).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = "457"


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def CH(direction, value, unit, baseline, approx="exact"):
    return {"direction": direction, "value": value, "unit": unit, "approx": approx, "baseline": baseline}


def TG(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject is not None:
        d["subject"] = subject
    for k in ("period", "location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise ValueError(f"unknown keys {kw}")
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        raise ValueError("None in TOML")
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(type(v))


def build(n, text, header, defaults, figures):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    name = f"p{SET}-{n}"
    problems = []
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} {a!r}: anchor occurs {c} times")
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} {a!r}: number {num!r} not whole in anchor")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = []
    for line in header.strip().splitlines():
        out.append("# " + line.strip())
    out.append(f'doc = "../articles/{name}.txt"')
    for k, v in defaults.items():
        out.append(f"{k} = {tv(v)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {tv(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figures)} figures "
          f"({sum(1 for f in figures if f.get('optional'))} optional)")
