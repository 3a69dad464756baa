"""Shared helper: write one article and its gold TOML, checking anchors and numbers."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start, end, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def parse_vn(num):
    s = num
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return None


WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def build(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p361-{n}"
    probs = []
    if not 1200 <= len(text) <= 1800:
        probs.append(f"length {len(text)} outside 1200-1800")
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            probs.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            probs.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
        base = parse_vn(num)
        if base is None:
            base = WORDNUM.get(num.lower())
        if base is None:
            probs.append(f"fig {i+1} cannot parse {num!r}")
        elif base != 0:
            r = abs(f["value"]) / base
            if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e6, 1e9, 1e12)):
                probs.append(f"fig {i+1} value {f['value']} vs number {num!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            probs.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figures)} figures "
          f"({sum(1 for f in figures if f.get('optional'))} optional)")
    for p in probs:
        print("  PROBLEM:", p)
    if probs:
        sys.exit(1)
