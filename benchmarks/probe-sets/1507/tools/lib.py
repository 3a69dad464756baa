"""Probe set 1507 (shoe racks, household metal shelving: kệ giày, kệ sắt đa năng, kệ để đồ): helpers.

Each genK.py holds one article and its hand-written gold. write() checks the gold before writing:
- the article is UTF-8 NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and the number stands whole in its anchor
  (the same regex as score.py);
- value/number is 1 or a power of ten (a multiplier: nghìn, triệu, tỷ ...);
- value_max > value; kind, approx, status are from the spec's enums;
- percent figures (and only they) have unit '%';
- required figures have a subject;
- period dates are YYYY-MM-DD and start <= end; change/target objects are well formed.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
MULTS = [10.0 ** k for k in range(0, 13)]
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def P(text, start=None, end=None):
    """A period stated in the figure's own sentence (scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def inherit(p):
    """The same period, standing in another sentence (not scored)."""
    d = dict(p)
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown} in {anchor!r}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip().lower()
    m = re.fullmatch(r"(\w+) chục", s)
    if m and m.group(1) in NUMWORDS:
        return float(NUMWORDS[m.group(1)] * 10)
    if s in NUMWORDS:
        return float(NUMWORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        f = float(v)
        if abs(f) < 1e15 and abs(f - round(f)) < 1e-9 * max(1.0, abs(f)):
            return str(int(round(f)))
        return repr(round(f, 6))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figs:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTS):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
        p = f.get("period")
        if p:
            if not p.get("text"):
                errs.append(f"period without text in {a!r}")
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    errs.append(f"bad period {k} {p[k]!r} in {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                errs.append(f"period start after end in {a!r}")
            if not p.get("inherited") and p["text"] not in text:
                errs.append(f"period text {p['text']!r} not in article ({a!r})")
        c = f.get("change")
        if c and (c.get("direction") not in ("increase", "decrease") or not isinstance(c.get("value"), (int, float))):
            errs.append(f"bad change in {a!r}")
        t = f.get("target")
        if t and not isinstance(t.get("value"), (int, float)):
            errs.append(f"bad target in {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
