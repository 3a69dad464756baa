"""Probe set 1110 helpers: build an article and its gold TOML, validate anchors and values."""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
            "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10.0 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence."""
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """Same period, marked inherited."""
    q = dict(p)
    q["inherited"] = True
    return q


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
    extra = set(d) - set(KEYS)
    if extra:
        raise SystemExit(f"unknown keys {extra} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    for f in figs:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = number_value(f["number"])
        if base == 0:
            if f["value"] != 0:
                errs.append(f"zero number with value {f['value']} in {a!r}")
        else:
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
                errs.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit in {a!r}")
    return errs


def write(k, text, figs, notes, published=None, location=None):
    name = f"p1110-{k}"
    text = unicodedata.normalize("NFC", text)
    figs = [{kk: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for kk, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{kk} = {tv(v)}" for kk, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("  ERROR", e)
    if errs:
        sys.exit(1)
