"""Probe set 1460 (locks and padlocks makers) helpers.

Each gen script builds one article (TEXT) and its gold figures, then calls write(), which checks before
writing anything that:
- the article is NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and the number stands whole in its anchor
  (same regex as score.py);
- value / number is 1 or a power of ten (a word or table multiplier);
- value_max > value; percent kind <=> unit '%'; kind, approx, status from the spec's enums;
- every required figure has a subject; period dates are YYYY-MM-DD and start <= end.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2, "ba chục": 30}
POWERS = [10.0 ** k for k in range(0, 13)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def P(text, start=None, end=None):
    """Period stated in the figure's own sentence (scored)."""
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
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip().lower()
    if s in NUMWORDS:
        return float(NUMWORDS[s])
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
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if abs(v) < 1e16 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
            return str(int(round(v)))
        return repr(round(float(v), 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figures):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            errs.append(f"anchor occurs {text.count(a)} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in {a!r}")
            continue
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    errs.append(f"bad period {k} {p[k]!r} in {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                errs.append(f"period start > end in {a!r}")
    return errs


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, "
          f"{sum(not f.get('optional') for f in figures)} required")
    if errs:
        for e in errs:
            print("   PROBLEM:", e)
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
