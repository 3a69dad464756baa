"""The library functions that the command line is a thin layer over.

>>> from dtextract.api import parse_text
>>> doc = parse_text("Năm 2023, tỉnh tiếp nhận 108.077 hồ sơ.", published="2023-07-15")
>>> doc.source, doc.published
('-', '2023-07-15')
"""
from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import patterns as _patterns
from . import formats, pipeline, reader
from .errors import DtextractError
from .models import Document, Figure, iso_date
from .patterns import PatternSet

__all__ = ["parse_file", "parse_text", "read", "file_text", "explain_file", "FigureFilter", "check_published",
           "check_location", "load_patterns", "check_patterns", "PatternSummary", "document_schema",
           "merge_inputs", "MergeRun", "STDIN"]

#: The path that means standard input.
STDIN = "-"

#: What a ``patterns`` argument may be: a loaded set, or user folders to layer over the built-in rules.
Patterns = PatternSet | Sequence[str | Path] | None

def check_published(value: str | _dt.date | None) -> str | None:
    """``value`` (a date, a datetime or ISO text) as an ISO date string ``YYYY-MM-DD`` (None stays None).

    Raises ValueError for text that is no ISO date, TypeError for another type.

    >>> check_published("2023-07-15")
    '2023-07-15'
    >>> check_published(_dt.date(2022, 8, 1))
    '2022-08-01'
    """
    return iso_date(value)


def check_location(value: str | None, *, patterns: Patterns = None) -> str | None:
    """``value`` as the gazetteer names it: a province, city or district (None stays None).

    Raises ValueError naming the value when the gazetteer does not know it.

    >>> check_location("thanh hoá"), check_location("TP Đà Lạt"), check_location("toàn quốc")
    ('Thanh Hóa', 'Đà Lạt', 'Việt Nam')
    """
    if value is None:
        return None
    from . import places
    found = places.canonical(value, patterns=load_patterns(patterns) if patterns is not None else None,
                             districts=True) if value.strip() else None
    if found is None:
        raise ValueError(f"unknown place {value!r}: not a province, city or district of the gazetteer "
                         f"(patterns/places.toml, patterns/districts.toml)")
    return found


def load_patterns(patterns: Patterns = None) -> PatternSet:
    """A :class:`~dtextract.patterns.PatternSet` from what a ``patterns`` argument may be.

    The regexes of user folders are checked here, as ``dtextract patterns
    check`` checks them (:meth:`~dtextract.patterns.PatternSet.validate`): a
    bad folder raises :class:`~dtextract.errors.PatternError` before any
    article is read.
    """
    if not isinstance(patterns, PatternSet):
        if isinstance(patterns, (str, Path)):
            patterns = [patterns]
        patterns = _patterns.load(tuple(patterns or ()))
    patterns.validate()
    return patterns


def parse_text(text: str, *, published: str | _dt.date | None = None, source: str = STDIN,
               patterns: Patterns = None, location: str | None = None) -> Document:
    """Every figure of ``text``.

    Offsets refer to the normal form of :func:`dtextract.reader.normalize`
    (CRLF and CR → LF, NFC); pass text in that form to index it directly.
    ``published`` (ISO date) is the article's reference date; ``patterns`` is a
    loaded set or a list of user pattern folders layered over the built-in rules.
    ``location`` (a place of the gazetteer) is the place of figures in an
    article that names or implies none.
    """
    pattern_set = load_patterns(patterns)
    return pipeline.extract(text, published=check_published(published), source=source,
                            patterns=pattern_set, default_location=check_location(location, patterns=pattern_set))


def parse_file(path: str | Path, *, published: str | _dt.date | None = None,
               patterns: Patterns = None, location: str | None = None) -> Document:
    """Read the article at ``path`` (``"-"``: standard input; a file named ``-`` is ``./-``) and return its figures.

    The suffix decides how the file is read (:mod:`dtextract.formats`):
    ``.html``/``.htm`` → the page's main text, ``.docx`` and ``.pdf`` → their
    text, anything else (and standard input) → the text reader. Offsets refer
    to that text, as :func:`dtextract.formats.read` returns it.

    The document's ``source`` is ``path`` as given. When the encoding had to be
    guessed, an :class:`~dtextract.reader.EncodingGuessWarning` names it.
    Raises :class:`~dtextract.errors.InputError` for input that cannot be read
    as its format, :class:`~dtextract.errors.MissingExtraError` when the
    optional package a format needs is not installed,
    :class:`~dtextract.errors.PatternError` for bad pattern folders, ValueError
    for a ``location`` the gazetteer does not know.
    """
    published = check_published(published)
    pattern_set = load_patterns(patterns)  # fail on bad configuration before reading
    location = check_location(location, patterns=pattern_set)
    decoded = _decoded(path)
    tables = list(getattr(decoded, "tables", None) or ()) or None  # the container's own tables, else found in the text
    return pipeline.extract(decoded.text, published=published, source=str(path), patterns=pattern_set,
                            tables=tables, default_location=location)


