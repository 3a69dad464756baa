"""Shared helpers: write one article + its gold TOML, checking anchors."""
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional")


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items() if x is not None) + " }"
    return json.dumps(v, ensure_ascii=False)


def P(text, start, end, inh=False):
    d = {"text": text, "start": start, "end": end}
    if inh:
        d["inherited"] = True
    return d


def CH(direction, value, unit="%", baseline=None, approx="exact"):
    return {"direction": direction, "value": value, "unit": unit, "approx": approx, "baseline": baseline}


def TG(value, unit, met=None):
    return {"value": value, "unit": unit, "met": met}


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def emit(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p405-{n}"
    art = ROOT / "articles" / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    problems = 0
    for f in figures:
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name}: anchor occurs {c} times: {a!r}")
            problems += 1
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {num!r} not whole in {a!r}")
            problems += 1
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {q(f[k])}")
        extra = set(f) - set(ORDER)
        assert not extra, extra
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    body = len(text)
    print(f"{name}: {body} chars, {len(figures)} figures ({sum(1 for f in figures if f.get('optional'))} optional), {problems} problems")
