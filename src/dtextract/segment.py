"""Vietnamese word segmentation, loaded lazily.

underthesea segments well but costs about half a second to import and runs at
about 0.2 MB/s, so it is only ever called on the few words after a number
whose unit the lexicon in ``patterns/units.toml`` does not know, and only
imported the first time that happens.
"""
from __future__ import annotations

import functools

import regex

from . import lazyre

_tokenize = None


def _load():
    global _tokenize
    if _tokenize is None:
        try:
            _tokenize = _word_tokenize_alone()
        except Exception:  # another layout of underthesea: the package as it asks to be imported
            from underthesea import word_tokenize  # noqa: PLC0415 - deliberately lazy
            _tokenize = word_tokenize
    return _tokenize


def _word_tokenize_alone():
    """underthesea's ``word_tokenize`` without the package's ``__init__``, which imports every pipeline
    (tagging, chunking, NER, their dictionaries: 0.2 s and 55 MB more) to use one.

    The package is stood in for by an empty module while the two subpackages load, then forgotten, so
    that a later ``import underthesea`` runs its own ``__init__`` (reusing the subpackages loaded here).
    """
    import importlib  # noqa: PLC0415
    import importlib.util  # noqa: PLC0415
    import sys  # noqa: PLC0415
    import types  # noqa: PLC0415

    if "underthesea" in sys.modules:  # imported already, whole: take it from there
        return sys.modules["underthesea"].word_tokenize
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    stand_in = types.ModuleType("underthesea")
    stand_in.__path__ = list(spec.submodule_search_locations)
    stand_in.__spec__ = spec
    sys.modules["underthesea"] = stand_in
    try:
        importlib.import_module("underthesea.pipeline.text_normalize")  # before word_tokenize: they import each other
        importlib.import_module("underthesea.models.fast_crf_sequence_tagger")  # what its first call imports
        return importlib.import_module("underthesea.pipeline.word_tokenize").word_tokenize
    finally:
        if sys.modules.get("underthesea") is stand_in:
            del sys.modules["underthesea"]


def loaded() -> bool:
    """Whether underthesea is imported here already (by :func:`words` or :func:`preload`)."""
    return _tokenize is not None


def preload() -> None:
    """Import underthesea and load its model now (one call loads the CRF model), so that processes
    forked after this share it instead of each loading its own (about a second and 90 MB each)."""
    _load()("hồ sơ")


_LETTER = lazyre.compile(r"\p{L}")


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
    return tuple(w for w in out if _LETTER.match(w))
