"""Probe set 890 (pomelo growing and export): build one article + its gold TOML and check them.

Usage in a generator:
    from lib import Doc, per
    d = Doc("p890-1", published="2024-08-12", location="Bến Tre", notes=[...])
    d.text = "..."
    d.add("anchor text", "10.850", 10850, "measure", "ha", subject="...", period=per(...), change=chg(...))
    d.write()
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


def per(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def chg(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def tgt(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def read_number(s: str) -> float:
    w = s.lower()
    if w in NUMWORDS:
        return float(NUMWORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{s}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


class Doc:
    def __init__(self, name, published=None, location=None, notes=()):
        self.name = name
        self.published = published
        self.location = location
        self.notes = list(notes)
        self.text = ""
        self.figs = []

    def add(self, anchor, number, value, kind, unit, **kw):
        f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
        f.update({k: v for k, v in kw.items() if v is not None})
        extra = set(f) - set(KEYS)
        if extra:
            raise KeyError(f"unknown keys {extra} in {anchor!r}")
        self.figs.append({k: f[k] for k in KEYS if k in f})

    def check(self):
        errs = []
        t = unicodedata.normalize("NFC", self.text)
        if t != self.text:
            errs.append("text not NFC")
        n = len(t)
        if not 1200 <= n <= 1800:
            errs.append(f"length {n} not in 1200..1800")
        for f in self.figs:
            a = f["anchor"]
            k = t.count(a)
            if k != 1:
                errs.append(f"anchor found {k} times: {a!r}")
            if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
                errs.append(f"number {f['number']!r} not whole in {a!r}")
            base = read_number(f["number"])
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
                errs.append(f"value/number = {r} for {a!r}")
            if "value_max" in f and not f["value_max"] > f["value"]:
                errs.append(f"value_max <= value for {a!r}")
            if f["kind"] not in KINDS:
                errs.append(f"kind {f['kind']} for {a!r}")
            if f.get("approx", "exact") not in APPROX:
                errs.append(f"approx {f['approx']} for {a!r}")
            if f.get("status", "actual") not in STATUS:
                errs.append(f"status {f['status']} for {a!r}")
            if f["kind"] == "percent" and f["unit"] != "%":
                errs.append(f"percent without % for {a!r}")
        return n, errs

    def write(self):
        n, errs = self.check()
        (SET / "articles" / f"{self.name}.txt").write_text(self.text, encoding="utf-8")
        lines = [f"# {c}" for c in self.notes]
        lines.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            lines.append(f'published = "{self.published}"')
        if self.location:
            lines.append(f"location = {toml_str(self.location)}")
        for f in self.figs:
            lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
        (SET / "gold" / f"{self.name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        req = sum(not f.get("optional") for f in self.figs)
        inh = sum(bool(f.get("period", {}).get("inherited")) for f in self.figs)
        print(f"{self.name}: {n} chars, {len(self.figs)} figures, {req} required, {inh} inherited")
        for e in errs:
            print("  PROBLEM:", e)
        if errs:
            sys.exit(1)
