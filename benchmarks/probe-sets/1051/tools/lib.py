"""Helpers for probe set 1051 (official housing for teachers in remote areas).

Each genK.py builds one article as a string and a list of gold figures, then calls emit(), which checks:
anchor occurs exactly once, the number stands whole in the anchor (and, for anchors given by position, that its first
whole occurrence is the intended one), value/number is 1 or a power-of-ten multiplier, value_max > value, length
1200-1800 characters, NFC; and writes articles/<name>.txt and gold/<name>.toml.
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def per(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when its phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    d = dict(p)
    d["inherited"] = True
    return d


def year(y, text=None):
    return per(text or f"năm {y}", f"{y}-01-01", f"{y}-12-31")


def ch(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tg(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    bad = set(d) - set(ORDER) - {"_pos"}
    assert not bad, bad
    out = {k: d[k] for k in ORDER if k in d}
    if "_pos" in d:
        out["_pos"] = d["_pos"]
    return out


def whole(number):
    return re.compile(r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)")


def anchor_at(text, start, number):
    """Shortest anchor ending right after the number at text[start:], grown leftward token by token,
    that occurs once in text and whose first whole occurrence of number is the intended one."""
    end = start + len(number)
    s = start
    while True:
        a = text[s:end]
        if text.count(a) == 1:
            m = whole(number).search(a)
            if m and s + m.start() == start:
                return a
        if s == 0:
            raise ValueError(f"no anchor for {number!r} at {start}")
        # step left to the previous token boundary
        s -= 1
        while s > 0 and not text[s - 1].isspace():
            s -= 1


def cells(text, block, rows):
    """Positions of the numeric cells of a table block. rows: list of (label, [cell strings]) in order.
    Returns {(label, col_index): (start, number, anchor)}; the anchor runs from the row label to the cell."""
    base = text.index(block)
    out = {}
    pos = base
    for label, cs in rows:
        lab = text.index(label, pos)
        pos = lab + len(label)
        for j, c in enumerate(cs):
            m = whole(c).search(text, pos)
            a = text[lab:m.end()]
            assert text.count(a) == 1, a
            out[(label, j)] = (m.start(), c, a)
            pos = m.end()
    return out


def parse_num(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c}x: {a!r}")
        m = whole(f["number"]).search(a)
        if not m:
            problems.append(f"number not whole in anchor: {f['number']!r} / {a!r}")
        elif "_pos" in f and text.find(a) + m.start() != f["_pos"]:
            problems.append(f"number's first occurrence is not the intended cell: {a!r}")
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - mm) <= 1e-9 * mm for mm in MULTS):
            problems.append(f"value/number ratio {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value: {a!r}")
        for k in ("kind",):
            if f[k] not in ("count", "percent", "money", "measure", "rank", "multiple"):
                problems.append(f"bad kind {f[k]!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % unit: {a!r}")
        if f.get("status") not in (None, "actual", "estimate", "target", "forecast"):
            problems.append(f"bad status: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items() if k != "_pos"]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inhn = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inhn} inherited periods)")
    for p in problems:
        print("  PROBLEM", p)
    return not problems
