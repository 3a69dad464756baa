"""Probe set 830 (malaria control and elimination): shared helpers.

Each tools/genK.py builds one article and its gold; `write()` checks the gold against the text
(anchor once, number whole inside it, value = number x power of ten, value_max > value, length)
and writes articles/p830-K.txt and gold/p830-K.toml.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2, "trăm": 100}
POWERS = [10 ** k for k in range(0, 13)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start=None, end=None, inherited=False):
    """Period object; inherited marks a phrase standing in another sentence."""
    out = {"text": text, "start": start, "end": end}
    out = {k: v for k, v in out.items() if v is not None}
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, inherited (phrase in another sentence)."""
    return dict(period, inherited=True)


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit, met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    rec = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        rec["subject"] = subject
    if period is not None:
        rec["period"] = period
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        rec[k] = v
    return {k: rec[k] for k in KEYS if k in rec}


def _num(s):
    low = s.lower()
    if low in NUMWORDS:
        return float(NUMWORDS[low])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        f["anchor"] = a
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = _num(f["number"])
        r = f["value"] / base if base else 1
        if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
            bad.append(f"value/number = {r} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value at {a!r}")
        if f["kind"] not in ("count", "percent", "money", "measure", "rank", "multiple"):
            bad.append(f"kind {f['kind']} at {a!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines += [f"{k} = {_toml(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
