"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inh: d["inherited"] = True
    return d


def C(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx: d["approx"] = approx
    if baseline: d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None: d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def build(n, article, figures, comments=(), published=None, location=None, status=None):
    article = unicodedata.normalize("NFC", article)
    name = f"p254-{n}"
    problems = []
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = article.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
            continue
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published: lines.append(f'published = "{published}"')
    if location: lines.append(f"location = {val(location)}")
    if status: lines.append(f"status = {val(status)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER + [k for k in f if k not in ORDER]:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {val(unicodedata.normalize('NFC', f[k]) if isinstance(f[k], str) else f[k])}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(article)} chars, {len(figures)} figures ({req} required)")
    if not 1200 <= len(article) <= 1800:
        print(f"  WARNING: length {len(article)} outside 1200-1800")
    # list numeric tokens not covered by any anchor, to review distractors
    covered = []
    for f in figures:
        at = article.find(f["anchor"])
        if at >= 0:
            covered.append((at, at + len(f["anchor"])))
    for m in re.finditer(r"\d[\d.,]*", article):
        if not any(s <= m.start() < e for s, e in covered):
            print(f"  uncovered number {m.group()!r} … {article[max(0,m.start()-25):m.end()+15]!r}")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
