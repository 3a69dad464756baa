"""Probe set 835 (beer and soft drinks): build one article + its gold TOML and check the gold.

Each genK.py calls `build(name, text, header_comments, figures, published=..., location=...)`.
Figures are made with `F(...)`; periods with `per(...)`, changes with `chg(...)`, targets with `tgt(...)`.
Checks: NFC text, 1200-1800 chars, every anchor once, number whole in its anchor,
value/number a power-of-ten multiplier, value_max > value.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
MULTIPLIERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "trăm": 100}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def per(text, start=None, end=None, inherited=False):
    out = {"text": text, "start": start, "end": end}
    out = {k: v for k, v in out.items() if v is not None}
    if inherited:
        out["inherited"] = True
    return out


def chg(direction, value, unit="%", baseline=None, approx=None):
    assert direction in ("increase", "decrease")
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def tgt(value, unit, met=None):
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
    assert kind in KINDS, kind
    assert rec.get("approx", "exact") in APPROX, rec.get("approx")
    assert rec.get("status", "actual") in STATUS, rec.get("status")
    return {k: rec[k] for k in KEYS if k in rec}


def number_value(s: str) -> float:
    low = s.lower()
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def build(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    issues = []
    if not 1200 <= len(text) <= 1800:
        issues.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            issues.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            issues.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        base = number_value(f["number"])
        if base:
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS):
                issues.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            issues.append(f"value_max <= value at {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for i in issues:
        print("   PROBLEM:", i)
    if issues:
        sys.exit(1)
