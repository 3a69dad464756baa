"""Probe set 798 helpers: build gold figures, check them against the article, write article + TOML."""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
SCALES = [1.0, 1e3, 1e4, 1e6, 1e9, 1e12]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **extra):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    if period:
        f["period"] = period
    f.update(extra)
    unknown = set(f) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    w = s.lower()
    if w in NUMWORDS:
        return float(NUMWORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} not in 1200-1800")
    spans = {}
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
            continue
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not m:
            errs.append(f"number {f['number']!r} not whole in anchor {a!r}")
            continue
        pos = text.find(a) + m.start()
        if pos in spans:
            errs.append(f"two figures on one number: {a!r} and {spans[pos]!r}")
        spans[pos] = a
        ratio = f["value"] / number_value(f["number"])
        if not any(abs(ratio - s) <= 1e-9 * s for s in SCALES):
            errs.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value: {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit: {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figs if f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {opt} optional, {inh} inherited periods")
    for e in errs:
        print("  ERROR:", e)
    if errs:
        sys.exit(1)
