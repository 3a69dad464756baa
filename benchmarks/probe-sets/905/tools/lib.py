"""Probe set 905 helpers: build one article and its gold TOML, and check them.

Each generator calls `write(name, text, figures, ...)`.  A figure is made with `F(...)`:
the value is computed from the number as written times `mult`, so the value/number check
is structural; the checks below repeat it anyway, together with anchor uniqueness,
whole-number position, ranges and article length.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
POWERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]


def num(s: str) -> float:
    """Read a number written the Vietnamese way (dot groups, comma decimal)."""
    t = s.strip().lower()
    if t in NUMWORDS:
        return float(NUMWORDS[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def clean(x: float):
    x = round(x, 6)
    return int(x) if float(x).is_integer() else x


def P(text, start=None, end=None, inherited=False):
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
    return {**p, "inherited": True}


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, kind, unit, subject, mult=1, max_number=None, **kw):
    d = {"anchor": anchor, "number": number, "value": clean(num(number) * mult),
         "kind": kind, "unit": unit, "subject": subject}
    if max_number is not None:
        d["value_max"] = clean(num(max_number) * mult)
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return tq(v)
    if isinstance(v, (int, float)):
        return str(clean(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figures):
    probs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        probs.append(f"length {n} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        probs.append("text not NFC")
    seen = {}
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            probs.append(f"anchor found {c} times: {a!r}")
            continue
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not m:
            probs.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        pos = text.find(a) + m.start()
        if pos in seen:
            probs.append(f"two figures on one number: {a!r} / {seen[pos]!r}")
        seen[pos] = a
        ratio = f["value"] / num(f["number"]) if num(f["number"]) else 1
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            probs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            probs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in ("count", "percent", "money", "measure", "rank", "multiple"):
            probs.append(f"bad kind {f['kind']}")
        if f["kind"] == "percent" and f["unit"] != "%":
            probs.append(f"percent without % unit: {a!r}")
        st = f.get("status", "actual")
        if st not in ("actual", "estimate", "target", "forecast"):
            probs.append(f"bad status {st}")
        ap = f.get("approx", "exact")
        if ap not in ("exact", "about", "nearly", "over", "under", "at_least", "at_most"):
            probs.append(f"bad approx {ap}")
    return probs


def write(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
               for f in figures]
    probs = check(text, figures)
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tq(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figures if f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited periods")
    for p in probs:
        print("  PROBLEM:", p)
    if probs:
        sys.exit(1)
