"""Probe set 873 (votive paper goods, vàng mã): shared helpers.

Each tools/genK.py builds one article text and its gold figures and calls write();
write() checks the article length, every anchor (exactly once, number whole in it),
value/number ratios (1 or a power-of-ten word multiplier), ranges, then writes
articles/p873-K.txt and gold/p873-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mươi": 10}
ALLOWED_RATIOS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def F(anchor, number, value, kind, unit, subject=None, **extra):
    """One gold figure."""
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    for k, v in extra.items():
        if v is None:
            continue
        if k not in KEY_ORDER:
            raise KeyError(k)
        f[k] = v
    return f


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
    p = {"text": text, "start": start, "end": end}
    p = {k: v for k, v in p.items() if v is not None}
    if inherited:
        p["inherited"] = True
    return p


def I(period):
    """The same period, inherited."""
    q = dict(period)
    q["inherited"] = True
    return q


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def number_value(s: str) -> float:
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", w) or re.fullmatch(r"\d+(?:,\d+)?", w):
        return float(w.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


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
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200-1800")
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        try:
            base = number_value(f["number"])
            ratio = f["value"] / base if base else 1.0
            if not any(abs(ratio - m) <= 1e-9 * m for m in ALLOWED_RATIOS):
                errs.append(f"value/number = {ratio} for {a!r}")
        except ValueError as e:
            errs.append(str(e))
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx for {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit: {a!r}")
    return errs


def write(k: int, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    name = f"p873-{k}"
    text = unicodedata.normalize("NFC", text)
    figures = [{key: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for key, v in f.items()}
               for f in figures]
    errs = check(text, figures)
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
        for key in KEY_ORDER:
            if key in f:
                lines.append(f"{key} = {toml_val(f[key])}")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
