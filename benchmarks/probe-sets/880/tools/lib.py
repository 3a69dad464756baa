"""Probe set 880 (irrigation pump stations, anti-flood drainage): shared helpers.

Each tools/genK.py builds one article text and its gold figures with F(...), then calls write().
write() checks the article and the gold before anything is saved:
  - the text is NFC and 1 200-1 800 characters long;
  - every anchor occurs exactly once in the text;
  - the number as written stands whole inside its anchor (same rule as score.py);
  - value / parsed(number) is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ ...);
  - value_max, when given, is larger than value;
  - kind, approx and status take only the values of FIGURES.md.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEY_ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inh=False):
    """A period phrase; inh=True when it stands in another sentence than the figure."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inh:
        out["inherited"] = True
    return out


def I(period):
    """The same period, inherited (stated in another sentence)."""
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    if period:
        rec["period"] = period
    rec.update(kw)
    unknown = set(rec) - set(KEY_ORDER)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: rec[k] for k in KEY_ORDER if k in rec}


def parse_number(s: str) -> float:
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", w) or re.fullmatch(r"\d+(?:,\d+)?", w):
        return float(w.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if unicodedata.normalize("NFC", text) != text:
        bad.append("text is not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in anchor {a!r}")
        try:
            base = parse_number(num)
        except ValueError as e:
            bad.append(str(e))
            continue
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r} in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % in {a!r}")
    return bad


def write(name: str, text: str, figures: list[dict], notes: list[str],
          published: str | None = None, location: str | None = None) -> None:
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = check(text, figures)
    if problems:
        for p in problems:
            print(f"{name}: PROBLEM {p}", file=sys.stderr)
        sys.exit(1)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({len(figures) - opt} required, "
          f"{opt} optional, {inh} inherited periods)")
