"""Shared helpers: write article + gold TOML, check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def s(v):
    return json.dumps(v, ensure_ascii=False)

def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    return s(v)

def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
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

def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update({k: v for k, v in kw.items()})
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    return d

ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]

def write(name, text, header, figs, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = ["# " + line for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f"published = {s(published)}")
    if location:
        out.append(f"location = {s(location)}")
    if status:
        out.append(f"status = {s(status)}")
    bad = 0
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor occurs {c}x: {a!r}"); bad += 1
        elif not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {n!r} not whole in {a!r}"); bad += 1
        out.append("")
        out.append("[[figures]]")
        for k in ORDER + [k for k in f if k not in ORDER]:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    nreq = sum(1 for f in figs if not f.get("optional"))
    ninh = sum(1 for f in figs if f.get("period", {}) and f["period"].get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({nreq} required, {ninh} inherited), {bad} problems")
