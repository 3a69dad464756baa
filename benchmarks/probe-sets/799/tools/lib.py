"""Probe set 799 (conical hat villages): write one article and its gold TOML, with checks.

Checks: every anchor occurs exactly once in the (NFC) article; the number stands whole in its anchor;
value/number is 1 or a power-of-ten multiplier; value_max > value; article length 1200-1800 characters.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
               "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
MULTIPLIERS = [1, 10 ** 3, 10 ** 4, 10 ** 6, 10 ** 9, 10 ** 12]


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence (not scored)."""
    out = {"text": text, "start": start, "end": end}
    out = {k: v for k, v in out.items() if v is not None}
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked as inherited from another sentence."""
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        rec["subject"] = subject
    if period is not None:
        rec["period"] = period
    for k, v in extra.items():
        if k not in FIELD_ORDER:
            raise KeyError(f"unknown field {k} in {anchor!r}")
        rec[k] = v
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def number_value(s):
    """Read a Vietnamese-style number: '1.215.000' -> 1215000, '96,4' -> 96.4."""
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v):
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
    raise TypeError(v)


def check(text, figures):
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"article length {len(text)} not in 1200-1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        if base:
            ratio = f["value"] / base
            if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
                problems.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f['approx']} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f['status']} in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % unit in {a!r}")
    return problems


def write(name, text, figures, notes, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    problems = check(text, figures)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
