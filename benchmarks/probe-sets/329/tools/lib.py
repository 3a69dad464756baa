"""Helpers: write one article + its gold TOML, checking anchors and numbers."""
import json, re, sys, unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = {None: 1, "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9, "nghìn tỷ": 10**12}


def num(s, mult=None):
    if s.lower() in WORDS:
        d = Decimal(WORDS[s.lower()])
    else:
        t = s
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
            t = t.replace(".", "")
        t = t.replace(".", "").replace(",", ".") if "," in t else t
        d = Decimal(t)
    d = d * MULT[mult]
    return int(d) if d == d.to_integral_value() else float(d)


def P(text, start, end, inh=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inh:
        p["inherited"] = True
    return p


def F(anchor, number, kind, unit, subject=None, mult=None, **kw):
    f = {"anchor": anchor, "number": number, "value": kw.pop("value", None)}
    if f["value"] is None:
        f["value"] = num(number, mult)
    f["kind"] = kind
    f["unit"] = unit
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            f[k] = kw.pop(k)
    if subject:
        f["subject"] = subject
    for k in ("period", "location", "optional"):
        if k in kw:
            f[k] = kw.pop(k)
    if kw:
        raise TypeError(f"unknown keys {kw}")
    return f


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p329-{n}"
    problems = []
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"figure {i+1} {a!r}: anchor occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"figure {i+1} {a!r}: number {f['number']!r} not whole in anchor")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = {tv(location)}')
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {tv(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if not 1200 <= len(text) <= 1800:
        print("  PROBLEM: length", len(text))
    return problems
