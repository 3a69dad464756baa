"""Probe set 864 (stadiums and public sports facilities): shared helpers for gen1..gen8.

Each genK.py builds one article text and its gold figures, then calls write(); write() checks
the article (NFC, length) and every figure (anchor once, number whole in the anchor, value =
number x power-of-ten multiplier, value_max > value) and writes articles/ and gold/.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
MULTIPLIERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def year(text, y, inherited=False):
    return period(text, f"{y}-01-01", f"{y}-12-31", inherited)


def asof(text, end, inherited=False):
    return period(text, None, end, inherited)


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
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        f[k] = v
    return {k: f[k] for k in KEYS if k in f}


WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def number_value(s):
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor x{n}: {a!r}")
        hits = re.findall(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hits:
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        elif len(hits) > 1:
            print(f"  note: {f['number']!r} stands {len(hits)}x in {a!r}; the first is scored")
        ratio = f["value"] / number_value(f["number"])
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS or f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            errs.append(f"bad enum in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent unit in {a!r}")
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
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
