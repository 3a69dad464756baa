"""The extraction pipeline: normalise → structure → find numbers → build figures → attach context → validate.

Pure functions over text; no I/O here (reading files is in :mod:`dtextract.reader`).
"""
from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import gc
from collections.abc import Iterator

from . import context, figures, lazyre, tables as _tables
from .models import Change, Document, Figure, Target, iso_date
from .normalise import nfc, scan_view, sentence_spans
from .patterns import PatternSet, load

#: A text longer than this is read block by block (see :func:`blocks`), so that the intermediate data
#: (scan view, sentences, candidates, period and place mentions) of only one block is alive at a time.
BLOCK_CHARS = 200_000


def blocks(text: str, size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive blocks of ``text`` of about ``size`` characters, cut at blank lines
    (else at line ends); a text without either within ``2 * size`` of a cut stays whole there.

    >>> blocks("aa\\n\\nbb\\n\\ncc", 2)
    [(0, 4), (4, 8), (8, 10)]
    >>> blocks("aa\\nbb\\n\\ncc", 2)
    [(0, 3), (3, 7), (7, 9)]
    >>> blocks("abcdef", 2)
    [(0, 6)]
    """
    out, start, n = [], 0, len(text)
    while n - start > size:
        cut = -1
        for sep in ("\n\n", "\n"):
            at = text.find(sep, start + size, start + 2 * size + len(sep))
            if at >= 0:
                cut = at + len(sep)
                break
        if cut < 0 or cut >= n:
            break
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def extract(text: str, *, published: str | _dt.date | None = None, source: str = "-",
            patterns: PatternSet | None = None, tables: list[_tables.Table] | None = None,
            default_location: str | None = None, trace: dict | None = None) -> Document:
    """Every statistical figure of ``text`` as validated records.

    ``text`` is normalised to NFC (CRLF → LF) first; offsets refer to that
    normalised text. ``published`` (a :class:`datetime.date`, a
    :class:`datetime.datetime` or an ISO string ``YYYY-MM-DD``) is the
    article's reference date; when None, the article's own dateline is used
    if it states one. TypeError when ``text`` is not a str (bytes: decode
    them, or read the file with :func:`dtextract.read`) or ``published`` is
    of another type; ValueError when ``published`` is no real date.

    ``default_location`` (a canonical place name) is the place of figures in an
    article that names or implies none.

    ``tables`` are the tables a reader found (offsets into ``text``); when None,
    tables written as text are detected (:func:`dtextract.tables.find_tables`).
    Numbers inside a table's cells become figures through :mod:`dtextract.tables`;
    the prose rules do not see them.

    A text longer than ``2 * BLOCK_CHARS`` is read block by block (cut at
    blank lines): its published date and main place come from the first block
    (where the dateline and the lead are), the rest from each block itself.

    With ``trace`` (a dict), what the pipeline saw is left in it for :mod:`dtextract.explain`
    (the text is then read whole): ``structure``, ``drafts`` (each with ``why``: field -> the rule that
    set it, in figure order) and ``dropped`` (each number that is not a figure, with the reason).
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
    with _cyclic_gc_paused():
        return _extract(text, published=published, source=source, patterns=patterns, tables=tables,
                        default_location=default_location, trace=trace)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector held off while one text is read, then let run as before.

    Extraction keeps one record and a few small objects per figure alive until the end and makes no
    garbage cycles to speak of; on a text of many figures the collector would otherwise go over all of
    them again and again (some 7% of the time of 100 000 figures on one line, and growing with the text).
    Reference counting still frees everything else at once. A collector disabled by the caller stays so."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract(text: str, *, published: str | None, source: str, patterns: PatternSet,
             tables: list[_tables.Table] | None, default_location: str | None, trace: dict | None) -> Document:
    text = nfc(text)
    if tables is None:
        tables = _tables.find_tables(text, patterns=patterns)
    spans = blocks(text) if len(text) > 2 * BLOCK_CHARS and trace is None else [(0, len(text))]
    out: list[Figure] = []
    claimed: list[tuple[int, int]] = []     # the cells whose numbers the tables read (article offsets)
    main_place: str | None = None
    for k, (a, b) in enumerate(spans):
        ctx = _extract_block(text, a, b, out, published=published, main_place=main_place, first=k == 0,
                             patterns=patterns, trace=trace, tables=tables if k == 0 else (), claimed=claimed,
                             default_location=default_location)
        if k == 0:
            published, main_place = ctx.published, ctx.main_place
        del ctx  # the block's data is released before the next block
    if tables:
        out.sort(key=lambda f: (f.start, f.end))
    return Document(source=source, published=published, figures=out)


