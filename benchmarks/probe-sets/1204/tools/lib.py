"""Probe set 1204 (lighthouses, buoys, maritime signals): helpers to build an article and its gold.

Each gen script calls `emit(name, text, figures, notes=..., published=..., location=...)`.
`emit` normalises to NFC, runs the checks below, writes articles/<name>.txt and
gold/<name>.toml, and prints a one-line summary plus any problem found.

Checks: article length 1 200-1 800 characters and NFC; every anchor occurs exactly once;
the number stands whole in its anchor; value/number is 1 or a power of ten used by a
Vietnamese multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ); value_max > value; percent
figures carry unit '%'; required figures carry a subject; enums are valid.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
           "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
         "percent", "change", "target", "status", "subject", "period", "location", "optional")
KIND = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def per(text, start=None, end=None, inherited=False):
    """A period; inherited=True when its phrase stands outside the figure's sentence."""
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    """The same period, marked as inherited (not scored)."""
    d = dict(p)
    d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **extra)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s: str) -> float:
    t = s.strip().lower()
    if t in WORDNUM:
        return float(WORDNUM[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"unreadable number {s!r}")


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _v(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def problems(text: str, figures: list[dict]) -> list[str]:
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figures:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            out.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {n!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / read_number(n)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max not above value at {a!r}")
        if f["kind"] not in KIND:
            out.append(f"bad kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            out.append(f"percent without unit % at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
    return out


def emit(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = problems(text, figures)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_q(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inherited = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, "
          f"{len(figures) - req} optional, {inherited} inherited periods)")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
