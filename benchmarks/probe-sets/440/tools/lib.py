"""Helpers for probe set 440: write one article and its gold TOML, and check anchors."""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def per(text, start=None, end=None, inherited=False):
    d = {"text": text, "start": start, "end": end}
    d = {k: v for k, v in d.items() if v is not None}
    if inherited:
        d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    d.update(kw)
    bad = set(d) - set(ORDER)
    assert not bad, bad
    return {k: d[k] for k in ORDER if k in d}


def tq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tq(x)}" for k, x in v.items()) + " }"
    return repr(v)


def write(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)}")
    for f in figures:
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            problems.append(f"anchor occurs {text.count(a)}x: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not whole in {a!r}")
        if re.fullmatch(r"[\d.,]+", num):
            base = float(num.replace(".", "").replace(",", ".")) if not re.fullmatch(r"\d+,\d{3}", num) or True else 0
            if base:
                r = f["value"] / base
                if not any(abs(r - m) <= 1e-9 * m for m in (1, 1e3, 1e6, 1e9, 1e12)):
                    problems.append(f"value/number {r} at {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = {tq(location)}')
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {tq(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required), problems: {problems or 'none'}")
    return problems
