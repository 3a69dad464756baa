"""Helpers for probe set 698 (inclusive education / children with disabilities and autism).

Each tools/genN.py holds one article and its hand-made figures and calls `write()`, which
writes articles/p698-N.txt and gold/p698-N.toml and checks the anchors.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
SCALES = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def period(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    """The same period, stated in another sentence (not scored)."""
    d = dict(p)
    d["inherited"] = True
    return d


def change(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def fig(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject:
        d["subject"] = subject
    if per:
        d["period"] = per
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


def _num(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or re.fullmatch(r"\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} not in 1200-1800")
    for f in figures:
        a = f["anchor"]
        if a != unicodedata.normalize("NFC", a):
            problems.append(f"anchor not NFC: {a!r}")
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = _num(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in SCALES):
            problems.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and f["value_max"] < f["value"]:
            problems.append(f"value_max < value for {a!r}")
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    ih = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {ih} inherited periods)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
