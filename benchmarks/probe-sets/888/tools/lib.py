"""Probe set 888 (livestock manure treatment, biogas): shared helpers for the generators.

Each genK.py builds one article text and its gold figures, then calls write(); write() checks the
article (NFC, 1200-1800 chars) and every figure (anchor once, number whole in the anchor, value is the
number times 1 or a power-of-ten multiplier, value_max > value) and writes articles/ and gold/.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """period object; inherited=True when its phrase stands in another sentence"""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def I(p):
    """the same period, inherited"""
    return {**p, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    if period:
        f["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        f[k] = v
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    w = s.strip().lower()
    if w in NUMWORDS:
        return float(NUMWORDS[w])
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
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    return repr(v)


def check(text, figs):
    errs = []
    if unicodedata.normalize("NFC", text) != text:
        errs.append("text not NFC")
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200-1800")
    for f in figs:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            errs.append(f"number {num!r} not whole in {a!r}")
        elif f.get("last") is not None:
            pass
        base = number_value(num)
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} / number {num!r} = {ratio}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent unit not %: {a!r}")
    return errs


def write(name, text, figs, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
