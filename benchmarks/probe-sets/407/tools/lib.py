"""Shared helper: write one article and its gold TOML, checking anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inherited=False):
    return {"text": text, "start": start, "end": end, "inherited": inherited}


def F(anchor, number, value, kind, unit, subject=None, period=None, location=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    if location is not None:
        d["location"] = location
    d.update(kw)
    return d


def q(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if v is None:
        return None
    if isinstance(v, dict):
        parts = []
        for k, x in v.items():
            if x is None or (k == "inherited" and not x):
                continue
            parts.append(f"{k} = {val(x)}")
        return "{ " + ", ".join(parts) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "optional", "subject", "period", "location"]


def build(name, text, figs, header, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    lines = [("# " + h) if h else "#" for h in header.strip("\n").split("\n")]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f'location = "{location}"')
    for i, f in enumerate(figs):
        f = {k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER + [k for k in f if k not in ORDER]:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {val(f[k])}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if f.get("period") and f["period"].get("inherited"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required, {len(figs)-req} optional, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)


def anchor_at(text, start, end, sep=" | "):
    """Readable unique anchor for a table cell text[start:end]: the cell with its neighbours in the row,
    such that the number's first whole occurrence in the anchor is this cell."""
    number = text[start:end]
    pat = re.compile(r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)")
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    lefts = [start]
    i = start
    while True:
        j = text.rfind(sep, ls, i)
        if j < 0:
            break
        k = text.rfind(sep, ls, j)
        lefts.append(k + len(sep) if k >= 0 else ls)
        i = j
    lefts.append(ls)
    rights = [end]
    nxt = text.find(sep, end, le)
    if nxt >= 0:
        rights.append(nxt + len(sep.rstrip()))
    rights.append(min(le + 1, len(text)))
    for r in rights:
        for l in lefts[1:] + lefts[:1]:
            a = text[l:r]
            if text.count(a) != 1:
                continue
            m = pat.search(a)
            if m and l + m.start() == start:
                return a
    raise ValueError(f"no anchor for {number!r} at {start}")
