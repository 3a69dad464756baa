"""Probe set 822 (household businesses / small services): shared helpers.

Each genK.py builds one article text and its hand-made gold list, then calls write().
write() normalises to NFC, checks the article and every gold figure, and writes
articles/p822-K.txt and gold/p822-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "822"
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
POWERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def I(p):
    """The same period, marked as inherited."""
    q = dict(p)
    q["inherited"] = True
    return q


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


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
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
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
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        cnt = text.count(a)
        if cnt != 1:
            errs.append(f"anchor {a!r} occurs {cnt} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not > value for {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']} for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent unit for {a!r}")
        p = f.get("period")
        if p and not p.get("inherited") and not p.get("start") and not p.get("end"):
            errs.append(f"scored period without dates for {a!r}")
    return errs


def write(k, text, figs, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
            for f in figs]
    name = f"p{SET}-{k}"
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        for kk, v in f.items():
            lines.append(f"{kk} = {toml_val(v)}")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figs if f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
