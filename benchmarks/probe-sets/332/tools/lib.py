"""Helpers for probe set 332: write one article + its gold TOML, check anchors and numbers."""
import re, sys, tomllib, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}


def P(text, start=None, end=None, inh=False):
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if inh:
        d["inherited"] = True
    return d


def inh(p):
    d = dict(p)
    d["inherited"] = True
    return d


def F(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    for k in ("value_max", "approx", "total", "percent", "change", "target", "status"):
        if k in kw and kw[k] is not None:
            d[k] = kw[k]
        kw.pop(k, None)
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k in ("location", "optional"):
        if k in kw and kw[k] is not None:
            d[k] = kw[k]
        kw.pop(k, None)
    assert not kw, kw
    return d


def C(direction, value, unit, baseline, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    d["baseline"] = baseline
    return d


def T(value, unit, met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


def cell_anchor(text, line_start, k, sep):
    """Anchor for the k-th cell (0-based) of the line beginning with line_start: the shortest
    run of whole cells ending with that cell (plus the separator or newline after it, if needed) that occurs once."""
    i = text.index(line_start)
    j = text.index("\n", i)
    cells = text[i:j].split(sep)
    num = cells[k].strip()
    last = k == len(cells) - 1
    for back in range(0, k + 1):
        core = sep.join(cells[k - back:k + 1]).strip()
        tails = ["", "\n"] if last else ["", (" " + sep.strip()) if sep.strip() else sep]
        for tail in tails:
            a = core + tail
            if text.count(a) == 1 and i <= text.find(a) < j and first_num(a, num) == core.rfind(num):
                return a, num
    raise ValueError((line_start, k))


def block_anchor(text, after, num):
    """Anchor for a one-cell-per-line value `num` that follows the string `after`."""
    i = text.index(after) + len(after)
    s = text.index(num, i)
    e = s + len(num)
    for back in range(0, 80):
        for fwd in (0, 1, 2):
            a = text[max(0, s - back):e + fwd]
            if text.count(a) == 1 and first_num(a, num) == s - max(0, s - back):
                return a
    raise ValueError((after, num))


def first_num(anchor, number):
    m = re.search(r"(?<![\w.,])" + re.escape(number) + r"(?!\w|[.,]\d)", anchor)
    return m.start() if m else None


def parse_num(s):
    s = s.strip()
    if s.lower() in WORDNUM:
        return WORDNUM[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def q(s):
    return ('"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t") + '"')


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    return repr(v)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    problems = []
    for f in figures:
        a = f["anchor"] = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor x{c}: {a!r}")
        if first_num(a, f["number"]) is None:
            problems.append(f"number not in anchor: {f['number']!r} / {a!r}")
        base = parse_num(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) < 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {ratio}: {a!r}")
        if "value_max" in f and f["value_max"] < f["value"]:
            problems.append(f"value_max < value: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {q(location)}")
    for f in figures:
        out.append("")
        out.append("[[figures]]")
        for k, v in f.items():
            out.append(f"{k} = {val(v)}")
    toml = unicodedata.normalize("NFC", "\n".join(out) + "\n")
    tomllib.loads(toml)
    (ROOT / "gold" / f"{name}.toml").write_text(toml, encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inh_n = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {len(text)} chars, {len(figures)} figures ({req} required, "
          f"{len(figures) - req} optional, {inh_n} inherited periods)")
    if not 1200 <= len(text) <= 1800:
        problems.append(f"length {len(text)} outside 1200-1800")
    for p in problems:
        print("  PROBLEM", p)
    return problems
