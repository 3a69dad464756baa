"""Shared helpers: write one article + its gold TOML and check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def ty(x):
    """x tỷ đồng -> đồng (int)."""
    return int(round(x * 10**9))


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def ch(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": "increase" if direction in ("+", "increase") else "decrease", "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tg(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    return repr(v)


def write(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p294-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    problems = []
    covered = []
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        at = text.find(a)
        if at < 0:
            problems.append(f"{i+1} anchor not found: {a!r}")
            continue
        if text.find(a, at + 1) >= 0:
            problems.append(f"{i+1} anchor twice: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"{i+1} number {num!r} not whole in anchor {a!r}")
            continue
        covered.append((at + hit.start(), at + hit.end()))
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"{i+1} unknown key {k}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figures)} figures, "
          f"{sum(1 for f in figures if not f.get('optional'))} required")
    for p in problems:
        print("  PROBLEM", p)
    # numbers not covered by any gold number: review list (distractors or forgotten figures)
    for m in re.finditer(r"\d[\d.,]*\d|\d", text):
        g = m.group()
        if re.fullmatch(r"(19|20)\d\d", g) or text[m.end():m.end()+1] == "/" or text[m.start()-1:m.start()] == "/":
            continue
        if not any(s < m.end() and m.start() < e for s, e in covered):
            ctx = text[max(0, m.start() - 25):m.end() + 15].replace("\n", "⏎")
            print(f"  uncovered {m.group()!r}: …{ctx}…")
    if not 1200 <= len(text) <= 1800:
        print("  LENGTH out of range", len(text))
