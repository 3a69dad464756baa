"""Probe set 1103 (school eye care / myopia): helpers that write one article and its gold TOML and check them.

Every generator builds the article text and a list of figure dicts, then calls write_set(). The checks:
each anchor occurs exactly once in the NFC text, the number stands whole in its anchor, value/number is 1 or a
power-of-ten multiplier, value_max > value, and the article is 1 200-1 800 characters.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KEY_ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
             "change", "target", "status", "subject", "period", "location", "optional")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start is not None:
        p["start"] = start
    if end is not None:
        p["end"] = end
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


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if per is not None:
        d["period"] = per
    unknown = set(d) - set(KEY_ORDER)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEY_ORDER if k in d}


def number_value(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write_set(name, text, figures, notes, published=None, location=None):
    text = nfc(text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = nfc(f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_value(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text(nfc("\n".join(lines) + "\n"), encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
