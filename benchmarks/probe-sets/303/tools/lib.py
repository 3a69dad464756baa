"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json
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


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if float(v).is_integer() and abs(v) < 1e18:
            return str(int(v))
        return repr(float(v))
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if v is None:
        return None
    if isinstance(v, dict):
        parts = [f"{k} = {_val(x)}" for k, x in v.items() if x is not None]
        return "{ " + ", ".join(parts) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


class Doc:
    def __init__(self, name, text, comments, published=None, location=None):
        self.name = name
        self.text = unicodedata.normalize("NFC", text)
        self.comments = comments
        self.published = published
        self.location = location
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, **kw):
        d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject, **kw)
        self.figs.append(d)
        return d

    def write(self):
        t = self.text
        problems = []
        n = len(t)
        if not 1200 <= n <= 1800:
            problems.append(f"length {n} outside 1200-1800")
        for i, d in enumerate(self.figs):
            a = unicodedata.normalize("NFC", d["anchor"])
            c = t.count(a)
            if c != 1:
                problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
            if not re.search(r"(?<![\w.,])" + re.escape(d["number"]) + r"(?!\w|[.,]\d)", a):
                problems.append(f"fig {i+1} number {d['number']!r} not whole in anchor {a!r}")
        (ROOT / "articles" / f"{self.name}.txt").write_text(t, encoding="utf-8")
        out = [f"# {c}" for c in self.comments]
        out.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            out.append(f'published = "{self.published}"')
        if self.location:
            out.append(f"location = {_val(self.location)}")
        for d in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k in ORDER:
                if k in d and d[k] is not None:
                    out.append(f"{k} = {_val(d[k])}")
            extra = set(d) - set(ORDER)
            if extra:
                problems.append(f"unknown keys {extra}")
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        req = sum(1 for d in self.figs if not d.get("optional"))
        print(f"{self.name}: {n} chars, {len(self.figs)} figures ({req} required)")
        for p in problems:
            print("  PROBLEM:", p)
        if problems:
            sys.exit(1)
