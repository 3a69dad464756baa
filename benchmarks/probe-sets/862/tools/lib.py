"""Probe set 862 (laundry and dry-cleaning services): shared helpers.

Each tools/genK.py builds one article text and its hand-made gold list, then calls write()
which checks the article and the gold and writes articles/p862-K.txt and gold/p862-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


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
    return dict(period, inherited=True)


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


def F(anchor, number, value, kind, unit, subject=None, period=None, **rest):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    f.update(rest)
    if subject is not None:
        f["subject"] = subject
    if period is not None:
        f["period"] = period
    unknown = set(f) - set(KEYS)
    if unknown:
        raise SystemExit(f"unknown keys {unknown} in {anchor!r}")
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


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


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p862-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']} in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent unit in {a!r}")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(val)}" for key, val in f.items()]
    (BASE / "articles").mkdir(exist_ok=True)
    (BASE / "gold").mkdir(exist_ok=True)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
