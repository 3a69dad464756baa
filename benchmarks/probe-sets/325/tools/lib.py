"""Shared helpers: write one article and its gold TOML, checking anchors."""
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


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return repr(v)
    return repr(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def write(n, comments, text, figs, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p325-{n}"
    problems = []
    lines = ["# " + c for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    if status:
        lines.append(f"status = {q(status)}")
    for i, f in enumerate(figs):
        f = {k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {val(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"fig {i+1} unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({n_req} required)")
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for p in problems:
        print("  PROBLEM:", p)
    return problems