def read(path: str | Path) -> str:
    """The text of the article at ``path`` as :func:`parse_file` reads it (``"-"``: standard input).

    The suffix decides how (``.html``/``.htm`` the page's main text, ``.docx``,
    ``.pdf``, anything else the text reader with its encoding detection); the
    text is in the normal form the figures' offsets refer to, so
    ``text[f.start:f.end] == f.text`` for every figure of ``parse_file(path)``.
    Raises :class:`~dtextract.errors.InputError` or
    :class:`~dtextract.errors.MissingExtraError` as :func:`parse_file` does.
    """
    return _decoded(path).text


#: ``dtextract text FILE``: the text a figure's ``start``/``end`` index (tables one row per line, cells
#: separated by tabs) is what :func:`read` returns.
file_text = read


def _decoded(path: str | Path):
    """The file at ``path`` read as its suffix says (:func:`dtextract.formats.read`), warning when the
    encoding had to be guessed."""
    if not isinstance(path, (str, Path)):
        raise TypeError(f"path must be a str or pathlib.Path, not {type(path).__name__}")
    decoded = reader.read_stdin() if str(path) == STDIN else formats.read(path)
    if decoded.guessed:
        where = reader.STDIN_NAME if str(path) == STDIN else str(path)
        warnings.warn(f"{where}: not UTF-8; assumed encoding {decoded.encoding}",
                      reader.EncodingGuessWarning, stacklevel=3)
    return decoded


@dataclass(frozen=True)
class FigureFilter:
    """Which figures to keep (``parse``/``batch`` ``--kind``, ``--status``, ``--filter-location``, ``--grep``).

    Each given criterion must hold: the kind is one of ``kinds``, the status
    one of ``statuses``, the location one of ``locations`` (ignoring case),
    and ``grep`` occurs in the subject or the sentence (ignoring case). An
    empty filter keeps every figure. It is a plain value, so batch workers
    can take it.

    >>> f = FigureFilter(kinds=("percent",))
    >>> [x.kind for x in f(parse_text("Tỉnh có 120 xã. Tỷ lệ hộ nghèo là 3,5%.")).figures]
    ['percent']
    """

    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    grep: str | None = None

    def __bool__(self) -> bool:
        return bool(self.kinds or self.statuses or self.locations or self.grep)

    def keep(self, figure: Figure) -> bool:
        if self.kinds and figure.kind not in self.kinds:
            return False
        if self.statuses and figure.status not in self.statuses:
            return False
        if self.locations and _fold(figure.location or "") not in {_fold(x) for x in self.locations}:
            return False
        if self.grep:
            needle = _fold(self.grep)
            return needle in _fold(figure.subject or "") or needle in _fold(figure.sentence)
        return True

    def __call__(self, doc: Document) -> Document:
        """``doc`` with only the figures this filter keeps."""
        if not self:
            return doc
        return doc.model_copy(update={"figures": [f for f in doc.figures if self.keep(f)]})


def _fold(text: str) -> str:
    return reader.normalize(text).casefold()


@dataclass(frozen=True)
class PatternSummary:
    """What :func:`check_patterns` found: counts over the merged pattern set, and failing examples."""

    folders: tuple[Path, ...]
    files: int
    entries: int
    examples: int
    negative_examples: int
    regexes: int
    examples_checked: bool
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _example_problems(pattern_set: PatternSet) -> list[str]:
    """Every example that its entry does not honour, as one-line messages (see :mod:`dtextract.rulecheck`)."""
    from . import rulecheck  # runs the extractor: imported only when examples are checked

    problems: list[str] = []
    for stem, name, example, positive in pattern_set.examples():
        try:
            rulecheck.check(pattern_set, stem, name, example, positive)
        except AssertionError as exc:
            message = " ".join(str(exc).split()) or f"{example!r} fails"
            problems.append(message if f"{stem}.toml" in message else f"{stem}.toml: {message}")
        except DtextractError:
            raise
        except Exception as exc:  # a checker that cannot even run this example: report it with the entry
            problems.append(f"{stem}.toml [{name}]: checking {example!r} raised {type(exc).__name__}: {exc}")
    return problems


