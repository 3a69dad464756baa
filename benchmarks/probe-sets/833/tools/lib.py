"""Probe set 833 (mineral water, hot springs, spa tourism): shared helpers.

build(name, text, figures, ...) normalises the article to NFC, checks every gold figure against it and
writes articles/<name>.txt and gold/<name>.toml. Checks:
  * the anchor occurs exactly once in the article;
  * the number stands whole inside the anchor (same regex as score.py);
  * value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ);
  * value_max > value;
  * the article is 1 200 - 1 800 characters.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
MULTIPLIERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence (not scored)."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """Same period, marked inherited."""
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
    fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    fig.update(extra)
    if subject is not None:
        fig["subject"] = subject
    if period is not None:
        fig["period"] = period
    unknown = set(fig) - set(FIELD_ORDER)
    if unknown:
        raise KeyError(f"unknown fields {unknown} in {anchor!r}")
    return {k: fig[k] for k in FIELD_ORDER if k in fig}


NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def number_value(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            errs.append(f"value {f['value']} / number {f['number']} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')!r}: {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')!r}: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent with unit {f['unit']!r}: {a!r}")
    return errs


def build(name, text, figures, *, published=None, location=None, notes=()):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_value(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
