"""Probe set 860 (ornamental fish): shared helpers.

write_set(name, text, figures, ...) writes articles/<name>.txt and gold/<name>.toml after checking
the anchors (each occurs exactly once, the number stands whole in it), the value/number ratio
(1 or a word multiplier), ranges (value_max > value) and the article length (1 200-1 800 chars).
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
POWERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start, end, inherited=False):
    """A period object; inherited when the phrase stands in another sentence."""
    d = {"text": text, "start": start, "end": end}
    if start is None:
        del d["start"]
    if end is None:
        del d["end"]
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """The same period, marked inherited."""
    return {**period, "inherited": True}


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
    d.update(kw)
    unknown = set(d) - set(FIELD_ORDER)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in FIELD_ORDER if k in d}


def numeral(s):
    """Value of a Vietnamese-style numeral as written (thousands '.', decimal ',')."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read numeral {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article is not NFC")
    for f in figures:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor {a!r} occurs {k} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        try:
            base = numeral(f["number"])
        except ValueError as e:
            errs.append(str(e))
            continue
        r = f["value"] / base if base else 1.0
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} / number {f['number']} = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % at {a!r}")
    return errs


def write_set(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_value(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("  ERROR:", e)
    if errs:
        sys.exit(1)
