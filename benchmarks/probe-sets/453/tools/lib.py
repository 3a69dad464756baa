"""Helpers for the probe-set 453 generators: one article text + its gold figures -> articles/*.txt, gold/*.toml.

Checks: NFC, length 1200-1800, every anchor occurs exactly once, the number occurs in the anchor as a whole number
(the scorer's regex), and the value agrees with the number as written (Vietnamese decimal comma / thousand dots,
a multiplier factor given explicitly with mult=).
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "đôi": 2, "chục": 10}


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if v is None:
        raise ValueError("None value")
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def parse_vn(number):
    n = number.strip()
    if n.lower() in WORDNUM:
        return WORDNUM[n.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", n):
        return int(n.replace(".", ""))
    return float(n.replace(",", "."))


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change", "target",
         "status", "subject", "period", "location", "optional"]


class Doc:
    def __init__(self, name, comments, text, published=None, location=None):
        self.name = name
        self.comments = comments
        self.text = unicodedata.normalize("NFC", text)
        self.published = published
        self.location = location
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, period=None, mult=1, **kw):
        d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
        if subject is not None:
            d["subject"] = subject
        if period is not None:
            d["period"] = period
        d.update(kw)
        d["_mult"] = mult
        self.figs.append(d)

    def write(self):
        problems = []
        t = self.text
        if not (1200 <= len(t) <= 1800):
            problems.append(f"length {len(t)}")
        for d in self.figs:
            a, n = unicodedata.normalize("NFC", d["anchor"]), d["number"]
            c = t.count(a)
            if c != 1:
                problems.append(f"anchor {a!r} occurs {c} times")
            if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
                problems.append(f"number {n!r} not whole in {a!r}")
            try:
                pv = parse_vn(n) * d["_mult"]
                if abs(pv - d["value"]) > 1e-6 * max(1, abs(pv)):
                    problems.append(f"value {d['value']} != {n} x {d['_mult']} at {a!r}")
            except ValueError:
                problems.append(f"cannot parse {n!r}")
        out = []
        for c in self.comments.strip().splitlines():
            out.append("# " + c)
        out.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            out.append(f'published = "{self.published}"')
        if self.location:
            out.append(f"location = {q(self.location)}")
        for d in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k in ORDER:
                if k in d and d[k] is not None:
                    out.append(f"{k} = {val(d[k])}")
        (ROOT / "articles" / f"{self.name}.txt").write_text(t, encoding="utf-8")
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        req = sum(1 for d in self.figs if not d.get("optional"))
        print(f"{self.name}: {len(t)} chars, {len(self.figs)} figures ({req} required)")
        for p in problems:
            print("  PROBLEM:", p)
        return not problems
