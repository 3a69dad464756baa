"""Probe set 834 helpers (land-use right certificates / cadastral records).

emit() writes articles/<name>.txt and gold/<name>.toml and checks the gold:
every anchor occurs exactly once, the number stands whole in it, value/number is
1 or a power-of-ten multiplier, value_max > value, and the article length.
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULT = [1, 10**3, 10**4, 10**6, 10**9, 10**12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period. inherited=True: the phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited."""
    return {**p, "inherited": True}


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
    assert not unknown, unknown
    return {k: d[k] for k in KEYS if k in d}


def to_number(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = to_number(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value for {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']} for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit: {a!r}")
    return errs


def emit(name, text, figs, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("   PROBLEM:", e)
    return not errs
