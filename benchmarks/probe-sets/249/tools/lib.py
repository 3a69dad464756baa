"""Shared helpers: write one article + its gold TOML, and check anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULT = {"": 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "nghìn tỷ": 1e12, "vạn": 1e4}


def num(s):
    """Vietnamese number string -> float."""
    s = s.lstrip("-")
    neg = s != s
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    return float(s)


def P(text, start, end, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, kind, unit, subject=None, mult="", value=None, **kw):
    if value is None:
        v = num(number) * MULT[mult]
        if number.startswith("-"):
            v = -v
        value = int(v) if float(v).is_integer() and kind != "percent" else round(v, 10)
    d = {"anchor": anchor, "number": number, "value": value}
    if "value_max" in kw:
        d["value_max"] = kw.pop("value_max")
    d["kind"] = kind
    d["unit"] = unit
    for k in ("approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject is not None:
        d["subject"] = subject
    for k in ("period", "location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise ValueError(f"unknown keys {kw}")
    return d


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


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return repr(v)
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(n, text, comments, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p249-{n}"
    problems = []
    for i, f in enumerate(figs):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"{name} fig {i+1} {a!r}: occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"{name} fig {i+1} {a!r}: number {f['number']!r} not whole in anchor")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = "{location}"')
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {tv(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
