"""Probe set 907 (sericulture): helpers that write one article and its gold TOML and check them.

Checks: article length 1200-1800 chars (NFC); every anchor occurs exactly once; the number stands whole in
its anchor (same regex as score.py); value/number is 1 or a power-of-ten multiplier; value_max > value.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULT = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inh=False):
    d = {"text": text, "start": start, "end": end}
    d = {k: v for k, v in d.items() if v is not None}
    if inh:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited (the phrase stands in another sentence)."""
    return {**p, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, "subject": subject, **kw}
    if period is not None:
        d["period"] = period
    bad = set(d) - set(KEYS)
    if bad:
        raise KeyError(bad)
    return {k: d[k] for k in KEYS if k in d}


def num(s):
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def emit(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        if text.count(a) != 1:
            bad.append(f"anchor x{text.count(a)}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        r = f["value"] / num(f["number"])
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            bad.append(f"value/number {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent unit: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments] + [f'doc = "../articles/{name}.txt"']
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for b in bad:
        print("  PROBLEM", b)
    if bad:
        sys.exit(1)
