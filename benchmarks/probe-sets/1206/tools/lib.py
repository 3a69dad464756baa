"""Probe set 1206 helpers: build one article and its gold TOML, check the gold before writing.

Checks (FIGURES.md + brief): every anchor occurs exactly once in the article; the number stands whole in
its anchor (the scorer's own regex); value/number is 1 or a power-of-ten multiplier (or vạn); value_max >
value; percents carry unit '%'; required figures have a subject; the article is UTF-8 NFC and 1 200-1 800
characters long; enums are valid; periods are well formed.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
MULT = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when its phrase stands in another sentence (not scored)."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def I(period):
    """The same period, standing in another sentence."""
    p = dict(period)
    p["inherited"] = True
    return p


def C(direction, value, unit="%", baseline=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if period is not None:
        f["period"] = period
    f.update(kw)
    bad = set(f) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad}")
    return {k: f[k] for k in ORDER if k in f}


def read_number(s):
    s = s.strip().lower()
    if s in NUMWORDS:
        return float(NUMWORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read {s!r}")


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        r = f["value"] / read_number(f["number"])
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            errs.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')!r} at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind and unit '%' disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not DATE.fullmatch(p[k]):
                    errs.append(f"bad period {k} at {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                errs.append(f"period start > end at {a!r}")
            if not p.get("inherited") and p["text"] not in text:
                errs.append(f"period text {p['text']!r} not in article")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    (BASE / "articles").mkdir(exist_ok=True)
    (BASE / "gold").mkdir(exist_ok=True)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tq(location)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    attrs = sum(sum(k in f for k in ("value_max", "total", "percent", "change", "target")) for f in figs)
    nonact = sum(f.get("status", "actual") != "actual" for f in figs)
    approx = sum(f.get("approx", "exact") != "exact" for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {len(figs) - req} optional, "
          f"{inh} inherited, {attrs} attributes, {nonact} non-actual, {approx} non-exact")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
