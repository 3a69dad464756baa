"""Probe set 1552 (paper cups, paper straws) helpers.

Each gen script builds one article and its gold TOML with these helpers. Before writing, the gold is checked:
each anchor occurs exactly once, the number stands whole in its anchor, value/number is 1 or a power of ten,
value_max > value, percent figures (and only they) have unit '%', required figures have a subject, period dates
are well formed (start <= end), enums are valid, and the article is UTF-8 NFC, 1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIGITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9, "mười": 10}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands in another sentence (not scored)."""
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
    bad = set(d) - set(KEYS)
    if bad:
        raise KeyError(f"unknown keys {bad} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def read_number(s):
    s = s.strip().lower()
    w = s.split()
    if len(w) == 2 and w[0] in DIGITS and w[1] == "chục":
        return float(DIGITS[w[0]] * 10)
    if s in DIGITS:
        return float(DIGITS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)):
        if abs(v) < 1e16 and float(v) == round(float(v)):
            return str(int(round(v)))
        return repr(round(float(v), 8))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figs:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            out.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {num!r} not whole in {a!r}")
            continue
        ratio = f["value"] / read_number(num)
        if not any(abs(ratio - 10 ** k) <= 1e-9 * 10 ** k for k in range(0, 13)):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind/unit mismatch at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        for attr in ("change", "target"):
            if attr in f and not isinstance(f[attr].get("value"), (int, float)):
                out.append(f"{attr} without value at {a!r}")
        if "change" in f and f["change"]["direction"] not in ("increase", "decrease"):
            out.append(f"bad change direction at {a!r}")
        p = f.get("period")
        if p:
            if not p.get("text"):
                out.append(f"period without text at {a!r}")
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} at {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                out.append(f"period start after end at {a!r}")
    return out


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    if published and not ISO.match(published):
        errs.append(f"bad published {published!r}")
    for e in errs:
        print(f"{name} PROBLEM: {e}")
    if errs:
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location is not None:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    ih = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {ih} inherited periods")
