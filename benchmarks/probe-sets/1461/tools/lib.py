"""Probe set 1461 (printer ink cartridges, toner refilling and recycling): shared helpers.

Each gen script builds one article and its gold. `write()` checks the gold before writing anything:
- the article is NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and its number stands whole in it;
- value / number is 1 or a power of ten (a word multiplier), value_max > value;
- kind, approx, status are from the spec's enums; percent figures (and only they) have unit '%';
- required figures have a subject; period dates are YYYY-MM-DD and start <= end.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
         "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
TENS = {"chục": 10, "mươi": 10}
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited from another sentence."""
    return dict(p, inherited=True)


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
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    """Read a number as written (Vietnamese style) or a number word like 'hai', 'ba chục'."""
    t = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    parts = t.split()
    if len(parts) == 1 and parts[0] in UNITS:
        return float(UNITS[parts[0]])
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in TENS:
        return float(UNITS[parts[0]] * 10)
    if parts == ["hàng", "chục"]:
        return 10.0
    raise ValueError(f"cannot read number {s!r}")


def check(text, figs):
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"article length {len(text)} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article not NFC")
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            bad.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {n!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / number_value(n)
        if not any(abs(ratio - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            bad.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value at {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f.get('status')!r} at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            bad.append(f"percent kind and unit '%' disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"required figure has no subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    bad.append(f"period {k} {p[k]!r} malformed at {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                bad.append(f"period start after end at {a!r}")
    return bad


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


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    bad = check(text, figs)
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {inh} inherited periods)")
    if bad:
        for b in bad:
            print("  PROBLEM:", b)
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
