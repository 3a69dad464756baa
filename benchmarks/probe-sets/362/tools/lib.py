"""Shared helpers for the p362 generators: write article + gold TOML, check anchors and numbers."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def P(text, start=None, end=None, inherited=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inherited:
        d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject is not None:
        d["subject"] = subject
    d.update(kw)
    return d


def tval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tval(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def parse_num(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", "."))


def build(n, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    name = f"p362-{n}"
    ok = True
    if not 1200 <= len(text) <= 1800:
        print(f"{name}: length {len(text)} outside 1200-1800")
        ok = False
    seen = set()
    for i, f in enumerate(figures):
        a, num = f["anchor"], f["number"]
        c = text.count(a)
        if c != 1:
            print(f"{name} fig {i+1} {a!r}: anchor occurs {c} times"); ok = False; continue
        hit = re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a)
        if not hit:
            print(f"{name} fig {i+1} {a!r}: number {num!r} not whole in anchor"); ok = False; continue
        pos = text.find(a) + hit.start()
        if pos in seen:
            print(f"{name} fig {i+1} {a!r}: same number position as another figure"); ok = False
        seen.add(pos)
        base = parse_num(num)
        ratio = f["value"] / base if base else (1 if f["value"] == 0 else 0)
        if not any(abs(ratio - 10 ** k) < 1e-9 * 10 ** k for k in (0, 3, 6, 9, 12)):
            print(f"{name} fig {i+1} {a!r}: value {f['value']} vs number {num}"); ok = False
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {tval(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f:
                out.append(f"{k} = {tval(f[k])}")
        extra = set(f) - set(ORDER)
        assert not extra, extra
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required){'' if ok else '  PROBLEMS'}")
    return ok
