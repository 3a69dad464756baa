"""Probe set 930 (wild bird protection): shared helpers to write one article and its gold, with checks."""
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2, "chục": 10, "trăm": 100, "nghìn": 1000}
POWERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when its phrase stands in another sentence."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def I(p):
    """The same period, inherited."""
    return {**p, "inherited": True}


def Y(year, text=None, inherited=False):
    return P(text or f"năm {year}", f"{year}-01-01", f"{year}-12-31", inherited)


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    if period:
        f["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            f[k] = v
    return {k: f[k] for k in KEYS if k in f}


def _num(s):
    w = s.lower()
    if w in NUMWORDS:
        return float(NUMWORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    bad = []
    if text != unicodedata.normalize("NFC", text):
        bad.append("text not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200..1800")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = _num(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
            bad.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']} for {a!r}")
    return bad


def write(k, text, figs, notes, published=None, location=None):
    name = f"p930-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()} for f in figs]
    bad = check(text, figs)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{kk} = {_toml(v)}" for kk, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
