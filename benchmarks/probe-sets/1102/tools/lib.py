"""Helpers for probe set 1102 (fire safety in high-rise apartment buildings, fire drills).

Each genK.py builds one article text and its gold figures, then calls write(); write() checks
anchors (exactly once, number whole inside), value/number ratio (1 or a power-of-ten multiplier),
value_max > value, article length 1200-1800, and writes articles/p1102-K.txt + gold/p1102-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
RATIOS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object. inherited=True: the phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """Same period, marked as inherited from another sentence."""
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
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    extra = set(d) - set(KEYS)
    assert not extra, extra
    assert kind in KINDS, kind
    assert d.get("approx", "exact") in APPROX, d.get("approx")
    assert d.get("status", "actual") in STATUS, d.get("status")
    return {k: d[k] for k in KEYS if k in d}


def _s(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _s(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def write(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"length {n} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        k = text.count(a)
        if k != 1:
            bad.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in anchor {a!r}")
            continue
        base = number_value(f["number"])
        r = f["value"] / base if base else 1
        if not any(abs(r - m) <= 1e-9 * m for m in RATIOS):
            bad.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_s(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
