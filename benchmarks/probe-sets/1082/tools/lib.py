"""Probe set 1082 (agricultural insurance): shared helpers.

Each genK.py builds one article text and its gold figure list, then calls build():
it normalises to NFC, checks the article length, that every anchor occurs exactly once,
that the number stands whole inside its anchor, that value/number is 1 or a power-of-ten
multiplier, that value_max > value, and writes articles/<name>.txt and gold/<name>.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "nhất": 1}
MULTIPLIERS = [1, 1e3, 1e4, 1e6, 1e9, 1e12]
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
             "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
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


def F(anchor, number, value, kind, unit, subject=None, **kw):
    """One gold figure."""
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    f.update(kw)
    unknown = set(f) - set(KEY_ORDER)
    if unknown:
        raise KeyError(unknown)
    return {k: f[k] for k in KEY_ORDER if k in f and f[k] is not None}


def read_number(s):
    s = s.strip()
    low = s.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    return repr(v)


def build(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"article length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        try:
            base = read_number(f["number"])
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS):
                problems.append(f"value/number = {r} for {a!r}")
        except (ValueError, ZeroDivisionError) as exc:
            problems.append(str(exc))
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent unit for {a!r}")
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
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
