"""Probe set 1393 (desalination and fresh water for islands): shared helpers.

Each genN.py holds one article and its hand-written gold. `write()` checks the gold before it writes
anything: every anchor occurs exactly once in the article, the number stands whole in its anchor,
value/number is 1 or a power of ten (a multiplier such as nghìn, triệu, tỷ, chục), value_max > value,
percent figures (and only they) have unit '%', required figures have a subject, period dates are
well formed and ordered, kinds/approx/status are from the contract, and the article is NFC and
1 200-1 800 characters long. On any problem nothing is written and the script exits 1.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = (1.0, 1e1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def period(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when the phrase stands in another sentence (not scored)."""
    p = {"text": text}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def year(text, y):
    return period(text, f"{y}-01-01", f"{y}-12-31")


def asof(text, end):
    return period(text, None, end)


def inherit(p):
    q = dict(p)
    q["inherited"] = True
    return q


def change(direction, value, unit="%", baseline=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if baseline:
        c["baseline"] = baseline
    return c


def target(value, unit="%", met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    """One gold figure."""
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        f["subject"] = subject
    if per is not None:
        f["period"] = per
    f.update(kw)
    unknown = set(f) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {sorted(unknown)} in {anchor!r}")
    return {k: f[k] for k in KEYS if k in f}


def number_value(s):
    s = s.strip().lower()
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def check(text, figures):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article length {len(text)} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            out.append(f"anchor occurs {text.count(a)} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        hits = re.findall(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if len(hits) > 1:
            out.append(f"number {num!r} stands {len(hits)} times in anchor {a!r} (the scorer takes the first)")
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            out.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max not above value in {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind {f['kind']!r} in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind and unit '%' disagree in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject: {a!r}")
        for attr in ("change", "target"):
            if attr in f and "value" not in f[attr]:
                out.append(f"{attr} without value in {a!r}")
        p = f.get("period")
        if p:
            if not p.get("text"):
                out.append(f"period without text in {a!r}")
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} in {a!r}")
            if p.get("start") and p.get("end") and p["start"] > p["end"]:
                out.append(f"period starts after it ends in {a!r}")
            if not p.get("inherited") and p["text"] not in text:
                out.append(f"period text {p['text']!r} not in article ({a!r})")
    return out


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        if isinstance(v, float):
            return repr(round(v, 6))
        return str(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    problems = check(text, figures)
    if problems:
        print(f"{name}: {len(text)} chars — NOT written")
        for p in problems:
            print("   PROBLEM:", p)
        sys.exit(1)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
