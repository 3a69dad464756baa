"""Probe set 1058 (pharmacies and drug retail inspection): shared helpers.

Each genK.py builds one article (a plain string) and its gold figures, then calls write().
write() checks the article and the anchors before anything is written:
  - text is NFC and 1 200-1 800 characters long;
  - every anchor occurs exactly once in the text;
  - the number as written stands whole inside its anchor (the scorer's own regex);
  - value / parsed(number) is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ, ...);
  - value_max, when given, is larger than value;
  - kind / approx / status are from the contract's enums.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = [1, 1e3, 1e4, 1e6, 1e9, 1e12]
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]


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


def F(anchor, number, value, kind, unit, subject, period=None, **extra):
    fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
           "subject": subject, **extra}
    if period:
        fig["period"] = period
    unknown = set(fig) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"unknown keys {unknown} in {anchor!r}")
    return {k: fig[k] for k in KEY_ORDER if k in fig}


def number_value(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if unicodedata.normalize("NFC", text) != text:
        bad.append("text is not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a, n = f["anchor"], f["number"]
        k = text.count(a)
        if k != 1:
            bad.append(f"anchor occurs {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {n!r} not whole in anchor {a!r}")
        base = number_value(n)
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f.get('approx')!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f.get('status')!r} in {a!r}")
        per = f.get("period")
        if per and not per.get("inherited") and per["text"] not in text:
            bad.append(f"period text {per['text']!r} not in article")
    return bad


def write(name: str, text: str, figures: list[dict], notes: list[str],
          published: str | None = None, location: str | None = None) -> None:
    text = unicodedata.normalize("NFC", text)
    problems = check(text, figures)
    if problems:
        for p in problems:
            print(f"{name}: PROBLEM {p}", file=sys.stderr)
        sys.exit(1)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
