"""Write one article and its gold TOML; check anchors, numbers, length, NFC."""
import json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def C(direction, value, unit="%", baseline=None, approx=None):
    return {"direction": direction, "value": value, "unit": unit, "approx": approx, "baseline": baseline}


def T(value, unit, met=None):
    return {"value": value, "unit": unit, "met": met}


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit, "subject": subject}
    d.update(kw)
    return d


def write(name, text, figures, published=None, location=None, comments=(), show=False):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    n = len(text)
    problems = []
    if not (1200 <= n <= 1800):
        problems.append(f"length {n}")
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {tv(location)}")
    for f in figures:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor {a!r} occurs {c} times")
        m = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not m:
            problems.append(f"number {num!r} not whole in {a!r}")
        elif show:
            print(f"   {a!r:50} -> {num} = {f['value']}")
        p = f.get("period")
        if p and not p.get("inherited") and p["text"] not in text:
            problems.append(f"period text {p['text']!r} not in article")
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if f.get(k) is not None:
                lines.append(f"{k} = {tv(f[k])}")
        for k in f:
            if k not in ORDER:
                problems.append(f"unknown key {k}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh = sum(1 for f in figures if (f.get("period") or {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inh} inherited periods)")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems
