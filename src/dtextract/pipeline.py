"""The extraction pipeline: normalise → find numbers → build figures → attach context → validate.

Pure functions over text; no I/O here (reading files is in :mod:`dtextract.reader`).
"""
from __future__ import annotations

from . import context, figures
import datetime as _dt

from .models import Change, Document, Figure, Target, iso_date
from .normalise import nfc, scan_view, sentence_spans
from .patterns import PatternSet, load


def extract(text: str, *, published: str | _dt.date | None = None, source: str = "-",
            patterns: PatternSet | None = None, trace: dict | None = None) -> Document:
    """Every statistical figure of ``text`` as validated records.

    ``text`` is normalised to NFC (CRLF → LF) first; offsets refer to that
    normalised text. ``published`` (a :class:`datetime.date`, a
    :class:`datetime.datetime` or an ISO string ``YYYY-MM-DD``) is the
    article's reference date; when None, the article's own dateline is used
    if it states one. TypeError when ``text`` is not a str (bytes: decode
    them, or read the file with :func:`dtextract.read`) or ``published`` is
    of another type; ValueError when ``published`` is no real date.

    With ``trace`` (a dict), what the pipeline saw is left in it for :mod:`dtextract.explain`:
    ``structure``, ``drafts`` (each with ``why``: field -> the rule that set it, in figure order)
    and ``dropped`` (each number that is not a figure, with the reason).
    """
    if not isinstance(text, str):
        hint = " (decode the bytes first, or read the file with dtextract.read(path))" \
            if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"text must be str, not {type(text).__name__}{hint}")
    if not isinstance(source, str):
        raise TypeError(f"source must be str, not {type(source).__name__}")
    if patterns is not None and not isinstance(patterns, PatternSet):
        raise TypeError(f"patterns must be a PatternSet (dtextract.api.load_patterns(folders) makes one), "
                        f"not {type(patterns).__name__}")
    published = iso_date(published)
    patterns = patterns or load()
    text = nfc(text)
    scan = scan_view(text)
    sentences = sentence_spans(scan)
    dropped: list | None = [] if trace is not None else None
    drafts = figures.build(text, scan, sentences, patterns, dropped=dropped)
    ctx = context.Context.of(text, scan, sentences, published=published, patterns=patterns)
    if trace is not None:
        trace.update(structure=ctx.structure, drafts=drafts, dropped=dropped)
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
