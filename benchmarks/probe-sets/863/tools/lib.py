"""Probe set 863 (local press and newspapers): shared helpers.

Each genK.py builds one article text and its hand-made gold figures, then calls write(),
which checks the gold before writing articles/p863-K.txt and gold/p863-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start is not None:
        p["start"] = start
    if end is not None:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, per=None, **extra):
    """One gold figure; extra keys are the optional fields of KEYS."""
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if per is not None:
        f["period"] = per
    f.update(extra)
    unknown = set(f) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        s = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{s}"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text, figures):
    errs = []
    if text != unicodedata.normalize("NFC", text):
        errs.append("article is not NFC")
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200-1800")
    for f in figures:
        a, num = f["anchor"], f["number"]
        tag = f"{a[:50]!r}"
        if text.count(a) != 1:
            errs.append(f"{tag}: anchor occurs {text.count(a)} times")
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            errs.append(f"{tag}: number {num!r} not whole in anchor")
        base = number_value(num)
        if base:
            ratio = f["value"] / base
            if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
                errs.append(f"{tag}: value/number = {ratio}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"{tag}: value_max not above value")
        if f["kind"] not in KINDS:
            errs.append(f"{tag}: kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"{tag}: approx {f['approx']}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"{tag}: status {f['status']}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"{tag}: percent unit")
    return errs


def write(k, text, figures, published=None, location=None, notes=()):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figures = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v
                for key, v in f.items()} for f in figures]
    name = f"p863-{k}"
    errs = check(text, figures)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_value(v)}" for key, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
