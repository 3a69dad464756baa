"""Probe set 1081 helpers (hydro-meteorological monitoring): build gold records, check them, write files."""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
POWERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}


def P(text, start=None, end=None, inh=False):
    """A period object; inh=True marks a phrase that stands in another sentence."""
    out = {"text": text, "start": start, "end": end}
    if inh:
        out["inherited"] = True
    return {k: v for k, v in out.items() if v is not None}


def day(text, iso, inh=False):
    return P(text, iso, iso, inh)


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
           "subject": subject, "period": period}
    rec.update(extra)
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: rec[k] for k in KEYS if rec.get(k) is not None}


def numval(s: str) -> float:
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text: str, figs: list[dict]) -> list[str]:
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    for f in figs:
        a, n = f["anchor"], f["number"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {n!r} not whole in {a!r}")
            continue
        ratio = f["value"] / numval(n)
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} vs number {n!r}: ratio {ratio}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit: {a!r}")
        per = f.get("period")
        if per and per.get("start") and per.get("end") and per["start"] > per["end"]:
            errs.append(f"period start after end: {a!r}")
    return errs


def write(k: int, text: str, figs: list[dict], notes: list[str], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{key: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for key, v in f.items()} for f in figs]
    errs = check(text, figs)
    name = f"p1081-{k}"
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_value(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_value(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("  ERROR", e)
    if errs:
        sys.exit(1)
