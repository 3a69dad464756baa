"""Probe set 1213 (plywood and veneer mills) helpers.

Each tools/genK.py holds one article text and its hand-written gold figures and calls write(),
which normalises to NFC, checks the gold and writes articles/p1213-K.txt and gold/p1213-K.toml.
Checks: article 1200..1800 chars and NFC; each anchor occurs exactly once; the number stands whole
in its anchor; value/number is 1 or a power-of-ten multiplier; value_max > value; percents have
unit '%'; required figures have a subject; enums are valid; period dates are ISO.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
           "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
         "percent", "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def per(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands outside the figure's sentence."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    """The same period, but inherited (stated in another sentence)."""
    d = dict(p)
    d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    t = s.strip().lower()
    if t in WORDNUM:
        return float(WORDNUM[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read {s!r}")


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def problems(text, figures):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figures:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            out.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {n!r} not whole in anchor {a!r}")
            continue
        r = f["value"] / read_number(n)
        if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
            out.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max not > value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind and unit '%' disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure has no subject: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    out.append(f"period {k} not ISO at {a!r}")
    return out


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = problems(text, figures)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inhn = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inhn} inherited periods)")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
