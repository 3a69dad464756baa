"""Probe set 1241 (lily bulbs / cut lily flowers): helpers to build one article and its gold TOML.

Every generator calls `write(name, text, notes, figures, published=..., location=...)`.
Before writing, `check` verifies:
- the article is UTF-8 NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article;
- the number stands whole in its anchor (same regex as score.py);
- value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ);
- value_max > value; percents have unit "%"; kinds, approx and status are in the contract;
- every required figure has a subject.
"""
import re
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
           "chín": 9, "mười": 10, "đôi": 2}
MULT = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def per(text, start=None, end=None):
    """A period stated in the figure's own sentence (scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def inh(p):
    """The same period, standing in another sentence (not scored)."""
    d = dict(p)
    d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad} in {anchor!r}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    t = s.strip().lower()
    if t in WORDNUM:
        return float(WORDNUM[t])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"unreadable number {s!r}")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"article length {len(text)} outside 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / read_number(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULT):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not > value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx {f.get('approx')!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status {f.get('status')!r} in {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent figure without unit % in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
    return errs


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles").mkdir(exist_ok=True)
    (BASE / "gold").mkdir(exist_ok=True)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inherited = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inherited} inherited periods)")
    for e in errs:
        print("  PROBLEM:", e)
    return not errs
