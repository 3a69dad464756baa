"""Probe set 789 (rice-noodle / phở craft villages): shared helpers.

Each genK.py builds one article text and its figures, then calls write().
write() checks the article and the gold before writing them:
  - article is NFC and 1200-1800 characters;
  - every anchor occurs exactly once in the article;
  - the number stands whole in the anchor, and only once there;
  - value / number is 1 or a power-of-ten word multiplier;
  - value_max > value when given.
"""
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]


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


def target(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject=None, **kw):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        f["subject"] = subject
    for k, v in kw.items():
        if k not in KEYS:
            raise KeyError(k)
        if v is not None:
            f[k] = v
    return f


def number_value(s):
    s = s.strip()
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
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figures):
    problems = []
    if text != unicodedata.normalize("NFC", text):
        problems.append("article not NFC")
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for f in figures:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c} times: {a!r}")
        whole = list(re.finditer(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a))
        if not whole:
            problems.append(f"number {n!r} not whole in {a!r}")
        elif len(whole) > 1:
            problems.append(f"number {n!r} stands {len(whole)} times in {a!r}: ambiguous")
        ratio = f["value"] / number_value(n)
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            problems.append(f"value/number = {ratio} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max not above value for {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f['status']!r}")
        if not f.get("optional") and not f.get("subject"):
            problems.append(f"required figure without subject: {a!r}")
    return problems


def write(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    figures = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
               for f in figures]
    problems = check(text, figures)
    (SET / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"]
        lines += [f"{k} = {toml_val(f[k])}" for k in KEYS if k in f]
    (SET / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited periods")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
