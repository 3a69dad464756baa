"""Probe set 931 helpers: build one article + its gold TOML and check the gold against the text.

Usage in genK.py:
    from lib import F, period, change, target, write
    figs = [F("anchor text", "number", value, "kind", "unit", subject=..., ...), ...]
    write("p931-K", TEXT, notes, figs, published="2024-07-12", location="Quảng Trị")
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
POWERS = [1, 10**3, 10**4, 10**6, 10**9, 10**12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    p = {"text": text, "start": start, "end": end}
    p = {k: v for k, v in p.items() if v is not None}
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


def F(anchor, number, value, kind, unit, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d and d[k] is not None}


def number_value(s):
    """Plain value of a number as written (Vietnamese style), no multiplier."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200-1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("text not NFC")
    for f in figs:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
            continue
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            errs.append(f"value {f['value']} / number {f['number']} = {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']}: {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')}: {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')}: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent unit: {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figs = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        for k, v in f.items():
            lines.append(f"{k} = {toml_val(v)}")
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
