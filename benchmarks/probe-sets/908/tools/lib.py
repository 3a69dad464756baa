"""Probe set 908 (sea-cage grouper / cobia farming): shared helpers.

Each genK.py builds one article text and its hand-made gold list, then calls
`write()`, which checks the set's rules and writes articles/p908-K.txt and
gold/p908-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = "908"
HERE = Path(__file__).resolve().parent.parent

NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inherit(p):
    """The same period, marked as standing in another sentence."""
    d = dict(p)
    d["inherited"] = True
    return d


def change(direction, value, unit="%", baseline=None, approx=None):
    assert direction in ("increase", "decrease")
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def target(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update({k: v for k, v in kw.items() if v is not None})
    unknown = set(d) - set(KEYS)
    assert not unknown, unknown
    assert d["kind"] in KINDS, d
    assert d.get("approx", "exact") in APPROX, d
    assert d.get("status", "actual") in STATUS, d
    return {k: d[k] for k in KEYS if k in d}


def whole(number):
    return re.compile(r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)")


def cell(text, number, after):
    """Anchor for a table cell: the first whole `number` after the string `after`,
    widened line by line (then char by char) until it is unique in the text."""
    base = text.index(after)
    m = whole(number).search(text, base)
    assert m, (number, after)
    lo, hi = m.start(), m.end()
    while text.count(text[lo:hi]) > 1:
        if lo > 0:
            lo -= 1
        if hi < len(text) and text.count(text[lo:hi]) > 1:
            hi += 1
    return text[lo:hi]


def read_number(s):
    w = s.lower()
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(k, text, figures, notes, published=None, location=None):
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a = f["anchor"]
        if unicodedata.normalize("NFC", a) != a:
            problems.append(f"anchor not NFC: {a!r}")
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not whole(f["number"]).search(a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = read_number(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value for {a!r}")
        if "period" in f:
            p = f["period"]
            if not p.get("inherited") and p["text"] not in text:
                problems.append(f"period text not in article: {p['text']!r}")
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
