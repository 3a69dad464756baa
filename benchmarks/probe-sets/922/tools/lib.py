"""Probe set 922 (traditional medicine and acupuncture services): shared helpers.

Each tools/genK.py builds one article text and its hand-made gold list, then calls write().
write() checks the gold before saving: the anchor occurs exactly once, the number stands whole
in it, value/number is 1 or a power-of-ten multiplier, value_max > value, enums are valid and the
article is 1 200-1 800 characters (NFC).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """A period record. inherited=True: the phrase stands in another sentence (unscored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited from another sentence."""
    q = dict(p)
    q["inherited"] = True
    return q


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(d) - set(FIELD_ORDER)
    if unknown:
        raise SystemExit(f"unknown fields {unknown} in {anchor!r}")
    return {k: d[k] for k in FIELD_ORDER if k in d}


def number_value(s: str) -> float:
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figs: list[dict]) -> list[str]:
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"article length {n} outside 1200-1800")
    for f in figs:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            bad.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in {a!r}")
        base = number_value(num)
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            bad.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r} in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit in {a!r}")
    return bad


def write(k: int, text: str, figs: list[dict], comments: list[str], published=None, location=None):
    name = f"p922-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for key, v in f.items()}
            for f in figs]
    bad = check(text, figs)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
