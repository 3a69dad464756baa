"""Why each record is what it is: the structure the extractor saw, the rule behind each field of each
figure, and the rule that dropped each number that is not a figure (``dtextract explain FILE``).

It is a printout of what :func:`dtextract.pipeline.extract` records while it runs (its ``trace``), not a
second implementation, so what it says is what happened.

>>> e = explain("Tỉnh tiếp nhận 1.200 hồ sơ, tăng 5% so với năm 2022.", published="2023-07-15")
>>> [(f.figure.text, f.why["change"]) for f in e.figures]
[('1.200 hồ sơ', 'cues.toml [change]')]
>>> for written, reason in e.dropped:
...     print(written, "|", reason)
5 | an attribute of the figure '1.200 hồ sơ': change (cues.toml [change])
2022 | nonfigures.toml [periods]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import pipeline
from .models import Document, Figure
from .patterns import PatternSet
from .structure import Structure

#: The fields of a record, in the order the explanation lists them.
FIELDS = ("kind", "unit", "approx", "total", "percent", "change", "target", "status", "subject", "period", "location")


@dataclass
class FigureWhy:
    figure: Figure
    why: dict[str, str] = field(default_factory=dict)


@dataclass
class Explanation:
    document: Document
    structure: Structure
    figures: list[FigureWhy]
    dropped: list[tuple[str, str]]          # (the number as written, why it is not a figure)


def explain(text: str, *, published: str | None = None, source: str = "-",
            patterns: PatternSet | None = None) -> Explanation:
    """Extract ``text`` and keep, for each figure, the rule behind each field, and for each number left
    out, the reason."""
    trace: dict = {}
    doc = pipeline.extract(text, published=published, source=source, patterns=patterns, trace=trace)
    structure: Structure = trace["structure"]
    by_start = {d.start: d for d in trace["drafts"]}
    figures = [FigureWhy(f, dict(by_start[f.start].why) if f.start in by_start else {}) for f in doc.figures]
    dropped = [(structure.text[n.start:n.end], reason) for n, reason in trace["dropped"]]
    return Explanation(doc, structure, figures, dropped)


def _value(f: Figure, name: str) -> str:
    v = getattr(f, name)
    if v is None:
        return "-"
    if name == "change":
        sign = "+" if v.direction == "increase" else "-"
        return f"{sign}{_number(v.value)} {v.unit}" + (f" (so với {v.baseline})" if v.baseline else "")
    if name == "target":
        return f"{_number(v.value)} {v.unit}" + ("" if v.met is None else " (met)" if v.met else " (not met)")
    if name == "period":
        return f"{v.text} → {v.start or '…'}..{v.end or '…'}" + (" (inferred)" if v.inferred else "")
    if isinstance(v, float):
        return _number(v)
    return str(v)


def _number(v: float) -> str:
    """A value as written in full, never in scientific notation: 325565000000000, 68.36."""
    return str(int(v)) if v == int(v) and abs(v) < 1e18 else f"{v:.12g}"


def render(e: Explanation) -> str:
    """The explanation as plain text, one figure a block."""
    s = e.structure
    lines = [f"{e.document.source}: published {e.document.published or 'not stated'}; "
             f"{len(s.paragraphs)} paragraphs, {len(s.sentences)} sentences, {len(s.brackets)} brackets; "
             f"{len(e.figures)} figures, {len(e.dropped)} numbers left out", ""]
    for k, fw in enumerate(e.figures, 1):
        f = fw.figure
        lines.append(f"{k}. {f.text!r} [{f.start}:{f.end}]  value {_number(f.value)}"
                     + (f"..{_number(f.value_max)}" if f.value_max is not None else ""))
        sentence = " ".join(f.sentence.split())
        lines.append(f"   in: {sentence[:160]}{'…' if len(sentence) > 160 else ''}")
        for name in FIELDS:
            value = _value(f, name)
            why = fw.why.get(name)
            if value in ("-", "exact", "actual") and not why:
                continue
            lines.append(f"   {name:<9}{value}" + (f"   ← {why}" if why else ""))
        lines.append(f"   {'rule':<9}{f.rule}")
        lines.append("")
    if e.dropped:
        lines.append("Numbers that are not figures:")
        for written, reason in e.dropped:
            lines.append(f"   {written!r}: {reason}")
    return "\n".join(lines) + "\n"
