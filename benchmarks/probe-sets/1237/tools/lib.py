"""Probe set 1237 helpers (traditional dó paper making).

F(...) builds one gold figure; write(...) checks the article and its gold and writes
articles/<name>.txt and gold/<name>.toml. Checks: each anchor occurs exactly once, the
number stands whole in its anchor, value/number is 1 or a power-of-ten multiplier,
value_max > value, percents have unit '%', required figures have a subject, the article
is UTF-8 NFC and 1 200-1 800 characters long.
"""
import re
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
           "tám": 8, "chín": 9, "mười": 10, "đôi": 2, "nửa": 0.5,
           "một nửa": 50, "chục": 10}  # "một nửa" read as a share: 50 %
MULT = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
         "percent", "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands outside the figure's sentence."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(period):
    d = dict(period)
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
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, **kw}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(bad)
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    s = s.strip().lower()
    if s in WORDNUM:
        return float(WORDNUM[s])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
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


def check(text, figs):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            errs.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        base = read_number(f["number"])
        ratio = f["value"] / base
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULT):
            errs.append(f"value/number {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max not above value at {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f.get('approx')!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f.get('status')!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent with unit {f['unit']!r} at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject at {a!r}")
    return errs


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
            for f in figs]
    errs = check(text, figs)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {n}" for n in notes]
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
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {inh} inherited periods)")
    for e in errs:
        print("   PROBLEM:", e)
    return not errs
