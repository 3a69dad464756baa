"""Helpers for probe set 584 (greenhouse gas emissions and carbon credits).

Each gen<N>.py holds one article and its hand-made figures and calls emit(), which writes
articles/<name>.txt and gold/<name>.toml and checks: NFC, 1 200-1 800 characters, every anchor once,
the number as a whole number inside its anchor, and value = number x (1 or a word multiplier).
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULTIPLIERS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def period(text, start=None, end=None, inherited=False):
    """A period; start None = as-of. inherited=True: the phrase stands in another sentence (not scored)."""
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


def change(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def target(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def fig(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if per:
        d["period"] = per
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status", "location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise TypeError(kw)
    return {k: d[k] for k in ORDER if k in d}


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_vn(s):
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} not in 1200-1800")
    for f in figures:
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            problems.append(f"anchor occurs {text.count(a)}x: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {num!r} not whole in {a!r}")
        base = parse_vn(num)
        r = f["value"] / base if base else 1
        if not any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS):
            problems.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and f["value_max"] <= f["value"]:
            problems.append(f"value_max <= value at {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_toml(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    ninh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    nattr = sum(sum(k in f for k in ("total", "percent", "change", "target", "value_max")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {ninh} inherited periods, {nattr} attributes)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
