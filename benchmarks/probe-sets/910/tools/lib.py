"""Probe set 910 (freshwater fish fry hatcheries): shared helpers.

Each tools/genK.py builds one article and its gold, then calls write(); write() checks
  - the article is NFC and 1 200-1 800 characters long;
  - every anchor occurs exactly once and holds its number as a whole token;
  - value / number is 1 or a power-of-ten word multiplier;
  - value_max > value;
and writes articles/<name>.txt and gold/<name>.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
MULTIPLIERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2}


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when the phrase stands in another sentence."""
    out = {"text": text}
    if start is not None:
        out["start"] = start
    if end is not None:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as inherited from another sentence."""
    out = dict(period)
    out["inherited"] = True
    return out


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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        rec["subject"] = subject
    if period is not None:
        rec["period"] = period
    for k, v in kw.items():
        if k not in FIELD_ORDER:
            raise KeyError(f"unknown field {k} in {anchor!r}")
        rec[k] = v
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def number_value(num: str) -> float:
    s = num.strip().lower()
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {num!r}")


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
        if v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(name: str, text: str, figures: list[dict]) -> list[str]:
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            problems.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"bad kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"bad approx for {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"bad status for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent with unit {f['unit']!r}: {a!r}")
    return problems


def write(name: str, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    problems = check(name, text, figures)
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
        for k, v in f.items():
            lines.append(f"{k} = {toml_val(v)}")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
