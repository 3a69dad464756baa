"""Helpers: write one article and its gold TOML, checking anchors, numbers, length and NFC."""
import re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text}
    if start is not None:
        d["start"] = start
    if end is not None:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update({k: v for k, v in kw.items() if k in ("value_max", "approx", "total", "percent")})
    for k in ("change", "target"):
        if k in kw:
            d[k] = kw[k]
    if "status" in kw:
        d["status"] = kw["status"]
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    if "location" in kw:
        d["location"] = kw["location"]
    if kw.get("optional"):
        d["optional"] = True
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


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items()) + " }"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def build(n, text, comments, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p264-{n}"
    problems = []
    L = len(text)
    if not 1200 <= L <= 1800:
        problems.append(f"length {L}")
    for f in figs:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = ["# " + c for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = "{location}"')
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {q(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}).get("inherited"))
    print(f"{name}: {L} chars, {len(figs)} figures ({req} required, {len(figs)-req} optional, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
