"""Probe set 820 (community pharmacies, drug retail): shared helpers for gen1..gen8.

Each genK.py builds one article (text) and its hand-made gold (a list of figure dicts) and calls write(),
which checks the gold against the article and writes articles/p820-K.txt and gold/p820-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]

NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence (FIGURES.md §5: not scored)."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked inherited (for a figure in a later sentence)."""
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


def T(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    """One gold figure."""
    fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        fig["subject"] = subject
    if period is not None:
        fig["period"] = period
    fig.update(kw)
    unknown = set(fig) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: fig[k] for k in KEYS if k in fig}


def number_value(s: str) -> float:
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    return repr(v)


def check(text: str, figs: list[dict]) -> list[str]:
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("article is not NFC")
    for f in figs:
        a, num = f["anchor"], f["number"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor occurs {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in anchor {a!r}")
        try:
            base = number_value(num)
        except ValueError as e:
            errs.append(str(e))
            continue
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} / number {num!r} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')!r}: {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')!r}: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent with unit {f['unit']!r}: {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
    return errs


def write(k: int, text: str, figs: list[dict], comments: list[str], published=None, location=None):
    name = f"p820-{k}"
    text = unicodedata.normalize("NFC", text)
    figs = [{kk: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for kk, v in f.items()} for f in figs]
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
