"""Probe set 1140 helpers (mental health care): build one article and its gold TOML, and check the gold.

Each gen*.py holds the article text and its hand-written figures; write() normalises to NFC, checks
every figure and writes articles/<name>.txt and gold/<name>.toml. Problems are printed, and the
process exits non-zero when any is found.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
         "mười": 10, "đôi": 2}
MULTIPLIERS = (1.0, 1e3, 1e4, 1e6, 1e9, 1e12)
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUSES = {"actual", "estimate", "target", "forecast"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def per(text, start=None, end=None, inherited=False):
    """A period phrase; inherited=True when it stands in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def inh(p):
    """The same period, taken over from another sentence."""
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
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    bad = set(d) - set(ORDER)
    if bad:
        raise KeyError(f"unknown keys {bad} in {anchor!r}")
    return {k: d[k] for k in ORDER if k in d}


def read_number(s):
    s = s.strip().lower()
    if s in WORDS:
        return float(WORDS[s])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"unreadable number {s!r}")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figs):
    out = []
    if not 1200 <= len(text) <= 1800:
        out.append(f"article length {len(text)} outside 1200..1800")
    if unicodedata.normalize("NFC", text) != text:
        out.append("article not NFC")
    seen = set()
    for f in figs:
        a, num = f["anchor"], f["number"]
        n = text.count(a)
        if n != 1:
            out.append(f"anchor occurs {n} times: {a!r}")
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            out.append(f"number {num!r} not whole in anchor {a!r}")
        elif n == 1:
            pos = text.find(a) + m.start()
            if pos in seen:
                out.append(f"two figures on one number at {a!r}")
            seen.add(pos)
        ratio = f["value"] / read_number(num)
        if not any(abs(ratio - k) <= 1e-9 * k for k in MULTIPLIERS):
            out.append(f"value/number = {ratio} at {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            out.append(f"value_max not above value at {a!r}")
        if "total" in f and f["total"] < f["value"]:
            out.append(f"total below value at {a!r}")
        if f["kind"] not in KINDS:
            out.append(f"kind {f['kind']!r} at {a!r}")
        if f.get("approx", "exact") not in APPROX:
            out.append(f"approx {f.get('approx')!r} at {a!r}")
        if f.get("status", "actual") not in STATUSES:
            out.append(f"status {f.get('status')!r} at {a!r}")
        if (f["kind"] == "percent") != (f["unit"] == "%"):
            out.append(f"percent kind and unit % disagree at {a!r}")
        if not f.get("optional") and not f.get("subject"):
            out.append(f"required figure without subject at {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not ISO.fullmatch(p[k]):
                    out.append(f"period {k} {p[k]!r} at {a!r}")
            if "start" in p and "end" in p and p["start"] > p["end"]:
                out.append(f"period start after end at {a!r}")
            if not p.get("inherited") and p["text"] not in text:
                out.append(f"period text {p['text']!r} not in article")
    return out


def write(name, text, notes, figs, published=None, location=None):
    text = unicodedata.normalize("NFC", text).strip("\n") + "\n"
    figs = [{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()}
            for f in figs]
    problems = check(text, figs)
    (ROOT / "articles").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = [f"# {n}" for n in notes]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for f in figs:
        lines += ["", "[[figures]]"] + [f"{k} = {tv(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figs)
    inherited = sum(bool((f.get("period") or {}).get("inherited")) for f in figs)
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required, {len(figs) - req} optional, "
          f"{inherited} inherited periods)")
    for p in problems:
        print("   PROBLEM:", p)
    if problems:
        sys.exit(1)
