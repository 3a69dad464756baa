"""Helpers for probe set 398: write one article and its gold TOML, and check the anchors.

Each tools/genN.py holds the article text and its figures; `emit` writes
articles/p398-N.txt (NFC) and gold/p398-N.toml and fails loudly when an anchor
does not occur exactly once, when the number is not a whole number inside its
anchor, or when value / number is not a plain multiplier.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "mười": 10}


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


ORDER = ("value_max", "kind", "unit", "approx", "total", "percent", "change", "target", "status",
         "subject", "period", "location", "optional")


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        kw["subject"] = subject
    if period:
        kw["period"] = period
    for k in kw:
        assert k in ORDER, k
    out = {"anchor": anchor, "number": number, "value": value}
    for k in ORDER:
        if k in d and k not in out:
            out[k] = d[k]
        elif k in kw:
            out[k] = kw[k]
    return out


def q(s):
    return json.dumps(s, ensure_ascii=False)


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_num(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number not whole in anchor: {f['number']!r} / {a!r}")
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else 1
        if base == 0 and f["value"] != 0:
            problems.append(f"zero number, value {f['value']}: {a!r}")
        if not any(abs(ratio - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12, 1e15)):
            problems.append(f"value/number ratio {ratio}: {a!r}")
    seen = {}
    for f in figures:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        if at >= 0 and m:
            pos = at + m.start()
            if pos in seen:
                problems.append(f"two figures on one number at {pos}: {seen[pos]!r} / {f['anchor']!r}")
            seen[pos] = f["anchor"]
    n = len(text)
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
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
