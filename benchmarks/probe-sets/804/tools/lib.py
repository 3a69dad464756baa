"""Probe set 804 helpers: build one article + its gold TOML and check the anchors.

Safety inspection of lifts, boilers and pressure equipment (kiểm định thang máy, nồi hơi, thiết bị áp lực).
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "chục": 10, "trăm": 100, "nghìn": 1000}
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
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
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        rec["subject"] = subject
    if period is not None:
        rec["period"] = period
    rec.update(kw)
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: rec[k] for k in KEYS if k in rec}


def toml_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def number_of(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def check(text, figures):
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"length {n} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("text not NFC")
    for f in figures:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            bad.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_of(f["number"])
        r = f["value"] / base if base else 1
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            bad.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent unit {f['unit']!r} in {a!r}")
    return bad


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines.extend(f"{k} = {toml_val(v)}" for k, v in f.items())
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
