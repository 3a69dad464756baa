"""Probe set 803 (circus, acrobatics, mobile cinema teams): shared helpers.

emit() writes articles/<name>.txt and gold/<name>.toml and checks the gold:
anchor occurs exactly once, the number stands whole inside the anchor, value/number is
1 or a power-of-ten multiplier, value_max > value, article length 1200-1800 characters.
"""
import re
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
FACTORS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    d = {"text": text, "start": start, "end": end}
    d = {k: v for k, v in d.items() if v is not None}
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, given by a phrase in another sentence."""
    return {**p, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject, **kw)
    if period:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    assert not unknown, unknown
    assert kind in KINDS, kind
    assert d.get("approx", "exact") in APPROX, d.get("approx")
    assert d.get("status", "actual") in STATUS, d.get("status")
    return {k: d[k] for k in KEYS if k in d}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def number_value(s):
    w = s.strip().lower()
    if w in NUMWORDS:
        return NUMWORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", w):
        return float(w.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def emit(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        if text.count(a) != 1:
            bad.append(f"anchor found {text.count(a)} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in FACTORS):
            bad.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    return not bad
