"""Shared helpers: write one article and its gold TOML, with checks."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def num(s):
    """Vietnamese-style number as written -> float."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(".", "").replace(",", "."))


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def F(anchor, number, kind, unit, subject=None, mult=1, value=None, **kw):
    d = {"anchor": anchor, "number": number}
    d["value"] = value if value is not None else round(num(number) * mult, 6)
    if isinstance(d["value"], float) and d["value"].is_integer():
        d["value"] = int(d["value"])
    d["kind"] = kind
    d["unit"] = unit
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
         "target", "status", "subject", "period", "location", "optional"]


def emit(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    name = f"p252-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tv(location)}")
    bad = 0
    for f in figures:
        a = f["anchor"]
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor {a!r} occurs {c} times"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {f['number']!r} not whole in {a!r}"); bad += 1
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {tv(f[k])}")
        for k in f:
            if k not in ORDER:
                raise KeyError(k)
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required), {bad} problems")
