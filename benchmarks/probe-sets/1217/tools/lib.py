"""Probe set 1217 helpers (Mid-Autumn lantern and toy villages).

Build one article and its gold TOML, and check the gold before writing:
- every anchor occurs exactly once in the article, and the number stands whole in its anchor;
- value / number is 1 or a power-of-ten multiplier (nghìn, vạn, triệu, tỷ, nghìn tỷ);
- value_max > value; percents have unit '%'; kinds, approx and statuses are from the spec;
- required figures have a subject; the article is UTF-8 NFC and 1 200-1 800 characters.
"""
import re
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
DIGITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
MULTS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def P(text, start=None, end=None, inherited=False):
    """A period; inherited=True when its phrase stands in another sentence (not scored)."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    out = dict(period)
    out["inherited"] = True
    return out


def C(direction, value, unit="%", baseline=None, approx=None):
    out = {"direction": direction, "value": value, "unit": unit}
    if approx:
        out["approx"] = approx
    if baseline:
        out["baseline"] = baseline
    return out


def T(value, unit="%", met=None):
    out = {"value": value, "unit": unit}
    if met is not None:
        out["met"] = met
    return out


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


def words_value(s):
    """Vietnamese number words up to 99: một, hai, mười, hai mươi, hai mươi mốt ..."""
    parts = s.split()
    if len(parts) == 1 and parts[0] in DIGITS:
        return DIGITS[parts[0]]
    if parts[0] == "mười":
        tens, rest = 1, parts[1:]
    elif len(parts) >= 2 and parts[0] in DIGITS and parts[1] == "mươi":
        tens, rest = DIGITS[parts[0]], parts[2:]
    else:
        raise ValueError(s)
    unit = 0
    if rest:
        w = {"mốt": 1, "lăm": 5, "tư": 4}.get(rest[0], DIGITS.get(rest[0]))
        if w is None or len(rest) > 1:
            raise ValueError(s)
        unit = w
    return tens * 10 + unit


def number_value(s):
    s = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return float(words_value(s))


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    errs = []
    if not 1200 <= len(text) <= 1800:
        errs.append(f"length {len(text)} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("text not NFC")
    for f in figures:
        a = f["anchor"]
        if text.count(a) != 1:
            errs.append(f"anchor found {text.count(a)} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        ratio = f["value"] / number_value(f["number"])
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTS):
            errs.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            errs.append(f"value_max <= value in {a!r}")
        if "value_max" in f:
            r2 = f["value_max"] / f["value"]
            if r2 > 1000:
                errs.append(f"value_max suspicious in {a!r}")
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            errs.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
        per = f.get("period")
        if per and not per.get("inherited") and per["text"] not in text:
            errs.append(f"period text {per['text']!r} not in article")
    return errs


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {c}" for c in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {toml_str(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {toml_val(v)}" for k, v in f.items()]
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("   PROBLEM:", e)
    return not errs
