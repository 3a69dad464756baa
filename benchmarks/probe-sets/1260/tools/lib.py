"""Probe set 1260 (electric motorbikes, e-bikes, switching from petrol bikes): helpers.

Each gen script builds one article and its gold TOML; `write` checks the gold before writing:
- the article is NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and the number stands whole in it;
- value/number is 1 or a power of ten (a multiplier: nghìn, triệu, tỷ);
- value_max > value; percent figures (and only they) have unit '%';
- required figures have a subject; period dates are YYYY-MM-DD and start <= end;
- kind, approx and status are values of the spec.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
               "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if period is not None:
        f["period"] = period
    f.update(kw)
    unknown = set(f) - set(FIELD_ORDER)
    if unknown:
        raise KeyError(f"unknown fields {unknown} at {anchor!r}")
    return {k: f[k] for k in FIELD_ORDER if k in f}


def number_value(s):
    """The number as written: digits (Vietnamese style) or number words (ba chục, hai mươi mốt)."""
    s = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    total = 0
    cur = 0
    for w in s.split():
        if w in ("chục", "mươi"):
            cur = (cur or 1) * 10
        elif w == "trăm":
            cur = (cur or 1) * 100
        elif w in DIGIT_WORDS:
            cur += DIGIT_WORDS[w]
        else:
            raise ValueError(f"cannot read number {s!r}")
    total += cur
    return float(total)


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)):
        if abs(v) < 1e16 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
            return str(int(round(v)))
        return repr(round(float(v), 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figs:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)):
            errs.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind and unit '%' disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p is not None:
            if not p.get("text"):
                errs.append(f"period without text at {a!r}")
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    errs.append(f"bad period {k} {p[k]!r} at {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                errs.append(f"period start after end at {a!r}")
        for key in ("change", "target"):
            if key in f and "value" not in f[key]:
                errs.append(f"{key} without value at {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    if published and not ISO.match(published):
        errs.append(f"bad published {published!r}")
    out = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {inh} inherited periods)")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
