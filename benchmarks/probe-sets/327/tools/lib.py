"""Helpers: build one article + gold TOML, check anchors. Numbers in anchors are marked «…»."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULTS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)


def per(text, start=None, end=None, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def Y(year, text=None, inh=False):
    return per(text or f"năm {year}", f"{year}-01-01", f"{year}-12-31", inh)


def ch(direction, value, unit="%", baseline=None, approx="exact"):
    d = {"direction": direction, "value": value, "unit": unit, "approx": approx}
    if baseline:
        d["baseline"] = baseline
    return d


def tg(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, kind, value, unit, subject=None, **kw):
    return dict(anchor=anchor, kind=kind, value=value, unit=unit, subject=subject, **kw)


def num(s):
    s = s.replace("\u2212", "-")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(".", "").replace(",", "."))


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def build(name, text, figs, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    n = len(text)
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    covered = []
    for f in figs:
        m = re.fullmatch(r"(.*)«(.+?)»(.*)", f["anchor"], re.S)
        if not m:
            problems.append(f"no marker in {f['anchor']!r}"); continue
        anchor = unicodedata.normalize("NFC", m[1] + m[2] + m[3])
        number = m[2]
        at = text.find(anchor)
        if at < 0:
            problems.append(f"anchor not found {anchor!r}"); continue
        if text.find(anchor, at + 1) >= 0:
            problems.append(f"anchor twice {anchor!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)", anchor)
        if not hit or hit.start() != len(m[1]):
            problems.append(f"number {number!r} not first whole occurrence in {anchor!r}")
        base = num(number.lstrip("-")) * (-1 if f["value"] < 0 else 1)
        if not any(abs(base * k - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for k in MULTS):
            problems.append(f"value {f['value']} vs number {number}")
        covered.append((at + len(m[1]), at + len(m[1]) + len(number)))
        rec = dict(f, anchor=anchor, number=number)
        out.append("\n[[figures]]")
        for k in ORDER:
            v = rec.get(k)
            if v is None or (k == "approx" and v == "exact") or (k == "status" and v == "actual"):
                continue
            out.append(f"{k} = {q(v)}")
        extra = set(rec) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    # list digit runs not covered by any gold figure, for review
    unc = []
    for mm in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < mm.end() and mm.start() < e for s, e in covered):
            unc.append(mm.group())
    print(f"{name}: {n} chars, {len(figs)} figures, problems: {problems or 'none'}")
    print("   not figures:", " ".join(unc))
    return not problems
