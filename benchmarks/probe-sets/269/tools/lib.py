"""Shared helpers: write one article + its gold TOML, check anchors, numbers, values, length, NFC."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULT = (1, 1e3, 1e4, 1e6, 1e9, 1e12, 1e15)


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inh: d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value}
    for k in ("value_max",):
        if k in kw: d[k] = kw.pop(k)
    d["kind"] = kind
    d["unit"] = unit
    order = ["approx", "total", "percent", "change", "target", "status"]
    for k in order:
        if k in kw: d[k] = kw.pop(k)
    if subject is not None: d["subject"] = subject
    for k in ("period", "location", "optional"):
        if k in kw: d[k] = kw.pop(k)
    assert not kw, kw
    return d


def num(s):
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return None


def q(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e16: v = int(v)
        return repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict): return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def build(n, text, figs, comments, published=None, location=None):
    name = f"p269-{n}"
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    L = len(text)
    if not 1200 <= L <= 1800: problems.append(f"length {L}")
    for i, f in enumerate(figs):
        a, nb = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1: problems.append(f"fig {i+1} anchor {a!r} occurs {c}x")
        if not re.search(r"(?<![\w.,])" + re.escape(nb) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {nb!r} not whole in anchor")
        x = num(nb)
        if x is not None and not any(abs(x * m - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for m in MULT):
            problems.append(f"fig {i+1} value {f['value']} vs number {nb}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published: out.append(f'published = "{published}"')
    if location: out.append(f"location = {q(location)}")
    for f in figs:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {q(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    nreq = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {L} chars, {len(figs)} figures ({nreq} required)")
    for p in problems: print("  PROBLEM", p)
    return problems
