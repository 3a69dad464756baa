"""Probe set 1010 (used batteries and e-waste collection): shared helpers.

Each genK.py builds one article text and its hand-made gold list, then calls
`write()`, which validates the gold against the text and writes
articles/p1010-K.txt and gold/p1010-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
SET = "1010"

KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
POWERS = [1, 1e3, 1e4, 1e6, 1e9, 1e12]
WHOLE = r"(?<![\w.,]){}(?!\w|[.,]\d)"   # same test as score.py


def period(text, start=None, end=None, inherited=False):
    p = {"text": text, "start": start, "end": end}
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


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise SystemExit(f"unknown keys {unknown} in {anchor!r}")
    return d


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _iso(s):
    if s is not None:
        date.fromisoformat(s)


def check(text: str, figs: list[dict]) -> list[str]:
    bad = []
    if unicodedata.normalize("NFC", text) != text:
        bad.append("text is not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200..1800")
    for f in figs:
        a, n = f["anchor"], f["number"]
        tag = repr(a[:50])
        cnt = text.count(a)
        if cnt != 1:
            bad.append(f"{tag}: anchor occurs {cnt} times")
        if not re.search(WHOLE.format(re.escape(n)), a):
            bad.append(f"{tag}: number {n!r} not whole in anchor")
        try:
            base = number_value(n)
            r = f["value"] / base
            if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
                bad.append(f"{tag}: value/number = {r}")
        except (ValueError, ZeroDivisionError) as e:
            bad.append(f"{tag}: {e}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"{tag}: value_max <= value")
        if f["kind"] not in KINDS:
            bad.append(f"{tag}: kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"{tag}: approx {f['approx']}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"{tag}: status {f['status']}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"{tag}: percent unit")
        p = f.get("period")
        if p:
            try:
                _iso(p.get("start")); _iso(p.get("end"))
            except ValueError as e:
                bad.append(f"{tag}: period {e}")
    return bad


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return '"' + esc + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items() if x is not None) + " }"
    return repr(v)


def write(k: int, text: str, figs: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{kk: unicodedata.normalize("NFC", vv) if isinstance(vv, str) else vv for kk, vv in f.items()}
            for f in figs]
    name = f"p{SET}-{k}"
    bad = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_val(location)}")
    for f in figs:
        lines += ["", "[[figures]]"]
        lines += [f"{key} = {_val(f[key])}" for key in KEYS if key in f]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
