"""Shared helpers: write one article and its gold TOML, check anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(int(v)) if v.is_integer() and abs(v) >= 1e6 else repr(v)
    if isinstance(v, str):
        s = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{s}"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def build(name, text, figs, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    art = ROOT / "articles" / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = "{location}"')
    problems = []
    covered = []
    for i, f in enumerate(figs):
        a = unicodedata.normalize("NFC", f["anchor"])
        at = text.find(a)
        if at < 0:
            problems.append(f"fig {i+1} anchor not found: {a!r}")
        elif text.find(a, at + 1) >= 0:
            problems.append(f"fig {i+1} anchor repeated: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
        elif at >= 0:
            covered.append((at + hit.start(), at + hit.end()))
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {tv(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"fig {i+1} unknown key {k}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    # report number tokens not covered by any figure (to review distractors)
    unc = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in covered):
            unc.append(text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({sum(1 for f in figs if f.get('optional'))} optional)")
    for p in problems:
        print("  PROBLEM", p)
    print("  uncovered:", " | ".join(unc))
    if problems:
        sys.exit(1)
