"""Probe set 794 (snail and clam farming): build one article + gold TOML and check them.

Each genK.py calls build(name, text, figures, ...). Checks: article length 1200-1800 chars (NFC),
each anchor occurs exactly once, the number stands whole inside its anchor, value/number is 1 or a
power-of-ten multiplier, value_max > value.
"""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
MULT = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
STATUSES = {"actual", "estimate", "target", "forecast"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}


def per(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    return {**p, "inherited": True}


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, **kw}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    extra = set(d) - set(KEYS)
    assert not extra, extra
    assert kind in KINDS, kind
    assert d.get("status", "actual") in STATUSES
    assert d.get("approx", "exact") in APPROX
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


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


def build(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            bad.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit in {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inhn = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inhn} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    return not bad
