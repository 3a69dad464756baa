"""Helpers: write one article + its gold TOML, checking anchors the way score.py does."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nfc(s):
    return unicodedata.normalize("NFC", s)


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if kw.get(k) is not None:
            d[k] = kw[k]
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    if "location" in kw:
        d["location"] = kw["location"]
    if kw.get("optional"):
        d["optional"] = True
    extra = set(kw) - {"value_max", "approx", "total", "percent", "change", "target", "status", "location", "optional"}
    if extra:
        raise SystemExit(f"unknown keys {extra}")
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def write(n, text, figs, comments, published=None, location=None):
    text = nfc(text).strip("\n") + "\n"
    name = f"p399-{n}"
    ok = True
    for i, f in enumerate(figs):
        a = nfc(f["anchor"])
        f["anchor"] = a
        c = text.count(a)
        if c != 1:
            print(f"{name} fig {i+1} {a!r}: anchor occurs {c} times"); ok = False
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            print(f"{name} fig {i+1} {a!r}: number {f['number']!r} not whole in anchor"); ok = False
    n_chars = len(text)
    if not 1200 <= n_chars <= 1800:
        print(f"{name}: {n_chars} chars (want 1200-1800)"); ok = False
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {tv(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {n_chars} chars, {len(figs)} figures ({req} required){'' if ok else '  PROBLEMS'}")
    return ok
