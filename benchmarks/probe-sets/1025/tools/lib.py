"""Probe set 1025 (sluice gates and saltwater-intrusion control): shared helpers.

Each genK.py defines TEXT (the article), META (published, location, comments) and FIGS (gold figures),
then calls build(). build() normalises to NFC, checks the article and every gold figure, writes
articles/p1025-K.txt and gold/p1025-K.toml, and prints a one-line summary plus any problems.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
POWERS = [10 ** k for k in range(0, 13)]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    p = {"text": text, "start": start, "end": end}
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


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, per=None, **extra):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if per:
        d["period"] = per
    for k, v in extra.items():
        if k not in FIELD_ORDER:
            raise KeyError(k)
        d[k] = v
    return {k: d[k] for k in FIELD_ORDER if k in d}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if v is None:
        raise ValueError("None in gold")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items() if x is not None) + " }"
    return repr(v)


def check(text, figs):
    out = []
    n = len(text)
    if not 1200 <= n <= 1800:
        out.append(f"article length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        out.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            out.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {f['number']!r} not whole in {a!r}")
        try:
            base = number_value(f["number"])
            r = f["value"] / base
            if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
                out.append(f"value/number = {r} for {a!r}")
        except (ValueError, ZeroDivisionError) as e:
            out.append(str(e))
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx {f.get('approx')}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status {f.get('status')}")
        if f["kind"] == "percent" and f["unit"] != "%":
            out.append(f"percent with unit {f['unit']} at {a!r}")
    return out


def build(k, text, meta, figs):
    text = unicodedata.normalize("NFC", text)
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
            for f in figs]
    name = f"p1025-{k}"
    problems = check(text, figs)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in meta.get("comments", [])]
    lines.append(f'doc = "../articles/{name}.txt"')
    if meta.get("published"):
        lines.append(f'published = "{meta["published"]}"')
    if meta.get("location"):
        lines.append(f"location = {toml_str(meta['location'])}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        for key, v in f.items():
            lines.append(f"{key} = {toml_val(v)}")
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figs if f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {len(figs) - opt} required, {opt} optional, "
          f"{inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
