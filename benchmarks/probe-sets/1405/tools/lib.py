"""Probe set 1405 (technical intern trainees going to Japan) helpers.

Each genK.py builds one article and its gold TOML with these helpers. Before anything is written the gold is
checked: the anchor occurs exactly once in the article, the number stands whole in its anchor (the same regex
as score.py), value/number is 1 or a power of ten (a multiplier), value_max > value, percent figures (and only
they) have unit '%', required figures have a subject, kinds/approx/statuses are in the spec's enums, period
dates are well formed and ordered, the article is NFC and 1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
         "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "nhất": 1}
SCALE = {"chục": 10, "mươi": 10, "trăm": 100}
MULT = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def P(text, start=None, end=None):
    """A period stated in the figure's own sentence (scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def inh(p):
    """The same period, standing in another sentence (not scored)."""
    return dict(p, inherited=True)


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(kw) - set(ORDER)
    if unknown:
        raise KeyError(f"unknown field(s) {unknown} at {anchor!r}")
    d.update(kw)
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    """The number as written: digits the Vietnamese way, or number words ('ba chục', 'nhất')."""
    s = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    total, cur = 0, 0
    for w in s.split():
        if w in UNITS:
            cur += UNITS[w]
        elif w in SCALE:
            cur = max(cur, 1) * SCALE[w]
        else:
            raise ValueError(f"cannot read number {s!r}")
    return float(total + cur)


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)):
        if abs(v) < 1e15 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
            return str(int(round(v)))
        return repr(round(float(v), 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figs:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            out.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / read_number(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULT):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx at {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind/unit mismatch at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        for key in ("change", "target"):
            if key in f and "value" not in f[key]:
                out.append(f"{key} without value at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not DATE.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} at {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                out.append(f"period start after end at {a!r}")
    return out


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    problems = check(text, figs)
    if problems:
        for p in problems:
            print(f"{name}: PROBLEM {p}")
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    ih = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional, {ih} inherited)")
