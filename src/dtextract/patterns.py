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
wrong shape, a regex that is not a string, is too big to compile (see
:func:`regex_size`), does not compile or backtracks catastrophically raises
:class:`~dtextract.errors.PatternError` naming the file and the entry.
:meth:`PatternSet.validate` is the one check of a folder's regexes that both
``dtextract parse`` (through :func:`dtextract.api.load_patterns`) and
``dtextract patterns check`` run, so that they refuse the same folders; a
:class:`PatternSet` used directly checks each regex when a rule first uses it.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sys
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import regex
from pydantic import BaseModel, ValidationError

from . import lazyre, rxcache
from .rxcache import cache_dir
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
#: The largest :func:`regex_size` a rule may have. A regex engine expands counted repeats when it
#: compiles: ``(?:(?:a{1000}){1000}){1000}`` needs gigabytes and kills the process, so such a
#: regex is refused before it is compiled. 100 000 is about 40 MB of compiled regex; the largest
#: built-in one (the gazetteer of places.toml) is about 2 500.
MAX_REGEX_SIZE = 100_000


@functools.lru_cache(maxsize=1)
def builtin_dir() -> Path:
    """The folder of the built-in pattern files (found once: ``load()`` asks for it on every call).

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


def _read_layer(layer: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The pattern files of one folder, parsed, in name order. The parse is kept in :func:`cache_dir` as JSON, under
    a key made of the files' names, sizes and modification times (and the Python version), so an edited file is
    read again; a cache that cannot be read or written is passed over."""
    paths = [p for p in sorted(layer.glob("*.toml")) if not p.name.startswith(".")]
    folder = cache_dir()
    try:
        stamp = [(p.name, st.st_size, st.st_mtime_ns) for p in paths for st in [p.stat()]]
    except OSError:
        folder = None
    cached = None
    if folder is not None:
        key = hashlib.sha256(json.dumps([str(layer.resolve()), sys.version_info[:2], stamp]).encode()).hexdigest()
        cached = folder / f"patterns-{key[:32]}.json"
        try:
            docs = json.loads(cached.read_text(encoding="utf-8"))
            return [(layer / name, doc) for name, doc in docs]
        except (OSError, ValueError, TypeError):
            pass
    parsed = [(p, _read_toml(p)) for p in paths]
    if cached is not None:
        try:
            data = json.dumps([(p.name, doc) for p, doc in parsed], ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError):
            data = None     # a value JSON cannot hold: read the TOML every time
        if data is not None:
            rxcache.replace_file(cached, data)   # (a read-only home: the same)
    return parsed


def regex_sources(entry: Entry) -> list[str]:
    """The regexes of one entry: its ``pattern`` and ``*_pattern`` values and the items of a ``patterns`` list.

    Raises PatternError when one of them is not a string.
    """
    found: list[str] = []
    for key, value in entry.data.items():
        if key == "pattern" or key.endswith("_pattern"):
            values, shape = [value], "a regex string"
        elif key == "patterns":
            values, shape = value if isinstance(value, list) else [value], "a list of regex strings"
        else:
            continue
        for v in values:
            if not isinstance(v, str):
                raise PatternError(f"entry [{entry.name}]: {key} must be {shape}, not {type(v).__name__} {v!r}",
                                   path=str(entry.path))
            found.append(v)
    return found


