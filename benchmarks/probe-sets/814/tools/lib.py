"""Probe set 814 (books, publishing, reading culture): shared helpers.

Each genK.py builds one article text and its gold figure list, then calls write().
write() checks the brief's constraints and writes articles/p814-K.txt and gold/p814-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inh=False):
    """A period object; inh=True marks a phrase that stands in another sentence."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited."""
    return {**p, "inherited": True}


def C(direction, value, unit="%", baseline=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    if period:
        rec["period"] = period
    for k, v in extra.items():
        if k not in KEYS:
            raise KeyError(k)
        rec[k] = v
    return {k: rec[k] for k in KEYS if k in rec}


def num(s):
    w = s.lower()
    if w in NUMWORDS:
        return NUMWORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    return repr(v)


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p814-{k}"
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = num(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
            bad.append(f"value/number = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
        if f.get("kind") == "percent" and f.get("unit") != "%":
            bad.append(f"percent unit: {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {tv(val)}" for key, val in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
