"""Probe set 923 (catfish pond farming): build one article and its gold file, with checks.

Each genK.py calls `build(...)` with the article text, header comments, the article-level
published date and location, and a list of figures made with `F(...)`.  `build` writes
articles/p923-K.txt (NFC) and gold/p923-K.toml and prints any problem it finds:
  - an anchor that does not occur exactly once in the article;
  - a number that does not stand whole in its anchor (same test as score.py);
  - a value that is not the written number times 1 or a power-of-ten multiplier;
  - value_max not above value;
  - an article outside 1 200-1 800 characters.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
SCALES = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def P(text, start=None, end=None, inherited=False):
    """A period: text as written, ISO start/end (None where open)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """The same period, marked as inherited (its phrase stands in another sentence)."""
    d = dict(period)
    d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def number_value(s: str) -> float:
    w = s.strip().lower()
    if w in NUMWORDS:
        return float(NUMWORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", w) or re.fullmatch(r"\d+(?:,\d+)?", w):
        return float(w.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"article length {len(text)} not in 1200-1800")
    for f in figures:
        a = nfc(f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in anchor {a!r}")
        try:
            base = number_value(f["number"])
        except ValueError as e:
            bad.append(str(e))
            continue
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - s) <= 1e-9 * s for s in SCALES):
            bad.append(f"value {f['value']} / number {f['number']} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r}: {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r}: {a!r}")
    return bad


def build(name: str, text: str, comments: list[str], figures: list[dict],
          published: str | None = None, location: str | None = None) -> bool:
    text = nfc(text)
    figures = [{k: nfc(v) if isinstance(v, str) else v for k, v in f.items()} for f in figures]
    problems = check(text, figures)
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
    return True
