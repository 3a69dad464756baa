"""Probe set 1328 (clean water supply: tariffs, water companies, losses, household connections) helpers.

Each genK.py builds one article and its gold TOML with these helpers. Before writing, the gold is checked:
every anchor occurs exactly once in the article, the number stands whole in its anchor (same rule as score.py),
value/number is 1 or a power of ten (a multiplier), value_max > value, percent figures (and only they) have
unit '%', required figures have a subject, period dates are well formed (YYYY-MM-DD, start <= end), field values
are in the spec's enums, and the article is UTF-8 NFC and 1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "ba chục": 30, "hai chục": 20}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def period(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands in another sentence (then it is not scored)."""
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


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {n!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / number_value(n)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            errs.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind / unit '%' mismatch at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    errs.append(f"bad period {k} {p[k]!r} at {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                errs.append(f"period start after end at {a!r}")
        for attr in ("change", "target"):
            if attr in f and "value" not in f[attr]:
                errs.append(f"{attr} without value at {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    if errs:
        for e in errs:
            print(f"{name} PROBLEM: {e}")
        sys.exit(1)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    if status:
        out.append(f"status = {toml_str(status)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional), {inh} inherited periods")
