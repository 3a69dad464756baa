"""Probe set 941 (shifting sand / desertification control): shared helpers.

Each tools/genK.py builds one article text and its hand-made gold, then calls write().
write() checks the article (length, NFC) and every gold figure (anchor occurs exactly once,
the number stands whole in the anchor, value/number is 1 or a power multiplier, value_max > value)
before writing articles/p941-K.txt and gold/p941-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "941"
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "trăm": 100}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
             "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object. inherited=True: the phrase stands in another sentence (not scored)."""
    out = {"text": text, "start": start, "end": end}
    out = {k: v for k, v in out.items() if v is not None}
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as inherited (given in another sentence)."""
    return {**period, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    rec.update(kw)
    unknown = set(rec) - set(KEY_ORDER)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: rec[k] for k in KEY_ORDER if k in rec}


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
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
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"article length {n} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        cnt = text.count(a)
        if cnt != 1:
            bad.append(f"anchor found {cnt} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in anchor {a!r}")
        base = number_value(num)
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f.get('approx')!r} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f.get('status')!r} for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent with unit {f['unit']!r}: {a!r}")
    return bad


def write(k: int, text: str, figures: list[dict], comments: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{kk: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for kk, v in f.items()}
               for f in figures]
    name = f"p{SET}-{k}"
    problems = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(val)}" for key, val in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("   PROBLEM:", p)
    if problems:
        sys.exit(1)