def check_patterns(dirs: Sequence[str | Path] = (), *, examples: bool = True) -> PatternSummary:
    """Load the built-in patterns with ``dirs`` layered over them, compile every regex, check every example.

    Every entry's ``pattern``, ``*_pattern`` and ``patterns`` values are
    compiled, and those of user folders probed for catastrophic backtracking,
    by :meth:`~dtextract.patterns.PatternSet.validate`, the same check
    ``dtextract parse`` runs; a file, entry or regex that is wrong raises
    :class:`~dtextract.errors.PatternError` naming the file and entry. With
    ``examples`` (the default) every positive and
    negative example is then run through its file's checker in
    :mod:`dtextract.rulecheck`; those that fail are listed in
    :attr:`PatternSummary.problems`.
    """
    pattern_set = _patterns.load(tuple(dirs))
    files = sum(1 for layer in pattern_set.layers for p in layer.glob("*.toml") if not p.name.startswith("."))
    regexes = pattern_set.validate(builtin=True)  # the check `parse` runs too (load_patterns), and the built-ins
    entries = sum(len(pattern_set.raw(stem)) for stem in pattern_set.stems)
    positive = negative = 0
    for _stem, _name, _example, is_positive in pattern_set.examples():
        if is_positive:
            positive += 1
        else:
            negative += 1
    problems = tuple(_example_problems(pattern_set)) if examples else ()
    return PatternSummary(tuple(pattern_set.layers), files, entries, positive, negative, regexes,
                          examples, problems)


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the document ``dtextract parse --format json`` prints."""
    schema = Document.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def explain_file(path: str | Path, *, published: str | _dt.date | None = None, patterns: Patterns = None):
    """Read the article at ``path`` as :func:`parse_file` does and explain its records: the structure seen, the
    rule behind each field of each figure, the reason each other number is left out
    (:class:`dtextract.explain.Explanation`)."""
    from . import explain as _explain

    published = check_published(published)
    pattern_set = load_patterns(patterns)  # fail on bad configuration before reading
    return _explain.explain(read(path), published=published, source=str(path), patterns=pattern_set)


#: Suffixes of the record files that ``merge`` reads as they are (the others are articles to extract first).
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".parquet")


@dataclass
class MergeRun:
    """What :func:`merge_inputs` did: the merged facts, how many records, and the article files that failed."""

    merged: Any
    records: int
    articles: int
    failed: list[tuple[str, str]]


def merge_inputs(inputs: Sequence[str | Path], *, include: Sequence[str] | None = None,
                 exclude: Sequence[str] = (), jobs: int | None = None, published: str | None = None,
                 patterns: Patterns = None, explain: bool = False) -> MergeRun:
    """Merge the figures of ``inputs`` into facts (:func:`dtextract.merge.merge`).

    An input ending in ``.jsonl``/``.ndjson`` is read as the records that
    ``dtextract batch`` (or :mod:`dtextract.dask`) wrote, one ending in
    ``.parquet`` as their Parquet; any other input (a folder, an article) is
    extracted first as ``dtextract batch`` would (:func:`dtextract.batch.find_files`,
    ``include``/``exclude``/``jobs``/``published``/``patterns`` as there). An
    article that cannot be read is listed in :attr:`MergeRun.failed` and the
    rest are merged; a record file that cannot be read raises
    :class:`~dtextract.errors.InputError` naming it.
    """
    from . import batch
    from . import merge as merge_lib

    pattern_set = load_patterns(patterns)
    record_files = [Path(p) for p in inputs if Path(p).suffix.lower() in RECORD_SUFFIXES and not Path(p).is_dir()]
    article_inputs = [str(p) for p in inputs if not (Path(p).suffix.lower() in RECORD_SUFFIXES
                                                     and not Path(p).is_dir())]
    frames = [merge_lib.read_records(p) for p in record_files]
    failed: list[tuple[str, str]] = []
    articles = 0
    if article_inputs:
        files = batch.find_files(article_inputs, include=include or batch.DEFAULT_INCLUDE, exclude=exclude)
        docs = []
        for result in batch.iter_results(files, jobs=jobs, published=published, patterns=pattern_set):
            articles += 1
            if result.document is None:
                failed.append((result.path, result.error or "failed"))
            else:
                docs.append(result.document)
        frames.append(merge_lib.documents_frame(docs))
    pl = merge_lib._pl()
    frame = pl.concat(frames, how="vertical") if frames else merge_lib.records_frame([])
    return MergeRun(merge_lib.merge(frame, patterns=pattern_set, explain=explain), frame.height, articles, failed)
