"""Shared helper: write one article and its gold TOML, with checks."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
         "Một": 1, "Hai": 2, "Ba": 3, "Bốn": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9, "Mười": 10, "nhất": 1}


def parse(num):
    if num in WORDS:
        return WORDS[num]
    s = num
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(".", "").replace(",", "."))


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {q(x)}" for k, x in v.items() if x is not None) + " }"
    return json.dumps(v, ensure_ascii=False)


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent", "change",
         "target", "status", "subject", "period", "location", "optional"]


def P(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def write(n, text, figs, comments, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text.strip("\n") + "\n")
    name = f"p364-{n}"
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    if status:
        out.append(f"status = {q(status)}")
    bad = 0
    for f in figs:
        a, num = f["anchor"], f["number"]
        if text.count(a) != 1:
            print(f"{name}: anchor count {text.count(a)}: {a!r}"); bad += 1
        if not re.search(r"(?<![\w.,])" + re.escape(num) + r"(?!\w|[.,]\d)", a):
            print(f"{name}: number {num!r} not in {a!r}"); bad += 1
        pv = parse(num)
        ratio = f["value"] / pv if pv else 0
        if pv and not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e6, 1e9, 1e12, 1e4)):
            print(f"{name}: value {f['value']} vs number {num}"); bad += 1
        for k in ("kind", "unit", "subject"):
            if k not in f:
                print(f"{name}: missing {k} in {a!r}"); bad += 1
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f"{k} = {q(f[k])}")
        extra = set(f) - set(ORDER)
        if extra:
            print(f"{name}: unknown keys {extra}"); bad += 1
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figs if not f.get("optional"))
    print(f"{name}: {len(text)} chars, {len(figs)} figures ({req} required), {bad} problems")
    if not 1200 <= len(text) <= 1800:
        print(f"{name}: LENGTH {len(text)} out of range")
