"""Shared helpers: write one article and its gold TOML, with checks (anchors unique, numbers whole, values consistent)."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional")
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    if period is not None:
        d["period"] = period
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v) and abs(v) < 1e18:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def parse_num(s):
    s2 = s.lower()
    if s2 in WORDNUM:
        return WORDNUM[s2]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


MULT = [("nghìn tỷ", 1e12), ("tỷ", 1e9), ("triệu", 1e6), ("nghìn", 1e3)]


def check_value(f, anchor_tail):
    base = parse_num(f["number"])
    mult = f.get("_mult", 1)
    t = anchor_tail.lstrip().lower()
    if f["kind"] != "percent" and "_mult" not in f:
        for w, m in MULT:
            if t.startswith(w):
                mult = m
                break
    exp = base * mult
    if abs(exp - f["value"]) > 1e-6 * max(1, abs(exp)):
        return f"value {f['value']} != {exp} (number {f['number']!r}, tail {anchor_tail[:12]!r})"
    return None


def emit(name, text, comments, figs, published=None, location=None, status=None, minlen=1200, maxlen=1800):
    text = unicodedata.normalize("NFC", text)
    problems = []
    n = len(text)
    if not (minlen <= n <= maxlen):
        problems.append(f"length {n} outside {minlen}-{maxlen}")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f"published = {tv(published)}")
    if location:
        lines.append(f"location = {tv(location)}")
    if status:
        lines.append(f"status = {tv(status)}")
    for i, f in enumerate(figs):
        f = {k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in f.items()}
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"fig {i+1} anchor {a!r} occurs {c} times")
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            problems.append(f"fig {i+1} number {num!r} not whole in {a!r}")
        else:
            err = check_value(f, a[m.end():])
            if err:
                problems.append(f"fig {i+1} {a!r}: {err}")
        for k in f:
            if k not in ORDER and not k.startswith("_"):
                problems.append(f"fig {i+1} unknown key {k}")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {tv(f[k])}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    inh = sum(1 for f in figs if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required, {len(figs)-req} optional, {inh} inherited)")
    for p in problems:
        print("  PROBLEM:", p)
    if problems:
        sys.exit(1)
