"""Shared helpers for probe set 403: write one article and its gold TOML, with checks.

Each genN.py builds the article text and a list of figures (F(...)) and calls write().
Checks: NFC, 1200-1800 chars, every anchor occurs exactly once, the number occurs in the
anchor as a whole number (same regex as score.py), the value agrees with the number read
the Vietnamese way times a power-of-ten multiplier.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def CH(direction, value, unit, baseline=None, approx=None):
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


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def read_vn(num: str) -> float:
    s = num
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    return float(s)


WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "một": 1, "đôi": 2}


def write(n: int, text: str, comments: list[str], figures: list[dict], published=None, location=None):
    name = f"p403-{n}"
    text = unicodedata.normalize("NFC", text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for i, f in enumerate(figures, 1):
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i} number {num!r} not whole in anchor {a!r}")
        try:
            base = WORDS[num.lower()] if num.lower() in WORDS else read_vn(num)
            ratio = f["value"] / base if base else (0 if f["value"] == 0 else -1)
            if base and not any(abs(ratio - 10 ** k) < 1e-9 * 10 ** k for k in (0, 3, 4, 6, 9, 12)):
                problems.append(f"fig {i} value {f['value']} vs number {num}")
        except ValueError:
            problems.append(f"fig {i} number {num!r} unreadable")
        for k in f:
            if k not in ORDER:
                problems.append(f"fig {i} unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f"published = {q(published)}")
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {val(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {len(figures)-req} optional, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
