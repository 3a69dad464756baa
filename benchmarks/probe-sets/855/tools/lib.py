"""Probe set 855 (street food / food-safety inspection): shared helpers.

Each genK.py builds one article text and its gold list, then calls write().
write() checks: NFC text, 1200-1800 chars, every anchor occurs exactly once,
the number stands whole inside its anchor, value/number is 1 or a power-of-ten
multiplier, value_max > value; then writes articles/p855-K.txt and gold/p855-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
SET = "855"
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
OK_RATIOS = [1, 1e3, 1e4, 1e6, 1e9, 1e12]


def P(text, start=None, end=None, inherited=False):
    """Period object."""
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    """Same period, marked inherited (its phrase stands in another sentence)."""
    d = dict(period)
    d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
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
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p{SET}-{k}"
    text = unicodedata.normalize("NFC", text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
        whole = re.findall(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if len(whole) > 1:
            print(f"  note: number {f['number']!r} stands {len(whole)} times in {a!r}; the first is scored")
        base = number_value(f["number"])
        if base == 0:
            if f["value"] != 0:
                problems.append(f"zero number with value {f['value']}: {a!r}")
        else:
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in OK_RATIOS):
                problems.append(f"value/number = {r}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value: {a!r}")
        if f.get("kind") not in ("count", "percent", "money", "measure", "rank", "multiple"):
            problems.append(f"bad kind: {a!r}")
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
