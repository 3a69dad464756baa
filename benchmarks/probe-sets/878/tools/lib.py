"""Probe set 878 (snakehead fish farming): shared helpers.

Each tools/genK.py builds one article and its gold list, then calls write_set(),
which validates the figures and writes articles/p878-K.txt and gold/p878-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = "878"
BASE = Path(__file__).resolve().parents[1]

# number words that may stand as a figure's number
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]

KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object (start/end as ISO dates or None)."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as standing in another sentence."""
    return {**period, "inherited": True}


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
            raise KeyError(f"unknown key {k} in figure {anchor!r}")
        rec[k] = v
    return {k: rec[k] for k in KEYS if k in rec}


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMWORDS:
        return float(NUMWORDS[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
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
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e17:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figs: list[dict]) -> list[str]:
    errs = []
    n = len(text)
    if not (1200 <= n <= 1800):
        errs.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        tag = f"{a[:50]!r}"
        cnt = text.count(a)
        if cnt != 1:
            errs.append(f"{tag}: anchor occurs {cnt} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"{tag}: number {f['number']!r} not whole in anchor")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"{tag}: value/number = {ratio}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"{tag}: value_max not above value")
        if f["kind"] not in KINDS:
            errs.append(f"{tag}: kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"{tag}: approx {f['approx']}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"{tag}: status {f['status']}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"{tag}: percent without %")
        per = f.get("period")
        if per:
            for key in ("start", "end"):
                if key in per and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", per[key]):
                    errs.append(f"{tag}: bad period {key}")
    return errs


def write_set(k: int, text: str, figs: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{kk: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for kk, v in f.items()}
            for f in figs]
    name = f"p{SET}-{k}"
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
        for key, v in f.items():
            lines.append(f"{key} = {toml_val(v)}")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
