"""Probe set 1084 (livestream selling of farm and OCOP products): shared helpers.

Each genK.py builds one article text and a list of gold figures, then calls `write()`, which
normalises to NFC, checks the article and the anchors, and writes articles/ and gold/.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when its phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked inherited."""
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


def F(anchor, number, value, kind, unit, subject, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
           "subject": subject, **extra}
    if period:
        rec["period"] = period
    unknown = set(rec) - set(KEY_ORDER)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: rec[k] for k in KEY_ORDER if k in rec}


def number_value(s):
    low = s.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


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
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        cnt = text.count(a)
        if cnt != 1:
            errs.append(f"anchor found {cnt} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        try:
            base = number_value(f["number"])
            ratio = f["value"] / base
            if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
                errs.append(f"value {f['value']} / number {f['number']} = {ratio}: {a!r}")
        except (ValueError, ZeroDivisionError) as e:
            errs.append(str(e))
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx: {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without %: {a!r}")
    return errs


def write(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"]
        lines += [f"{k} = {toml_val(unicodedata.normalize('NFC', v) if isinstance(v, str) else v)}"
                  for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
