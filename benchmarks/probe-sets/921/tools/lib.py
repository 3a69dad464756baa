"""Probe set 921 (mosquito-larvae control campaigns): build one article and its gold TOML, with checks.

Usage in genK.py:  from lib import F, P, write
    F(anchor, number, value, kind, unit, subject, **fields)   one gold figure
    P(text, start, end, inh=False)                              a period (inh=True: stated in another sentence)
    write(k, text, figures, published=None, location=None, notes=())
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SET = "921"
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
POWERS = [10 ** k for k in (0, 3, 4, 6, 9, 12)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
        "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inh=False):
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


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    extra = set(d) - set(KEYS)
    if extra:
        raise SystemExit(f"unknown keys {extra} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def num(s):
    if s.lower() in NUMWORDS:
        return float(NUMWORDS[s.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        bad.append("text not NFC")
    for f in figs:
        a, number = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            bad.append(f"anchor {a!r} occurs {c} times")
        pat = r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)"
        hits = list(re.finditer(pat, a))
        if not hits:
            bad.append(f"number {number!r} not whole in {a!r}")
        elif len(hits) > 1:
            print(f"   note: number {number!r} occurs {len(hits)} times in {a!r} (the first one is the primary)")
        try:
            ratio = f["value"] / num(number)
            if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
                bad.append(f"value/number = {ratio} in {a!r}")
        except ValueError as e:
            bad.append(str(e))
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"required figure without subject: {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent unit {f['unit']!r}")
    return bad


def write(k, text, figs, published=None, location=None, notes=()):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{kk: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for kk, v in f.items()} for f in figs]
    name = f"p{SET}-{k}"
    bad = check(text, figs)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {x}" for x in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{key} = {toml_val(v)}" for key, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for b in bad:
        print("   PROBLEM:", b)
    if bad:
        sys.exit(1)
