"""Probe set 872 (prosthetics, orthopaedic devices, rehabilitation): build one article and its gold TOML.

Each tools/genK.py defines TEXT, META and FIGS and calls build(). build() normalises to NFC and checks:
  - article length 1200-1800 characters;
  - every anchor occurs exactly once in the article;
  - the number stands whole in its anchor (the same test as score.py);
  - value / number is 1 or a power multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ);
  - value_max > value; a period's start <= end; fields are known.
Problems are printed and make the script exit 1.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
          "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
MULTIPLIERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when the phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, inherited from another sentence."""
    return {**period, "inherited": True}


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
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    unknown = set(d) - set(FIELDS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in FIELDS if k in d}


def number_value(s: str) -> float:
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figs: list[dict]) -> list[str]:
    probs = []
    if not 1200 <= len(text) <= 1800:
        probs.append(f"length {len(text)} not in 1200-1800")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            probs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            probs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            probs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            probs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            probs.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            probs.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            probs.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            probs.append(f"percent with unit {f['unit']!r}")
        p = f.get("period")
        if p and p.get("start") and p.get("end") and p["start"] > p["end"]:
            probs.append(f"period start > end in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            probs.append(f"no subject: {a!r}")
    return probs


def build(name: str, text: str, figs: list[dict], comments: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    probs = check(text, figs)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for p in probs:
        print("  PROBLEM:", p)
    if probs:
        sys.exit(1)
