"""Shared helpers: write article + gold TOML for probe set 248, and check anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def num(s):
    """Vietnamese number as written -> float (dot groups thousands, comma is decimal)."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    return float(s)


WORDS = {"hai": 2, "ba": 3, "Ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "một": 1, "Hai": 2}


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, kind, unit, subject=None, mult=1, value=None, **kw):
    if value is None:
        value = WORDS[number] if number in WORDS else num(number) * mult
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status",
              "period", "location", "optional"):
        if k in kw:
            v = kw.pop(k)
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            d[k] = v
    if kw:
        raise ValueError(f"unknown keys {kw}")
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": "increase" if direction == "+" else "decrease", "value": value, "unit": unit}
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


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write(n, text, figs, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p248-{n}"
    problems = []
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"{name}: anchor {a!r} occurs {c} times")
        elif not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"{name}: number {f['number']!r} not whole in {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("PROBLEM", p)
    if not 1200 <= len(text) <= 1800:
        print("PROBLEM length", len(text))
    return problems
