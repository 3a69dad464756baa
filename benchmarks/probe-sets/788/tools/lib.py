"""Probe set 788 (swiftlet farming, bird's nests): build one article + gold TOML and check them.

Each genK.py calls build(name, text, figures, ...). Checks done here:
- the article is NFC and 1 200-1 800 characters long;
- every anchor occurs exactly once in the article;
- the number stands whole in its anchor (same rule as score.py);
- value / number is 1 or a power-of-ten word multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ);
- value_max > value; inherited periods are flagged; period dates are ISO.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def year(y, text=None, inherited=False):
    return period(text or f"năm {y}", f"{y}-01-01", f"{y}-12-31", inherited)


def asof(text, end, inherited=False):
    return period(text, None, end, inherited)


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


def target(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def read_number(s: str) -> float:
    w = s.strip().lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", w) or re.fullmatch(r"\d+(,\d+)?", w):
        return float(w.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text: str, figures: list[dict]) -> list[str]:
    bad = []
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article is not NFC")
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = read_number(f["number"])
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']} for {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']} for {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']} for {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    bad.append(f"period {k} not ISO: {a!r}")
    return bad


def build(name: str, text: str, figures: list[dict], comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
               for f in figures]
    problems = check(text, figures)
    (SET / "articles").mkdir(exist_ok=True)
    (SET / "gold").mkdir(exist_ok=True)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines.extend(f"{k} = {toml_val(v)}" for k, v in f.items())
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("   PROBLEM:", p)
    if problems:
        sys.exit(1)
