"""Probe set 1021 (pedestrian overpasses / underpasses): build one article and its gold TOML, with checks.

Usage inside genK.py:
    from lib import F, P, chg, tgt, write
    figs = [F("anchor text", "12", 12, "count", "cầu", subject=..., period=P(...)), ...]
    write("p1021-1", TEXT, figs, published="2024-08-14", location="Đồng Nai", notes=[...])
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "chục": 10, "trăm": 100, "nghìn": 1000, "triệu": 10**6, "tỷ": 10**9}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
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
    assert direction in ("increase", "decrease")
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


def F(anchor, number, value, kind, unit, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, **kw}
    unknown = set(d) - set(KEYS)
    assert not unknown, unknown
    assert kind in KINDS, kind
    assert d.get("approx", "exact") in APPROX
    assert d.get("status", "actual") in STATUS
    return {k: d[k] for k in KEYS if k in d and d[k] is not None}


def number_of(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, figs, published=None, location=None, notes=()):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"length {n} not in 1200..1800")
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        c = text.count(a)
        if c != 1:
            bad.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_of(f["number"])
        if base == 0:
            if f["value"] != 0:
                bad.append(f"zero number with value {f['value']}: {a!r}")
        else:
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
                bad.append(f"value/number = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without %: {a!r}")
        p = f.get("period")
        if p and not p.get("inherited") and not (p.get("start") or p.get("end")):
            bad.append(f"scored period without dates: {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inhn = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {n} chars, {len(figs)} figures, {req} required, {inhn} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)


def cell_anchor(text, pos, number):
    """Shortest substring starting at the cell's number at `pos` (growing right) that occurs once in text."""
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    assert text[pos:pos + len(number)] == number, (text[pos:pos + 20], number)
    for k in range(len(number), len(text) - pos + 1):
        a = text[pos:pos + k]
        if text.count(a) == 1 and not a.endswith((" ", "\n")):
            return a
    raise ValueError(f"no unique anchor at {pos}")
