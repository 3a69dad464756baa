"""Probe set 810 (sluice gates / tide control works): build an article and its gold TOML, with checks.

fig(...) computes value = number * m (m = word multiplier, given explicitly) and checks that a multiplier
word standing right after the number in the anchor was not forgotten.
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULTWORDS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
KEYS = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
        "change", "target", "status", "subject", "period", "location", "optional")
KINDS = {"count", "percent", "money", "measure", "rank", "multiple"}
APPROX = {"exact", "about", "nearly", "over", "under", "at_least", "at_most"}
STATUS = {"actual", "estimate", "target", "forecast"}


def num(s):
    t = s.strip()
    if t.lower() in NUMWORDS:
        return NUMWORDS[t.lower()]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def I(p):
    """the same period, inherited (its phrase stands in another sentence)"""
    return dict(p, inherited=True)


def C(direction, value, unit="%", baseline=None, approx=None):
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


def fig(anchor, number, kind, unit, subject=None, period=None, m=1, vmax=None, **kw):
    v = num(number) * m
    d = dict(anchor=anchor, number=number, value=v, kind=kind, unit=unit)
    if vmax is not None:
        d["value_max"] = vmax * m
    d.update(kw)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    bad = set(d) - set(KEYS)
    assert not bad, bad
    return {k: d[k] for k in KEYS if k in d}


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(round(v, 10))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def check(text, figures):
    probs = []
    n = len(text)
    if not 1200 <= n <= 1800:
        probs.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            probs.append(f"anchor occurs {c}x: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            probs.append(f"number {f['number']!r} not whole in anchor {a!r}")
        else:
            after = a[hit.end():].split()
            w = after[0].lower() if after else ""
            mult = MULTWORDS.get(w, 1)
            ratio = f["value"] / num(f["number"]) if num(f["number"]) else 1
            if w in MULTWORDS and abs(ratio - mult) > 1e-9 * mult:
                probs.append(f"multiplier {w!r} after number but value/number = {ratio}: {a!r}")
            if not any(abs(ratio - x) <= 1e-9 * x for x in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
                probs.append(f"value/number ratio {ratio}: {a!r}")
        if "value_max" in f and not f["value_max"] > f["value"]:
            probs.append(f"value_max <= value: {a!r}")
        if f["kind"] not in KINDS:
            probs.append(f"kind {f['kind']!r}")
        if f.get("approx", "exact") not in APPROX:
            probs.append(f"approx {f['approx']!r}")
        if f.get("status", "actual") not in STATUS:
            probs.append(f"status {f['status']!r}")
        if f["kind"] == "percent" and f["unit"] != "%":
            probs.append(f"percent without % unit: {a!r}")
        per = f.get("period")
        if per:
            for k in ("start", "end"):
                if k in per:
                    assert re.fullmatch(r"\d{4}-\d\d-\d\d", per[k]), per
    return probs


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    figures = [{k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
               for f in figures]
    probs = check(text, figures)
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(not f.get("optional") for f in figures)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figures)
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    for p in probs:
        print("  PROBLEM", p)
    return not probs
