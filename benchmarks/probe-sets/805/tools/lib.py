"""Probe set 805 helpers: build figures, write article + gold TOML, validate anchors and values."""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
        "target", "status", "subject", "period", "location", "optional"]


def num(s):
    """Read a number the Vietnamese way (. thousands, , decimal) or a number word."""
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited (phrase in another sentence)."""
    return {**p, "inherited": True}


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


def F(anchor, number, kind, unit, subject=None, mult=1, vmax=None, **kw):
    """One gold figure; value = number x mult; vmax as a string is read and multiplied too."""
    d = {"anchor": anchor, "number": number, "value": num(number) * mult, "kind": kind, "unit": unit}
    if vmax is not None:
        d["value_max"] = num(vmax) * mult if isinstance(vmax, str) else vmax
    if subject:
        d["subject"] = subject
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            d[k] = v
    return {k: d[k] for k in KEYS if k in d}


def _s(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _s(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e17:
            return str(int(v))
        return repr(round(v, 10))
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def write(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)}")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor x{n}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in {a!r}")
        base = num(f["number"])
        if base:
            r = f["value"] / base
            if not any(abs(r - p) <= 1e-9 * p for p in POWERS):
                bad.append(f"value/number = {r} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        per = f.get("period")
        if per and not per.get("inherited") and per["text"] not in text:
            bad.append(f"period text not in article: {per['text']!r}")
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_s(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_val(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    opt = sum(bool(f.get("optional")) for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {opt} optional, {inh} inherited")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
