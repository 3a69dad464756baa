"""Helpers for probe set 306: write an article and its gold from one script, checking anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start, end, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
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


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


class Doc:
    def __init__(self, name, text, comments, published=None, location=None, status=None):
        self.name = name
        self.text = unicodedata.normalize("NFC", text)
        self.comments = comments
        self.published = published
        self.location = location
        self.status = status
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, **kw):
        d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
        if subject is not None:
            d["subject"] = subject
        d.update(kw)
        self.figs.append(d)
        return d

    def check(self):
        bad = []
        t = self.text
        n = len(t)
        if not (1200 <= n <= 1800):
            bad.append(f"length {n}")
        for d in self.figs:
            a = unicodedata.normalize("NFC", d["anchor"])
            c = t.count(a)
            if c != 1:
                bad.append(f"anchor {a!r} occurs {c} times")
            if not re.search(r"(?<![\w.,])" + re.escape(d["number"]) + r"(?!\w|[.,]\d)", a):
                bad.append(f"number {d['number']!r} not whole in {a!r}")
        return n, bad

    def write(self):
        n, bad = self.check()
        (ROOT / "articles" / f"{self.name}.txt").write_text(self.text, encoding="utf-8")
        lines = [f"# {c}" for c in self.comments]
        lines.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            lines.append(f'published = "{self.published}"')
        if self.location:
            lines.append(f"location = {val(self.location)}")
        if self.status:
            lines.append(f"status = {val(self.status)}")
        for d in self.figs:
            lines.append("")
            lines.append("[[figures]]")
            for k in ORDER:
                if k in d and d[k] is not None:
                    lines.append(f"{k} = {val(d[k])}")
            for k in d:
                if k not in ORDER:
                    raise KeyError(k)
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        req = sum(1 for d in self.figs if not d.get("optional"))
        inh = sum(1 for d in self.figs if d.get("period", {}).get("inherited"))
        print(f"{self.name}: {n} chars, {len(self.figs)} figures ({req} required, {inh} inherited periods)")
        for b in bad:
            print("  PROBLEM:", b)
        if bad:
            sys.exit(1)
