"""The library functions that the command line is a thin layer over.

>>> from dtextract.api import parse_text
>>> doc = parse_text("Năm 2023, tỉnh tiếp nhận 108.077 hồ sơ.", published="2023-07-15")
>>> doc.source, doc.published
('-', '2023-07-15')
"""
from __future__ import annotations

import datetime as _dt
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import patterns as _patterns
from . import formats, pipeline, reader
from .errors import DtextractError
from .models import Document
from .patterns import PatternSet

__all__ = ["parse_file", "parse_text", "check_published", "load_patterns", "check_patterns",
           "PatternSummary", "document_schema", "merge_inputs", "MergeRun", "STDIN"]

#: The path that means standard input.
STDIN = "-"

#: What a ``patterns`` argument may be: a loaded set, or user folders to layer over the built-in rules.
Patterns = PatternSet | Sequence[str | Path] | None

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_published(value: str | _dt.date | None) -> str | None:
    """``value`` as an ISO date string ``YYYY-MM-DD`` (None stays None).

    Raises ValueError for anything else.

    >>> check_published("2023-07-15")
    '2023-07-15'
    >>> check_published(_dt.date(2022, 8, 1))
    '2022-08-01'
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError(f"published date must be YYYY-MM-DD, not {value!r}")
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None


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
               patterns: Patterns = None) -> Document:
    """Every figure of ``text``.

    Offsets refer to the normal form of :func:`dtextract.reader.normalize`
    (CRLF and CR → LF, NFC); pass text in that form to index it directly.
    ``published`` (ISO date) is the article's reference date; ``patterns`` is a
    loaded set or a list of user pattern folders layered over the built-in rules.
    """
    return pipeline.extract(text, published=check_published(published), source=source,
                            patterns=load_patterns(patterns))


def parse_file(path: str | Path, *, published: str | _dt.date | None = None,
               patterns: Patterns = None) -> Document:
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
    :class:`~dtextract.errors.PatternError` for bad pattern folders.
    """
    published = check_published(published)
    pattern_set = load_patterns(patterns)  # fail on bad configuration before reading
    decoded = reader.read_stdin() if str(path) == STDIN else formats.read(path)
    if decoded.guessed:
        where = reader.STDIN_NAME if str(path) == STDIN else str(path)
        warnings.warn(f"{where}: not UTF-8; assumed encoding {decoded.encoding}",
                      reader.EncodingGuessWarning, stacklevel=2)
    return pipeline.extract(decoded.text, published=published, source=str(path), patterns=pattern_set)


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
