"""Probe set 787 (lotus farming and lotus products): shared helpers.

Each tools/genK.py builds one article (a plain string) and its gold figures, then calls write().
write() normalises to NFC, checks the gold against the article and writes
articles/p787-K.txt and gold/p787-K.toml.
Checks: every anchor occurs exactly once; the number stands whole in the anchor;
value / number is 1 or a power-of-ten multiplier; value_max > value; 1 200-1 800 characters.
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
MULTIPLIERS = (1, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """Period object. inherited=True: the phrase stands in another sentence (score ignores it)."""
    p = {"text": text}
    if start is not None:
        p["start"] = start
    if end is not None:
        p["end"] = end
    if inherited:
        p["inherited"] = True
    return p


def I(p):
    """The same period, marked as inherited (used in a later sentence)."""
    q = dict(p)
    q["inherited"] = True
    return q


def C(direction, value, unit="%", baseline=None, approx=None):
    c = {"direction": direction, "value": value, "unit": unit}
    if approx:
        c["approx"] = approx
    if baseline:
        c["baseline"] = baseline
    return c


def T(value, unit, met=None):
    t = {"value": value, "unit": unit}
    if met is not None:
        t["met"] = met
    return t


def F(anchor, number, value, kind, unit, subject, period=None, **extra):
    f = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit,
         "subject": subject}
    if period:
        f["period"] = period
    f.update(extra)
    unknown = set(f) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: f[k] for k in KEYS if k in f and f[k] is not None}


def number_value(s):
    w = s.lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, (int, float)):
        if float(v).is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(float(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def check(text, figures):
    bad = []
    n = len(text)
    if not 1200 <= n <= 1800:
        bad.append(f"article length {n} not in 1200-1800")
    for f in figures:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            bad.append(f"anchor found {k} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            bad.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = number_value(f["number"])
        r = f["value"] / base
        if not any(abs(r - m) <= 1e-9 * m for m in MULTIPLIERS):
            bad.append(f"value/number = {r} for {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            bad.append(f"value_max <= value for {a!r}")
        if f["kind"] not in KINDS:
            bad.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            bad.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            bad.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            bad.append(f"percent without % unit: {a!r}")
    return bad


def write(k, text, figures, notes=(), published=None, location=None):
    name = f"p787-{k}"
    text = unicodedata.normalize("NFC", text)
    figures = [{key: unicodedata.normalize("NFC", v) if isinstance(v, str) else v
                for key, v in f.items()} for f in figures]
    bad = check(text, figures)
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines.append("")
        lines.append("[[figures]]")
        lines.extend(f"{key} = {toml_val(v)}" for key, v in f.items())
    (HERE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = [f for f in figures if not f.get("optional")]
    inh = [f for f in figures if f.get("period", {}).get("inherited")]
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {len(req)} required, "
          f"{len(inh)} inherited periods")
    for b in bad:
        print("  PROBLEM:", b)
    if bad:
        sys.exit(1)
