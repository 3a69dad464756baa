"""Batches: files and folders of articles in, one table out, in parallel and resumable.

The steps, each a function of its own:

- :func:`find_files` turns paths (files and folders, walked recursively in a
  stable sorted order, hidden entries skipped) and a list file into the
  files to read;
- :func:`process_file` reads one file with :func:`dtextract.api.parse_file`
  and never raises: every file ends as a :class:`FileResult` whose status is
  ``ok`` (figures found), ``empty`` (read, no figures) or ``error`` (with a
  one-line message);
- :func:`iter_results` maps it over the files, in a process pool when
  ``jobs > 1``, and yields the results in input order whatever finishes first;
- :func:`run` writes them as they come, in one of :data:`FORMATS`, and keeps
  the state that lets an interrupted run be resumed.

>>> from dtextract import batch
>>> batch.format_for("so-lieu.xlsx"), batch.format_for(None)
('xlsx', 'jsonl')

Output and resume
-----------------
``jsonl`` and ``csv`` are streamed: each file's rows are written in one piece
and flushed before the next file's, so the output is valid up to the last
whole file at any moment. ``json``, ``xlsx`` and ``parquet`` are whole-file
formats: with an output path, the results are streamed into a spool file
``<output>.part`` and turned into ``<output>`` at the end through a temporary
file and a rename, so ``<output>`` is never half written.

With an output path, a state file ``<output>.done`` records the run's
settings and, for every finished file, its report line and the size the
output (or spool) had after its rows. It is written after the rows, and both
happen with Ctrl-C held back, so the two always agree on whole files. A run
that ends normally removes it. ``resume=True`` reads it, cuts the output back
to the size recorded for the last finished file (dropping rows that a killed
run wrote but did not record), skips the finished files and appends the
rest: the result is byte for byte that of an uninterrupted run. Files that
failed count as finished; they are not retried.
"""
from __future__ import annotations

import io
import json
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, closing, contextmanager, suppress
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Literal, Protocol, TextIO, cast

from . import api, formats, output, segment
from .errors import DtextractError, InputError
from .models import Document
from .output import OutputError

__all__ = ["FORMATS", "STREAM_FORMATS", "DEFAULT_INCLUDE", "FileResult", "Summary", "BatchInterrupted", "FileMeta",
           "read_meta",
           "ResumeError", "Progress", "ProgressBar", "find_files", "read_list", "process_file", "iter_results",
           "run", "format_for", "check_options", "state_path", "spool_path", "summary_lines", "default_jobs"]

#: The output formats of a batch.
FORMATS: tuple[str, ...] = ("jsonl", "csv", "json", "xlsx", "parquet")
#: The formats written straight into the output as files finish (the others go through a spool).
STREAM_FORMATS: tuple[str, ...] = ("jsonl", "csv")
#: The files taken from folders unless ``include`` says otherwise.
DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", *(f"*{suffix}" for suffix in formats.FORMATS))  # .html .htm .docx .pdf
#: Output format from the output file's suffix.
SUFFIX_FORMATS: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".json": "json",
                                  ".xlsx": "xlsx", ".parquet": "parquet", ".pq": "parquet"}
#: How many results may wait, per worker, for an earlier file to finish (the reorder buffer).
WINDOW_PER_JOB = 4
#: From how many files on a batch loads the word segmenter (underthesea, for units that the lexicon does
#: not know) once in this process before forking its workers, who then share it: in a batch this long some
#: file almost surely needs it (on the development articles about one in ten does), and each worker would
#: otherwise load it itself (about a second and 90 MB each). Smaller batches leave it to the workers.
PRELOAD_SEGMENTER_FILES = 100
#: How often (seconds) a run into a file makes its rows and its state file durable. Flushing both after
#: every file cost the main process, which shares the cores with the workers, a write per file.
COMMIT_SECONDS = 0.5
#: How many failures and warnings a :class:`Summary` keeps for display.
KEEP_LISTED = 1000
#: The version of the state file's layout.
STATE_VERSION = 1

Status = Literal["ok", "empty", "error"]

#: Parsed before the first file (by the process that forks the workers, else by each worker), so that the
#: common rules are compiled once.
_WARM_UP = ("Tính đến ngày 30/6/2023, tỉnh Phú Thọ tiếp nhận 108.077 hồ sơ/158.110 hồ sơ, đạt 68,36%, "
            "tăng 10,01% so với cùng kỳ; thu hút hơn 5,2 tỷ USD, xếp thứ 2 toàn quốc.")


