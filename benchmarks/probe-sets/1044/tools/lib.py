"""Probe set 1044 (street hawkers, sidewalk order): shared helpers for the generator scripts.

Each genK.py defines the article text and its gold figures and calls build(); build() writes
articles/p1044-K.txt and gold/p1044-K.toml and checks:
  - the article is UTF-8 NFC and 1 200-1 800 characters long;
  - each anchor occurs exactly once in the article;
  - the number stands whole in its anchor (same test as score.py);
  - value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ ...);
  - value_max > value; kinds and statuses are from FIGURES.md.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
STATUSES = {"actual", "estimate", "target", "forecast"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
FACTORS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]


def period(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence (FIGURES.md §5: not scored)."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def target(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    """One gold figure. per = period object."""
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    if per:
        rec["period"] = per
    rec.update(kw)
    unknown = set(rec) - set(FIELD_ORDER)
    if unknown:
        raise KeyError(f"unknown fields {unknown} in {anchor!r}")
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMWORDS:
        return float(NUMWORDS[t])
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
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e17:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figs: list[dict]) -> list[str]:
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200-1800")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in FACTORS):
            errs.append(f"value {f['value']} is not number {f['number']} times a multiplier ({a!r})")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r}")
        if f.get("status", "actual") not in STATUSES:
            errs.append(f"bad status in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit in {a!r}")
    return errs


def build(k: int, text: str, notes: list[str], figs: list[dict], published=None, location=None):
    name = f"p1044-{k}"
    text = unicodedata.normalize("NFC", text)
    figs = [{key: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for key, v in f.items()} for f in figs]
    errs = check(text, figs)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {len(figs) - req} optional, {inh} inherited")
    for e in errs:
        print("  ERROR:", e)
    if errs:
        sys.exit(1)
