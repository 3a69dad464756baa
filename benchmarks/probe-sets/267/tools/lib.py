"""Shared helpers: build one article + gold TOML, check anchors (once, number as a whole number), NFC, length."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = "267"


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def num(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if abs(v - round(v)) <= 1e-9 * max(1.0, abs(v)) and abs(v) < 1e18:
            return str(int(round(v)))
        return repr(round(v, 10))
    raise TypeError(v)


def val(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return num(v)


def build(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p{SET}-{n}"
    problems = []
    L = len(text)
    if not 1200 <= L <= 1800:
        problems.append(f"length {L} outside 1200-1800")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {val(location)}")
    seen = {}
    for i, f in enumerate(figures):
        f = {k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
        a, nb = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"figure {i+1} anchor {a!r} occurs {c} times")
        hit = re.search(r"(?<![\w.,])" + re.escape(nb) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"figure {i+1} number {nb!r} not whole in anchor {a!r}")
        elif c == 1:
            pos = text.find(a) + hit.start()
            if pos in seen:
                problems.append(f"figure {i+1} number at {pos} already used by figure {seen[pos]}")
            seen[pos] = i + 1
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f:
                lines.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"figure {i+1} unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {L} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
