"""Probe set 936 (outdoor advertising signboards, illegal posters): shared helpers.

Each genK.py builds one article text and its gold figures, then calls `write()`, which
checks the article and the anchors and writes articles/p936-K.txt and gold/p936-K.toml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SET = "936"
HERE = Path(__file__).resolve().parent.parent
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
POWERS = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]


def P(text, start=None, end=None, inh=False):
    """A period object; inh=True marks a phrase that stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inh:
        out["inherited"] = True
    return out


def I(period):
    """The same period, inherited (stated in another sentence)."""
    out = dict(period)
    out["inherited"] = True
    return out


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        rec["subject"] = subject
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            rec[k] = v
    return rec


def number_value(s: str) -> float:
    """Read a number as written, Vietnamese style (. thousands, , decimal)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article is not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"article length {len(text)} not in 1200-1800")
    for f in figures:
        a, num = f["anchor"], f["number"]
        where = repr(a[:50])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor occurs {n} times: {where}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in anchor {where}")
        base = number_value(num)
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            bad.append(f"value/number = {ratio} not a power multiplier: {where}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max not above value: {where}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r}: {where}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r}: {where}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r}: {where}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent figure without % unit: {where}")
    return bad


def write(k: int, text: str, figures: list[dict], location: str, published: str | None = None,
          notes: tuple[str, ...] = ()) -> None:
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figures = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for key, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"]
        lines += [f"{key} = {toml_val(f[key])}" for key in KEYS if key in f]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
