"""Helpers: write one article and its gold TOML, and check anchors."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def q(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        raise ValueError("None in TOML")
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(type(v))


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def write(name, article, figures, header, published=None, location=None, status=None):
    article = unicodedata.normalize("NFC", article)
    problems = []
    n = len(article)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        c = article.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        num = f["number"]
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            problems.append(f"fig {i+1} number {num!r} not whole in anchor {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    out = [f"# {h}" for h in header]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    if status:
        out.append(f"status = {q(status)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        keys = [k for k in ORDER if k in f] + [k for k in f if k not in ORDER]
        for k in keys:
            if f[k] is None:
                continue
            out.append(f"{k} = {val(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
