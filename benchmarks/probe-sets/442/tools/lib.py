"""Helpers for probe set 442: write one article and its gold from one script, checking anchors."""
import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
MULT = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "nghìn tỷ": 10**12, "triệu tỷ": 10**15}


def num(s, mult=1):
    """Vietnamese number: '.' groups thousands, ',' is the decimal mark."""
    d = Decimal(s.replace(".", "").replace(",", "."))
    v = d * (MULT[mult] if isinstance(mult, str) else mult)
    return int(v) if v == v.to_integral_value() else float(v)


def P(text, start, end, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


class Doc:
    def __init__(self, n, text, comments, published=None, location=None):
        self.n = n
        self.text = unicodedata.normalize("NFC", text)
        self.comments = comments
        self.published = published
        self.location = location
        self.figs = []

    def f(self, anchor, number, kind, unit, subject=None, period=None, mult=1, value=None, **kw):
        if value is None:
            value = num(number, mult)
        fig = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
        if subject:
            fig["subject"] = subject
        if period:
            fig["period"] = period
        for k, v in kw.items():
            if v is not None:
                fig[k] = v
        if "value_max" in fig and isinstance(fig["value_max"], str):
            fig["value_max"] = num(fig["value_max"], mult)
        self.figs.append(fig)
        return fig

    def check(self):
        probs = []
        for fig in self.figs:
            a = unicodedata.normalize("NFC", fig["anchor"])
            c = self.text.count(a)
            if c != 1:
                probs.append(f"anchor x{c}: {a!r}")
            if not re.search(r"(?<![\w.,])" + re.escape(fig["number"]) + r"(?!\w|[.,]\d)", a):
                probs.append(f"number not in anchor: {fig['number']!r} in {a!r}")
        return probs

    def write(self):
        name = f"p442-{self.n}"
        (BASE / "articles" / f"{name}.txt").write_text(self.text, encoding="utf-8")
        out = [f"# {c}" for c in self.comments]
        out.append(f'doc = "../articles/{name}.txt"')
        if self.published:
            out.append(f'published = "{self.published}"')
        if self.location:
            out.append(f"location = {tv(self.location)}")
        for fig in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k in ORDER:
                if k in fig:
                    out.append(f"{k} = {tv(fig[k])}")
        (BASE / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        probs = self.check()
        req = sum(1 for f in self.figs if not f.get("optional"))
        print(f"{name}: {len(self.text)} chars, {len(self.figs)} figures ({req} required), problems: {probs or 'none'}")
