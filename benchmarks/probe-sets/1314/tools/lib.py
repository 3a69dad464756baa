"""Probe set 1314 (sawdust, wood chips, wood pellets for fuel): shared helpers.

Each genK.py builds one article and its gold TOML. Before anything is written, the gold is checked:
- the article is NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and the number stands whole in it;
- value / number is 1 or a power of ten (a multiplier: nghìn, vạn, triệu, tỷ);
- value_max > value; percent figures (and only they) have unit '%';
- kinds, approx and statuses come from the spec's enums;
- required figures have a subject; period dates are YYYY-MM-DD and start <= end.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
TENS = {"chục": 10, "mươi": 10}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    """The same period, but stated in another sentence: not scored."""
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


def target(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if period is not None:
        f["period"] = period
    f.update(kw)
    unknown = set(f) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown}")
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    """The value of a number as written (no multiplier): 1.234,5 / 12 / hai / ba chục."""
    s = s.strip().lower()
    words = s.split()
    if words and all(w in UNITS or w in TENS for w in words):
        v = 0
        for w in words:
            v = v * TENS[w] if w in TENS else v + UNITS[w]
        return float(v)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and abs(v) < 1e15 and abs(v - round(v)) < 1e-6 * max(1.0, abs(v)):
        return str(int(round(v)))
    if isinstance(v, float):
        return repr(round(v, 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article is not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in {a!r}")
            continue
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f.get('approx')!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f.get('status')!r} in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            bad.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"required figure without subject: {a!r}")
        for attr in ("change", "target"):
            if attr in f and f[attr].get("approx", "exact") not in APPROX:
                bad.append(f"{attr} approx bad in {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    bad.append(f"bad period {k} {p[k]!r} in {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                bad.append(f"period start after end in {a!r}")
            if "start" not in p and "end" not in p:
                bad.append(f"period without dates in {a!r}")
    return bad


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    n_req = sum(not f.get("optional") for f in figures)
    n_inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {n_req} required, {n_inh} inherited periods")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
