"""Helpers for probe set 505 (drinking water supply / water quality).

Each gen*.py holds one article's text and its hand-annotated figures and calls
emit(), which writes articles/<name>.txt (NFC) and gold/<name>.toml and checks:
every anchor occurs exactly once, the number stands in its anchor as a whole
number, value / number is 1 or a power-of-ten multiplier, length 1200-1800.
"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
         "tám": 8, "chín": 9, "mười": 10}


def per(text, start=None, end=None):
    """A period stated in the figure's own sentence (scored)."""
    d = {"text": text}
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    return d


def inh(p):
    """The same period, stated in another sentence (not scored)."""
    d = dict(p)
    d["inherited"] = True
    return d


def ch(direction, value, unit="%", baseline=None, approx=None):
    d = {"direction": direction, "value": value, "unit": unit}
    if approx:
        d["approx"] = approx
    if baseline:
        d["baseline"] = baseline
    return d


def tg(value, unit="%", met=None):
    d = {"value": value, "unit": unit}
    if met is not None:
        d["met"] = met
    return d


ORDER = ("anchor", "number", "value", "value_max", "kind", "unit", "approx", "total",
         "percent", "change", "target", "status", "subject", "period", "location", "optional")


def fig(anchor, number, value, kind, unit, subject=None, period=None, **kw):
    d = {"anchor": anchor, "number": number, "value": value, "kind": kind, "unit": unit}
    if subject:
        d["subject"] = subject
    if period:
        d["period"] = period
    for k in list(kw):
        if k not in ORDER:
            raise KeyError(k)
        d[k] = kw.pop(k)
    return {k: d[k] for k in ORDER if k in d}


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_v(x)}" for k, x in v.items()) + " }"
    return repr(v)


def _num(s):
    s = s.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    raise ValueError(s)


def emit(name, text, comments, figures, published=None, location=None):
    text = unicodedata.normalize("NFC", text)
    n = len(text)
    problems = []
    if not 1200 <= n <= 1800:
        problems.append(f"length {n} outside 1200-1800")
    for f in figures:
        a = f["anchor"] = unicodedata.normalize("NFC", f["anchor"])
        c = text.count(a)
        if c != 1:
            problems.append(f"anchor occurs {c}x: {a!r}")
        if not re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", a):
            problems.append(f"number {f['number']!r} not whole in anchor {a!r}")
        base = _num(f["number"])
        ratio = f["value"] / base if base else 1
        if not any(abs(ratio - m) <= 1e-9 * m for m in (1, 1e3, 1e4, 1e6, 1e9, 1e12)):
            problems.append(f"value/number ratio {ratio}: {a!r}")
    (ROOT / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = [f"# {c}" for c in comments]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f"location = {_q(location)}")
    for f in figures:
        out += ["", "[[figures]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
    (ROOT / "gold" / f"{name}.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    req = sum(1 for f in figures if not f.get("optional"))
    inhn = sum(1 for f in figures if f.get("period", {}).get("inherited"))
    print(f"{name}: {n} chars, {len(figures)} figures ({req} required, {inhn} inherited periods)")
    for p in problems:
        print("  PROBLEM", p)
    return not problems


def cell_anchor(text, line_prefix, index, sep=" | "):
    """Anchor for the index-th numeric cell of the table line starting with line_prefix:
    the cell itself, extended to the right until it occurs once in the text."""
    import unicodedata as _u
    text = _u.normalize("NFC", text)
    line_start = text.index("\n" + line_prefix) + 1
    line_end = text.index("\n", line_start)
    line = text[line_start:line_end]
    cells = line.split(sep)
    pos = line_start + len(sep.join(cells[:index + 1]))
    cell = cells[index + 1]
    n = line_end - pos  # from the separator before the cell to the end of its line
    while text.count(text[pos:pos + n]) != 1:
        n += 1
    return text[pos:pos + n], cell
