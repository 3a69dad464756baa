"""Helpers for the probe-set 304 generators: write one article and its gold TOML, with checks.

Each gen<N>.py builds the article text and calls Doc.f(...) for every gold figure; Doc.write()
checks that every anchor occurs exactly once, that the number is a whole number inside the anchor
(the scorer's rule), that the value agrees with the number and a multiplier, NFC, and length.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def C(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items() if x is not None) + " }"
    return json.dumps(v, ensure_ascii=False)


def parse_num(s):
    s = s.strip()
    if not re.fullmatch(r"[\d.,]+", s):
        return None
    s = re.sub(r"\.(?=\d{3}(?!\d))", "", s)
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


class Doc:
    def __init__(self, name, text, comments, published=None, location=None, status=None):
        self.name = name
        self.text = unicodedata.normalize("NFC", text)
        assert self.text == text, "article not NFC"
        self.comments = comments
        self.published = published
        self.location = location
        self.status = status
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, period=None, location=None,
          approx=None, value_max=None, total=None, percent=None, change=None, target=None,
          status=None, optional=False):
        fig = {"anchor": anchor, "number": number, "value": value}
        if value_max is not None:
            fig["value_max"] = value_max
        fig["kind"] = kind
        fig["unit"] = unit
        if approx:
            fig["approx"] = approx
        if total is not None:
            fig["total"] = total
        if percent is not None:
            fig["percent"] = percent
        if change:
            fig["change"] = change
        if target:
            fig["target"] = target
        if status:
            fig["status"] = status
        if subject:
            fig["subject"] = subject
        if period:
            fig["period"] = period
        if location is not None:
            fig["location"] = location
        if optional:
            fig["optional"] = True
        self.figs.append(fig)

    def check(self):
        errs = []
        t = self.text
        n = len(t)
        if not 1200 <= n <= 1800:
            errs.append(f"length {n} outside 1200-1800")
        for i, g in enumerate(self.figs):
            a = g["anchor"]
            c = t.count(a)
            if c != 1:
                errs.append(f"fig {i+1} anchor {a!r} occurs {c} times")
            if not re.search(r"(?<![\w.,])" + re.escape(g["number"]) + r"(?!\w|[.,]\d)", a):
                errs.append(f"fig {i+1} number {g['number']!r} not whole in {a!r}")
            pv = parse_num(g["number"])
            if pv is not None and pv != 0:
                if not any(abs(g["value"] - pv * m) <= 1e-6 * max(1, abs(g["value"])) for m in MULTS):
                    errs.append(f"fig {i+1} value {g['value']} vs number {g['number']}")
            if "value_max" in g and g["value_max"] <= g["value"]:
                errs.append(f"fig {i+1} value_max <= value")
        return errs

    def write(self):
        errs = self.check()
        (ROOT / "articles" / f"{self.name}.txt").write_text(self.text, encoding="utf-8")
        out = [f"# {c}" for c in self.comments]
        out.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            out.append(f'published = "{self.published}"')
        if self.location:
            out.append(f"location = {q(self.location)}")
        if self.status:
            out.append(f"status = {q(self.status)}")
        for g in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k, v in g.items():
                out.append(f"{k} = {q(v)}")
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        req = sum(1 for g in self.figs if not g.get("optional"))
        inh = sum(1 for g in self.figs if g.get("period", {}).get("inherited"))
        print(f"{self.name}: {len(self.text)} chars, {len(self.figs)} figures ({req} required, "
              f"{len(self.figs)-req} optional, {inh} inherited periods)")
        for e in errs:
            print("  PROBLEM:", e)
        if errs:
            sys.exit(1)
