"""Probe set 1517 (wall calendars, Tết calendar printing) helpers.

Each gen script builds one article and its gold TOML with these helpers. `write` checks the gold first:
each anchor occurs exactly once in the article, the number stands whole in its anchor, value/number is
1 or a power of ten (a multiplier), value_max > value, percent figures (and only they) have unit '%',
required figures have a subject, kinds/approx/status are from the spec, period dates are well formed,
the article is NFC and 1 200-1 800 characters long. It refuses to write when a check fails.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "đôi": 2, "nhất": 1, "ba chục": 30, "hai chục": 20}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def period(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands in another sentence (not scored)."""
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


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if per is not None:
        f["period"] = per
    f.update(kw)
    unknown = set(f) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown}")
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    s = s.strip().lower()
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
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
    if isinstance(v, float) and abs(v) < 1e15 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
        return str(int(round(v)))
    if isinstance(v, float):
        return repr(round(v, 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article is not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f.get('status')!r} at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            bad.append(f"percent kind and unit '%' disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    bad.append(f"period {k} {p[k]!r} malformed at {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                bad.append(f"period start after end at {a!r}")
    return bad


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    for b in bad:
        print(f"{name} PROBLEM: {b}")
    if bad:
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
