"""Probe set 793 helpers: write one article + its gold TOML and check the anchors and values."""
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
SCALES = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited from another sentence."""
    return P(p["text"], p.get("start"), p.get("end"), True)


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v)


def number_value(s):
    w = s.lower()
    if w in NUMWORDS:
        return NUMWORDS[w]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def check(text, figures):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        if len(re.findall(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)) > 1:
            errs.append(f"number {f['number']!r} occurs twice in {a!r}: the first one is taken")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in SCALES):
            errs.append(f"value {f['value']} vs number {f['number']} (ratio {r}) in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent unit in {a!r}")
    return errs


def write(k, text, notes, figures, published=None, location=None):
    name = f"p793-{k}"
    text = unicodedata.normalize("NFC", text)
    figures = [{kk: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for kk, v in f.items()}
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
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(1 for f in figures if f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
