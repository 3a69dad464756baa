"""Probe set 840 helpers: build gold figures, check them against the article, write article + TOML.

Checks made by `write()`:
  * the article is NFC and 1 200-1 800 characters long;
  * every anchor occurs exactly once in the article;
  * the number stands whole inside its anchor (same test as score.py);
  * value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ);
  * value_max, when given, is larger than value.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
MULTIPLIERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    for k, v in kw.items():
        if k not in FIELD_ORDER:
            raise KeyError(k)
        f[k] = v
    return {k: f[k] for k in FIELD_ORDER if k in f}


def number_value(s: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if text != unicodedata.normalize("NFC", text):
        bad.append("article not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"article length {len(text)}")
    for f in figures:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            bad.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {n!r} not whole in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']}")
        ratio = f["value"] / number_value(n)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"no subject at {a!r}")
    return bad


def write(k: int, text: str, figures: list[dict], notes: list[str], published=None, location=None):
    name = f"p840-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figures = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_value(v)}" for key, v in f.items()]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
