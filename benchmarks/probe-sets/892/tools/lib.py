"""Probe set 892 (free-range / hill chicken farming): shared helpers.

Each tools/genK.py builds one article text and its hand-made gold list, then calls write()
which checks the gold against the text and writes articles/p892-K.txt and gold/p892-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "892"
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence."""
    d = {"text": text, "start": start, "end": end}
    d = {k: v for k, v in d.items() if v is not None}
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """The same period, marked inherited."""
    return dict(period, inherited=True)


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
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def num(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def tq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tq(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"length {n} not in 1200-1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("text not NFC")
    for f in figs:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        base = num(f["number"])
        r = f["value"] / base if base else 1
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value for {a!r}")
        if f["kind"] not in ("count", "percent", "money", "measure", "rank", "multiple"):
            errs.append(f"bad kind {f['kind']}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind/unit mismatch {a!r}")
        per = f.get("period")
        if per:
            for key in ("start", "end"):
                if key in per and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", per[key]):
                    errs.append(f"bad date {per[key]!r}")
    return errs


def write(k, text, figs, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for key, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    name = f"p{SET}-{k}"
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {tq(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figs if f.get("optional"))
    inh = sum(1 for f in figs if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {opt} optional, {inh} inherited")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
