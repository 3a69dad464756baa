"""Regular expressions compiled when first used rather than when their module is imported.

The modules of the core hold some six hundred patterns at module level. Compiling them all took about
0.25 s of every start, and one article uses fewer than half of them. :func:`compile` returns a
:class:`LazyPattern` that holds the source and compiles on first use. After that, its ``search``,
``match`` and the other methods are the compiled pattern's own bound methods, so later calls cost the
same as on a :class:`regex.Pattern`. ``.pattern`` is answered without compiling, so a pattern can be
built from another one's source at import. Compiling goes through :mod:`dtextract.rxcache`, which keeps
compiled patterns on disk between runs.
"""
from __future__ import annotations

from typing import Any

import regex

from . import rxcache

#: The methods bound onto a pattern once it is compiled (so that reaching them skips ``__getattr__``).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer")


class LazyPattern:
    """A :class:`regex.Pattern` that is compiled the first time any attribute but ``pattern`` is read."""

    def __init__(self, pattern: str, flags: int = 0, kwargs: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs or {}
        self._compiled: regex.Pattern[str] | None = None

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        rx = self._compiled
        if rx is None:
            rx = self._compiled = rxcache.compile(self.pattern, self._flags, **self._kwargs)
            for name in _METHODS:
                setattr(self, name, getattr(rx, name))
        return rx

    def __getattr__(self, name: str) -> Any:
        # only reached for what the instance does not hold yet: the methods before the first use, and
        # the compiled pattern's other attributes (flags, groups, groupindex)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags, self._kwargs))

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str | LazyPattern, flags: int = 0, **kwargs: Any) -> LazyPattern:  # noqa: A001
    """Like :func:`regex.compile`, but compiled on first use (see :class:`LazyPattern`)."""
    if isinstance(pattern, LazyPattern):
        pattern = pattern.pattern
    return LazyPattern(pattern, flags, kwargs)


def real(rx: object) -> regex.Pattern[str] | None:
    """``rx`` as a compiled :class:`regex.Pattern` (compiling a lazy one), or None when it is neither (a
    user's guarded pattern, for instance)."""
    if isinstance(rx, LazyPattern):
        return rx.compiled()
    return rx if isinstance(rx, regex.Pattern) else None
