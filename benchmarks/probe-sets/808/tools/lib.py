"""Probe set 808 (sea cucumber / sea urchin farming): build one article + gold TOML and check the gold.

Each genK.py calls build(name, text, header_comments, figures, published=..., location=...).
Checks: anchor occurs once, number stands whole in its anchor, value/number is 1 or a power multiplier,
value_max > value, article length 1200-1800 characters (NFC).
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = [1, 10 ** 3, 10 ** 4, 10 ** 6, 10 ** 9, 10 ** 12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """period object; inherited=True when the phrase stands in another sentence"""
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """the same period, marked inherited"""
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
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    assert d["kind"] in KINDS, d
    assert d.get("approx", "exact") in APPROX, d
    assert d.get("status", "actual") in STATUS, d
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
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def build(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        if base == 0:
            ok = f["value"] == 0
        else:
            r = f["value"] / base
            ok = any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS)
        if not ok:
            errs.append(f"value {f['value']} vs number {f['number']!r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f.get("period", {}).get("inherited") is None and f.get("period"):
            # a stated (not inherited) period must have its phrase in the article
            if f["period"]["text"] not in text:
                errs.append(f"period text not in article: {f['period']['text']!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
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
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
