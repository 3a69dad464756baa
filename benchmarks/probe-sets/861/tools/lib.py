"""Probe set 861 (gyms and fitness centres): shared helpers.

Every genK.py builds one article and its gold figures, then calls write();
write() normalises to NFC, checks the article and every anchor, and writes
articles/p861-K.txt and gold/p861-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
            "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when its phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, inherited from another sentence."""
    return dict(period, inherited=True)


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


def F(anchor, number, value, kind, unit, subject, period=None, **rest):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
         "subject": subject}
    if period:
        d["period"] = period
    d.update(rest)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d and d[k] is not None}


def number_value(s):
    w = s.strip().lower()
    if w in NUMWORDS:
        return NUMWORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    for f in figs:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        if not any(abs(f["value"] - base * p) <= 1e-9 * max(1, abs(f["value"])) for p in POWERS):
            errs.append(f"value {f['value']} is not {f['number']} times a power: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')!r}: {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')!r}: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit: {a!r}")
    return errs


def write(k, text, figs, notes, published=None, location=None):
    name = f"p861-{k}"
    text = unicodedata.normalize("NFC", text)
    figs = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for key, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
