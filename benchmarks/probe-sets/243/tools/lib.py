"""Helpers for probe set 243: write one article and its gold TOML, and check anchors."""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "nghìn": 1000}


def per(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


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


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    bad = set(d) - set(ORDER)
    assert not bad, bad
    return {k: d[k] for k in ORDER if k in d}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


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


def num(s):
    if s in WORDNUM:
        return WORDNUM[s]
    return float(s.replace(".", "").replace(",", "."))


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c}x: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
        base = num(f["number"])
        r = f["value"] / base if base else 1
        if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {r} at {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inh} inherited)")
    for p in problems:
        print("  PROBLEM", p)
