"""Helpers: write one article + its gold TOML, with anchor checks."""
import re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def q(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + s + '"'

def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    if v is None:
        raise ValueError("None in toml")
    raise TypeError(type(v))

ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]

def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inherited: d["inherited"] = True
    return d

def emit(n, text, comments, figures, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    art = ROOT / "articles" / f"p464-{n}.txt"
    gold = ROOT / "gold" / f"p464-{n}.toml"
    art.write_text(text, encoding="utf-8")
    bad = 0
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/p464-{n}.txt"')
    if published: lines.append(f"published = {q(published)}")
    if location: lines.append(f"location = {q(location)}")
    if status: lines.append(f"status = {q(status)}")
    for f in figures:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"p464-{n}: anchor {a!r} occurs {c} times"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"p464-{n}: number {num!r} not whole in {a!r}"); bad += 1
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {val(f[k])}")
        for k in f:
            if k not in ORDER:
                print("unknown key", k); bad += 1
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"p464-{n}: {len(text)} chars, {len(figures)} figures ({req} required), problems {bad}")
    if not 1200 <= len(text) <= 1800:
        print(f"p464-{n}: LENGTH {len(text)} out of range")
    return bad

def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject: d["subject"] = subject
    d.update(kw)
    return d

def ch(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx: d["approx"] = approx
    if baseline: d["baseline"] = baseline
    return d
