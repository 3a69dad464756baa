"""Helpers for probe set 266: write one article + its gold TOML, and check the anchors.

Each gen*.py builds the article text and a list of figures with F(...), then calls emit().
emit() checks: NFC, length 1200-1800, every anchor occurs exactly once, the number occurs in the anchor
as a whole number, value is the number times a power of ten (multiplier) — and lists the digit runs of
the article that no gold figure covers, so that they can be reviewed as distractors.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def Y(year, inh=False, text=None):
    return P(text or f"năm {year}", f"{year}-01-01", f"{year}-12-31", inh)


def SY(y1, inh=False, text=None):
    """School year năm học y1-(y1+1): 1 September to 31 May."""
    return P(text or f"năm học {y1}-{y1 + 1}", f"{y1}-09-01", f"{y1 + 1}-05-31", inh)


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw:
            d[k] = kw.pop(k)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k in ("location", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
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


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_num(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    n = len(text)
    problems = []
    covered = set()
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
            continue
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"number not in anchor: {f['number']!r} / {a!r}")
            continue
        at = text.find(a) + hit.start()
        covered.update(range(at, at + len(f["number"])))
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {ratio}: {a!r}")
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    uncovered = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(i in covered for i in range(m.start(), m.end())):
            uncovered.append(m.group())
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required)")
    print("  not covered:", " ".join(uncovered))
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
