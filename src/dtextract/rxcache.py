"""Compiled regular expressions kept on disk between runs, so that a cold start does not parse them again.

The ``regex`` module parses a pattern in Python: the five hundred patterns one real article needs take
0.3-0.5 s to compile, half of a cold ``dtextract parse``. A compiled :class:`regex.Pattern` pickles as
the compiled code itself (the arguments of the C function ``_regex.compile``), and loading it back takes
about 15 ms for all of them. So :func:`compile` answers from a cache file when the pattern is in it,
compiles it otherwise, and the process writes the patterns it added when it exits.

The file
    ``regex-<regex version>-py<X><Y>.pickle`` in :func:`cache_dir` (``$DTEXTRACT_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/dtextract``, else ``~/.cache/dtextract``). Entries are keyed by a pattern's text and
    flags, so an edited rule is a new entry and an upgraded ``regex`` or Python a new file.
Turning it off
    ``DTEXTRACT_CACHE_DIR=`` (set empty): every pattern is compiled, nothing is read or written.
Safety
    Unpickling can run code, so the file is read only when it is a regular file owned by the user and not
    writable by anyone else, and its loader builds nothing but ``regex`` patterns and plain containers: any
    other object in it makes the whole file ignored. A file that cannot be read or written (a read-only
    home, a full disk, a damaged or foreign file) never stops a run; the patterns are compiled as usual.
"""
from __future__ import annotations

import atexit
import io
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

#: With more entries than this, a write keeps only the patterns this process used (old rules drop out).
MAX_ENTRIES = 5000

_Key = tuple[str, int]
#: The globals a cache file may name: the C constructor of a compiled pattern, the flags' enum, and
#: frozenset (a pattern's named lists). Anything else is refused.
_ALLOWED = {("_regex", "compile"), ("regex._regex", "compile"), ("regex._regex_core", "RegexFlag"),
            ("builtins", "frozenset")}


def cache_dir() -> Path | None:
    """Where dtextract keeps what it works out once and reuses in later runs (the pattern files parsed, the
    patterns compiled): ``$DTEXTRACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/dtextract``, else
    ``~/.cache/dtextract``; None when ``DTEXTRACT_CACHE_DIR`` is set empty (no cache)."""
    own = os.environ.get("DTEXTRACT_CACHE_DIR")
    if own is not None:
        return Path(own) if own else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dtextract"


def cache_path() -> Path | None:
    """The cache file for this ``regex`` and this Python; None when there is no cache."""
    folder = cache_dir()
    if folder is None:
        return None
    major, minor = sys.version_info[:2]
    return folder / f"regex-{regex.__version__}-py{major}{minor}.pickle"


class _PatternsOnly(pickle.Unpickler):
    """An unpickler that can build compiled patterns and plain data, and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a regex cache")
        return super().find_class(module, name)


def _safe_to_read(path: Path) -> bool:
    try:
        st = path.stat()
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def read(path: Path) -> dict[_Key, regex.Pattern[str]]:
    """The patterns in the cache file ``path``; empty when it is missing, unsafe (see the module's docstring)
    or damaged, or holds anything but patterns under their own text and flags."""
    if not _safe_to_read(path):
        return {}
    try:
        data = _PatternsOnly(io.BytesIO(path.read_bytes())).load()
    except Exception:  # noqa: BLE001 - a damaged cache is no error: the patterns are compiled again
        return {}
    if not isinstance(data, dict):
        return {}
    for key, rx in data.items():
        if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], int)
                and isinstance(rx, regex.Pattern) and rx.pattern == key[0]):
            return {}
    return data


def replace_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` at once: a temporary file beside it, readable by the user only, renamed over it (a
    reader sees the old file or the new one, never half of one); False when that cannot be done. The cache folder's
    files are all written so."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True


def write(path: Path, patterns: dict[_Key, regex.Pattern[str]]) -> bool:
    """Write ``patterns`` to ``path`` (:func:`replace_file`); False when that cannot be done."""
    try:
        data = pickle.dumps(patterns, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a pattern that does not pickle: leave the old file
        return False
    return replace_file(path, data)


class Store:
    """The patterns of one cache file (``path``, or :func:`cache_path` when it is first needed): read at the
    first :meth:`compile`, written by :meth:`save` (and when the process exits) if patterns were added.
    With no cache (:func:`cache_dir` None) it only compiles."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._patterns: dict[_Key, regex.Pattern[str]] | None = None
        self._used: set[_Key] = set()
        self._added = 0

    @property
    def added(self) -> int:
        """How many patterns were compiled (not found in the file) since it was read or last saved."""
        return self._added

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        """``regex.compile(pattern, flags)``, from the file when it holds it."""
        if self._patterns is None:
            if self._path is None:
                self._path = cache_path()
            self._patterns = read(self._path) if self._path is not None else {}
        key = (pattern, int(flags))
        rx = self._patterns.get(key)
        if rx is None:
            rx = regex.compile(pattern, flags)
            if self._path is None:
                return rx
            self._patterns[key] = rx
            if self._added == 0:
                atexit.register(self.save)
            self._added += 1
        self._used.add(key)
        return rx

    def save(self) -> bool:
        """Write the file if patterns were added (only those used by this process when it holds more
        than :data:`MAX_ENTRIES`). True when it was written."""
        if not self._added or self._patterns is None or self._path is None:
            return False
        atexit.unregister(self.save)
        keep = self._patterns
        if len(keep) > MAX_ENTRIES:
            keep = {key: rx for key, rx in keep.items() if key in self._used}
        self._added = 0
        return write(self._path, keep)


_STORE = Store()


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:  # noqa: A001
    """Like :func:`regex.compile`, from the cache file when there is one (a pattern with named lists,
    ``kwargs``, is always compiled)."""
    if kwargs:
        return regex.compile(pattern, flags, **kwargs)
    return _STORE.compile(pattern, flags)
