"""Shared helpers for the probe-set 346 generators: write article + gold TOML and check anchors."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = "346"


def num(s: str) -> float:
    """Vietnamese number as written: '.' groups thousands, ',' is the decimal mark."""
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(".", "").replace(",", ".")) if "," in s else float(s)


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, kind, unit, subject=None, *, value=None, mult=1, **kw):
    """One gold figure. value defaults to the written number times mult."""
    if value is None:
        if re.fullmatch(r"[\d.,]+", number):
            value = num(number) * mult
        else:
            raise ValueError(f"give value for {number!r}")
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
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(n: int, text: str, figs: list, comments: list[str], published=None, location=None):
    name = f"p{SET}-{n}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    chars = len(text)
    if not 1200 <= chars <= 1800:
        problems.append(f"length {chars} outside 1200-1800")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tv(location)}")
    for i, f in enumerate(figs, 1):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i} number {f['number']!r} not whole in anchor {a!r}")
        lines.append("")
        lines.append("[[figures]]")
        for k, v in f.items():
            lines.append(f"{k} = {tv(v)}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {chars} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
