"""Probe set 821 (stone quarries and construction materials): shared helpers.

Each genK.py builds one article text and its hand-made gold, then calls `write()`, which
checks the article and every gold figure before writing articles/p821-K.txt and gold/p821-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
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


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    """One gold figure. `per` is the period dict."""
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if per is not None:
        d["period"] = per
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
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
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text, figures):
    errs = []
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article is not NFC")
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        base = number_value(num)
        ratio = f["value"] / base if base else (1 if f["value"] == 0 else 0)
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} / number {num} = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
    return errs


def write(k, text, figures, comments=(), published=None, location=None):
    name = f"p821-{k}"
    text = unicodedata.normalize("NFC", text)
    errs = check(text, figures)
    (SET / "articles").mkdir(exist_ok=True)
    (SET / "gold").mkdir(exist_ok=True)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
