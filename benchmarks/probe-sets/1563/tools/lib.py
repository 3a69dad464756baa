"""Probe set 1563 (bird cages, songbird keeping) helpers.

Each gen script builds one article and its gold TOML. `write` checks the gold before writing:
- each anchor occurs exactly once in the article and the number stands whole in its anchor;
- value / number is 1 or a power of ten (a multiplier);
- value_max > value; percent figures (and only they) have unit '%';
- kind, approx, status are from the spec's enums; required figures have a subject;
- period dates are YYYY-MM-DD and start <= end;
- the article is UTF-8 NFC and 1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
         "mười": 10, "đôi": 2}
MULT = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def per(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence (not scored)."""
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
    d = {"anchor": anchor, "number": number, "value": float(value), "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    if "value_max" in d:
        d["value_max"] = float(d["value_max"])
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad} in {anchor!r}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    s = s.strip().lower()
    m = re.fullmatch(r"(\w+) chục", s)
    if m and m.group(1) in UNITS:
        return float(UNITS[m.group(1)] * 10)
    if s in UNITS:
        return float(UNITS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, (int, float)):
        v = float(v)
        if abs(v) < 1e15 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
            return str(int(round(v)))
        return repr(round(v, 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(repr(v))


def problems(text, figures):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article is not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            out.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {num!r} not whole in {a!r}")
            continue
        try:
            r = f["value"] / read_number(num)
        except ValueError as e:
            out.append(str(e))
            continue
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            out.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"approx {f.get('approx')!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"status {f.get('status')!r} in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject: {a!r}")
        for key in ("change", "target"):
            o = f.get(key)
            if o is not None and ("value" not in o or "unit" not in o):
                out.append(f"{key} without value/unit in {a!r}")
        c = f.get("change")
        if c and c.get("direction") not in ("increase", "decrease"):
            out.append(f"bad change direction in {a!r}")
        p = f.get("period")
        if p:
            if not p.get("text"):
                out.append(f"period without text in {a!r}")
            elif not p.get("inherited") and p["text"] not in text:
                out.append(f"period text {p['text']!r} not in article for {a!r}")
            for k in ("start", "end"):
                if k in p and not DATE.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} in {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                out.append(f"period start after end in {a!r}")
    return out


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = problems(text, figures)
    if published and not DATE.match(published):
        errs.append(f"bad published {published!r}")
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
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inhn} inherited")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
