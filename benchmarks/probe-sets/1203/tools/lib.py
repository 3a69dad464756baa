"""Probe set 1203 helpers: write an article and its gold TOML after checking the gold.

Checks (printed as PROBLEM lines, the files are still written so that they can be inspected):
- the article is UTF-8 NFC and 1 200-1 800 characters long;
- every anchor occurs exactly once; the number stands whole in its anchor (same regex as score.py);
- value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ);
- value_max > value; percents have unit '%'; required figures have a subject;
- no two gold figures share the same primary-number position;
- kinds, approx and status are from the spec's enums; period dates are ISO dates.
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
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands in another sentence (not scored)."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def I(period):
    """The same period, stated in another sentence."""
    p = dict(period)
    p["inherited"] = True
    return p


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    s = s.strip().lower()
    if s in WORDNUM:
        return float(WORDNUM[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


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


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("text is not NFC")
    seen = {}
    for f in figs:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor occurs {n} times: {a!r}")
            continue
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            errs.append(f"number {num!r} not whole in {a!r}")
            continue
        pos = text.find(a) + m.start()
        if pos in seen:
            errs.append(f"two figures on one number: {a!r} / {seen[pos]!r}")
        seen[pos] = a
        ratio = f["value"] / read_number(num)
        if not any(abs(ratio - x) <= 1e-9 * x for x in MULT):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"bad kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"bad approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"bad status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without unit % in {a!r}")
        if f["kind"] != "percent" and f["unit"] == "%":
            errs.append(f"unit % on a {f['kind']} in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
        per = f.get("period")
        if per:
            for k in ("start", "end"):
                if k in per and not ISO.fullmatch(per[k]):
                    errs.append(f"period {k} not ISO in {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {line}" for line in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inh} inherited periods")
    for e in errs:
        print("   PROBLEM:", e)
    return not errs
