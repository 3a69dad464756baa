"""Vietnamese word segmentation, loaded lazily.

underthesea segments well but costs about half a second to import and runs at
about 0.2 MB/s, so it is only ever called on the few words after a number
whose unit the lexicon in ``patterns/units.toml`` does not know, and only
imported the first time that happens.
"""
from __future__ import annotations

import functools

import regex

_tokenize = None


def _load():
    global _tokenize
    if _tokenize is None:
        from underthesea import word_tokenize  # noqa: PLC0415 - deliberately lazy
        _tokenize = word_tokenize
    return _tokenize


def loaded() -> bool:
    """Whether underthesea is imported here already (by :func:`words` or :func:`preload`)."""
    return _tokenize is not None


def preload() -> None:
    """Import underthesea and load its model now (one call loads the CRF model), so that processes
    forked after this share it instead of each loading its own (about a second and 90 MB each)."""
    _load()("hồ sơ")


@functools.lru_cache(maxsize=4096)
def words(phrase: str) -> tuple[str, ...]:
    """The words of a short phrase, multi-syllable words kept whole.

    >>> words("hồ sơ trực tuyến")
    ('hồ sơ', 'trực tuyến')
    """
    phrase = phrase.strip()
    if not phrase:
        return ()
    try:
        out = _load()(phrase)
    except Exception:  # segmentation is a help, never a reason to fail: fall back to syllables
        out = phrase.split()
    # underthesea may glue a number to the next word ("3.678 cuộc"); keep words only
    return tuple(w for w in out if regex.match(r"\p{L}", w))
