"""Helpers for probe set 784: write one article and its gold TOML, and check the anchors."""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
ATTRS = ("value_max", "approx", "total", "percent", "change", "target", "status")


def P(text, start=None, end=None):
    """A period stated in the figure's own sentence (scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def I(p):
    """The same period, stated in another sentence (inherited; not scored)."""
    d = dict(p)
    d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def TG(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ATTRS:
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


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items()) + " }"
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
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number not whole in anchor: {f['number']!r} / {a!r}")
        base = parse_num(f["number"])
        for v in (f["value"], f.get("value_max")):
            if v is None:
                continue
            ratio = v / base if base else 1
            if v is f["value"] and not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
                problems.append(f"value/number ratio {ratio}: {a!r}")
        for k in ("kind", "unit"):
            if not f.get(k):
                problems.append(f"no {k}: {a!r}")
        if not f.get("optional") and not f.get("subject"):
            problems.append(f"no subject: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {_val(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    for p in problems:
        print("  PROBLEM", p)
    return problems
