"""Shared helpers: write one article and its gold TOML, checking every anchor."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def q(s):
    return json.dumps(s, ensure_ascii=False)


def per(text, start, end, inherited=False):
    d = {"text": text, "start": start, "end": end}
    if inherited:
        d["inherited"] = True
    return d


def chg(direction, value, unit, baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tgt(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    d.update(kw)
    return d


def inline(d):
    parts = []
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, bool):
            parts.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, (int, float)):
            parts.append(f"{k} = {v}")
        else:
            parts.append(f"{k} = {q(v)}")
    return "{ " + ", ".join(parts) + " }"


ORDER = ["anchor", "number", "value", "value_max", "kind", "unit", "approx", "total", "percent",
         "change", "target", "status", "subject", "period", "location", "optional"]


def write(n, comments, text, figures, published=None, location=None, status=None):
    text = unicodedata.normalize("NFC", text)
    name = f"p285-{n}"
    errs = []
    L = len(text)
    if not 1200 <= L <= 1800:
        errs.append(f"length {L} out of range")
    covered = []
    for i, f in enumerate(figures):
        a = unicodedata.normalize("NFC", f["anchor"])
        at = text.find(a)
        if at < 0:
            errs.append(f"fig {i+1} anchor not found: {a!r}")
            continue
        if text.find(a, at + 1) >= 0:
            errs.append(f"fig {i+1} anchor occurs twice: {a!r}")
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a)
        if not hit:
            errs.append(f"fig {i+1} number {f['number']!r} not whole in anchor {a!r}")
            continue
        covered.append((at + hit.start(), at + hit.end()))
    # list numeric tokens not covered by any figure, for review
    unc = []
    for m in re.finditer(r"\d[\d.,]*\d|\d", text):
        s, e = m.span()
        if not any(cs < e and s < ce for cs, ce in covered):
            unc.append(text[max(0, s - 12):e + 8].replace("\n", "⏎"))
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    if status:
        out.append(f"status = {q(status)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k in ORDER:
            if k not in f or f[k] is None:
                continue
            v = f[k]
            if isinstance(v, dict):
                out.append(f"{k} = {inline(v)}")
            elif isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, (int, float)):
                out.append(f"{k} = {v}")
            else:
                out.append(f"{k} = {q(v)}")
        extra = set(f) - set(ORDER)
        if extra:
            errs.append(f"unknown keys {extra}")
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    print(f"{name}: {L} chars, {len(figures)} figures ({req} required)")
    for u in unc:
        print("   not a figure:", u)
    for e in errs:
        print("   ERROR:", e)
    if errs:
        sys.exit(1)
