"""Probe set 816 helpers: build an article and its gold TOML from a generator script, with checks.

Checks: NFC text, 1200-1800 characters, each anchor occurs exactly once, the number stands whole in its
anchor, value/number is 1 or a power-of-ten multiplier, value_max > value.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """period object"""
    out = {"text": text}
    if start is not None:
        out["start"] = start
    if end is not None:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """same period, marked inherited (stated in another sentence)"""
    out = dict(period)
    out["inherited"] = True
    return out


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        rec["subject"] = subject
    if period is not None:
        rec["period"] = period
    for k, v in extra.items():
        if k not in KEYS:
            raise KeyError(k)
        rec[k] = v
    return rec


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v == int(v) and abs(v) < 1e17:
        return str(int(v))
    return repr(v)


def build(name: str, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    issues = []
    if not 1200 <= len(text) <= 1800:
        issues.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            issues.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            issues.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            issues.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            issues.append(f"value_max <= value in {a!r}")
        if f.get("kind") == "percent" and f.get("unit") != "%":
            issues.append(f"percent unit in {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k in KEYS:
            if k in f:
                lines.append(f"{k} = {toml_val(f[k])}")
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for i in issues:
        print("  PROBLEM:", i)
    if issues:
        sys.exit(1)
