"""Shared helpers for probe set 387: write one article and its gold TOML, checking anchors."""
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SET = "387"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def Y(text, y, inh=False):
    return P(text, f"{y}-01-01", f"{y}-12-31", inh)


def C(direction, value, unit, baseline=None, approx=None):
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
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject is not None:
        d["subject"] = subject
    for k in ("period", "location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(nfc(v), ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def emit(n, comments, text, figures, published=None, location=None):
    text = nfc(text)
    name = f"p{SET}-{n}"
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a = nfc(f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in {a!r}")
        if len(re.findall(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)) > 1:
            print(f"  note: number {f['number']!r} occurs twice in {a!r}; the first is scored")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tv(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k, v in f.items():
            lines.append(f"{k} = {tv(v)}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text(nfc("\n".join(lines) + "\n"), encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
