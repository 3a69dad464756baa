"""Probe set 1199 helpers (power substations and distribution transformers).

build(): write articles/<name>.txt and gold/<name>.toml after checking the gold:
each anchor occurs exactly once, the number stands whole in its anchor, value/number is 1 or a
power-of-ten multiplier (number words allowed), value_max > value, percents have unit '%',
required figures have a subject, periods/changes are well formed, the article is NFC and
1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
         "mười": 10, "đôi": 2}
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def per(text, start=None, end=None):
    """A period stated in the figure's own sentence."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def inh(p):
    """The same period, but standing in another sentence (not scored)."""
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
        raise KeyError(bad)
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    s = s.strip().lower()
    if s in WORDS:
        return float(WORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def _iso(s):
    date.fromisoformat(s)


def problems(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)}")
    if unicodedata.normalize("NFC", text) != text:
        out.append("not NFC")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            out.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        r = f["value"] / read_number(f["number"])
        if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
            out.append(f"value/number {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS or f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            out.append(f"bad enum in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            out.append(f"percent unit in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"no subject: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p:
                    _iso(p[k])
        c = f.get("change")
        if c and c["direction"] not in ("increase", "decrease"):
            out.append(f"change direction in {a!r}")
    return out


def build(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = problems(text, figs)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inhn = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {inhn} inherited periods)")
    for e in errs:
        print("  PROBLEM", e)
    if errs:
        sys.exit(1)
