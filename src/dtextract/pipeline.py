"""The extraction pipeline: normalise → find numbers → build figures → attach context → validate.

Pure functions over text; no I/O here (reading files is in :mod:`dtextract.reader`).
"""
from __future__ import annotations

from . import context, figures
from .models import Change, Document, Figure, Target
from .normalise import nfc, scan_view, sentence_spans
from .patterns import PatternSet, load


def extract(text: str, *, published: str | None = None, source: str = "-",
            patterns: PatternSet | None = None, default_location: str | None = None) -> Document:
    """Every statistical figure of ``text`` as validated records.

    ``text`` is normalised to NFC (CRLF → LF) first; offsets refer to that
    normalised text. ``published`` (ISO date) is the article's reference date;
    when None, the article's own dateline is used if it states one.
    ``default_location`` (a canonical place name) is the place of figures in an
    article that names or implies none.
    """
    patterns = patterns or load()
    text = nfc(text)
    scan = scan_view(text)
    sentences = sentence_spans(scan)
    drafts = figures.build(text, scan, sentences, patterns)
    ctx = context.Context.of(text, scan, sentences, published=published, patterns=patterns,
                             default_location=default_location)
    out = []
    sentence_text: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its figures
    for d in drafts:
        span = figures._sentence_of(sentences, d.start)
        if span not in sentence_text:
            sentence_text[span] = text[span[0]:span[1]]
        context_fields = ctx.attach(d)  # first: it resolves the change's baseline period into d.change
        fig = Figure(
            text=text[d.start:d.end], start=d.start, end=d.end, sentence=sentence_text[span], kind=d.kind,
            value=d.value, value_max=d.value_max, unit=d.unit, approx=d.approx, total=d.total,
            percent=d.percent, change=Change(**d.change) if d.change else None,
            target=Target(**d.target) if d.target else None, status=d.status,
            rule=d.rule, **context_fields,
        )
        fig.check_span(text)
        out.append(fig)
    return Document(source=source, published=ctx.published, figures=out)
