"""Probe set 937 (grape growing and grape products): build one article and its gold TOML, with checks.

Every generator calls `build(name, text, figures, ...)`. A figure is made with `F(...)`: the value is
computed from the number as written times the multiplier `m` (1, 1e3, 1e6, 1e9), so that the value/number
ratio is a power-of-ten multiplier by construction; the checks below still verify it.
"""
import re
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
MULTIPLIERS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def num(s):
    """Vietnamese style: '.' groups thousands, ',' is the decimal mark."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"not a number: {s!r}")


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when the phrase stands in another sentence."""
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited from another sentence."""
    return {**p, "inherited": True}


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, kind, unit, subject=None, m=1, period=None, vmax=None, **kw):
    d = {"anchor": anchor, "number": number, "value": num(number) * m, "kind": kind, "unit": unit}
    if vmax is not None:
        d["value_max"] = vmax
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    d.update(kw)
    bad = set(d) - set(KEYS)
    assert not bad, (anchor, bad)
    return {k: d[k] for k in KEYS if k in d}


def _s(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _s(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def build(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = num(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            problems.append(f"value/number ratio {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max {f['value_max']} not above value at {a!r}")
        per = f.get("period")
        if per and per.get("start") and per.get("end") and per["start"] > per["end"]:
            problems.append(f"period start after end at {a!r}")
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_s(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_val(v)}" for k, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
