"""Shared helpers for the probe-set 465 generators: write article + gold, check anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited (stated in another sentence)."""
    d = dict(p)
    d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def ch(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tg(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def tval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tval(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def parse_num(s):
    words = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
    if s.lower() in words:
        return words[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", "."))


def build(n, comments, article, figs, published=None, location=None):
    article = unicodedata.normalize("NFC", article)
    name = f"p465-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    problems = []
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = "{location}"')
    for i, f in enumerate(figs):
        a, num = f["anchor"], f["number"]
        c = article.count(a)
        if c != 1:
            problems.append(f"{name} #{i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"{name} #{i+1} number {num!r} not whole in anchor {a!r}")
        try:
            base = parse_num(num)
            ratio = f["value"] / base if base else (0 if f["value"] == 0 else -1)
            if base and not any(abs(ratio - m) < 1e-6 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
                problems.append(f"{name} #{i+1} value {f['value']} vs number {num}")
        except ValueError:
            pass
        for k in f:
            if k not in ORDER:
                problems.append(f"{name} #{i+1} unknown key {k}")
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tval(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(article)} chars, {len(figs)} figures ({req} required)")
    if not 1200 <= len(article) <= 1800:
        problems.append(f"{name}: length {len(article)} outside 1200-1800")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
