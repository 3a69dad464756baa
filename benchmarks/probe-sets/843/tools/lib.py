"""Probe set 843 (UXO clearance and mine-victim support): shared helpers.

A generator builds one article as a string and a list of gold figures made with `F(...)`.
`write()` normalises the text to NFC, checks every figure against the article and writes
articles/<name>.txt and gold/<name>.toml. The value of a figure is computed from the number
as written and the multiplier word that follows it in the article (nghìn, triệu, tỷ ...);
an explicit `mult=` (a table's `Đơn vị tính`) or `value=` overrides it and is checked too.
"""
from __future__ import annotations

import datetime as _dt
import re
import sys
import unicodedata
from pathlib import Path

HOME = Path(__file__).resolve().parents[1]

KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
FIELD_ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
               "percent", "change", "target", "status", "subject", "period", "location", "optional"]
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
MULT_WORDS = [("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("nghìn", 1e3), ("ngàn", 1e3), ("vạn", 1e4),
              ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9)]
POWERS = [10.0 ** k for k in range(0, 13)]
NUM_RE = r"(?<![\w.,]){}(?!\w|[.,]\d)"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def period(text, start=None, end=None, inherited=False):
    """A period object. inherited=True: the phrase stands in another sentence (not scored)."""
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


def F(anchor, number, kind, unit, subject=None, per=None, **kw):
    """One gold figure. kw: value, mult, value_max, approx, total, percent, change, target,
    status, location, optional."""
    f = {"anchor": nfc(anchor), "number": nfc(number), "kind": kind, "unit": nfc(unit)}
    if subject:
        f["subject"] = nfc(subject)
    if per:
        f["period"] = per
    f.update(kw)
    return f


def parse_number(s: str) -> float:
    t = s.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or re.fullmatch(r"\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _toml(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(round(v, 10))
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def _check_date(s, problems, where):
    try:
        _dt.date.fromisoformat(s)
    except Exception:
        problems.append(f"{where}: bad date {s!r}")


def write(name, text, figures, *, published=None, location=None, notes=()):
    text = nfc(text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"article length {n} not in 1200-1800")
    for i, f in enumerate(figures, 1):
        a, num = f["anchor"], f["number"]
        where = f"figure {i} {a[:40]!r}"
        count = text.count(a)
        if count != 1:
            problems.append(f"{where}: anchor occurs {count} times")
            continue
        hit = re.search(NUM_RE.format(re.escape(num)), a)
        if not hit:
            problems.append(f"{where}: number {num!r} not whole in anchor")
            continue
        base = parse_number(num)
        if "value" not in f:
            mult = f.pop("mult", None)
            if mult is None:
                after = text[text.find(a) + hit.end():]
                mult = 1.0
                for word, m in MULT_WORDS:
                    if re.match(r"\s?" + word + r"(?!\w)", after):
                        mult = m
                        break
            f["value"] = base * mult
        else:
            f.pop("mult", None)
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"{where}: value/number = {ratio}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"{where}: value_max not above value")
        if f["kind"] not in KINDS:
            problems.append(f"{where}: kind {f['kind']!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            problems.append(f"{where}: percent kind/unit mismatch")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"{where}: approx {f.get('approx')!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"{where}: status {f.get('status')!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p:
                    _check_date(p[k], problems, where)
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                problems.append(f"{where}: period start after end")
        c = f.get("change")
        if c and (c.get("direction") not in ("increase", "decrease") or "value" not in c):
            problems.append(f"{where}: bad change {c}")
        bad = set(f) - set(FIELD_ORDER)
        if bad:
            problems.append(f"{where}: unknown keys {bad}")
    (HOME / "articles").mkdir(exist_ok=True)
    (HOME / "gold").mkdir(exist_ok=True)
    (HOME / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {nfc(c)}" for c in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        _check_date(published, problems, "published")
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(nfc(location))}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k in FIELD_ORDER:
            if k in f:
                lines.append(f"{k} = {_toml(f[k])}")
    (HOME / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {n} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for pr in problems:
        print("  PROBLEM:", pr)
    if problems:
        sys.exit(1)
