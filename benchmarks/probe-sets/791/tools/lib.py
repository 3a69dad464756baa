"""Probe set 791 (agricultural drones): shared helpers to write one article + its gold TOML and check them.

Checks made by emit():
  * the article is 1200-1800 characters after NFC normalisation;
  * every anchor occurs exactly once in the article;
  * the number stands whole inside its anchor (same regex as score.py);
  * value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ);
  * value_max > value where a range is given.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
ALLOWED_RATIOS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
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
    return dict(period, inherited=True)


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
    rec.update(extra)
    if subject:
        rec["subject"] = subject
    if period:
        rec["period"] = period
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: rec[k] for k in KEYS if k in rec}


def _num(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _toml(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


def emit(name: str, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = _num(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - r) <= 1e-9 * r for r in ALLOWED_RATIOS):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_toml(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
