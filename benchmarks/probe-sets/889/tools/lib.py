"""Probe set 889 (dạy thêm, học thêm): build one article and its gold TOML, and check them.

Each genK.py calls `build(name, text, figures, ...)`. A figure is made with `F(...)`; its value is
read from the number as written (Vietnamese style: '.' groups thousands, ',' is the decimal mark)
times the word multiplier that follows it in the anchor, unless `value=` is given explicitly.
"""
from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
MULT = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def num(s: str) -> float:
    """Read a number as written in a Vietnamese text."""
    t = s.strip()
    if t.lower() in NUMWORDS:
        return float(NUMWORDS[t.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when its phrase stands in another sentence (FIGURES.md §5, not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    assert direction in ("increase", "decrease")
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


def F(anchor, number, kind, unit, subject=None, value=None, **kw):
    """One gold figure. kw: value_max, approx, total, percent, change, target, status, period, location, optional."""
    anchor, number = nfc(anchor), nfc(number)
    if value is None:
        base = num(number)
        i = anchor.find(number)
        after = anchor[i + len(number):] if i >= 0 else ""
        m = re.match(r"\s*(nghìn|ngàn|vạn|triệu|tỷ|tỉ)\b", after)
        value = base * (MULT[m.group(1)] if m else 1)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": nfc(unit)}
    if subject:
        d["subject"] = nfc(subject)
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        d[k] = nfc(v) if isinstance(v, str) else v
    return {k: d[k] for k in KEYS if k in d}


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def _check(text, figs, published):
    probs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        probs.append(f"article length {n} not in 1200-1800")
    if text != nfc(text):
        probs.append("article not NFC")
    for f in figs:
        a, nb = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            probs.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(nb) + r"(?!\w|[.,]\d)", a):
            probs.append(f"number {nb!r} not whole in anchor {a!r}")
        base = num(nb)
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            probs.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            probs.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            probs.append(f"bad kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX or f.get("status", "actual") not in STATUS:
            probs.append(f"bad approx/status for {a!r}")
        if not f.get("optional") and not f.get("subject"):
            probs.append(f"required figure without subject: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            probs.append(f"percent with unit {f['unit']!r}: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p:
                    date.fromisoformat(p[k])
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                probs.append(f"period start after end for {a!r}")
            if not p.get("inherited"):
                # a scored period must have its phrase in the figure's own sentence
                i = text.find(a)
                s = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i))
                e = min([x for x in (text.find(". ", i + len(a)), text.find("\n", i + len(a))) if x >= 0] or [n])
                if p["text"] not in text[s + 1:e]:
                    probs.append(f"period {p['text']!r} not in the sentence of {a!r} (mark inherited?)")
    if published:
        date.fromisoformat(published)
    return probs


def build(name, text, figs, published=None, location=None, notes=()):
    text = nfc(text)
    probs = _check(text, figs, published)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {nfc(c)}" for c in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_toml(nfc(location))}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        out += [f"{k} = {_toml(v)}" for k, v in f.items()]
    src = "\n".join(out) + "\n"
    tomllib.loads(src)  # must parse
    (HERE / "gold" / f"{name}.toml").write_text(src, encoding="utf-8")
    req = [f for f in figs if not f.get("optional")]
    inh = sum(1 for f in figs if (f.get("period") or {}).get("inherited"))
    attrs = sum(1 for f in figs for k in ("value_max", "total", "percent", "change", "target") if k in f)
    nonact = sum(1 for f in figs if f.get("status", "actual") != "actual")
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({len(req)} required, {len(figs) - len(req)} optional, "
          f"{inh} inherited, {attrs} attributes, {nonact} non-actual)")
    for p in probs:
        print("  PROBLEM:", p)
    if probs:
        sys.exit(1)
