"""Probe set 797 (lighthouses, navigational aids, maritime safety): shared helpers.

Each tools/genK.py builds one article and its hand-made gold with these helpers; `write` checks the
article and every figure before writing `articles/p797-K.txt` and `gold/p797-K.toml`.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
        "target", "status", "subject", "period", "location", "optional"]


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
    assert direction in ("increase", "decrease")
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


def F(anchor, number, value, kind, unit, subject=None, per=None, cell=False, **kw):
    """One gold figure. cell=True: a table cell whose number must be the last thing in its anchor."""
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    if per:
        f["period"] = per
    f.update(kw)
    unknown = set(f) - set(KEYS)
    assert not unknown, unknown
    f["_cell"] = cell
    return f


def read_number(s):
    t = s.strip().lower()
    if t in NUMWORDS:
        return float(NUMWORDS[t])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or re.fullmatch(r"\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(k, text, published, location, notes, figures):
    name = f"p797-{k}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"article length {n} not in 1200..1800")
    seen_pos = {}
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        where = f"{a[:50]!r}"
        cnt = text.count(a)
        if cnt != 1:
            problems.append(f"anchor occurs {cnt} times: {where}")
            continue
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not m:
            problems.append(f"number {f['number']!r} not whole in anchor {where}")
            continue
        if f["_cell"] and m.end() != len(a):
            problems.append(f"table cell number is not the last thing in its anchor {where}")
        pos = text.find(a) + m.start()
        if pos in seen_pos:
            problems.append(f"two figures on one number: {where} and {seen_pos[pos]}")
        seen_pos[pos] = where
        base = read_number(f["number"])
        ratio = f["value"] / base if base else 1.0
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            problems.append(f"value/number = {ratio} {where}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value {where}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']} {where}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f.get('approx')} {where}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f.get('status')} {where}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % {where}")
        p = f.get("period")
        if p and not (p.get("start") or p.get("end")):
            problems.append(f"period without dates {where}")
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"]
        for key in KEYS:
            if key in f:
                lines.append(f"{key} = {_toml_val(f[key])}")
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for pr in problems:
        print("  PROBLEM:", pr)
    if problems:
        sys.exit(1)
