"""Shared helpers: write one article and its gold TOML, checking anchors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start: d["start"] = start
    if end: d["end"] = end
    if inherited: d["inherited"] = True
    return d


def parse_num(s):
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", "."))


def F(anchor, number, kind, unit, subject=None, mult=1, value=None, **kw):
    if value is None:
        value = parse_num(number) * mult
    if value == int(value) and abs(value) < 1e17:
        value = int(value)
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tv(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "optional", "subject", "period", "location"]


def build(name, text, figures, comments, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    bad = 0
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published: out.append(f'published = "{published}"')
    if location: out.append(f"location = {tv(location)}")
    seen = set()
    for f in figures:
        a, n = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor {a!r} occurs {c} times"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {n!r} not whole in {a!r}"); bad += 1
        pos = text.find(a) + re.search(r"(?<![\w.,])" + re.escape(n) + r"(?!\w|[.,]\d)", a).start()
        if pos in seen:
            print(f"{name}: two figures on the same number at {a!r}"); bad += 1
        seen.add(pos)
        out.append("")
        out.append("[[figures]]")
        for k in ORDER + [k for k in f if k not in ORDER]:
            if k in f and f[k] is not None:
                out.append(f"{k} = {tv(f[k])}")
    (ROOT / "gold" / f"{name}.toml").write_text(unicodedata.normalize("NFC", "\n".join(out) + "\n"), encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required), problems {bad}")
    return bad
