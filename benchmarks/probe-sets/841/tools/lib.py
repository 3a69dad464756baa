"""Probe set 841 (night markets, walking streets): shared helpers for the generators.

Each genK.py builds one article text and its gold figures, then calls write().
write() normalises to NFC, checks the article length, that every anchor occurs
exactly once, that the number stands whole inside its anchor, that value/number
is 1 or a power-of-ten multiplier, and that value_max > value; then writes
articles/p841-K.txt and gold/p841-K.toml.
"""
from __future__ import annotations

import math
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as inherited from another sentence."""
    return {**period, "inherited": True}


def C(direction, value, unit="%", baseline=None):
    out = {"direction": direction, "value": value, "unit": unit}
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
        if k not in KEY_ORDER:
            raise KeyError(f"unknown field {k}")
        rec[k] = v
    return {k: rec[k] for k in KEY_ORDER if k in rec}


def number_value(s: str) -> float:
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def write(k: int, text: str, figures: list[dict], notes: list[str],
          published: str | None = None, location: str | None = None) -> None:
    name = f"p841-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(math.isclose(ratio, 10 ** e, rel_tol=1e-9) for e in (0, 3, 4, 6, 9, 12)):
            errs.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} at {a!r}")
        if f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            errs.append(f"approx/status at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % at {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for key, val in f.items():
            lines.append(f"{key} = {toml_val(val)}")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("  ERROR", e)
    if errs:
        sys.exit(1)
