"""Probe set 1215 (footwear factories) helpers.

fig(...) builds one gold figure, per/inh/chg/tgt build its period, change and target objects,
and emit(...) writes articles/<name>.txt and gold/<name>.toml after checking them:
each anchor occurs exactly once in the article, the number stands whole in its anchor,
value/number is 1 or a power-of-ten multiplier, value_max > value, percents have unit '%',
required figures have a subject, periods have ISO dates, and the article is UTF-8 NFC with
1 200-1 800 characters.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
           "chín": 9, "mười": 10, "đôi": 2, "nghìn": 1000, "chục": 10}
MULTS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROXES = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUSES = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def per(text, start=None, end=None):
    """A period stated in the figure's own sentence."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    return p


def inh(p):
    """The same period, standing in another sentence (not scored)."""
    q = dict(p)
    q["inherited"] = True
    return q


def chg(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def tgt(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    t = s.strip().lower()
    if t in WORDNUM:
        return float(WORDNUM[t])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read {s!r}")


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


def problems(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article has {len(text)} characters")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figs:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            out.append(f"anchor occurs {c} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {n!r} not whole in {a!r}")
            continue
        ratio = f["value"] / read_number(n)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTS):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max not above value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROXES:
            out.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUSES:
            out.append(f"status {f.get('status')!r} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            out.append(f"percent with unit {f['unit']!r} at {a!r}")
        if f["kind"] != "percent" and f["unit"] == "%":
            out.append(f"unit % on a {f['kind']} at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.fullmatch(p[k]):
                    out.append(f"period {k} {p[k]!r} at {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                out.append(f"period start after end at {a!r}")
    return out


def emit(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
            for f in figs]
    errs = problems(text, figs)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inhn = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures, {req} required, {inhn} inherited")
    for e in errs:
        print("   PROBLEM:", e)
    if errs:
        sys.exit(1)
