"""Probe set 815 helpers: build an article and its gold TOML, with sanity checks.

Checks: length 1200-1800 chars (NFC), each anchor exactly once, the number whole in
the anchor (same regex as score.py), value/number is 1 or a power-of-ten multiplier,
value_max > value, known kinds/approx/status, period dates well formed.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
           "tám": 8, "chín": 9, "mười": 10, "nhất": 1, "hàng nghìn": 1000}
MULT = [1, 10**3, 10**4, 10**6, 10**9, 10**12]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional"]


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
    """the same period, inherited (its phrase stands in another sentence)"""
    d = dict(p)
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
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    extra = set(d) - set(KEYS)
    if extra:
        raise SystemExit(f"unknown keys {extra} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def num_value(s):
    s = s.strip()
    if s.lower() in WORDNUM:
        return WORDNUM[s.lower()]
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
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def check(text, figs):
    errs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"article length {n} not in 1200..1800")
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            errs.append(f"anchor found {c} times: {a!r}")
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not m:
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        try:
            base = num_value(f["number"])
            r = f["value"] / base
            if not any(abs(r - k) <= 1e-9 * k for k in MULT):
                errs.append(f"value {f['value']} vs number {f['number']!r} (ratio {r})")
        except ValueError as e:
            errs.append(str(e))
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent with unit {f['unit']!r} at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not DATE.match(p[k]):
                    errs.append(f"bad period {k} {p[k]!r} at {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                errs.append(f"period start after end at {a!r}")
    return errs


def emit(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    errs = check(text, figs)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines.append("")
        lines.append("[[figures]]")
        for k, v in f.items():
            if isinstance(v, str):
                v = unicodedata.normalize("NFC", v)
            lines.append(f"{k} = {toml_val(v)}")
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)


def cell_anchor(text, pos_text, start_hint, cell):
    """Anchor for a table cell written one per line: the cell and as many following
    characters as needed to be unique (the cell comes first, so its number is the first)."""
    i = text.find(start_hint)
    j = text.find("\n" + cell + "\n", i)
    assert i >= 0 and j >= 0, (start_hint, cell)
    j += 1
    for k in range(len(cell) + 1, 60):
        a = text[j:j + k]
        if text.count(a) == 1:
            return a
    raise SystemExit(f"no unique anchor for {cell!r} after {start_hint!r}")
