"""Shared helpers: write one article and its gold, checking anchors."""
import re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent


def nfc(s):
    return unicodedata.normalize("NFC", s)


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def Y(text, year, inh=False):
    return P(text, f"{year}-01-01", f"{year}-12-31", inh)


def q(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + s + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(v)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def build(n, text, comments, figs, published=None, location=None):
    text = nfc(text)
    name = f"p333-{n}"
    ok = True
    lines = [f"# {c}" for c in comments]
    lines.append(f'doc = "../articles/{name}.txt"')
    if published:
        lines.append(f'published = "{published}"')
    if location:
        lines.append(f"location = {q(location)}")
    for i, f in enumerate(figs):
        f = {k: (nfc(v) if isinstance(v, str) else v) for k, v in f.items()}
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name} fig {i+1}: anchor {a!r} occurs {c} times"); ok = False
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name} fig {i+1}: number {num!r} not whole in anchor {a!r}"); ok = False
        lines.append("")
        lines.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                lines.append(f"{k} = {val(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            print(name, "unknown keys", extra); ok = False
    (BASE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (BASE / "gold" / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    body = len(text)
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {body} chars, {len(figs)} figures ({req} required)")
    if not 1200 <= body <= 1800:
        print(f"{name}: LENGTH {body} out of range")
    return ok


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def CH(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d
