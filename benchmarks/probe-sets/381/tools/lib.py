"""Shared helper: each genN.py builds one article and its gold, then Doc.write() checks and writes both."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def per(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def s(v):
    return json.dumps(v, ensure_ascii=False)


def inline(d):
    parts = []
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, bool):
            parts.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, str):
            parts.append(f"{k} = {s(v)}")
        else:
            parts.append(f"{k} = {v}")
    return "{ " + ", ".join(parts) + " }"


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


class Doc:
    def __init__(self, name, text, comments, published=None, location=None):
        self.name = name
        self.text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
        self.comments = comments
        self.published = published
        self.location = location
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, period=None, **kw):
        d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject, period=period)
        d.update(kw)
        self.figs.append(d)

    def check(self):
        bad = 0
        t = self.text
        for d in self.figs:
            a = unicodedata.normalize("NFC", d["anchor"])
            n = t.count(a)
            if n != 1:
                print(f"{self.name}: anchor {a!r} occurs {n} times"); bad += 1
                continue
            if not re.search(r"(?<![\w.,])" + re.escape(d["number"]) + r"(?!\w|[.,]\d)", a):
                print(f"{self.name}: number {d['number']!r} not whole in {a!r}"); bad += 1
        L = len(t)
        if not 1200 <= L <= 1800:
            print(f"{self.name}: length {L} outside 1200-1800"); bad += 1
        return bad

    def write(self):
        bad = self.check()
        (ROOT / "articles" / f"{self.name}.txt").write_text(self.text, encoding="utf-8")
        out = [f"# {c}" for c in self.comments]
        out.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            out.append(f"published = {s(self.published)}")
        if self.location:
            out.append(f"location = {s(self.location)}")
        for d in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k in ORDER:
                v = d.get(k)
                if v is None:
                    continue
                if k == "optional":
                    if v:
                        out.append("optional = true")
                    continue
                if isinstance(v, dict):
                    out.append(f"{k} = {inline(v)}")
                elif isinstance(v, str):
                    out.append(f"{k} = {s(unicodedata.normalize('NFC', v))}")
                else:
                    out.append(f"{k} = {v}")
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        req = sum(1 for d in self.figs if not d.get("optional"))
        print(f"{self.name}: {len(self.text)} chars, {len(self.figs)} figures ({req} required), {bad} problems")
        return bad
