"""Probe set 1284 (rét đậm, rét hại, sương muối in the northern mountains): shared helpers.

Each genK.py holds one article and its hand-written gold. write() checks the gold before it writes:
- every anchor occurs exactly once in the article and the number stands whole in it;
- value / number is 1 or a power of ten (a word multiplier); a negative temperature keeps its sign;
- value_max > value; percent figures (and only they) have unit '%'; kinds, approx and status are known words;
- required figures have a subject; period dates are YYYY-MM-DD and start <= end;
- the article is NFC and 1 200-1 800 characters long.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
            "mười": 10, "đôi": 2, "hai chục": 20, "ba chục": 30, "hai mươi": 20, "trăm": 100}
MULTS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def period(text, start=None, end=None):
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    return p


def inherited(p):
    """The same period, stated in another sentence: not scored."""
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


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if period is not None:
        f["period"] = period
    unknown = set(kw) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown}")
    f.update(kw)
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    s = s.strip().lower()
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
    if isinstance(v, (int, float)):
        if abs(v) < 1e15 and float(v).is_integer():
            return str(int(v))
        return repr(round(float(v), 6))
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
            errs.append(f"number {num!r} not whole in {a!r}")
            continue
        base = number_value(num)
        if base == 0:
            if f["value"] != 0:
                errs.append(f"number 0 but value {f['value']} in {a!r}")
        else:
            r = abs(f["value"]) / base
            if not any(abs(r - m) <= 1e-9 * m for m in MULTS):
                errs.append(f"value/number = {r} in {a!r}")
            if f["value"] < 0 and not re.search(r"(-|âm )" + re.escape(num), a):
                errs.append(f"negative value without a sign in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')!r} in {a!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')!r} in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind / unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    errs.append(f"period {k} {p[k]!r} malformed in {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                errs.append(f"period start after end in {a!r}")
            if not p.get("text"):
                errs.append(f"period without text in {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = check(text, figs)
    if published and not ISO.match(published):
        errs.append(f"published {published!r} malformed")
    for e in errs:
        print(f"{name}: PROBLEM {e}")
    if errs:
        sys.exit(1)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    for f in figs:
        out += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional), "
          f"{inh} inherited periods")
