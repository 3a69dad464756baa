"""Helpers for probe set 324: write article + gold TOML from one script per article, with checks."""
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULTS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
WORDNUM = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "Ba": 3, "Hai": 2, "Bốn": 4}


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def num(s):
    s = s.strip()
    if s in WORDNUM:
        return Decimal(WORDNUM[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return Decimal(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def F(anchor, number, kind, unit, subject=None, period=None, mult=1, value=None, **kw):
    if value is None:
        value = num(number) * mult
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
         "subject": subject, "period": period}
    d.update(kw)
    for k in list(d):
        if d[k] is None:
            del d[k]
    for k in d:
        assert k in ORDER, k
    return d


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, Decimal):
        v = v.normalize()
        if v == v.to_integral_value():
            return str(int(v))
        return format(v, "f")
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return str(v)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number not in anchor: {f['number']!r} / {a!r}")
        try:
            base = num(f["number"])
            if base and not any(Decimal(f["value"]) == base * m for m in MULTS):
                problems.append(f"value {f['value']} vs number {f['number']}: {a!r}")
        except ValueError:
            pass
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {val(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
