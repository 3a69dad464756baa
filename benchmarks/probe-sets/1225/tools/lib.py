"""Probe set 1225 (rare earth exploration and mining) helpers.

Each tools/genK.py holds one article and its hand-made gold; `write()` checks the gold against the
article before it writes articles/p1225-K.txt and gold/p1225-K.toml:
  - every anchor occurs exactly once in the article, and the number stands whole in its anchor
    (the same regex as score.py's load_gold);
  - value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ, ...);
  - value_max > value; percents have unit "%"; kinds, approx and status come from FIGURES.md;
  - every required figure has a subject; no two figures resolve to the same number in the text;
  - the article is UTF-8, NFC and 1 200-1 800 characters long.
A figure whose place is "none" while the article has a default location gets location = "" (score.py
reads an empty place as null).
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
         "mười": 10, "đôi": 2}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def per(text, start=None, end=None, inherited=False):
    """A period; inherited=True when the phrase stands in another sentence (not scored)."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def inh(p):
    """The same period, carried from another sentence."""
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
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, **kw}
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
    if s in WORDS:
        return float(WORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read {s!r}")


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _toml(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    return repr(v)


def problems(text, figures):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article length {len(text)} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        out.append("article not NFC")
    seen = {}
    for f in figures:
        a = f["anchor"]
        n = text.count(a)
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if n == 1 and hit:
            pos = text.find(a) + hit.start()
            if pos in seen:
                out.append(f"two figures on one number at {pos}: {seen[pos]!r} and {a!r}")
            seen[pos] = a
        if n != 1:
            out.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {f['number']!r} not whole in {a!r}")
            continue
        ratio = f["value"] / read_number(f["number"])
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"status {f.get('status')!r} at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind and % unit disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p and not (p.get("start") or p.get("end")):
            out.append(f"period without dates at {a!r}")
    return out


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = problems(text, figures)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_toml(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inhd = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inhd} inherited periods")
    for e in errs:
        print("  PROBLEM:", e)
    if errs:
        sys.exit(1)
