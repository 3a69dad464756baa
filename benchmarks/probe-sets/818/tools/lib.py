"""Probe set 818 helpers: build one article + its gold TOML and validate the anchors.

Each genK.py defines TEXT (the article), META (published, location, comments) and FIGS (a list of F(...) dicts),
then calls build("p818-K", ...). Validation: every anchor occurs exactly once in the NFC text, the number stands whole
in the anchor, value/number is 1 or a word multiplier, value_max > value, and the article is 1200-1800 characters.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET_DIR = Path(__file__).resolve().parents[1]
POWERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def N(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start is not None:
        p["start"] = start
    if end is not None:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


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


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(FIELD_ORDER)
    if unknown:
        raise KeyError(f"unknown fields {unknown} in {anchor!r}")
    return {k: d[k] for k in FIELD_ORDER if k in d and d[k] is not None}


def number_value(num: str) -> float:
    s = num.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {num!r}")


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e17 else repr(v)
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{esc}"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figs: list[dict]) -> list[str]:
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    for f in figs:
        a = N(f["anchor"])
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
            errs.append(f"value {f['value']} / number {f['number']} = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']!r}: {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']!r}: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent with unit {f['unit']!r}: {a!r}")
    return errs


def build(name: str, text: str, figs: list[dict], comments=(), published=None, location=None):
    text = N(text)
    errs = check(text, figs)
    (SET_DIR / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {N(c)}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(N(location))}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        for k, v in f.items():
            lines.append(f"{k} = {toml_value(N(v) if isinstance(v, str) else v)}")
    (SET_DIR / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figs)
    inh = sum(bool(isinstance(f.get("period"), dict) and f["period"].get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("   ERROR:", e)
    if errs:
        sys.exit(1)
