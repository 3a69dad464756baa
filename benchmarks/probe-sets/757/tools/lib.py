"""Helpers for probe set 757 (fireworks displays): write one article and its gold TOML, and check them.

Checks: article length 1 200-1 800 chars (after NFC), every anchor occurs exactly once, the number stands in
its anchor as a whole number, and value/number is 1 or a power multiplier (10^3, 10^4, 10^6, 10^9, 10^12).
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def per(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def year(y, text=None):
    return per(text or f"năm {y}", f"{y}-01-01", f"{y}-12-31")


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional")


def fig(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    bad = set(d) - set(ORDER)
    assert not bad, bad
    return {k: d[k] for k in ORDER if k in d and d[k] is not None}


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    return repr(v)


def _num(s):
    if s.lower() in NUM_WORDS:
        return NUM_WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    for f in figures:
        a, num = unicodedata.normalize("NFC", f["anchor"]), f["number"]
        f["anchor"] = a
        if text.count(a) != 1:
            problems.append(f"anchor occurs {text.count(a)}x: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not whole in {a!r}")
        base = _num(num)
        r = f["value"] / base if base else 1
        if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
            problems.append(f"value/number = {r}: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_q(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figures if f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({opt} optional)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
