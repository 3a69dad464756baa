"""Probe set 928 (green mussel / oyster raft farming): shared helpers.

Each genK.py builds one article text and a list of gold figures, then calls write().
write() normalises to NFC, checks the article and every figure, and writes
articles/p928-K.txt and gold/p928-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2, "nửa": 0.5}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """period object"""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """the same period, marked inherited (the phrase stands in another sentence)"""
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


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d and d[k] is not None}


def number_value(s):
    low = s.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


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
    raise TypeError(v)


def check(text, figures):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    for i, f in enumerate(figures, 1):
        a = f["anchor"]
        tag = f"#{i} {a[:50]!r}"
        cnt = text.count(a)
        if cnt != 1:
            errs.append(f"{tag}: anchor occurs {cnt} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"{tag}: number {f['number']!r} not whole in anchor")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"{tag}: value/number = {r}")
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
        if "percent" in f and f["kind"] == "percent":
            errs.append(f"{tag}: percent attribute on a percent figure")
    return errs


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p928-{k}"
    text = unicodedata.normalize("NFC", text)
    figures = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines.extend(f"{key} = {toml_val(val)}" for key, val in f.items())
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
