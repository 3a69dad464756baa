"""Shared helpers: each genN.py builds one article + its gold and checks the anchors."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


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


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    return repr(v)


WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def parse_num(s):
    if s.lower() in WORDNUM:
        return WORDNUM[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


class Doc:
    def __init__(self, name, text, comments, published=None, location=None):
        self.name = name
        self.text = unicodedata.normalize("NFC", text)
        assert self.text == text, "article not NFC"
        self.comments = comments
        self.published = published
        self.location = location
        self.figs = []

    def f(self, anchor, number, value, kind, unit, **kw):
        d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
        d.update(kw)
        self.figs.append(d)
        return d

    def check(self):
        bad = 0
        for d in self.figs:
            a, n = d["anchor"], d["number"]
            c = self.text.count(a)
            if c != 1:
                print(f"{self.name}: anchor {a!r} occurs {c} times"); bad += 1; continue
            if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
                print(f"{self.name}: number {n!r} not whole in {a!r}"); bad += 1; continue
            base = parse_num(n)
            ratio = d["value"] / base
            if not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
                print(f"{self.name}: value {d['value']} vs number {n!r}"); bad += 1
            if "value_max" in d and d["value_max"] is not None and d["value_max"] <= d["value"]:
                print(f"{self.name}: value_max <= value at {a!r}"); bad += 1
        n = len(self.text)
        if not 1200 <= n <= 1800:
            print(f"{self.name}: length {n} outside 1200-1800"); bad += 1
        return bad

    def write(self):
        bad = self.check()
        (ROOT / "articles" / f"{self.name}.txt").write_text(self.text, encoding="utf-8")
        out = [f"# {c}" for c in self.comments]
        out.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            out.append(f'published = "{self.published}"')
        if self.location:
            out.append(f"location = {tv(self.location)}")
        for d in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k in ORDER:
                if k in d and d[k] is not None:
                    out.append(f"{k} = {tv(d[k])}")
            for k in d:
                if k not in ORDER:
                    raise KeyError(k)
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        req = sum(1 for d in self.figs if not d.get("optional"))
        print(f"{self.name}: {len(self.text)} chars, {len(self.figs)} figures ({req} required), {bad} problems")
        return bad