def _extract_block(article: str, offset: int, end: int, out: list[Figure], *, published: str | None,
                   main_place: str | None, first: bool, patterns: PatternSet, trace: dict | None = None,
                   tables: list[_tables.Table] = (), claimed: list[tuple[int, int]] | None = None,
                   default_location: str | None = None) -> context.Context:
    """Append the figures of ``article[offset:end]`` to ``out``, their offsets the article's; its context.

    The figures of ``tables`` (article offsets) are appended too, and the spans of the cells they read
    added to ``claimed``: the prose rules of this block and the next ones do not see those numbers."""
    text = article if (offset, end) == (0, len(article)) else article[offset:end]
    scan = scan_view(text)
    sentences = sentence_spans(scan)
    ctx = context.Context.of(text, scan, sentences, published=published, patterns=patterns,
                             default_location=default_location)
    if not first:
        ctx.main_place = main_place  # the article's, found in its first block
    claimed = [] if claimed is None else claimed
    for t in tables:
        at = t.start - offset
        district = ctx.district_spoken_of(at) if 0 <= at <= len(text) else None
        kws = _tables.figures_of(t, article, published=ctx.published, patterns=patterns, location=ctx.main_place,
                                 commune_location=district)
        claimed.extend(_tables.claimed(t, kws))
        for kw in kws:
            fig = Figure(**kw)
            fig.check_span(article)
            out.append(fig)
    claimed.sort()
    local = [(max(s, offset) - offset, min(e, end) - offset) for s, e in claimed if s < end and e > offset]
    dropped: list | None = [] if trace is not None else None
    drafts = figures.build(text, _blanked(scan, local) if local else scan, sentences, patterns, dropped=dropped)
    if local:
        starts = [s for s, _ in local]
        drafts = [d for d in drafts if not _inside(local, starts, d.start)]
    if trace is not None:
        trace.update(structure=ctx.structure, drafts=drafts, dropped=dropped)
    sentence_text: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its figures
    run: tuple[figures.Draft, dict, tuple[str, str]] | None = None   # the last figure, its fields and statuses
    first_new = len(out)
    for d in drafts:
        span = figures._sentence_of(sentences, d.start)
        if span not in sentence_text:
            sentence_text[span] = text[span[0]:span[1]]
        context_fields = ctx.attach_as(d, *run) if run is not None else None   # (a run of bare figures: once)
        if context_fields is None:
            status = d.status
            context_fields = ctx.attach(d)  # first: it resolves the change's baseline period into d.change
            run = (d, context_fields, (status, d.status))
        else:
            run = (d, run[1], run[2])
        fig = Figure(
            text=text[d.start:d.end], start=d.start + offset, end=d.end + offset, sentence=sentence_text[span],
            kind=d.kind, value=d.value, value_max=d.value_max, unit=d.unit, approx=d.approx, total=d.total,
            percent=d.percent, change=Change(**d.change) if d.change else None,
            target=Target(**d.target) if d.target else None, status=d.status,
            rule=d.rule, **context_fields,
        )
        fig.check_span(article)
        out.append(fig)
    _share_the_last_items_noun(out, first_new, article)
    return ctx


#: between two values of a list said in one unit: `12,5 km, 9,8 km và 7,2 km`
_VALUE_JOIN = lazyre.compile(r"[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*")


def _share_the_last_items_noun(out: list[Figure], first: int, article: str) -> None:
    """`các huyện Bảo Lâm, Di Linh và Lâm Hà lần lượt bê tông hóa 12,5 km, 9,8 km và 7,2 km đường giao thông nông
    thôn`: values listed in one unit, the noun said once after the last, all measure it; a value whose subject is
    only its unit takes the subject of the one after it (from ``out[first:]``, the figures of one block)."""
    for k in range(len(out) - 2, first - 1, -1):
        a, b = out[k], out[k + 1]
        if (a.subject is not None and a.subject.lower() != a.unit.lower()) or a.unit.lower() not in a.text.lower():
            continue    # (a bare number borrows its unit from the last, `14.250, 7.830 và 6.120 đơn vị máu`, and
            #             its own words, if any, say what it is)
        if b.subject and b.subject.lower() != b.unit.lower() and a.kind == b.kind and a.unit == b.unit and \
                a.sentence == b.sentence and _VALUE_JOIN.fullmatch(article, a.end, b.start) is not None:
            a.subject = b.subject


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
