"""Helpers for probe set 1340: build gold figures, check them, write article + gold TOML."""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
         "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
SCALE = {"chục": 10, "mươi": 10, "trăm": 100}
POWERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
KEYS = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def per(text, start=None, end=None):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def inh(p):
    """Same period, stated in another sentence: not scored."""
    d = dict(p)
    d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    for k in kw:
        if k not in KEYS:
            raise KeyError(k)
    d.update(kw)
    return {k: d[k] for k in KEYS if k in d}


def read_number(s):
    """Digits (Vietnamese style) or simple number words ('hai', 'ba chục', 'một trăm')."""
    s = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if s in ("hàng chục", "hàng trăm"):
        return 10.0 if s.endswith("chục") else 100.0
    parts = s.split()
    if parts and parts[0] in UNITS:
        v = UNITS[parts[0]]
        for w in parts[1:]:
            if w in SCALE:
                v *= SCALE[w]
            elif w in UNITS:
                v += UNITS[w]
            else:
                raise ValueError(s)
        return float(v)
    raise ValueError(f"cannot read number {s!r}")


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    if isinstance(v, float):
        if abs(v) < 1e16 and abs(v - round(v)) <= 1e-9 * max(1.0, abs(v)):
            return str(int(round(v)))
        return repr(round(v, 6))
    return repr(v)


def check(text, figures):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)} not in 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("text not NFC")
    for f in figures:
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            out.append(f"anchor occurs {text.count(a)} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {num!r} not whole in {a!r}")
            continue
        try:
            ratio = f["value"] / read_number(num)
        except ValueError as e:
            out.append(str(e))
            continue
        if not any(abs(ratio - m) <= 1e-9 * m for m in POWERS):
            out.append(f"value/number = {ratio} in {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value in {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"bad kind in {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"bad approx in {a!r}")
        if f.get("status", "actual") not in STATUS:
            out.append(f"bad status in {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind/unit mismatch in {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject: {a!r}")
        for att in ("change", "target"):
            if att in f and "value" not in f[att]:
                out.append(f"{att} without value in {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.match(p[k]):
                    out.append(f"bad period {k} {p[k]!r} in {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                out.append(f"period start after end in {a!r}")
            if "start" not in p and "end" not in p:
                out.append(f"period without dates in {a!r}")
    return out


def write(name, text, notes, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figures = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
               for f in figures]
    errs = check(text, figures)
    if published and not ISO.match(published):
        errs.append(f"bad published {published!r}")
    for e in errs:
        print(f"{name}: PROBLEM: {e}")
    if errs:
        sys.exit(1)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_q(location)}")
    for f in figures:
        lines += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inhn = sum(bool((f.get("period") or {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inhn} inherited periods)")
