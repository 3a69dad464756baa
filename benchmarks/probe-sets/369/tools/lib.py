"""Shared helpers: write one article and its gold TOML, and check anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start, end, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


NUM = re.compile(r"\d[\d.,]*\d|\d")


def build(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p369-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    bad = 0
    spans = []
    for f in figures:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor {a!r} occurs {c} times"); bad += 1
            continue
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            print(f"{name}: number {num!r} not whole in {a!r}"); bad += 1
            continue
        s = text.find(a) + m.start()
        spans.append((s, s + len(num)))
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {tv(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            print(name, "unknown keys", extra); bad += 1
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    # numbers of the article not covered by a gold figure: review as distractors
    unc = []
    for m in NUM.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            unc.append(text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎"))
    opt = sum(1 for f in figures if f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({opt} optional), {bad} problems")
    if "-v" in sys.argv:
        for u in unc:
            print("   not gold:", u)
    return bad
