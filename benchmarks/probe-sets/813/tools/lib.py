"""Probe set 813 (water sports and lake tourism): shared helpers for the article generators.

Each tools/genK.py builds one article text and its list of gold figures, then calls `write()`,
which normalises to NFC, checks the article and every figure, and writes
articles/p813-K.txt and gold/p813-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    """A period record; `inherited` marks a phrase standing in another sentence (not scored)."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def inherit(p):
    return {**p, "inherited": True}


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    """One gold figure, keys in a fixed order."""
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    rec.update(extra)
    if subject is not None:
        rec["subject"] = subject
    if period is not None:
        rec["period"] = period
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: rec[k] for k in KEYS if k in rec}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"article length {len(text)} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in POWERS):
            problems.append(f"value {f['value']} / number {f['number']} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"bad kind {f['kind']}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"bad approx: {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"bad status: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % unit: {a!r}")
    return problems


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p813-{k}"
    text = unicodedata.normalize("NFC", text)
    figures = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for key, v in f.items()}
               for f in figures]
    problems = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines.extend(f"{key} = {toml_val(v)}" for key, v in f.items())
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
