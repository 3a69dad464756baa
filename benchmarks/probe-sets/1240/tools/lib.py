"""Probe set 1240 helpers: build an article and its gold TOML, check the gold before writing.

Checks: each anchor occurs exactly once; the number stands whole in its anchor (same regex as score.py);
value/number is 1 or a power-of-ten multiplier; value_max > value; percents have unit '%';
required figures have a subject; the article is UTF-8 NFC and 1 200-1 800 characters long.
"""
import re
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10, "đôi": 2}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
NUM_RE = r"(?<![\w.,])" + "{}" + r"(?!\w|[.,]\d)"


def P(text, start=None, end=None, inherited=False):
    """Period object. start/end 'YYYY-MM-DD' or None; inherited=True when the phrase stands in another sentence."""
    out = {"text": text}
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    if inherited:
        out["inherited"] = True
    return out


def I(period):
    """The same period, inherited from another sentence (not scored)."""
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
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    d.update(kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    unknown = set(d) - set(KEYS)
    if unknown:
        raise KeyError(unknown)
    return {k: d[k] for k in KEYS if k in d}


def number_value(s):
    s = s.strip().lower()
    if s in NUMWORDS:
        return float(NUMWORDS[s])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


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
    n = len(text)
    if not 1200 <= n <= 1800:
        errs.append(f"length {n} not in 1200..1800")
    if text != unicodedata.normalize("NFC", text):
        errs.append("text not NFC")
    for f in figures:
        a = f["anchor"]
        k = text.count(a)
        if k != 1:
            errs.append(f"anchor found {k} times: {a!r}")
        if not re.search(NUM_RE.format(re.escape(f["number"])), a):
            errs.append(f"number {f['number']!r} not whole in {a!r}")
        try:
            base = number_value(f["number"])
            r = f["value"] / base
            if not any(abs(r - m) <= 1e-9 * m for m in POWERS):
                errs.append(f"value/number = {r} in {a!r}")
            if "value_max" in f:
                if not f["value_max"] > f["value"]:
                    errs.append(f"value_max <= value in {a!r}")
        except ValueError as e:
            errs.append(str(e))
        if f["kind"] not in KINDS:
            errs.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            errs.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            errs.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent without % unit in {a!r}")
        if f["kind"] != "percent" and f["unit"] == "%":
            errs.append(f"unit % on a non-percent in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            errs.append(f"required figure without subject: {a!r}")
        per = f.get("period")
        if per:
            for key in ("start", "end"):
                if key in per and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", per[key]):
                    errs.append(f"bad period {key} {per[key]!r} in {a!r}")
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
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures, {req} required, {inh} inherited")
    for e in errs:
        print("   PROBLEM:", e)
    return not errs