def entry_flags(entry: Entry) -> int:
    """The flags an entry's regexes are compiled with (``case_sensitive = true`` drops IGNORECASE)."""
    return DEFAULT_FLAGS & ~regex.IGNORECASE if entry.data.get("case_sensitive") else DEFAULT_FLAGS


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
        self._validated: dict[bool, int] = {}   # validate(builtin=…) → its count, once done
        for layer in self.layers:
            if not layer.is_dir():
                raise PatternError("pattern folder does not exist or is not a folder", path=str(layer))
            for path, doc in _read_layer(layer):
                self._merge(path, doc)

    def _merge(self, path: Path, doc: dict[str, Any]) -> None:
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
            user = self.from_user(stem, name)
            rx = compile_checked(pattern, flags=flags, where=where, name=name, probe=user)
            if user:
                rx = GuardedPattern(rx, SNIPPET_TIMEOUT)
            self._compiled[key] = rx
        return rx

    def regex_later(self, stem: str, name: str, pattern: str, *, flags: int = DEFAULT_FLAGS
                    ) -> Callable[[], regex.Pattern[str]]:
        """:meth:`regex`, deferred: a function that compiles ``pattern`` when first called. A rule that
        only runs near its anchors is often not needed at all in one short article, and compiling every
        rule is most of a cold start. A rule from a user's folder is compiled (and checked) at once."""
        if self.from_user(stem, name):
            rx = self.regex(stem, name, pattern, flags=flags)
            return lambda: rx
        return functools.partial(self.regex, stem, name, pattern, flags=flags)

    def validate(self, *, builtin: bool = False) -> int:
        """Compile every regex of every entry a user's folder brings in; return how many regexes that is.

        Each ``pattern``, ``*_pattern`` and ``patterns`` value of an entry (see
        :func:`regex_sources`) must be a string, no bigger than
        :data:`MAX_REGEX_SIZE`, that compiles and does not backtrack
        catastrophically on the probes; the first that is not raises
        :class:`~dtextract.errors.PatternError` naming the file and the entry.
        With ``builtin``, the built-in entries are compiled (not probed) and
        counted too. ``dtextract parse`` and ``dtextract patterns check`` both
        run this, so that they accept and refuse the same folders; that a
        rule's other fields have the right shape is checked when the module
        that reads its file first uses it (``parse``, and ``check`` with its
        examples). Repeated calls cost nothing.
        """
        done = self._validated.get(builtin, self._validated.get(True))
        if done is not None:
            return done
        count = 0
        for stem in self.stems:
            for name, entry in self.raw(stem).items():
                sources = regex_sources(entry)
                if builtin or self.from_user(stem, name):
                    for source in sources:
                        self.regex(stem, name, source, flags=entry_flags(entry))
                count += len(sources)
        self._validated[builtin] = count
        return count

    def from_user(self, stem: str, name: str) -> bool:
        """Whether entry ``name`` of ``stem`` (for a name no entry has: any entry of ``stem``) comes from a
        user's folder."""
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


#: The pieces of a regex that matter to its compiled size (see :func:`regex_size`), one match each.
_REGEX_TOKEN = lazyre.compile(r"""
    (?P<skip>\(\?\#[^)]*\)                  # a comment
      | \(\?[a-zA-Z^-]*\))                  # inline flags (?i)
    | (?P<open>\(\?P?<(?![=!])\w*>           # (?P<name> (?<name>
      | \(\?(?:P=\w+\)|[:=!>|]|<[=!]|[a-zA-Z^-]+:)?)   # ( (?: (?= (?<! (?i: ...
    | (?P<close>\))
    | (?P<count>\{(?P<m>\d*)(?:,(?P<n>\d*))?\})
    | (?P<loop>[*+?][?+]?)
    | \\[pPNxuUgk]\{[^}]*\} | \\. | \[\^?\]?(?:\\.|[^\]\\])*\]   # an escape, a set (not nested)
    | .
""", regex.VERBOSE | regex.DOTALL)


def _repeat(m: str | None, n: str | None) -> int:
    """The larger bound of a ``{m,n}`` repeat (huge counts are capped: they only need to be too big)."""
    return max([1] + [int(x[:10]) for x in (m, n) if x])


def regex_size(pattern: str) -> int:
    r"""About how many elements ``pattern`` compiles to: each character, escape or set counts one,
    times every counted repeat ``{m,n}`` around it (its larger bound); ``*``, ``+`` and ``?``
    count once. A static estimate, so that a regex too big to compile is refused before it is.

    >>> regex_size(r"\d{1,3}(?:[.,]\d{3})+")
    7
    >>> regex_size("(?:(?:a{1000}){1000}){1000}")
    1000000000
    """
    stack = [[0, 0]]          # per open group: [size so far, size of its last element]
    for tok in _REGEX_TOKEN.finditer(pattern):
        kind = tok.lastgroup
        top = stack[-1]
        if kind == "skip" or kind == "loop":
            continue
        if kind == "open":
            stack.append([0, 0])
        elif kind == "close":
            if len(stack) > 1:
                size = stack.pop()[0]
                stack[-1][0] += size
                stack[-1][1] = size
        elif kind == "count" and (tok.group("m") or tok.group("n")):
            times = _repeat(tok.group("m"), tok.group("n"))
            top[0] += top[1] * (times - 1)
            top[1] *= times
        else:                                  # one element (an unclosed ``{`` is a literal too)
            top[0] += 1
            top[1] = 1
    return sum(frame[0] for frame in stack)


#: Seconds a user's rule may spend on one call that gives no limit of its own.
SNIPPET_TIMEOUT = 1.0