class ResumeError(ValueError):
    """A run that cannot be resumed: its state file does not match the output or the settings."""


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during :func:`run`: the output is valid up to the last whole file; ``summary`` says how far it got."""

    def __init__(self, summary: Summary) -> None:
        super().__init__("interrupted")
        self.summary = summary


# -- results -----------------------------------------------------------------------------

@dataclass(frozen=True)
class FileResult:
    """How one file ended: its document (unless it failed), or the one-line reason it failed."""

    path: str
    status: Status
    document: Document | None = None
    error: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()
    #: In a pool, a worker writes the document's output itself (``rendered`` = (what :func:`_render`
    #: was asked for, its text)) and sends that instead of the document, with its figure count:
    #: the process that writes the output then only copies text.
    rendered: tuple[str, str] | None = None
    figure_count: int = 0

    @property
    def figures(self) -> int:
        return len(self.document.figures) if self.document is not None else self.figure_count

    def record(self) -> dict[str, Any]:
        """The report line: ``path``, ``status``, ``figures``, ``error``, ``seconds``, ``warnings``."""
        return {"path": self.path, "status": self.status, "figures": self.figures, "error": self.error,
                "seconds": round(self.seconds, 4), "warnings": list(self.warnings)}

    def spool_record(self) -> dict[str, Any]:
        """:meth:`record` with the document, as kept in a spool file."""
        document = self.document.model_dump(mode="json") if self.document is not None else None
        return {**self.record(), "document": document}

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> FileResult:
        """The result that :meth:`spool_record` (or :meth:`record`, without the document) wrote."""
        document = data.get("document")
        return cls(path=data["path"], status=data["status"],
                   document=Document.model_validate(document) if document is not None else None,
                   error=data.get("error"), seconds=data.get("seconds", 0.0),
                   warnings=tuple(data.get("warnings", ())))


@dataclass
class Summary:
    """What a run did, file by file counted; ``exit_code`` is 0 when every file was read, else 1."""

    files: int = 0
    ok: int = 0
    empty: int = 0
    error: int = 0
    figures: int = 0
    resumed: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    interrupted: bool = False

    def add(self, record: dict[str, Any], *, resumed: bool = False) -> None:
        """Count one report line (:meth:`FileResult.record`)."""
        self.files += 1
        self.resumed += resumed
        status = record["status"]
        setattr(self, status, getattr(self, status) + 1)
        self.figures += record["figures"]
        if status == "error" and len(self.failures) < KEEP_LISTED:
            self.failures.append((record["path"], record["error"] or "failed"))
        for message in record.get("warnings", ()):
            if len(self.warnings) < KEEP_LISTED:
                self.warnings.append((record["path"], message))

    @property
    def exit_code(self) -> int:
        return 1 if self.error else 0


def summary_lines(summary: Summary, *, limit: int = 10) -> list[str]:
    """The summary for people: one line of counts, then up to ``limit`` failures and warnings."""
    earlier = f" ({summary.resumed} done in the earlier run)" if summary.resumed else ""
    rate = ""
    fresh = summary.files - summary.resumed
    if summary.seconds > 0 and fresh:
        rate = f", {fresh / summary.seconds:.1f} files/s"
    head = (f"{'interrupted after ' if summary.interrupted else ''}{summary.files} "
            f"file{'s' if summary.files != 1 else ''}{earlier}: {summary.ok} ok, {summary.empty} empty, "
            f"{summary.error} failed; {summary.figures} figures in {summary.seconds:.1f} s{rate}")
    lines = [head]
    for path, message in summary.failures[:limit]:
        lines.append(f"failed: {path}: {message}")
    if summary.error > limit:
        lines.append(f"… and {summary.error - limit} more failed files (--report FILE lists them all)")
    for path, message in summary.warnings[:limit]:
        lines.append(f"warning: {path}: {message}")
    if len(summary.warnings) > limit:
        lines.append("… and more warnings (--report FILE lists them all)")
    return lines


# -- finding files -----------------------------------------------------------------------

def _hidden(name: str) -> bool:
    """Dot files and folders, and the ``~$`` lock files that Office leaves beside open documents."""
    return name.startswith(".") or name.startswith("~$")


def _matches(path: str, patterns: Sequence[str]) -> bool:
    """Whether ``path`` (``/``-separated) matches a glob, compared from the right and ignoring case.

    >>> _matches("2023/bao-cao.TXT", ["*.txt"]), _matches("nhap/a.txt", ["nhap/*"]), _matches("a.txt", ["*.pdf"])
    (True, True, False)
    """
    pure = PurePosixPath(path.replace(os.sep, "/").lower())
    return any(pure.match(pattern.lower()) for pattern in patterns)


def _check_globs(patterns: Sequence[str], option: str) -> None:
    for pattern in patterns:
        if not pattern.strip() or pattern.strip() in (".", "/"):
            raise ValueError(f"{option}: empty glob pattern {pattern!r}")


def _walk(root: str, include: Sequence[str], exclude: Sequence[str]) -> list[str]:
    """The files under the folder ``root`` that ``include`` takes and ``exclude`` does not, sorted by path."""
    found: list[tuple[tuple[str, ...], str]] = []

    def unreadable(exc: OSError) -> None:  # kept in the list, to fail in the run with its reason
        folder = str(exc.filename) if exc.filename is not None else root
        rel = os.path.relpath(folder, root)
        found.append(((() if rel == os.curdir else tuple(Path(rel).parts)), folder))

    for folder, dirnames, filenames in os.walk(root, onerror=unreadable):
        rel = os.path.relpath(folder, root)
        parts: tuple[str, ...] = () if rel == os.curdir else tuple(Path(rel).parts)
        dirnames[:] = [d for d in dirnames
                       if not _hidden(d) and not _matches("/".join((*parts, d)), exclude)]
        for name in filenames:
            if _hidden(name):
                continue
            rel_file = "/".join((*parts, name))
            if _matches(rel_file, include) and not _matches(rel_file, exclude):
                found.append(((*parts, name), os.path.join(root, *parts, name)))
    found.sort()
    return [path for _, path in found]


def read_list(source: str | Path | TextIO) -> list[str]:
    """The paths listed in ``source``, one a line (``"-"``: standard input).

    Blank lines and lines starting with ``#`` are skipped, and spaces around
    a path are dropped. Relative paths are taken from the current folder.
    Raises :class:`~dtextract.errors.InputError` when the list cannot be read.
    """
    if isinstance(source, (str, Path)):
        name = api.STDIN if str(source) == api.STDIN else str(source)
        try:
            if name == api.STDIN:
                stream = sys.stdin
                buffer = getattr(stream, "buffer", None)
                data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
            else:
                data = Path(source).read_bytes()
        except FileNotFoundError:
            raise InputError("no such file (the list of paths)", path=name) from None
        except OSError as exc:
            raise InputError(f"cannot read the list of paths: {exc.strerror or exc}", path=name) from None
        text = data.decode("utf-8-sig", errors="surrogateescape")
    else:
        text = source.read()
    paths = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            paths.append(line)
    return paths


def find_files(paths: Iterable[str | Path] = (), *, include: Sequence[str] = DEFAULT_INCLUDE,
               exclude: Sequence[str] = (), from_list: str | Path | TextIO | None = None) -> list[str]:
    """The files to read: ``paths``, then those listed in ``from_list``, each once, in a stable order.

    A folder is walked recursively: its files that match an ``include`` glob
    and no ``exclude`` glob, sorted by their path inside it; hidden files
    and folders (``.name``, and Office's ``~$name`` lock files) are skipped,
    a folder matching ``exclude`` is not entered and symbolic links to
    folders are not followed. A file named outright is taken whatever its
    suffix (``include`` is for folders) unless ``exclude`` matches it; one
    that does not exist, and a folder that cannot be read, are kept, to fail
    in the run with their reason. Globs
    match the path from the right (``*.txt``, ``drafts/*``), ignoring case.
    Raises ValueError for an empty glob, InputError for an unreadable list.
    """
    _check_globs(include, "include")
    _check_globs(exclude, "exclude")
    items = [str(p) for p in paths]
    if from_list is not None:
        items.extend(read_list(from_list))
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item == api.STDIN:
            item = os.path.join(os.curdir, item)  # a file named "-", not standard input
        found = _walk(item, include, exclude) if os.path.isdir(item) else (
            [] if _matches(item, exclude) else [item])
        for path in found:
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                out.append(path)
    return out


# -- reading one file --------------------------------------------------------------------

def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- per-file values (batch --meta) ----------------------------------------------------------

@dataclass(frozen=True)
class FileMeta:
    """Per-file ``published`` and ``location`` values (from ``batch --meta FILE.csv``), by path.

    A path matches as written, normalised or resolved; a row with an empty
    path gives the values of every file that has no row of its own. An empty
    value falls back to the run's ``--published`` / ``--location``.
    """

    rows: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def paths(self) -> list[str]:
        """The paths the rows name, in file order (no empty one)."""
        return [p for p in self.rows if p]

    def get(self, path: str) -> tuple[str | None, str | None]:
        """(published, location) for ``path``; (None, None) when no row speaks of it."""
        for key in (path, os.path.normpath(path)):
            if key in self.rows:
                return self.rows[key]
        with suppress(OSError):
            resolved = self._resolved.get(str(Path(path).resolve()))
            if resolved is not None:
                return resolved
        return self.rows.get("", (None, None))

    @property
    def _resolved(self) -> dict[str, tuple[str | None, str | None]]:
        cached = self.__dict__.get("_resolved_cache")
        if cached is None:
            cached = {}
            for key, value in self.rows.items():
                if key:
                    with suppress(OSError):
                        cached[str(Path(key).resolve())] = value
            object.__setattr__(self, "_resolved_cache", cached)
        return cached


def read_meta(path: str | Path) -> FileMeta:
    """The rows of a ``--meta`` CSV: columns ``path``, ``published`` (YYYY-MM-DD), ``location`` (a place
    of the gazetteer), any of them empty; other columns are ignored. Paths in the file are taken as
    written (relative to the working folder). Raises :class:`InputError` naming the file and line."""
    import csv

    name = str(path)
    try:
        with open(name, encoding="utf-8-sig", newline="") as fp:
            reader = csv.DictReader(fp)
            columns = [c.strip().lower() for c in reader.fieldnames or []]
            if "path" not in columns:
                raise InputError(f"{name}: a --meta file needs a 'path' column (and 'published', 'location'); "
                                 f"found {', '.join(columns) or 'no header'}")
            reader.fieldnames = columns
            rows: dict[str, tuple[str | None, str | None]] = {}
            for row in reader:
                where = f"{name} line {reader.line_num}"
                file = (row.get("path") or "").strip()
                try:
                    published = api.check_published((row.get("published") or "").strip() or None)
                    location = api.check_location((row.get("location") or "").strip() or None)
                except ValueError as exc:
                    raise InputError(f"{where}: {exc}") from None
                if file in rows:
                    raise InputError(f"{where}: {file!r} has a row already")
                rows[file] = (published, location)
    except OSError as exc:
        raise InputError(f"{name}: cannot read the --meta file: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{name}: not a UTF-8 CSV file: {exc}") from None
    return FileMeta(rows)


@dataclass(frozen=True)
class _Defaults:
    """What every file of a run gets unless its --meta row says otherwise."""

    published: str | None = None
    location: str | None = None
    meta: FileMeta | None = None

    def of(self, path: str) -> tuple[str | None, str | None]:
        published, location = self.meta.get(path) if self.meta is not None else (None, None)
        return published or self.published, location or self.location


def process_file(path: str | Path, *, published: str | None = None, patterns: api.Patterns = None,
                 location: str | None = None) -> FileResult:
    """Read one article; never raises for the file's sake (Ctrl-C still goes through).

    The result's ``error`` is ``[E100] no such file`` and the like for what
    dtextract refuses on purpose, ``internal error: …`` for anything else;
    warnings issued while reading (an assumed encoding) are kept with it.
    """
    name = str(path)
    started = time.perf_counter()
    document: Document | None = None
    error: str | None = None
    if os.path.isdir(name):
        try:
            os.scandir(name).close()
        except OSError as exc:  # a folder find_files could not walk
            return FileResult(name, "error", error=_one_line(f"[{InputError.code}] cannot read the folder: "
                                                             f"{exc.strerror or exc}"),
                              seconds=time.perf_counter() - started)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            document = api.parse_file(name, published=published, patterns=patterns, location=location)
        except DtextractError as exc:
            error = _one_line(f"[{exc.code}] {exc.message}")
        except (Exception, SystemExit) as exc:  # a bug, an exhausted resource, a library that exits
            error = _one_line(f"internal error: {type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - started
    # what a reader says about the file (an assumed encoding), not library deprecations
    notes = tuple(_one_line(str(w.message)).removeprefix(f"{name}: ") for w in caught
                  if issubclass(w.category, UserWarning))
    if document is None:
        return FileResult(name, "error", error=error, seconds=seconds, warnings=notes)
    return FileResult(name, "ok" if document.figures else "empty", document=document, seconds=seconds,
                      warnings=notes)


# -- many files, in order ----------------------------------------------------------------

def default_jobs() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        with suppress(OSError):
            return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _pattern_dirs(patterns: api.Patterns) -> tuple[str, ...]:
    """The user folders of a ``patterns`` argument (a loaded set keeps them after the built-in layer)."""
    if patterns is None:
        return ()
    if isinstance(patterns, (str, Path)):
        return (str(patterns),)
    if isinstance(patterns, api.PatternSet):
        return tuple(str(layer) for layer in patterns.layers[1:])
    return tuple(str(p) for p in patterns)


_WORKER: dict[str, Any] = {}


def _watch(parent: int) -> None:
    """End this worker soon after the process that runs the batch is gone (killed, say)."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass


def _init_worker(defaults: _Defaults, pattern_dirs: tuple[str, ...], parent: int, render: str | None) -> None:
    """Start a worker: leave Ctrl-C to the parent, load the patterns and compile the common rules once.

    A worker waits for files on a queue that it holds both ends of, so it
    would outlive a batch that was killed: a thread watches the batch's
    process and ends the worker when it is gone.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.name == "posix":  # os.kill(pid, 0) probes on POSIX only
        threading.Thread(target=_watch, args=(parent,), daemon=True, name="dtextract-watch").start()
    pattern_set = _warm_up(pattern_dirs)
    _WORKER.update(defaults=defaults, patterns=pattern_set, render=render)


def _warm_up(pattern_dirs: tuple[str, ...]) -> api.PatternSet:
    """The pattern set, its common rules compiled by a first parse (at once when done already, as in a worker
    forked from a process that did it)."""
    pattern_set = api.load_patterns(pattern_dirs)
    with suppress(Exception), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        api.parse_text(_WARM_UP, published="2023-07-15", patterns=pattern_set)
    return pattern_set


def _work(path: str) -> FileResult:
    published, location = _WORKER["defaults"].of(path)
    result = process_file(path, published=published, patterns=_WORKER["patterns"], location=location)
    render = _WORKER["render"]
    if render is None or result.document is None:
        return result
    return replace(result, document=None, rendered=(render, _render(result, render)),
                   figure_count=len(result.document.figures))


def _mp_context() -> Any:
    """How workers start: forked on Linux while this process runs no other thread, else fresh.

    A forked worker starts at once, with the patterns already loaded, and
    does not import the caller's main module again (so a script need not
    guard its call with ``if __name__ == "__main__":``). Forking a process
    that runs other threads (a progress bar, a previous pool's manager) may
    copy a lock in the middle of its use; then workers start fresh through
    the forkserver (or spawn), which imports the main module again.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pool(jobs: int, context: Any, defaults: _Defaults, pattern_dirs: tuple[str, ...],
          render: str | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                               initargs=(defaults, pattern_dirs, os.getpid(), render))


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop a pool now: drop queued files and end the workers (they may be in the middle of one)."""
    # the workers, taken before shutdown() forgets them (the executor has no public way to end them)
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with suppress(Exception):
            process.terminate()
    for process in processes:
        with suppress(Exception):
            process.join(timeout=5)


def _alone(path: str, context: Any, defaults: _Defaults, pattern_dirs: tuple[str, ...],
           render: str | None) -> FileResult:
    """Read ``path`` in a pool of its own, to tell whether it is the file that makes a worker die."""
    executor = _pool(1, context, defaults, pattern_dirs, render)
    try:
        return _outcome(path, executor.submit(_work, path))
    except BrokenProcessPool:
        return FileResult(path, "error", error="internal error: the worker process died while reading this file "
                                               "(out of memory, or a crash in a library)")
    finally:
        _stop(executor)


def _outcome(path: str, future: Future[FileResult]) -> FileResult:
    """The result of a finished file; a failure of the pool's own (the result could not be sent) fails the file."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:
        return FileResult(path, "error", error=_one_line(f"internal error: {type(exc).__name__}: {exc}"))


def _in_pool(paths: Sequence[str], jobs: int, defaults: _Defaults, pattern_dirs: tuple[str, ...],
             render: str | None = None) -> Generator[FileResult, None, None]:
    """Results from a process pool, in input order, at most ``jobs * WINDOW_PER_JOB`` files ahead."""
    window = jobs * WINDOW_PER_JOB
    upcoming = iter(paths)
    pending: deque[tuple[str, Future[FileResult]]] = deque()
    context = _mp_context()  # decided once: later pools would see this one's threads
    if context.get_start_method() == "fork":
        _warm_up(pattern_dirs)   # compiled once here, not once in each worker
        if len(paths) >= PRELOAD_SEGMENTER_FILES:
            with suppress(Exception):  # a help only: a worker that needs it loads it itself
                segment.preload()
    executor = _pool(jobs, context, defaults, pattern_dirs, render)

    def fill() -> None:
        while len(pending) < window:
            path = next(upcoming, None)
            if path is None:
                return
            pending.append((path, executor.submit(_work, path)))

    try:
        fill()
        while pending:
            path, future = pending[0]
            try:
                result = _outcome(path, future)
            except BrokenProcessPool:
                # A worker died (killed, out of memory, a crash): any file in flight may be the cause.
                # Read each of them alone, in order, then go on with a fresh pool.
                suspects = list(pending)
                pending.clear()
                _stop(executor)
                for suspect, done in suspects:
                    if done.done() and not done.cancelled() and done.exception() is None:
                        yield done.result()
                    else:
                        yield _alone(suspect, context, defaults, pattern_dirs, render)
                executor = _pool(jobs, context, defaults, pattern_dirs, render)
                fill()
                continue
            pending.popleft()
            fill()
            yield result
    finally:
        if pending:
            _stop(executor)
        else:
            executor.shutdown(wait=True)


def iter_results(paths: Sequence[str], *, jobs: int | None = None, published: str | None = None,
                 patterns: api.Patterns = None, render: str | None = None, location: str | None = None,
                 meta: FileMeta | None = None) -> Generator[FileResult, None, None]:
    """:func:`process_file` over ``paths``, yielded in the order of ``paths``.

    ``jobs`` (default: the number of CPUs) is the number of worker
    processes; with 1, or a single file, files are read in this process.
    Workers load and compile the patterns once each. Close the iterator (or
    let Ctrl-C through) to stop the workers. On Linux, workers are forked
    while this process runs no other thread; otherwise they start fresh and,
    as with any multiprocessing code, a script must make its call under
    ``if __name__ == "__main__":``.

    With ``render`` (``jsonl``, ``csv`` or ``spool``), workers send each
    document's output text (:attr:`FileResult.rendered`) instead of the
    document, so that the process writing the output does not parse and
    format every figure again; results read in this process keep theirs.

    ``location`` is the place of figures in articles that name none; ``meta``
    gives per-file ``published`` and ``location`` values that win over both.
    """
    defaults = _Defaults(api.check_published(published), api.check_location(location), meta)
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    jobs = min(jobs, len(paths))
    if jobs <= 1:
        pattern_set = api.load_patterns(patterns)
        for path in paths:
            file_published, file_location = defaults.of(path)
            yield process_file(path, published=file_published, patterns=pattern_set, location=file_location)
    else:
        api.load_patterns(patterns)  # a bad pattern folder fails here, not in every worker
        yield from _in_pool(paths, jobs, defaults, _pattern_dirs(patterns), render)


# -- Ctrl-C --------------------------------------------------------------------------------

class _Interrupts:
    """Ctrl-C held back while a file's rows and its state line are written, then raised."""

    def __init__(self) -> None:
        self._depth = 0
        self._pending = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> _Interrupts:
        if threading.current_thread() is threading.main_thread():
            previous = signal.getsignal(signal.SIGINT)
            if previous is signal.default_int_handler:  # leave an ignored or custom SIGINT alone
                self._previous = signal.signal(signal.SIGINT, self._handle)
                self._installed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False

    def _handle(self, signum: int, frame: object) -> None:
        if self._depth:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def held(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pending:
                self._pending = False
                raise KeyboardInterrupt


# -- where results go ----------------------------------------------------------------------

def format_for(out: str | Path | None, excel: bool = False) -> str:
    """The format an output path implies: csv for ``excel``, else by suffix, else jsonl."""
    if excel:
        return "csv"
    if out is None or not isinstance(out, (str, Path)):
        return "jsonl"
    return SUFFIX_FORMATS.get(Path(out).suffix.lower(), "jsonl")


def check_options(fmt: str | None, out: str | Path | TextIO | None, *, excel: bool = False,
                  resume: bool = False) -> str:
    """The format to write; ValueError for options that do not go together."""
    fmt = fmt or format_for(out if isinstance(out, (str, Path)) else None, excel)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError("excel applies to the csv format only")
    to_path = isinstance(out, (str, Path))
    if fmt in ("xlsx", "parquet") and not to_path:
        raise ValueError(f"{fmt} is a binary file format: give an output path (-o FILE.{fmt})")
    if resume and not to_path:
        raise ValueError("resume needs an output path (-o FILE): standard output cannot be continued")
    return fmt


def state_path(out: str | Path) -> Path:
    """The state file of a run writing to ``out``: ``<out>.done``."""
    out = Path(out)
    return out.with_name(out.name + ".done")


def spool_path(out: str | Path) -> Path:
    """Where a whole-file format collects its results until the run ends: ``<out>.part``."""
    out = Path(out)
    return out.with_name(out.name + ".part")


def _render(result: FileResult, fmt: str) -> str:
    """A file's rows in a streamed format, or its line in a spool."""
    if result.rendered is not None and result.rendered[0] == fmt:
        return result.rendered[1]
    buffer = io.StringIO(newline="")
    if fmt == "spool":
        # = json.dumps(result.spool_record()), the document rendered by pydantic rather than dumped to a dict
        record = json.dumps(result.record(), ensure_ascii=False)
        document = result.document.model_dump_json() if result.document is not None else "null"
        buffer.write(record[:-1] + ', "document": ' + document + "}\n")
    elif result.document is not None:
        if fmt == "jsonl":
            output.write_jsonl(result.document, buffer)
        else:
            output.write_csv_rows(result.document, buffer)
    return buffer.getvalue()


def _prelude(fmt: str, excel: bool) -> str:
    if fmt != "csv":
        return ""
    buffer = io.StringIO(newline="")
    output.write_csv_header(buffer, excel=excel)
    return buffer.getvalue()


class _StreamSink:
    """jsonl, csv or a JSON array written to a text stream (standard output) as files finish; no state."""

    def __init__(self, fp: TextIO, fmt: str, excel: bool) -> None:
        self._fp = fp
        self._array = output.JsonArrayWriter(fp) if fmt == "json" else None
        #: what _render is asked for (None: the JSON array takes documents)
        self.render: str | None = None if self._array is not None else fmt
        fp.write(_prelude(fmt, excel))
        fp.flush()

    def add(self, result: FileResult) -> int:
        if self.render is not None:
            self._fp.write(_render(result, self.render))
        elif self._array is not None and result.document is not None:
            self._array.add(result.document)
        self._fp.flush()
        return 0

    def finish(self) -> None:
        self.abort()

    def abort(self) -> None:
        if self._array is not None:
            self._array.close()  # a valid array of the documents so far
        self._fp.flush()


class _FileSink:
    """Results appended to a file (the output for jsonl and csv, the spool for the others), with offsets."""

    def __init__(self, path: Path, fmt: str, resume_at: int | None, prelude: str, name: str) -> None:
        self.path = path
        self.render = fmt  # what _render is asked for: jsonl, csv or spool
        self._name = name  # the output's name, for messages
        try:
            if resume_at is None:
                self._raw = open(path, "w+b")  # noqa: SIM115 - kept open for the run
                self._raw.write(prelude.encode("utf-8"))
            else:
                self._raw = open(path, "r+b")  # noqa: SIM115
                self._raw.truncate(resume_at)
                self._raw.seek(resume_at)
            self._raw.flush()
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=name) from None
        self.start = self._raw.tell()
        self.end = self.start

    def add(self, result: FileResult) -> int:
        """Write a file's rows (buffered: :meth:`flush` makes them durable); return the offset after them."""
        try:
            self._raw.write(_render(result, self.render).encode("utf-8"))
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=self._name) from None
        self.end = self._raw.tell()
        return self.end

    def flush(self) -> None:
        try:
            self._raw.flush()
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=self._name) from None

    def close(self, sync: bool = False) -> None:
        if self._raw.closed:
            return
        try:
            self._raw.flush()
            if sync:
                os.fsync(self._raw.fileno())
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=self._name) from None
        finally:
            self._raw.close()


class _State:
    """The state file ``<output>.done``: a settings line, then one line per finished file with its offset."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fp: TextIO | None = None
        #: lines of files whose rows may not have reached the output yet (see :meth:`_Destination.add`)
        self._pending: list[str] = []

    def read(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The settings and the records of whole lines (a line cut short by a kill is left out)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ResumeError(f"cannot read the state file {self.path}: {exc.strerror or exc}") from None
        lines = text.split("\n")
        complete = lines[:-1]  # the part after the last newline was cut short (or is empty)
        try:
            header = json.loads(complete[0])
            records = [json.loads(line) for line in complete[1:]]
        except (IndexError, ValueError):
            raise ResumeError(f"the state file {self.path} is not one that dtextract wrote; "
                              "run again without --resume") from None
        if not isinstance(header, dict) or header.get("dtextract_batch") != STATE_VERSION:
            raise ResumeError(f"the state file {self.path} is not one that this dtextract wrote; "
                              "run again without --resume")
        return header, records

    def open(self, header: dict[str, Any], records: Sequence[dict[str, Any]] = ()) -> None:
        """Start the file anew with ``header`` and ``records`` (atomically), then keep it open to append."""
        with output.atomic_file(self.path) as fp:
            for line in (header, *records):
                fp.write(json.dumps(line, ensure_ascii=False) + "\n")
        try:
            self._fp = open(self.path, "a", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(self.path)) from None

    def append(self, record: dict[str, Any], end: int) -> None:
        """Note a finished file; its line is written by :meth:`commit`, once its rows are in the output."""
        self._pending.append(json.dumps({**record, "end": end}, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        """Write the noted lines (the output must already hold their rows)."""
        assert self._fp is not None
        if not self._pending:
            return
        try:
            self._fp.write("".join(self._pending))
            self._fp.flush()
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(self.path)) from None
        self._pending.clear()

    def close(self, *, commit: bool = False) -> None:
        if self._fp is not None:
            if commit:
                with suppress(OutputError):
                    self.commit()
            self._fp.close()
            self._fp = None
        self._pending.clear()

    def remove(self) -> None:
        self.close()
        with suppress(FileNotFoundError):
            self.path.unlink()


class _Report:
    """The ``--report`` file: one JSON line per file, written as files finish."""

    def __init__(self, path: str | Path) -> None:
        self._name = str(path)
        try:
            self._fp: TextIO = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=self._name) from None

    def write(self, record: dict[str, Any]) -> None:
        try:
            self._fp.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._fp.flush()
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=self._name) from None

    def close(self) -> None:
        self._fp.close()


def _convert_spool(spool: Path, fmt: str, target: Path) -> None:
    """Turn a finished spool into the whole-file format ``fmt`` at ``target`` (temporary file, then rename)."""
    with output.atomic_file(target, binary=fmt != "json") as fp:
        writer: Any
        if fmt == "json":
            writer = output.JsonArrayWriter(cast(TextIO, fp))
        elif fmt == "xlsx":
            writer = output.XlsxWriter(cast(BinaryIO, fp))
        else:
            writer = output.ParquetWriter(cast(BinaryIO, fp))
        with open(spool, encoding="utf-8") as lines:
            for line in lines:
                result = FileResult.from_record(json.loads(line))
                if result.document is not None:
                    writer.add(result.document)
                if fmt == "xlsx":
                    writer.add_file(result.record())
        writer.close()


class _Destination:
    """Everything a run writes to: the sink, the state file and the report, opened for a fresh run or a resume."""

    def __init__(self, out: str | Path | TextIO | None, fmt: str, excel: bool, settings: dict[str, Any],
                 resume: bool, report: str | Path | None, summary: Summary) -> None:
        self.fmt = fmt
        self.done: dict[str, dict[str, Any]] = {}
        self.state: _State | None = None
        self.report: _Report | None = None
        self.target: Path | None = None
        self._special: TextIO | None = None
        self.sink: _StreamSink | _FileSink | None = None
        self._committed = time.monotonic()
        try:
            self._open(out, fmt, excel, settings, resume, report, summary)
        except BaseException:
            self.close()
            raise

    @property
    def render(self) -> str | None:
        """What workers may write for the sink (see :func:`iter_results`)."""
        return self.sink.render if self.sink is not None else None

    def _open(self, out: str | Path | TextIO | None, fmt: str, excel: bool, settings: dict[str, Any],
              resume: bool, report: str | Path | None, summary: Summary) -> None:
        records: list[dict[str, Any]] = []
        if out is None or not isinstance(out, (str, Path)):
            stream = out if out is not None else sys.stdout
            self.sink = _StreamSink(stream, fmt, excel)
        elif _special(out):  # /dev/stdout, a named pipe: written as a stream, without state
            if resume or fmt not in (*STREAM_FORMATS, "json"):
                raise OutputError("is not a regular file" + (", so a run into it cannot be resumed" if resume
                                                            else f"; {fmt} needs one"), path=str(out))
            try:
                self._special = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(out)) from None
            self.sink = _StreamSink(self._special, fmt, excel)
        else:
            self.target = Path(out)
            if self.target.is_dir():
                raise OutputError("is a directory, not a file", path=str(out))
            self.state = _State(state_path(out))
            streamed = fmt in STREAM_FORMATS
            data = self.target if streamed else spool_path(out)
            header = {"dtextract_batch": STATE_VERSION, **settings}
            resume_at, start = None, None
            if resume and self.state.path.exists():
                resume_at, start, records = self._resumable(header, data)
                summary.notes.append(f"resuming: {len(records)} files were done in the earlier run")
            elif resume:
                summary.notes.append(f"no state file {self.state.path}: starting from the beginning")
            self.sink = _FileSink(data, "spool" if not streamed else fmt, resume_at,
                                  _prelude(fmt, excel) if streamed else "", str(out))
            self.state.open({**header, "start": self.sink.start if start is None else start}, records)
        for record in records:
            self.done[record["path"]] = record
        if report is not None:
            self.report = _Report(report)
            for record in records:
                self.report.write({k: v for k, v in record.items() if k != "end"})

    def _resumable(self, header: dict[str, Any], data: Path) -> tuple[int, int, list[dict[str, Any]]]:
        """Where to go on in ``data``, where its rows start, and the records of the files done."""
        assert self.state is not None
        saved, records = self.state.read()
        settings = {k: v for k, v in saved.items() if k != "start"}
        if settings != header:
            differ = ", ".join(f"{k} was {saved.get(k)!r}, now {header.get(k)!r}"
                               for k in sorted(set(settings) | set(header)) if settings.get(k) != header.get(k))
            raise ResumeError(f"cannot resume with other settings than the interrupted run ({differ}); "
                              "use the same options, or run again without --resume")
        start = int(saved.get("start", 0))
        end = int(records[-1]["end"]) if records else start
        size = data.stat().st_size if data.exists() else -1
        if size < end:
            raise ResumeError(f"cannot resume: {data} is shorter than its state file {self.state.path} records; "
                              "run again without --resume")
        return end, start, records

    def add(self, result: FileResult) -> None:
        """Write a file's rows and note it done. The output and the state file are flushed together every
        :data:`COMMIT_SECONDS`, the rows first, so that the state never names rows the output lacks: a run
        that is killed redoes at most the files of its last moments."""
        assert self.sink is not None
        end = self.sink.add(result)
        record = result.record()
        if self.state is not None:
            self.state.append(record, end)
            now = time.monotonic()
            if now - self._committed >= COMMIT_SECONDS:
                self.commit()
                self._committed = now
        if self.report is not None:
            self.report.write(record)

    def commit(self) -> None:
        """Make the rows written so far durable, then the state lines that name them."""
        if isinstance(self.sink, _FileSink) and self.state is not None:
            self.sink.flush()
            self.state.commit()

    def finish(self) -> None:
        """The run went through: complete the output and drop the state."""
        if isinstance(self.sink, _StreamSink):
            self.sink.finish()
        elif self.sink is not None:
            self.sink.close(sync=True)
            if self.fmt not in STREAM_FORMATS:
                assert self.target is not None
                _convert_spool(self.sink.path, self.fmt, self.target)
                with suppress(FileNotFoundError):
                    self.sink.path.unlink()
            assert self.state is not None
            self.state.remove()

    def abort(self) -> None:
        """The run stops early: keep the output valid up to the last whole file, and the state to resume."""
        with suppress(Exception):
            if isinstance(self.sink, _StreamSink):
                self.sink.abort()
            elif self.sink is not None:
                self.sink.close()
                if self.state is not None:
                    self.state.close(commit=True)   # the rows are in: their lines may follow

    def close(self) -> None:
        if isinstance(self.sink, _FileSink):
            with suppress(OutputError):
                self.sink.close()
        if self.state is not None:
            self.state.close()
        if self.report is not None:
            self.report.close()
        if self._special is not None:
            with suppress(OSError):
                self._special.close()


class Progress(Protocol):
    """What :func:`run` tells about its progress."""

    def start(self, total: int, resumed: int) -> None: ...
    def update(self, result: FileResult) -> None: ...
    def stop(self) -> None: ...


class ProgressBar:
    """A rich progress bar on standard error: files done, figures, files per second, time left."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._task: Any = None
        self._figures = 0
        self._failed = 0

    def start(self, total: int, resumed: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.speed
                return Text(f"{speed:.1f} files/s" if speed else "– files/s", style="progress.data.speed")

        label = f"[bold]batch[/] ({resumed} done before)" if resumed else "[bold]batch[/]"
        self._progress = Progress(
            TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[figures]} figures"), TextColumn("[red]{task.fields[failed]}[/]"), Rate(),
            TimeRemainingColumn(), console=Console(stderr=True), transient=False)
        self._progress.start()
        self._task = self._progress.add_task("batch", total=total, figures=0, failed="")

    def update(self, result: FileResult) -> None:
        self._figures += result.figures
        self._failed += result.status == "error"
        failed = f"{self._failed} failed" if self._failed else ""
        self._progress.update(self._task, advance=1, figures=self._figures, failed=failed)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def _special(path: str | Path) -> bool:
    """Whether ``path`` exists and is neither a regular file nor a folder (a device, a named pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _same_file(path: str, others: Sequence[Path]) -> bool:
    """Whether ``path`` is one of ``others`` (resolved paths); names are compared first, to spare the disk."""
    if not any(os.path.basename(path) == other.name for other in others):
        return False
    try:
        resolved = Path(path).resolve()
    except OSError:
        return False
    return any(resolved == other for other in others)


def run(files: Sequence[str | Path], out: str | Path | TextIO | None = None, *, fmt: str | None = None,
        excel: bool = False, jobs: int | None = None, published: str | None = None,
        patterns: api.Patterns = None, report: str | Path | None = None, resume: bool = False,
        progress: Progress | None = None, select: api.FigureFilter | None = None, location: str | None = None,
        meta: FileMeta | None = None) -> Summary:
    """Read ``files`` and write their figures to ``out`` in format ``fmt``; the :class:`Summary` says how it went.

    ``out`` is a path, a text stream, or None for standard output; ``fmt``
    one of :data:`FORMATS` (default: from ``out``'s suffix, else jsonl;
    ``xlsx`` and ``parquet`` need a path). Rows come in the order of
    ``files`` whatever ``jobs`` is; every file is in ``report`` (JSON Lines:
    path, status, figures, error, seconds, warnings). A file that fails is
    counted and the run goes on. With a path, ``resume`` continues an
    interrupted run (see the module's documentation). ``select`` keeps only
    the figures it keeps (``--kind``, ``--grep`` …); a file's ``figures``
    count is then of those. Missing folders above ``out`` are created.
    ``location`` and ``meta`` as in :func:`iter_results`.

    Raises ValueError (:class:`ResumeError` among them) for options that do
    not go together, :class:`~dtextract.errors.PatternError`,
    :class:`~dtextract.errors.MissingExtraError` and
    :class:`~dtextract.output.OutputError` before or while writing, and
    :class:`BatchInterrupted` on Ctrl-C, once the output is valid up to the
    last whole file.
    """
    started = time.perf_counter()
    fmt = check_options(fmt, out, excel=excel, resume=resume)
    if fmt in output.EXTRAS:
        output.require_extra(fmt)
    published = api.check_published(published)
    pattern_set = api.load_patterns(patterns)  # a bad pattern folder fails before anything is written
    pattern_dirs = [str(layer) for layer in pattern_set.layers[1:]]
    settings = {"format": fmt, "excel": excel, "published": published, "patterns": pattern_dirs}
    if select:  # a resumed run must keep the same figures
        settings["select"] = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(select).items()}
    location = api.check_location(location)
    if location is not None or meta is not None:   # (absent otherwise: older runs resume as before)
        settings["location"] = location
        settings["meta"] = [[k, *v] for k, v in sorted(meta.rows.items())] if meta is not None else None
    if isinstance(out, (str, Path)):
        output.make_parents(out)
    if report is not None:
        output.make_parents(report)
    summary = Summary()
    with ExitStack() as stack:
        destination = _Destination(out, fmt, excel, settings, resume, report, summary)
        stack.callback(destination.close)
        for record in destination.done.values():
            summary.add(record, resumed=True)
        ours: list[Path] = []
        if destination.target is not None:
            target = destination.target
            ours = [target, state_path(target), spool_path(target)]
        if report is not None:
            ours.append(Path(report))
        ours = [p.resolve() for p in ours]
        todo: list[str] = []
        seen: set[str] = set()
        for item in files:
            path = str(item)
            if path in seen or path in destination.done or (ours and _same_file(path, ours)):
                continue
            seen.add(path)
            todo.append(path)
        if progress is not None:
            progress.start(len(todo), summary.resumed)
            stack.callback(progress.stop)
        interrupts = stack.enter_context(_Interrupts())
        try:
            results = stack.enter_context(closing(iter_results(
                todo, jobs=jobs, published=published, patterns=pattern_set,
                render=None if select else destination.render,   # (filtered here: workers send documents)
                location=location, meta=meta)))
            for result in results:
                if select and result.document is not None:
                    result = replace(result, document=select(result.document))
                with interrupts.held():  # the rows, the state line and the count go together
                    destination.add(result)
                    summary.add(result.record())
                if progress is not None:
                    progress.update(result)
            destination.finish()
        except KeyboardInterrupt:
            destination.abort()
            summary.interrupted = True
            summary.seconds = time.perf_counter() - started
            raise BatchInterrupted(summary) from None
        except BaseException:
            destination.abort()
            raise
    summary.seconds = time.perf_counter() - started
    return summary
