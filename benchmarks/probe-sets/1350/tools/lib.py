"""Probe set 1350 (road surface repairs, potholes, pavements) helpers.

Each gen<k>.py builds one article and its gold TOML with these helpers. Before anything is written the gold is
checked: each anchor occurs exactly once in the article; the number stands whole in its anchor; value/number is 1
or a power of ten (the multiplier); value_max > value; kind 'percent' <=> unit '%'; required figures have a subject;
period dates are YYYY-MM-DD and start <= end; enums are valid; the article is NFC and 1 200-1 800 characters long.
"""
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
            "mười": 10, "đôi": 2, "chục": 10, "hàng chục": 10, "ba chục": 30, "hai chục": 20}
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def P(text, start=None, end=None):
    """A period stated in the figure's own sentence (scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def I(p):
    """The same period, stated in another sentence (inherited, not scored)."""
    d = dict(p)
    d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    for k, v in kw.items():
        if v is not None:
            d[k] = v
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip().lower()
    if s in NUMWORDS:
        return float(NUMWORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def power_of_ten(r):
    if r <= 0:
        return False
    e = round(math.log10(r))
    return e >= 0 and abs(r - 10 ** e) <= 1e-9 * 10 ** e


def check(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            out.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {n!r} not whole in anchor {a!r}")
            continue
        if not power_of_ten(f["value"] / number_value(n)):
            out.append(f"value/number not a power of ten in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject: {a!r}")
        p = f.get("period")
        if p:
            if not p.get("text"):
                out.append(f"period without text in {a!r}")
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} in {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                out.append(f"period start after end in {a!r}")
    return out


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if abs(v) < 1e16 and abs(v - round(v)) < 1e-6 * max(1.0, abs(v)):
            return str(int(round(v)))
        return repr(round(float(v), 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    if errs:
        for e in errs:
            print(f"{name} PROBLEM: {e}")
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional), "
          f"{inh} inherited periods")
