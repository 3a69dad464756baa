"""Probe set 1083 (Tết peach blossom and kumquat growing): shared helpers.

Each genK.py builds one article text and its hand-made gold, then calls write().
write() checks: every anchor occurs exactly once in the NFC text; the number stands
whole inside the anchor; value/number is 1 or a power-of-ten word multiplier;
value_max > value; 1 200 <= length <= 1 800. Problems are printed and make the
script exit non-zero.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = "1083"
BASE = Path(__file__).resolve().parents[1]
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
        "percent", "change", "target", "status", "subject", "period", "location", "optional")
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}
MULT = (1, 10**3, 10**4, 10**6, 10**9, 10**12)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def year(y, text=None, inherited=False):
    return period(text or f"năm {y}", f"{y}-01-01", f"{y}-12-31", inherited)


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject, **kw):
    """One gold figure. kw: value_max approx total percent change target status period location optional."""
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
         "subject": subject}
    d.update({k: v for k, v in kw.items() if v is not None})
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def _num(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


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


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p{SET}-{k}"
    text = nfc(text)
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} not in 1200..1800")
    for f in figures:
        a = nfc(f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            problems.append(f"anchor found {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
        base = _num(f["number"])
        r = f["value"] / base if base else 1.0
        if not any(abs(r - m) <= 1e-9 * m for m in MULT):
            problems.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value at {a!r}")
        for key in ("subject", "unit", "location"):
            if key in f and isinstance(f[key], str):
                f[key] = nfc(f[key])
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {nfc(n)}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(nfc(location))}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{key} = {_toml(v)}" for key, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
