"""Probe set 800 (chili peppers and ginger): shared helpers for the article generators.

Each genK.py builds one article text and its gold figures, then calls write_set(), which
checks the article and the gold and writes articles/p800-K.txt and gold/p800-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET_DIR = Path(__file__).resolve().parents[1]
NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
             "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


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
    """The same period, inherited from another sentence."""
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    fig.update(extra)
    if subject:
        fig["subject"] = subject
    if period:
        fig["period"] = period
    unknown = set(fig) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: fig[k] for k in KEYS if k in fig}


def read_number(s: str) -> float:
    t = s.strip().lower()
    if t in NUM_WORDS:
        return NUM_WORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{esc}"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figures: list[dict]) -> list[str]:
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        problems.append("article not NFC")
    for f in figures:
        a = f["anchor"]
        cnt = text.count(a)
        if cnt != 1:
            problems.append(f"anchor found {cnt} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = read_number(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"bad kind in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"bad status in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % unit in {a!r}")
    return problems


def write_set(k: int, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{key: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for key, v in f.items()}
               for f in figures]
    name = f"p800-{k}"
    problems = check(text, figures)
    (SET_DIR / "articles").mkdir(exist_ok=True)
    (SET_DIR / "gold").mkdir(exist_ok=True)
    (SET_DIR / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines.extend(f"{key} = {toml_value(v)}" for key, v in f.items())
    (SET_DIR / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
