"""Probe set 1099 (greenhouse tomato / vegetable growing): shared helpers.

build(name, text, figures, ...) writes articles/<name>.txt and gold/<name>.toml and checks:
  - article length 1200-1800 characters (NFC);
  - each anchor occurs exactly once; the number stands whole in its anchor;
  - value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ ...);
  - value_max > value.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
MULTIPLIERS = [1, 1e3, 1e4, 1e6, 1e9, 1e12]


def P(text, start=None, end=None, inherited=False):
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, marked inherited (its phrase stands in another sentence)."""
    return dict(period, inherited=True)


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


def F(anchor, number, value, kind, unit, subject, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
           "subject": subject}
    rec.update(kw)
    unknown = set(rec) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: rec[k] for k in KEYS if k in rec and rec[k] is not None}


def number_value(s):
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def build(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
