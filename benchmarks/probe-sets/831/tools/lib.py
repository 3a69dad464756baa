"""Probe set 831 (cold-water fish farming): shared helpers.

write(name, text, header, figures, published=None, location=None) writes articles/<name>.txt and
gold/<name>.toml after checking: article length 1200-1800 chars (NFC), every anchor occurs exactly
once, the number stands whole in its anchor, value/number is 1 or a power-of-ten multiplier,
value_max > value, kinds/approx/status are from the spec's enums.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "hàng chục": 10, "hàng trăm": 100}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """A period object. inherited=True: the phrase stands in another sentence (FIGURES.md §5)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """The same period, marked inherited."""
    return {**period, "inherited": True}


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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def number_of(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def tq(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, header, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        where = a[:50].replace("\n", "⏎")
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {where!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {where!r}")
        try:
            ratio = f["value"] / number_of(f["number"])
            if not any(abs(ratio - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
                bad.append(f"value/number = {ratio} in {where!r}")
        except ValueError as e:
            bad.append(str(e))
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {where!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']} in {where!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']} in {where!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']} in {where!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit in {where!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {h}" for h in header]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {tv(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
