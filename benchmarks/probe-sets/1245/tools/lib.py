"""Probe set 1245 (barramundi and sea-cage fish farming) helpers.

Each genN.py holds one article and its hand-written gold. write() checks the gold before writing:
every anchor occurs exactly once, the number stands whole in its anchor, value/number is 1 or a
power of ten (a multiplier: chục, nghìn/ngàn, vạn, triệu, tỷ), value_max > value, percent kind <=> unit '%',
required figures have a subject, period dates are well formed (start <= end), enums are valid,
the article is NFC and 1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
POWERS = (1.0, 1e1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def period(text, start=None, end=None, inherited=False):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if per is not None:
        d["period"] = per
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip().lower()
    m = re.fullmatch(r"(\w+) chục", s)
    if m and m.group(1) in NUMWORDS:
        return float(NUMWORDS[m.group(1)])
    if s in NUMWORDS:
        return float(NUMWORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"unreadable number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and abs(v) < 1e15 and abs(v - round(v)) < 1e-9 * max(1.0, abs(v)):
        return str(int(round(v)))
    if isinstance(v, float):
        return repr(round(v, 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("text not NFC")
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            bad.append(f"anchor found {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {n!r} not whole in {a!r}")
            continue
        ratio = f["value"] / number_value(n)
        if not any(abs(ratio - p) <= 1e-9 * p for p in POWERS):
            bad.append(f"value/number {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            bad.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"no subject: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    bad.append(f"period {k} {p[k]!r} in {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                bad.append(f"period start > end in {a!r}")
        for attr in ("change", "target"):
            if attr in f and "value" not in f[attr]:
                bad.append(f"{attr} without value in {a!r}")
    return bad


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    bad = check(text, figs)
    if bad:
        for b in bad:
            print(f"{name}: PROBLEM {b}")
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional), {inh} inherited periods")
