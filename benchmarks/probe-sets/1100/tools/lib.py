"""Probe set 1100 (bookshops, book fairs, reading culture): helpers that write one article and its gold TOML
and check the gold before anything is scored."""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "đôi": 2}
POWERS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence."""
    out = {"text": text}
    if start is not None:
        out["start"] = start
    if end is not None:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def year(y, text=None, inherited=False):
    return P(text or f"năm {y}", f"{y}-01-01", f"{y}-12-31", inherited)


def inh(period):
    out = dict(period)
    out["inherited"] = True
    return out


def CH(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def TG(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
           "subject": subject, **extra}
    if period:
        rec["period"] = period
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: rec[k] for k in KEYS if k in rec}


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


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


def check(text: str, figures: list[dict]) -> list[str]:
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
            continue
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in POWERS):
            errs.append(f"value {f['value']} / number {f['number']} = {ratio} is not a power multiplier ({a!r})")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent figure with unit {f['unit']!r} at {a!r}")
    return errs


def write(name: str, text: str, notes: list[str], figures: list[dict], published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inherited = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inherited} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
