"""Probe set 919 (garlic and shallot growing): build one article and its gold TOML, with checks.

Each genK.py calls build(...) with the article text and a list of figures made by fig(...).
Checks: article length 1200-1800 and NFC; each anchor occurs exactly once; the number stands whole
in its anchor; value/number is 1 or a power-of-ten multiplier; value_max > value; enums are valid.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = "919"
BASE = Path(__file__).resolve().parent.parent

KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "rưỡi": 1.5}
MULTIPLIERS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
FIELD_ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inh=False):
    """A period phrase with ISO start/end; inh=True when the phrase stands in another sentence."""
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
    return dict(period, inherited=True)


def C(direction, value, unit="%", baseline=None, approx=None):
    assert direction in ("increase", "decrease")
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


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    if period:
        rec["period"] = period
    rec.update(kw)
    unknown = set(rec) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(f"unknown fields {unknown} in {anchor!r}")
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    esc = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{esc}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    problems = []
    if unicodedata.normalize("NFC", text) != text:
        problems.append("article is not NFC")
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not whole in anchor {a!r}")
        base = number_value(num)
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            problems.append(f"value {f['value']} / number {num} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"bad kind {f['kind']!r}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"bad approx: {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"bad status: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without %: {a!r}")
    return problems


def build(k, text, figures, published=None, location=None, notes=()):
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
