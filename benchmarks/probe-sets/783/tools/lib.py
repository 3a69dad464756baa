"""Helpers for probe set 783 (coconut candy and coconut processing).

Each genN.py holds one article's text and its hand-made figures and calls emit(), which writes
articles/p783-N.txt and gold/p783-N.toml and checks: NFC text of 1200-1800 characters, every anchor
occurring exactly once, the number standing in its anchor as a whole number (first occurrence), and
value / number being 1 or a power multiplier (10^3, 10^4, 10^6, 10^9, 10^12).
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inherited=False):
    """A period. inherited=True: the phrase stands in another sentence (not scored)."""
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


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


ORDER = ("value_max", "approx", "total", "percent", "change", "target", "status")


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ORDER:
        if k in kw:
            d[k] = kw.pop(k)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k in ("location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_num(s):
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = f["anchor"] = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number not in anchor: {f['number']!r} / {a!r}")
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {ratio}: {a!r}")
        if "value_max" in f and f["value_max"] <= f["value"]:
            problems.append(f"value_max <= value: {a!r}")
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
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    ih = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    attrs = sum(1 for f in figures for k in ("value_max", "total", "percent", "change", "target") if k in f)
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {len(figures) - req} optional, "
          f"{ih} inherited periods, {attrs} attributes)")
    for p in problems:
        print("  PROBLEM", p)
    return not problems
