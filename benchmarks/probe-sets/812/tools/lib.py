"""Probe set 812 (mangosteen and plum orchards): helpers to write one article and its gold TOML with checks."""
import re
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "đôi": 2, "trăm": 100}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def Y(text, year, inherited=False):
    return P(text, f"{year}-01-01", f"{year}-12-31", inherited)


def I(p):
    """The same period, inherited (phrase in another sentence)."""
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


def F(anchor, number, value, kind, unit, subject, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, "subject": subject, **kw}
    if period:
        d["period"] = period
    extra = set(d) - set(KEYS)
    assert not extra, extra
    assert kind in KINDS, kind
    assert d.get("approx", "exact") in APPROX
    assert d.get("status", "actual") in STATUS
    return {k: d[k] for k in KEYS if k in d}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v)


def number_of(s):
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        if unicodedata.normalize("NFC", a) != a:
            errs.append(f"anchor not NFC {a!r}")
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_of(f["number"])
        r = f["value"] / base
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value for {a!r}")
        p = f.get("period")
        if p and not (p.get("start") or p.get("end")):
            errs.append(f"period without dates for {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    return not errs
