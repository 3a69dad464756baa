"""Probe set 817 (rice husk / charcoal kilns / biomass pellets): helpers that write one article and its gold TOML
and check the anchors, numbers, multipliers, ranges and the article length."""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited."""
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    extra = set(d) - set(KEYS)
    if extra:
        raise KeyError(extra)
    return {k: d[k] for k in KEYS if k in d}


WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def number_value(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        k = text.count(a)
        if k != 1:
            problems.append(f"anchor occurs {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        if base == 0:
            if f["value"] != 0:
                problems.append(f"zero number with value {f['value']}: {a!r}")
        else:
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
                problems.append(f"value/number = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value: {a!r}")
        if f.get("status", "actual") not in ("actual", "estimate", "target", "forecast"):
            problems.append(f"bad status {f['status']!r}: {a!r}")
        if f.get("approx", "exact") not in ("exact", "about", "nearly", "over", "under", "at_least", "at_most"):
            problems.append(f"bad approx {f['approx']!r}: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_str(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
