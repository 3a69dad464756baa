"""Probe set 1022 (urban drainage, sewers, flood pumping stations): shared helpers.

write(name, text, figures, ...) writes articles/<name>.txt and gold/<name>.toml and checks:
  - the article is NFC and 1 200-1 800 characters long;
  - every anchor occurs exactly once;
  - the number stands whole in its anchor (same regex as score.py);
  - value / number is 1 or a power-of-ten word multiplier;
  - value_max > value;
  - a period marked inherited is not written in the anchor's own sentence (rough check).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10, "đôi": 2}
MULTIPLIERS = (1, 10**3, 10**4, 10**6, 10**9, 10**12)
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")


def P(text, start=None, end=None, inherited=False):
    """A period object."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def I(p):
    """The same period, inherited from another sentence."""
    q = dict(p)
    q["inherited"] = True
    return q


def C(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    d.update(kw)
    extra = set(d) - set(KEYS)
    assert not extra, (anchor, extra)
    return {k: d[k] for k in KEYS if k in d}


def number_value(s: str) -> float:
    t = s.strip().lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or re.fullmatch(r"\d+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def sentence_of(text: str, pos: int) -> str:
    """Rough sentence around pos: split at '. ' (not after TP./TX./H.) and at newlines."""
    ends = [m.end() for m in re.finditer(r"(?<!TP)(?<!TX)(?<![A-ZĐ])\. |\n", text)]
    left = max([e for e in ends if e <= pos], default=0)
    right = min([e for e in ends if e > pos], default=len(text))
    return text[left:right]


def write(name, text, figures, comments=(), published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    problems = []
    n = len(text.rstrip("\n"))
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} not in 1200-1800")
    for f in figures:
        a = unicodedata.normalize("NFC", f["anchor"])
        cnt = text.count(a)
        if cnt != 1:
            problems.append(f"anchor occurs {cnt} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTIPLIERS):
            problems.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            problems.append(f"value_max <= value at {a!r}")
        if f["kind"] not in KINDS:
            problems.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            problems.append(f"approx {f['approx']!r} at {a!r}")
        if f.get("status", "actual") not in STATUS:
            problems.append(f"status {f['status']!r} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            problems.append(f"percent without % at {a!r}")
        per = f.get("period")
        if per and cnt == 1:
            sent = sentence_of(text, text.find(a))
            inside = per["text"] in sent
            if per.get("inherited") and inside:
                problems.append(f"period {per['text']!r} marked inherited but in the sentence of {a!r}")
            if not per.get("inherited") and not inside:
                problems.append(f"period {per['text']!r} not in the sentence of {a!r} (inherited?)")
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {toml_str(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        out += [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {len(figures) - req} optional, "
          f"{inh} inherited periods)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
