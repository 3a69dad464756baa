"""Helpers for probe set 753: write one article and its gold TOML, and check the anchors."""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def per(text, start=None, end=None, inherited=False):
    """A period object; inherited=True marks a period stated outside the figure's sentence (not scored)."""
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


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_number(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a = f["anchor"]
        if text.count(a) != 1:
            problems.append(f"anchor occurs {text.count(a)}x: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = parse_number(f["number"])
        r = f["value"] / base if base else 1
        if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
            problems.append(f"value/number = {r} for {a!r}")
        if "value_max" in f:
            assert f["value_max"] > f["value"], a
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_q(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    ih = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {ih} inherited periods)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
