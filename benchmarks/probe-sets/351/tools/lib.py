"""Helpers for probe set 351: build one article + its gold TOML, and check every anchor."""
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


def CH(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


class Doc:
    def __init__(self, name, text, comments, published=None, location=None):
        self.name = name
        self.text = unicodedata.normalize("NFC", text)
        self.comments = comments
        self.published = published
        self.location = location
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, period=None, **kw):
        d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
        if subject:
            d["subject"] = subject
        if period:
            d["period"] = period
        d.update({k: v for k, v in kw.items() if v is not None})
        self.figs.append(d)
        return d

    def check(self):
        bad = []
        t = self.text
        for d in self.figs:
            a, n = d["anchor"], d["number"]
            c = t.count(a)
            if c != 1:
                bad.append(f"anchor x{c}: {a!r}")
            if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
                bad.append(f"number {n!r} not whole in {a!r}")
        return bad

    def write(self):
        bad = self.check()
        art = ROOT / "articles" / f"{self.name}.txt"
        art.write_text(self.text, encoding="utf-8")
        lines = [f"# {c}" for c in self.comments]
        lines.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            lines.append(f'published = "{self.published}"')
        if self.location:
            lines.append(f"location = {q(self.location)}")
        for d in self.figs:
            lines.append("")
            lines.append("[[figures]]")
            for k in ORDER:
                if k in d:
                    lines.append(f"{k} = {q(d[k])}")
            for k in d:
                if k not in ORDER:
                    raise KeyError(k)
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        n_opt = sum(1 for d in self.figs if d.get("optional"))
        n_inh = sum(1 for d in self.figs if d.get("period", {}).get("inherited"))
        print(f"{self.name}: {len(self.text)} chars, {len(self.figs)} figures ({n_opt} optional, {n_inh} inherited)")
        for b in bad:
            print("  PROBLEM", b)
        if not 1200 <= len(self.text) <= 1800:
            print("  PROBLEM length", len(self.text))
        if bad:
            sys.exit(1)
