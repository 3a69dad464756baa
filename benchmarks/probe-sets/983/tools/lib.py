"""Probe set 983 (commune radio stations, smart loudspeakers): article + gold writer with self-checks.

Every generator calls `write(name, text, figures, ...)`. The checks: text is NFC and 1200-1800 chars,
each anchor occurs exactly once, the number stands whole in its anchor, value/number is a power-of-ten
multiplier (or a number word), value_max > value, required keys present.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
STATUSES = {"actual", "estimate", "target", "forecast"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
KEY_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
             "change", "target", "status", "subject", "period", "location", "optional"]


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
    if subject:
        f["subject"] = subject
    f.update(kw)
    unknown = set(f) - set(KEY_ORDER)
    if unknown:
        raise KeyError(unknown)
    return {k: f[k] for k in KEY_ORDER if k in f}


def number_value(s):
    low = s.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


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


def write(name, text, figures, notes=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        if base == 0:
            if f["value"] != 0:
                bad.append(f"zero number with value {f['value']}: {a!r}")
        elif not any(abs(f["value"] - base * p) <= 1e-9 * base * p for p in POWERS):
            bad.append(f"value {f['value']} vs number {f['number']!r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']}")
        if f.get("status", "actual") not in STATUSES or f.get("approx", "exact") not in APPROX:
            bad.append(f"status/approx: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent unit: {a!r}")
        p = f.get("period")
        if p and not p.get("inherited") and p["text"] not in text:
            bad.append(f"period text not in article: {p['text']!r}")
    spans = {}
    for f in figures:
        at = text.find(f["anchor"])
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        if at >= 0 and hit:
            pos = at + hit.start()
            if pos in spans:
                bad.append(f"two figures on one number at {pos}: {spans[pos]!r} / {f['anchor']!r}")
            spans[pos] = f["anchor"]
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
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
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
