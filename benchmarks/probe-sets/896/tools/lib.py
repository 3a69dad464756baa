"""Probe set 896 (street vendors / sidewalk trading): shared helpers.

build(name, text, figures, ...) writes articles/<name>.txt and gold/<name>.toml
after checking every figure against the article text.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET_DIR = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def P(text, start=None, end=None, inherited=False):
    """Period object as FIGURES.md writes it; inherited when the phrase is in another sentence."""
    out = {"text": text, "start": start, "end": end}
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as inherited."""
    q = dict(period)
    q["inherited"] = True
    return q


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


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        fig["subject"] = subject
    if period is not None:
        fig["period"] = period
    for k, v in extra.items():
        if k not in KEY_ORDER:
            raise KeyError(f"unknown field {k}")
        fig[k] = v
    return fig


def read_number(s: str) -> float:
    t = s.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e18:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        parts = [f"{k} = {toml_val(x)}" for k, x in v.items() if x is not None]
        return "{ " + ", ".join(parts) + " }"
    raise TypeError(type(v))


def check(text: str, figures: list[dict]) -> list[str]:
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200-1800")
    if text != nfc(text):
        errs.append("article not NFC")
    for i, f in enumerate(figures, 1):
        a = nfc(f["anchor"])
        tag = f"#{i} {a[:40]!r}"
        cnt = text.count(a)
        if cnt != 1:
            errs.append(f"{tag}: anchor occurs {cnt} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"{tag}: number {f['number']!r} not whole in anchor")
        try:
            base = read_number(f["number"])
            ratio = f["value"] / base if base else 1.0
            if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
                errs.append(f"{tag}: value/number = {ratio}")
        except ValueError as e:
            errs.append(f"{tag}: {e}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"{tag}: value_max not above value")
        if f["kind"] not in KINDS:
            errs.append(f"{tag}: kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"{tag}: approx {f['approx']}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"{tag}: status {f['status']}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"{tag}: percent with unit {f['unit']}")
        per = f.get("period")
        if per:
            for k in ("start", "end"):
                if per.get(k) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", per[k]):
                    errs.append(f"{tag}: bad period {k}")
    return errs


def build(name, text, figures, comments=(), published=None, location=None):
    text = nfc(text)
    errs = check(text, figures)
    (SET_DIR / "articles").mkdir(exist_ok=True)
    (SET_DIR / "gold").mkdir(exist_ok=True)
    (SET_DIR / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k in KEY_ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {toml_val(nfc(f[k]) if isinstance(f[k], str) else f[k])}")
    (SET_DIR / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
