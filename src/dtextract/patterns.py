"""Rule data: loading, layering, validating and compiling `patterns/*.toml`.

A pattern file is a TOML document whose top-level tables are *entries*::

    [over]
    pattern = '(?:hơn|trên)'
    approx = "over"
    examples = ["hơn 2,1 triệu tài khoản"]
    negative_examples = ["trên địa bàn tỉnh"]

The file's stem (``approx`` for ``approx.toml``) names the table a module
reads. Every entry carries ``examples`` (and usually ``negative_examples``); the
module that owns a file checks them in the test suite, so a rule never drifts
from its evidence. A user's folder given with ``--patterns DIR`` is layered
over the built-in one: an entry of the same name replaces the built-in entry,
a new name is added, and ``disabled = true`` removes one.

Loading never half-succeeds: a file that is not valid TOML, an entry of the
wrong shape, a regex that does not compile or that backtracks catastrophically
raises :class:`~dtextract.errors.PatternError` naming the file and the entry.
"""
from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import regex
from pydantic import BaseModel, ValidationError

from .errors import PatternError

M = TypeVar("M", bound=BaseModel)

#: Flags every rule regex is compiled with (entries may add ``case_sensitive = true``).
DEFAULT_FLAGS = regex.IGNORECASE | regex.UNICODE
#: Seconds one regex may spend on one string while a pattern is checked at load time.
PROBE_TIMEOUT = 0.25
#: Strings that expose catastrophic backtracking in a rule.
#: A quadratic rule passes (every run-time match has a time limit); an exponential or
#: cubic one does not.
_PROBES = ("a" * 1000 + "!", "1" * 1000 + "x", " " * 1000 + "x", "1." * 500 + "x",
           "tăng " * 200 + "x", "1,1 " * 250 + "x")


