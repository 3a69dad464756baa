"""The extraction pipeline: normalise → find numbers → build figures → attach context → validate.

Pure functions over text; no I/O here (reading files is in :mod:`dtextract.reader`).
"""
from __future__ import annotations

import bisect

from . import context, figures, tables as _tables
from .models import Change, Document, Figure, Target
from .normalise import nfc, scan_view, sentence_spans
from .patterns import PatternSet, load


def extract(text: str, *, published: str | None = None, source: str = "-",
            patterns: PatternSet | None = None, tables: list[_tables.Table] | None = None) -> Document:
    """Every statistical figure of ``text`` as validated records.

    ``text`` is normalised to NFC (CRLF → LF) first; offsets refer to that
    normalised text. ``published`` (ISO date) is the article's reference date;
    when None, the article's own dateline is used if it states one.
    ``tables`` are the tables a reader found (offsets into ``text``); when None,
    tables written as text are detected (:func:`dtextract.tables.find_tables`).
    Numbers inside a table's cells become figures through :mod:`dtextract.tables`.
    """
    patterns = patterns or load()
    text = nfc(text)
    scan = scan_view(text)
    sentences = sentence_spans(scan)
    ctx = context.Context.of(text, scan, sentences, published=published, patterns=patterns)
    if tables is None:
        tables = _tables.find_tables(text, patterns=patterns)
    table_figs: list[Figure] = []
    spans: list[tuple[int, int]] = []
    if tables:
        table_figs, spans = _table_figures(text, tables, ctx, patterns)
    # the prose rules do not see the numbers of the tables' cells
    drafts = figures.build(text, _blanked(scan, spans) if spans else scan, sentences, patterns)
    if spans:
        starts = [s for s, _ in spans]
        drafts = [d for d in drafts if not _inside(spans, starts, d.start)]
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
    if table_figs:
        out = sorted(out + table_figs, key=lambda f: (f.start, f.end))
    return Document(source=source, published=ctx.published, figures=out)


def _blanked(scan: str, spans: list[tuple[int, int]]) -> str:
    """``scan`` with the characters of ``spans`` (sorted, not overlapping) made spaces, same length."""
    pieces, done = [], 0
    for s, e in spans:
        s = max(s, done)
        if e <= s:
            continue
        pieces.append(scan[done:s])
        pieces.append(" " * (e - s))
        done = e
    pieces.append(scan[done:])
    return "".join(pieces)


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _table_figures(text: str, tables: list[_tables.Table], ctx: context.Context,
                   patterns: PatternSet) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The figures of the tables' cells (the article's place where a table names none), and the spans
    of the cells whose numbers are the tables' (the prose rules skip them)."""
    out, spans = [], []
    for t in tables:
        kws = _tables.figures_of(t, text, published=ctx.published, patterns=patterns,
                                 location=getattr(ctx, "main_place", None))
        spans += _tables.claimed(t, kws)
        for kw in kws:
            fig = Figure(**kw)
            fig.check_span(text)
            out.append(fig)
    return out, sorted(spans)
