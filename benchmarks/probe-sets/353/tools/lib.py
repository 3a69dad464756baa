"""Shared helpers for probe set 353: write an article and its gold TOML, and check them."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


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
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional")


def parse_num(s):
    s = s.strip().lower()
    if s in WORDS:
        return WORDS[s]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return float(s.replace(",", "."))


def build(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p353-{n}"
    problems = []
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    covered = []
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
            continue
        at = text.find(a)
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
            continue
        covered.append((at + hit.start(), at + hit.end()))
        base = parse_num(f["number"])
        if not any(abs(base * m - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for m in MULTS):
            problems.append(f"fig {i+1} value {f['value']} does not fit number {f['number']}")
    # list the numbers of the article that no gold figure covers (distractors, for review)
    loose = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in covered):
            loose.append(m.group())
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tv(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f:
                lines.append(f"{k} = {tv(f[k])}")
        for k in f:
            if k not in ORDER:
                raise KeyError(k)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} chars, {len(figures)} figures "
          f"({sum(1 for f in figures if f.get('optional'))} optional); uncovered numbers: {' '.join(loose)}")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
