"""Probe set 1466 (toothpaste, oral care makers, school dental programmes) helpers.

Each gen script builds one article and its gold TOML with these helpers. Before writing, `write` checks:
- the article is NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and its number stands whole in it;
- value / number is 1 or a power of ten (a multiplier such as nghìn, triệu, tỷ);
- value_max > value; percent kind <=> unit '%'; required figures have a subject;
- kind, approx and status are from the spec's enums; period dates are ISO dates, start <= end.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
            "mười": 10, "hai chục": 20, "ba chục": 30, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4}
MULTS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def per(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
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


def num(s):
    s = s.strip().lower()
    if s in NUMWORDS:
        return float(NUMWORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and abs(v) < 1e15 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
        return str(int(round(v)))
    if isinstance(v, float):
        return repr(round(v, 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)} not in 1200..1800")
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
        r = f["value"] / num(n)
        if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
            out.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind / unit mismatch at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} at {a!r}")
            if not p.get("start") and not p.get("end"):
                out.append(f"period without dates at {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                out.append(f"period start after end at {a!r}")
        for key in ("change", "target"):
            if key in f and "value" not in f[key]:
                out.append(f"{key} without value at {a!r}")
    return out


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    if published and not ISO.match(published):
        errs.append(f"bad published {published!r}")
    req = sum(not f.get("optional") for f in figures)
    inhn = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inhn} inherited periods")
    if errs:
        for e in errs:
            print("   PROBLEM:", e)
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
