"""Probe set 1491 (hammock weaving, hammock makers) helpers.

Each genN.py builds one article and its gold TOML with these helpers. Before writing, the gold is checked:
- the article is UTF-8 NFC and 1 200-1 800 characters long;
- each anchor occurs exactly once in the article and the number stands whole in its anchor (same regex as score.py);
- value / number is 1 or a power of ten (a multiplier), value_max > value;
- kind, approx, status are from the spec's enums; percent figures (and only they) have unit '%';
- required figures have a subject; period dates are YYYY-MM-DD and start <= end.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "đôi": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
               "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "nhất": 1, "nhì": 2}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def period(text, start=None, end=None, inherited=False):
    """A period object; inherited=True when the phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inherit(p):
    d = dict(p)
    d["inherited"] = True
    return d


def change(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def target(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, per=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if per is not None:
        d["period"] = per
    d.update(kw)
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(f"unknown keys {unknown}")
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    parts = s.split()
    if parts and all(p in DIGIT_WORDS or p in ("chục", "mươi") for p in parts):
        total = 0
        for p in parts:
            if p in ("chục", "mươi"):
                total = (total or 1) * 10
            else:
                total += DIGIT_WORDS[p]
        return float(total)
    raise ValueError(f"cannot read number {s!r}")


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


def check(text, figures):
    bad = []
    if not 1200 <= len(text) <= 1800:
        bad.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        bad.append("article not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            bad.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {num!r} not whole in anchor {a!r}")
            continue
        ratio = f["value"] / number_value(num)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f.get('status')!r} at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            bad.append(f"percent kind and unit '%' disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            bad.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    bad.append(f"period {k} {p[k]!r} malformed at {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                bad.append(f"period start after end at {a!r}")
    return bad


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    bad = check(text, figures)
    if bad:
        for b in bad:
            print(f"{name}: PROBLEM {b}")
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
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
