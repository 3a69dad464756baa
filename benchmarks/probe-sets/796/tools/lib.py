"""Probe set 796 (persimmons / dried persimmons): shared helpers.

Each genK.py builds one article and its gold with `Fig(...)` records and calls `write(...)`,
which normalises to NFC, checks the article length and every anchor, and writes
articles/p796-K.txt and gold/p796-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def period(text, start=None, end=None, inherited=False):
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def year(text, y, inherited=False):
    return period(text, f"{y}-01-01", f"{y}-12-31", inherited)


def asof(text, end, inherited=False):
    return period(text, None, end, inherited)


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def target(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def Fig(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    rec.update(kw)
    if subject:
        rec["subject"] = subject
    if per:
        rec["period"] = per
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: rec[k] for k in KEYS if k in rec and rec[k] is not None}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200-1800")
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            errs.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value for {a!r}")
        if f.get("period") and not f["period"].get("text"):
            errs.append(f"period without text for {a!r}")
    return errs


def write(k, text, figs, notes=(), published=None, location=None):
    name = f"p796-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(val)}" for key, val in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
