"""Helpers for probe set 484 (e-government: chữ ký số, thanh toán trực tuyến, số hóa hồ sơ).

Each genN.py holds one article's text and its hand-annotated figures and calls emit(), which writes
articles/pNNN-N.txt and gold/pNNN-N.toml and checks the gold against the text.
"""
import re
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMWORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
FIELD_ORDER = ("value_max", "approx", "total", "percent", "change", "target", "status")


def P(text, start=None, end=None, inherited=False):
    """A period. inherited=True: stated in another sentence (not scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def INH(p):
    d = dict(p)
    d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx=None):
    assert direction in ("increase", "decrease")
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
    assert kind in ("count", "percent", "money", "measure", "rank", "multiple"), kind
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in FIELD_ORDER:
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
    if "approx" in d:
        assert d["approx"] in ("about", "nearly", "over", "under", "at_least", "at_most"), d["approx"]
    if "status" in d:
        assert d["status"] in ("estimate", "target", "forecast"), d["status"]
    return d


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def parse_num(s):
    s = s.strip()
    if s.lower() in NUMWORDS:
        return NUMWORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(f"cannot read number {s!r}")


def _date_ok(s):
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    seen = set()
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c} times: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"number not whole in anchor: {f['number']!r} / {a!r}")
        else:
            pos = text.find(a) + hit.start()
            if pos in seen:
                problems.append(f"two figures on one number: {a!r}")
            seen.add(pos)
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {ratio}: {a!r}")
        p = f.get("period")
        if p:
            for k in ("start", "end"):
                if k in p and not _date_ok(p[k]):
                    problems.append(f"bad period {k} {p[k]!r}: {a!r}")
            if not p.get("inherited") and p["text"] not in text:
                problems.append(f"period text not in article: {p['text']!r}")
        if "value_max" in f and f["value_max"] <= f["value"]:
            problems.append(f"value_max <= value: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        assert _date_ok(published)
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {_v(v)}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    for p in problems:
        print("  PROBLEM", p)
    return not problems