def builtin_dir() -> Path:
    """The folder of the built-in pattern files.

    Installed, they sit inside the package as ``dtextract/_patterns``; in a
    source checkout (and an editable install) they are the top-level
    ``patterns/`` folder.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "_patterns", here.parents[1] / "patterns"):
        if candidate.is_dir():
            return candidate
    raise PatternError("the built-in pattern folder is missing from this installation", path=str(here))


@dataclass(frozen=True)
class Entry:
    """One entry of a pattern file, with the file it came from."""

    stem: str
    name: str
    data: dict[str, Any]
    path: Path

    @property
    def where(self) -> str:
        return f"{self.path} [{self.name}]"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PatternError(f"cannot read pattern file: {exc.strerror or exc}", path=str(path)) from None
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PatternError("pattern file is not UTF-8 text", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(f"not valid TOML: {exc}", path=str(path)) from None


def _check_entry(entry: Entry) -> None:
    data = entry.data
    for key in ("examples", "negative_examples"):
        if key in data and not isinstance(data[key], list):
            raise PatternError(f"entry [{entry.name}]: {key} must be a list", path=str(entry.path))
    if not data.get("examples"):
        raise PatternError(f"entry [{entry.name}] has no examples; every rule carries the sentences it was written from",
                           path=str(entry.path))


class PatternSet:
    """The merged rule data of the built-in folder and any user folders."""

    def __init__(self, layers: Sequence[Path]) -> None:
        self.layers = [Path(p) for p in layers]
        self._tables: dict[str, dict[str, Entry]] = {}
        self._typed: dict[tuple[str, type], dict[str, Any]] = {}
        self._compiled: dict[tuple[str, str, str, int], regex.Pattern[str]] = {}
        for i, layer in enumerate(self.layers):
            if not layer.is_dir():
                raise PatternError("pattern folder does not exist or is not a folder", path=str(layer))
            for path in sorted(layer.glob("*.toml")):
                if path.name.startswith("."):
                    continue
                self._merge(path, builtin=(i == 0))

    def _merge(self, path: Path, *, builtin: bool) -> None:
        doc = _read_toml(path)
        table = self._tables.setdefault(path.stem, {})
        for name, data in doc.items():
            if not isinstance(data, dict):
                raise PatternError(f"top-level key {name!r} must be a table [{name}] of one entry", path=str(path))
            if data.get("disabled"):
                table.pop(name, None)
                continue
            entry = Entry(path.stem, name, data, path)
            _check_entry(entry)
            table[name] = entry

    # -- reading -----------------------------------------------------------------
    @property
    def stems(self) -> list[str]:
        return sorted(self._tables)

    def raw(self, stem: str) -> dict[str, Entry]:
        """The entries of one file, in order (empty if no layer has the file)."""
        return self._tables.get(stem, {})

    def entries(self, stem: str, model: type[M]) -> dict[str, M]:
        """The entries of ``stem`` validated with ``model`` (cached).

        ``model`` should forbid extra keys; ``examples`` and
        ``negative_examples`` are dropped before validation so that models need
        not repeat them.
        """
        key = (stem, model)
        if key not in self._typed:
            out: dict[str, M] = {}
            for name, entry in self.raw(stem).items():
                data = {k: v for k, v in entry.data.items() if k not in ("examples", "negative_examples", "note")}
                try:
                    out[name] = model.model_validate(data)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    loc = ".".join(str(x) for x in first["loc"]) or "entry"
                    raise PatternError(f"entry [{name}]: {loc}: {first['msg']}", path=str(entry.path)) from None
            self._typed[key] = out
        return self._typed[key]

    def regex(self, stem: str, name: str, pattern: str, *, flags: int = DEFAULT_FLAGS) -> regex.Pattern[str]:
        """Compile ``pattern`` of entry ``name`` in ``stem`` (cached).

        A rule that a user's folder brings in (the entry, or for a regex built
        from a whole file, any entry of that file) is probed for runaway
        backtracking before it is used. Built-in rules are probed by the test
        suite and by ``dtextract patterns check`` (:meth:`probe_all`), not at
        every start.
        """
        key = (stem, name, pattern, flags)
        rx = self._compiled.get(key)
        if rx is None:
            entry = self.raw(stem).get(name)
            where = str(entry.path) if entry else f"{stem}.toml"
            rx = compile_checked(pattern, flags=flags, where=where, name=name, probe=self._from_user(stem, name))
            self._compiled[key] = rx
        return rx

    def _from_user(self, stem: str, name: str) -> bool:
        builtin = self.layers[0] if self.layers else None
        entry = self.raw(stem).get(name)
        entries = [entry] if entry else list(self.raw(stem).values())
        return any(e.path.parent != builtin for e in entries)

    def probe_all(self) -> None:
        """Probe every regex compiled so far for runaway backtracking (raises PatternError)."""
        for (stem, name, pattern, flags) in list(self._compiled):
            entry = self.raw(stem).get(name)
            compile_checked(pattern, flags=flags, where=str(entry.path) if entry else f"{stem}.toml", name=name)

    def examples(self) -> Iterator[tuple[str, str, Any, bool]]:
        """Every (stem, entry name, example, positive) of every file."""
        for stem in self.stems:
            for name, entry in self.raw(stem).items():
                for ex in entry.data.get("examples", []):
                    yield stem, name, ex, True
                for ex in entry.data.get("negative_examples", []):
                    yield stem, name, ex, False


def compile_checked(pattern: str, *, flags: int = DEFAULT_FLAGS, where: str = "", name: str = "",
                    probe: bool = True) -> regex.Pattern[str]:
    """Compile a rule regex; refuse one that does not compile or (with ``probe``) that backtracks catastrophically."""
    try:
        rx = regex.compile(pattern, flags)
    except (regex.error, TypeError) as exc:
        raise PatternError(f"entry [{name}]: regex does not compile: {exc}", path=where or None) from None
    if not probe:
        return rx
    for probe_text in _PROBES:
        try:
            rx.search(probe_text, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            raise PatternError(f"entry [{name}]: regex backtracks catastrophically (over {PROBE_TIMEOUT}s on a "
                               f"{len(probe_text)}-character probe)", path=where or None) from None
    return rx


@functools.lru_cache(maxsize=16)
def _load(layers: tuple[Path, ...]) -> PatternSet:
    return PatternSet(layers)


def load(extra_dirs: Sequence[str | Path] = ()) -> PatternSet:
    """The built-in patterns, with ``extra_dirs`` layered over them in order (cached)."""
    return _load((builtin_dir(), *(Path(d).resolve() for d in extra_dirs)))


def match_timeout(text: str) -> float:
    """A generous time limit for one regex pass over ``text``: linear in its length."""
    return 2.0 + len(text) / 200_000
