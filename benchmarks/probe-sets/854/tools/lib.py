"""Probe set 854 (bakeries, bánh mì shops): shared helpers.

Each genK.py builds one article text and its list of gold figures, then calls write().
write() normalises to NFC, checks every figure (anchor once, number whole in the anchor,
value = number x 1 or a power-of-ten multiplier, value_max > value, article length)
and writes articles/p854-K.txt and gold/p854-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = "854"
BASE = Path(__file__).resolve().parents[1]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ALLOWED_RATIOS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}


def period(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
    out = {"text": text}
    if start is not None:
        out["start"] = start
    if end is not None:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def change(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def target(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    """One gold figure; keyword extras are the optional fields of FIGURES.md."""
    fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        fig["subject"] = subject
    if period is not None:
        fig["period"] = period
    for key, val in extra.items():
        if key not in FIELD_ORDER:
            raise KeyError(f"unknown field {key!r} in figure {anchor!r}")
        fig[key] = val
    return fig


def parse_number(s: str) -> float:
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figs: list[dict]) -> list[str]:
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"article length {n} not in 1200-1800")
    for i, f in enumerate(figs, 1):
        a = f["anchor"]
        where = f"figure {i} {a[:40]!r}"
        cnt = text.count(a)
        if cnt != 1:
            problems.append(f"{where}: anchor occurs {cnt} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"{where}: number {f['number']!r} not whole in anchor")
        if f["kind"] not in KINDS:
            problems.append(f"{where}: kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"{where}: approx {f.get('approx')}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"{where}: status {f.get('status')}")
        try:
            base = parse_number(f["number"])
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - r) <= 1e-9 * r for r in ALLOWED_RATIOS):
            problems.append(f"{where}: value/number = {ratio}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"{where}: value_max not above value")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"{where}: percent without %")
    return problems


def write(k: int, text: str, figs: list[dict], *, notes: list[str], location: str | None,
          published: str | None):
    text = unicodedata.normalize("NFC", text)
    figs = [{key: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for key, v in f.items()}
            for f in figs]
    problems = check(text, figs)
    name = f"p{SET}-{k}"
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {note}" for note in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figs:
        lines += ["", "[[figures]]"]
        for key in FIELD_ORDER:
            if key in f:
                lines.append(f"{key} = {toml_value(f[key])}")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
