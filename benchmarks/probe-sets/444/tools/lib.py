"""Shared helper: write one article and its gold TOML, checking every anchor."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    if "location" in kw:
        d["location"] = kw.pop("location")
    if kw:
        raise ValueError(f"unknown keys {kw}")
    return d


def chg(direction, value, unit, baseline=None, approx=None):
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


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(n, comments, text, figs, published=None, location=None):
    name = f"p444-{n}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)}")
    for f in figs:
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {q(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
