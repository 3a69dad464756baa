"""Helpers: build one article + gold TOML from a Python script; check anchors."""
import json, re, unicodedata, calendar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _last(y, m):
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def Y(text, y, inh=False):
    return _p(text, f"{y}-01-01", f"{y}-12-31", inh)


def H1(text, y, inh=False):
    return _p(text, f"{y}-01-01", f"{y}-06-30", inh)


def M(text, y, m1, m2=None, inh=False):
    """months m1..m2 of year y"""
    m2 = m2 or m1
    return _p(text, f"{y}-{m1:02d}-01", _last(y, m2), inh)


def Q(text, q, y, inh=False):
    return M(text, y, 3 * q - 2, 3 * q, inh)


def ASOF(text, date, inh=False):
    return _p(text, None, date, inh)


def SPAN(text, start, end, inh=False):
    return _p(text, start, end, inh)


def _p(text, s, e, inh):
    d = {"text": text}
    if s:
        d["start"] = s
    if e:
        d["end"] = e
    if inh:
        d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": {"+": "increase", "-": "decrease"}.get(direction, direction), "value": value, "unit": unit}
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


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1e6:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "optional", "subject", "period", "location"]


class Article:
    def __init__(self, name, text, comments, published=None, location=None, status=None):
        self.name, self.comments = name, comments
        self.text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
        self.published, self.location, self.status = published, location, status
        self.figs = []

    def f(self, anchor, number, value, kind, unit, subject=None, period=None, **kw):
        d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
        if subject is not None:
            d["subject"] = subject
        if period is not None:
            d["period"] = period
        d.update(kw)
        self.figs.append(d)
        return d

    def check(self):
        t = self.text
        errs = []
        for d in self.figs:
            a = d["anchor"]
            n = t.count(a)
            if n != 1:
                errs.append(f"anchor x{n}: {a!r}")
            if not re.search(r"(?<![\w.,])" + re.escape(d["number"]) + r"(?!\w|[.,]\d)", a):
                errs.append(f"number {d['number']!r} not in {a!r}")
        return errs

    def write(self):
        errs = self.check()
        (ROOT / "articles" / f"{self.name}.txt").write_text(self.text, encoding="utf-8")
        out = [f"# {c}" for c in self.comments]
        out.append(f'doc = "../articles/{self.name}.txt"')
        if self.published:
            out.append(f'published = "{self.published}"')
        if self.location:
            out.append(f"location = {_val(self.location)}")
        if self.status:
            out.append(f"status = {_val(self.status)}")
        for d in self.figs:
            out.append("")
            out.append("[[figures]]")
            for k in ORDER + [k for k in d if k not in ORDER]:
                if k in d and d[k] is not None:
                    out.append(f"{k} = {_val(d[k])}")
        (ROOT / "gold" / f"{self.name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
        req = sum(1 for d in self.figs if not d.get("optional"))
        inh = sum(1 for d in self.figs if (d.get("period") or {}).get("inherited"))
        print(f"{self.name}: {len(self.text)} chars, {len(self.figs)} figures ({req} required, "
              f"{len(self.figs)-req} optional, {inh} inherited)")
        for e in errs:
            print("  PROBLEM", e)
        if not 1200 <= len(self.text) <= 1800:
            print("  PROBLEM length", len(self.text))
