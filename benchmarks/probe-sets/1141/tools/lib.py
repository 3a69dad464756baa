"""Probe set 1141 helpers (live poultry markets, bird-flu surveillance).

build(): write articles/<name>.txt and gold/<name>.toml after checking the gold:
  - article is UTF-8 NFC and 1 200-1 800 characters;
  - each anchor occurs exactly once, and the number stands whole in it;
  - value / number is 1 or a power-of-ten multiplier (number words read from a small table);
  - value_max > value; percents have unit "%"; required figures have a subject;
  - kind / approx / status are from the contract's enums.
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
ENUM = {
    "kind": {"count", "percent", "money", "measure", "rank", "multiple"},
    "approx": {"exact", "about", "nearly", "over", "under", "at_least", "at_most"},
    "status": {"actual", "estimate", "target", "forecast"},
}


def per(text, start=None, end=None, inherited=False):
    """A period object. inherited=True: the phrase stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    """The same period, stated in another sentence."""
    d = dict(p)
    d["inherited"] = True
    return d


def chg(direction, value, unit="%", baseline=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, **kw)
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    low = s.strip().lower()
    if low in WORDS:
        return float(WORDS[low])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", low):
        return float(low.replace(".", "").replace(",", "."))
    raise ValueError(f"unreadable number {s!r}")


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def problems(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    for f in figs:
        a = f["anchor"]
        n = text.count(a)
        if n != 1:
            out.append(f"anchor occurs {n} times: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            out.append(f"number {f['number']!r} not whole in {a!r}")
        ratio = f["value"] / read_number(f["number"])
        if not any(abs(ratio - m) <= 1e-9 * m for m in MULTS):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max <= value at {a!r}")
        for key, allowed in ENUM.items():
            if key in f and f[key] not in allowed:
                out.append(f"{key} {f[key]!r} at {a!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            out.append(f"percent without unit % at {a!r}")
        if f["unit"] == "%" and f["kind"] != "percent":
            out.append(f"unit % on a {f['kind']} at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p and not (p.get("start") or p.get("end")):
            out.append(f"period without dates at {a!r}")
    return out


def build(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in figs]
    errs = problems(text, figs)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes] + [f'doc = "../articles/{name}.txt"']
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {_q(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inherited = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {inherited} inherited periods)")
    for e in errs:
        print("  PROBLEM", e)
    return not errs