class GuardedPattern:
    """A compiled rule regex from a user's folder: every call runs with a time limit.

    Passes over a whole text longer than :data:`SNIPPET_CHARS` always give one
    (:func:`match_timeout`). Calls on a bounded snippet (the words before a
    number, the gap between two numbers, a sentence, a short text) give none: for a built-in rule the snippet's bound and the test suite's linear-time
    checks bound the work, and the regex module's time limit costs about three
    times a short match. A user's rule is not vetted that way, so this wrapper
    gives each such call :data:`SNIPPET_TIMEOUT`.
    """

    __slots__ = ("_rx", "_timeout")

    def __init__(self, rx: regex.Pattern[str], timeout: float) -> None:
        self._rx = rx
        self._timeout = timeout

    def __getattr__(self, name: str) -> Any:   # pattern, flags, groupindex …
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"GuardedPattern({self._rx!r}, timeout={self._timeout})"

    def _kw(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self._timeout
        return kwargs

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.search(*args, **self._kw(kwargs))

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.match(*args, **self._kw(kwargs))

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.fullmatch(*args, **self._kw(kwargs))

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.finditer(*args, **self._kw(kwargs))

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.findall(*args, **self._kw(kwargs))

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.sub(*args, **self._kw(kwargs))

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._rx.split(*args, **self._kw(kwargs))


def compile_checked(pattern: str, *, flags: int = DEFAULT_FLAGS, where: str = "", name: str = "",
                    probe: bool = True) -> regex.Pattern[str]:
    """Compile a rule regex; refuse one that does not compile, or (with ``probe``, for a user's rule) one too
    big to compile (:data:`MAX_REGEX_SIZE`) or that backtracks catastrophically. (The built-in rules are
    checked so by the test suite, not at every start.)"""
    if not isinstance(pattern, str):
        raise PatternError(f"entry [{name}]: a regex must be a string, not {type(pattern).__name__}",
                           path=where or None)
    size = regex_size(pattern) if probe else 0
    if size > MAX_REGEX_SIZE:
        raise PatternError(f"entry [{name}]: regex too big to compile (its repeats expand to about {size:,} "
                           f"elements; at most {MAX_REGEX_SIZE:,})", path=where or None)
    try:
        rx = rxcache.compile(pattern, flags)
    except (regex.error, TypeError, ValueError, OverflowError, RecursionError) as exc:
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


def search_to_end(rx: regex.Pattern[str], s: str) -> regex.Match[str] | None:
    """``rx.search(s)`` for a pattern anchored at the end (``…$``), when it is most often None.

    A forward search tries every position of ``s`` before it can say so; the same pattern compiled to match
    backwards answers from the end alone, so it is asked first. (A match that stops before a final line break,
    where ``$`` also holds, is left to the forward search.)"""
    back = _backwards_from_end(rx)
    if back is not None and not s.endswith("\n") and back.match(s) is None:
        return None
    return rx.search(s)


@functools.lru_cache(maxsize=64)
def backwards(rx: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """``rx`` compiled to match backwards (``regex.REVERSE``), once; None for a user's guarded pattern."""
    real = lazyre.real(rx)
    return rxcache.compile(real.pattern, real.flags | regex.REVERSE) if real is not None else None


@functools.lru_cache(maxsize=64)
def _backwards_from_end(rx: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """:func:`backwards` of a pattern anchored at the end; None for one that is not (it may have been edited
    to end otherwise)."""
    tail = rx.pattern.rstrip() if lazyre.real(rx) is not None else ""
    if not tail.endswith("$") or tail.endswith("\\$") or _top_level_bar(tail) \
            or rx.flags & (regex.VERBOSE | regex.MULTILINE):
        return None
    return backwards(rx)


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` is an alternation at its top level (`a|b$`: only its last branch is anchored).

    >>> _top_level_bar(r"(?:^|,)a$"), _top_level_bar(r"a|b$"), _top_level_bar(r"[|]\\|$")
    (False, True, False)
    """
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "]")   # `[]…]`: a first `]` is a member
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


@functools.lru_cache(maxsize=16)
def _load(layers: tuple[Path, ...]) -> PatternSet:
    return PatternSet(layers)


def load(extra_dirs: Sequence[str | Path] = ()) -> PatternSet:
    """The built-in patterns, with ``extra_dirs`` layered over them in order (cached)."""
    return _load((builtin_dir(), *(Path(d).resolve() for d in extra_dirs)))


#: Texts up to this long (a sentence, a phrase, a short article) are snippets: see :class:`GuardedPattern`.
SNIPPET_CHARS = 2000


def match_timeout(text: str) -> float | None:
    """A generous time limit for one regex pass over ``text``, linear in its length; None (no limit
    of its own) for a snippet of at most :data:`SNIPPET_CHARS`, where a user's rule still gets
    :data:`SNIPPET_TIMEOUT` from its :class:`GuardedPattern` and a built-in rule needs none.

    >>> match_timeout("x" * 400_000), match_timeout("ngày 30/6")
    (4.0, None)
    """
    if len(text) <= SNIPPET_CHARS:
        return None
    return 2.0 + len(text) / 200_000
