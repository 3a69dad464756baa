"""Probe set 1104 (heat waves and heat stroke): shared helpers.

build(name, text, figures, ...) writes articles/<name>.txt and gold/<name>.toml after checking:
  * the article is NFC and 1 200-1 800 characters long;
  * every anchor occurs exactly once and holds the number as a whole token;
  * value / number is 1 or a power-of-ten multiplier (nghìn, triệu, tỷ ...);
  * value_max > value where a range is given.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited=True when its phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked inherited."""
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


def T(value, unit="%", met=None):
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
        if k not in KEYS:
            raise KeyError(k)
        rec[k] = v
    return {k: rec[k] for k in KEYS if k in rec}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def build(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errors = []
    if not 1200 <= len(text) <= 1800:
        errors.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            errors.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errors.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            errors.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errors.append(f"value_max <= value in {a!r}")
        if f["kind"] not in ("count", "percent", "money", "measure", "rank", "multiple"):
            errors.append(f"bad kind {f['kind']}")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for e in errors:
        print("  PROBLEM:", e)
    if errors:
        sys.exit(1)
