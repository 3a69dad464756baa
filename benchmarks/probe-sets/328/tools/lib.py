"""Helpers for probe set 328: write article + gold TOML, check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_UNSET = object()


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inh: d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, loc=_UNSET, **attrs):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject: d["subject"] = subject
    if period: d["period"] = period
    d["loc"] = loc
    d.update(attrs)
    return d


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def emit(n, comments, text, figs, published=None, default_loc=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p328-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    out.append("")
    bad = 0
    for f in figs:
        f = dict(f)
        loc = f.pop("loc")
        if loc is _UNSET:
            loc = default_loc
        if loc:
            f["location"] = loc
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor {a!r} occurs {c} times"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {num!r} not whole in {a!r}"); bad += 1
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {q(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            print(f"{name}: unknown keys {extra}"); bad += 1
        out.append("")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out), encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {sum(1 for f in figs if f.get('optional'))} optional, {bad} problems")
