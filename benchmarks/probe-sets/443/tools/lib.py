"""Shared helpers: write one article + its gold TOML, and check anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def C(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def build(name, text, comments, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tv(location)}")
    for i, f in enumerate(figs):
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {text.count(a)} times")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {tv(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"fig {i+1} unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if f.get("period", {}) and f["period"].get("inherited"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required, {len(figs)-req} optional, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
