"""Helpers: write an article and its gold TOML, check anchors (same rules as score.py)."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULT = [("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("nghìn", 1e3), ("ngàn", 1e3), ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9)]


def parse(s):
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, kind, unit, subject=None, value=None, **kw):
    d = {"anchor": anchor, "number": number, "kind": kind, "unit": unit}
    d["_value"] = value
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        parts = [f"{k} = {val(x)}" for k, x in v.items() if x is not None]
        return "{ " + ", ".join(parts) + " }"
    return json.dumps(v, ensure_ascii=False)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def write(name, comments, text, figs, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n}")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {val(location)}")
    if status:
        out.append(f"status = {val(status)}")
    for f in figs:
        a, num = f["anchor"], f["number"]
        at = text.find(a)
        if at < 0:
            problems.append(f"anchor not found: {a!r}")
            continue
        if text.find(a, at + 1) >= 0:
            problems.append(f"anchor twice: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not hit:
            problems.append(f"number {num!r} not whole in {a!r}")
            continue
        v = f.pop("_value")
        if v is None:
            v = parse(num)
            rest = a[hit.end():]
            for w, m in MULT:
                if re.match(r"\s*" + w + r"(?!\w)", rest):
                    v *= m
                    break
        f["value"] = v
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            problems.append(f"unknown keys {extra}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {n} chars, {len(figs)} figures ({req} required)")
    for p in problems:
        print("  PROBLEM", p)
    if problems:
        sys.exit(1)
