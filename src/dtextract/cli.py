"""The ``dtextract`` command: argument parsing, then calls into :mod:`dtextract.api`, :mod:`dtextract.output`
and :mod:`dtextract.batch`.

Exit codes: 0 success, 1 an error dtextract reports (bad input, bad pattern
folder, unwritable output; one line on stderr; for ``batch``, some file
failed), 2 a usage error, 130 a batch interrupted by Ctrl-C. Data goes to
stdout, narration (warnings, progress, summaries) to stderr.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

import typing

from . import api, formats, models, output, reader
from .errors import DtextractError, InputError

if TYPE_CHECKING:
    from . import batch as batch_lib
else:
    class _Lazy:
        """``dtextract.batch`` (process pools, threads), imported when a command first uses it, not by ``parse``."""

        def __getattr__(self, name: str) -> Any:
            from . import batch  # noqa: PLC0415 - deliberately lazy
            return getattr(batch, name)

    batch_lib = _Lazy()

__all__ = ["app", "main"]

PROG = "dtextract"
#: = batch.DEFAULT_INCLUDE, for the help text, without importing dtextract.batch
_DEFAULT_INCLUDE = ("*.txt", *(f"*{suffix}" for suffix in formats.FORMATS))

HELP = f"""Extract statistical figures from Vietnamese government news articles.

Each figure comes out as a record with its value, unit, kind, period,
location and the sentence it stands in (see `{PROG} schema`).

Examples:

    echo "Tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%." | {PROG} parse -

    {PROG} parse bai-viet.txt --format table

    {PROG} parse bai-viet.txt --published 2023-07-15 --excel -o so-lieu.csv

    {PROG} batch bao-cao/ -o so-lieu.xlsx

    {PROG} merge so-lieu.jsonl bao-khac/ -o du-lieu.csv

    {PROG} patterns check my-patterns/
"""

PARSE_HELP = f"""Extract the figures of the article FILE ('-' reads standard input).

The file may be UTF-8 (with or without a byte-order mark), UTF-16 with a
byte-order mark, or a legacy Vietnamese encoding: Windows-1258, TCVN3 (ABC),
VNI or VISCII, as bytes or as text typed in a .VnTime/VNI-Times font (a
warning names the encoding assumed). .html, .htm, .docx and .pdf files are
read too, with the extras installed (pip install -e '.\\[html,docx,pdf]' in
the dtextract checkout). -o chooses the format by its suffix (.json .jsonl
.csv .xlsx .parquet .txt) and creates missing folders.

Examples:

    {PROG} parse bai-viet.txt

    echo "Năm 2023, thu hút 5,2 tỷ USD." | {PROG} parse - -f jsonl

    {PROG} parse bao-cao.pdf --excel -o so-lieu.csv

    {PROG} parse bai-viet.html --kind money --grep vốn -o ra/so-lieu.xlsx
"""

BATCH_HELP = f"""Extract the figures of many articles: files, folders (recursively) or a list of paths.

Every figure of every file goes into one output, in a stable order: the
PATHs as given, a folder's files sorted by their path inside it (hidden
files and folders skipped). Files are read in parallel (--jobs); the output
is the same whatever --jobs is, and equals `{PROG} parse` run on each file
in turn (CSV with one header). A file that cannot be read does not stop the
batch: the summary on stderr and the --report file name it and say why, and
the exit code is 1. Exit codes: 0 every file read, 1 some failed (or an
error stopped the run), 2 a usage error, 130 interrupted.

Formats: jsonl and csv are written as files finish (one header for csv);
json is an array of the documents of `parse --format json`; xlsx has a sheet
'figures' and a sheet 'files' (status, figure count and error of each file);
parquet has one typed row per figure. xlsx and parquet need -o and an extra:
pip install -e '.\\[xlsx]' or '.\\[parquet]' (in the dtextract checkout).

Interrupting and resuming: Ctrl-C leaves the output valid up to the last
whole file; json, xlsx and parquet are built in FILE.part and renamed into
place only at the end. With -o, the state file FILE.done records every file
finished and how far the output had got; it is removed when the run
completes. Run the same command again with --resume to go on where it
stopped (after Ctrl-C, a kill or a crash): the output is cut back to the
last recorded file, finished files are skipped (failed ones are not
retried), and the result is the same as that of an uninterrupted run.
Without --resume, a run starts afresh.

Examples:

    {PROG} batch bao-cao/ -o so-lieu.jsonl

    {PROG} batch bao-cao/ 2024/ --exclude 'nhap/*' --excel -o so-lieu.csv

    find /data -name '*.txt' | {PROG} batch --from-list - > tuan.jsonl

    {PROG} batch bao-cao/ -o so-lieu.xlsx --report files.jsonl --jobs 4

    {PROG} batch bao-cao/ -o so-lieu.jsonl --resume

    {PROG} batch bao-cao/ --status target --filter-location Huế -o t.csv
"""

#: Output format chosen from the suffix of ``-o`` when ``--format`` is not given (parse and batch).
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "table",
                   ".xlsx": "xlsx", ".parquet": "parquet", ".pq": "parquet"}


def _suffix_format(out: Path, allowed: tuple[str, ...]) -> str:
    """The format the suffix of ``-o`` names; a usage error for a suffix that names none of ``allowed``."""
    fmt = _SUFFIX_FORMATS.get(out.suffix.lower())
    if fmt not in allowed:
        suffixes = " ".join(s for s, f in _SUFFIX_FORMATS.items() if f in allowed)
        raise typer.BadParameter(f"cannot tell the format from the name {out.name!r}: end it in one of "
                                 f"{suffixes}, or give --format", param_hint="'-o'")
    return fmt


class Format(str, Enum):
    """The output formats of ``dtextract parse``."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    parquet = "parquet"


class BatchFormat(str, Enum):
    """The output formats of ``dtextract batch``."""

    jsonl = "jsonl"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"
    parquet = "parquet"


app = typer.Typer(name=PROG, help=HELP, no_args_is_help=True, add_completion=True,
                  pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]})
patterns_app = typer.Typer(help="Check the rule data: the built-in patterns/ folder and your own.",
                           no_args_is_help=True)
app.add_typer(patterns_app, name="patterns")


# -- helpers -------------------------------------------------------------------------

def _say(message: str) -> None:
    """One line of narration on stderr."""
    typer.echo(f"{PROG}: " + " ".join(message.split()), err=True)


@contextmanager
def _reported() -> Iterator[None]:
    """Turn errors into one line on stderr and exit code 1, never a traceback.

    Warnings raised inside are printed on stderr as one line each. With the
    environment variable DTEXTRACT_DEBUG set, unexpected errors keep their traceback.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", reader.EncodingGuessWarning)
        try:
            yield
        except DtextractError as exc:
            _say(str(exc))
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, BrokenPipeError, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: report it in one line rather than a traceback
            if os.environ.get("DTEXTRACT_DEBUG"):
                raise
            _say(f"internal error: {type(exc).__name__}: {exc} (set DTEXTRACT_DEBUG=1 for the traceback)")
            raise typer.Exit(1) from None
        finally:
            for warning in caught:
                _say(f"warning: {warning.message}")


def _stdout() -> TextIO:
    """Standard output, as UTF-8 whatever the locale says."""
    out = sys.stdout
    encoding = (getattr(out, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(out, "reconfigure"):
        with suppress(Exception):
            out.reconfigure(encoding="utf-8")
    return out


def _published(value: str | None) -> str | None:
    try:
        return api.check_published(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _published_option(help_text: str) -> Any:
    return typer.Option(metavar="YYYY-MM-DD", callback=_published, help=help_text)


def _flag_type(option: Any, ctx: Any) -> str | None:
    """No ``<bool>`` after an on/off flag in the help (``--version``, ``--help``, ``--excel`` take no value)."""
    if getattr(option, "is_bool_flag", False) and option.metavar is None:
        return None
    return _display_type_rich(option, ctx)


_typer_option = getattr(getattr(typer, "core", None), "TyperOption", None)
_display_type_rich = getattr(_typer_option, "display_type_rich", None)
if _display_type_rich is not None:
    _typer_option.display_type_rich = _flag_type  # type: ignore[union-attr]


@contextmanager
def _quiet(quiet: bool) -> Iterator[None]:
    """With ``quiet``, nothing that the HTML and PDF libraries log or warn reaches stderr."""
    if not quiet:
        yield
        return
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


def _figure_filter(kinds: list[Kind] | None, statuses: list[Status] | None, locations: list[str] | None,
                   grep: str | None) -> api.FigureFilter:
    return api.FigureFilter(kinds=tuple(k.value for k in kinds or ()), statuses=tuple(s.value for s in statuses or ()),
                            locations=tuple(locations or ()), grep=grep or None)


Kind = Enum("Kind", {k: k for k in typing.get_args(models.Kind)}, type=str)  # type: ignore[misc]
Status = Enum("Status", {s: s for s in typing.get_args(models.Status)}, type=str)  # type: ignore[misc]

# options that `parse` and `batch` share
KindOption = Annotated[list[Kind] | None, typer.Option(
    "--kind", metavar="KIND", case_sensitive=False, show_default=False,
    help="Keep only figures of KIND: " + ", ".join(typing.get_args(models.Kind)) + " (repeatable).")]
StatusOption = Annotated[list[Status] | None, typer.Option(
    "--status", metavar="STATUS", case_sensitive=False, show_default=False,
    help="Keep only figures with STATUS: " + ", ".join(typing.get_args(models.Status)) + " (repeatable).")]
FilterLocationOption = Annotated[list[str] | None, typer.Option(
    "--filter-location", metavar="NAME", show_default=False,
    help="Keep only figures located in NAME, e.g. 'Phú Thọ' (repeatable; ignoring case).")]
GrepOption = Annotated[str | None, typer.Option(
    "--grep", metavar="TEXT", show_default=False,
    help="Keep only figures whose subject or sentence contains TEXT (ignoring case).")]
ExcelOption = Annotated[bool, typer.Option(
    "--excel", help="CSV for Excel: start with a UTF-8 byte-order mark (implies --format csv).")]
PatternsOption = Annotated[list[Path] | None, typer.Option(
    "--patterns", metavar="DIR",
    help="A folder of pattern files layered over the built-in ones (repeatable; later folders win).")]


def _location(value: str | None) -> str | None:
    try:
        return api.check_location(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


# where: the place a user knows for articles that name none (parse and batch)
LocationOption = Annotated[str | None, typer.Option(
    "--location", metavar="NAME", callback=_location,
    help="The place of figures in articles that name or imply none: a province, city or district "
         "(e.g. 'Gia Lai', 'Đà Lạt'). Default: none (null).")]


def _choose_format(fmt: Format | None, out: Path | None, excel: bool) -> str:
    """The format to write: as given, else csv for --excel, else from the -o suffix, else by terminal."""
    if fmt is not None:
        if excel and fmt is not Format.csv:
            raise typer.BadParameter("--excel applies to --format csv only", param_hint="'--excel'")
        if fmt.value in output.FILE_FORMATS and out is None:
            raise typer.BadParameter(f"{fmt.value} is a binary file format: give an output path (-o FILE.{fmt.value})",
                                     param_hint="'--format'")
        return fmt.value
    if excel:
        return "csv"
    if out is not None:
        return _suffix_format(out, tuple(f.value for f in Format))
    return "table" if sys.stdout.isatty() else "json"


def _version_string() -> str:
    """``dtextract X.Y.Z``, the version of the installed distribution."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{PROG} {version(PROG)}"
    except PackageNotFoundError:  # running from a source tree that is not installed
        from . import __version__

        return f"{PROG} {__version__}"


def _version(value: bool) -> None:
    if value:
        typer.echo(_version_string())
        raise typer.Exit()


# -- commands ------------------------------------------------------------------------

@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.",
                                          callback=_version, is_eager=True)] = False,
) -> None:
    """Extract statistical figures from Vietnamese government news articles."""


@app.command(help=PARSE_HELP)
def parse(
    file: Annotated[str, typer.Argument(
        metavar="FILE", show_default=False,
        help="The article: .txt (any encoding), .html, .htm, .docx or .pdf; '-' reads standard input.")],
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format. Default: table on a terminal, json when piped; with -o, from its suffix "
             "(.json .jsonl .csv .xlsx .parquet .txt).")] = None,
    out: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="PATH", dir_okay=False,
        help="Write to PATH (atomically: a temporary file, then renamed; missing folders are created) "
             "instead of stdout.")] = None,
    excel: ExcelOption = False,
    published: Annotated[str | None, _published_option(
        "The article's date, used to place periods without a year. "
        "Default: the dateline of the article, if it states one.")] = None,
    pattern_dirs: PatternsOption = None,
    kinds: KindOption = None,
    statuses: StatusOption = None,
    filter_locations: FilterLocationOption = None,
    grep: GrepOption = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No warnings on stderr (nor what the HTML and PDF libraries log).")] = False,
    location: LocationOption = None,
) -> None:
    fmt_name = _choose_format(fmt, out, excel)
    select = _figure_filter(kinds, statuses, filter_locations, grep)
    with _reported(), _quiet(quiet):
        doc = select(api.parse_file(file, published=published, patterns=pattern_dirs or (), location=location))
        if out is not None:
            output.write_path(doc, fmt_name, out, excel=excel)
        else:
            output.write(doc, fmt_name, _stdout(), excel=excel)


@app.command(help=BATCH_HELP)
def batch(
    paths: Annotated[list[str] | None, typer.Argument(
        metavar="[PATH]...", show_default=False,
        help="Files and folders to read (folders recursively).")] = None,
    include: Annotated[list[str] | None, typer.Option(
        "--include", "-i", metavar="GLOB",
        help="Take the files of folders that match GLOB (repeatable; matched from the right of the path, "
             "ignoring case). Default: " + " ".join(_DEFAULT_INCLUDE) + ".")] = None,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", "-x", metavar="GLOB",
        help="Leave out files and folders that match GLOB (repeatable), e.g. 'nhap/*' or '*.pdf'.")] = None,
    from_list: Annotated[str | None, typer.Option(
        "--from-list", "-l", metavar="FILE",
        help="Also read the paths listed in FILE, one a line ('-': standard input; "
             "blank lines and lines starting with # are skipped).")] = None,
    fmt: Annotated[BatchFormat | None, typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format. Default: from the suffix of -o (.jsonl .csv .json .xlsx .parquet), else jsonl.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", dir_okay=False,
        help="Write to FILE instead of stdout (needed for xlsx, parquet and --resume; missing folders "
             "are created).")] = None,
    excel: ExcelOption = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, metavar="N", show_default=False,
        help="Read N files at a time in worker processes. Default: the number of CPUs; "
             "1 reads them in this process.")] = None,
    report: Annotated[Path | None, typer.Option(
        "--report", metavar="FILE", dir_okay=False,
        help="Write one JSON line per file to FILE: path, status (ok, empty, error), figures, error, "
             "seconds, warnings.")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Continue the interrupted run that wrote to -o FILE (see above).")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar, summary or warnings on stderr.")] = False,
    published: Annotated[str | None, _published_option(
        "The date to place periods without a year, for every file. "
        "Default: each article's own dateline, if it states one.")] = None,
    pattern_dirs: PatternsOption = None,
    kinds: KindOption = None,
    statuses: StatusOption = None,
    filter_locations: FilterLocationOption = None,
    grep: GrepOption = None,
    location: LocationOption = None,
    meta: Annotated[Path | None, typer.Option(
        "--meta", metavar="FILE.csv", dir_okay=False,
        help="Per-file values from a CSV with the columns path, published, location (any may be empty): "
             "they win over --published and --location for their file. With no PATH, the files it lists "
             "are read.")] = None,
) -> None:
    file_meta = None
    if meta is not None:
        try:
            file_meta = batch_lib.read_meta(meta)
        except InputError as exc:
            raise typer.BadParameter(str(exc), param_hint="'--meta'") from None
        if not paths and from_list is None:
            paths = [p for p in file_meta.paths() if p]
    if not paths and from_list is None:
        raise typer.BadParameter("give at least one PATH, or --from-list FILE", param_hint="PATH")
    if paths and api.STDIN in paths:
        raise typer.BadParameter("'-' is not a PATH here; to read paths from standard input use --from-list -",
                                 param_hint="PATH")
    if fmt is None and not excel and out is not None:
        _suffix_format(out, batch_lib.FORMATS)
    select = _figure_filter(kinds, statuses, filter_locations, grep)
    try:
        fmt_name = batch_lib.check_options(fmt.value if fmt else None, out, excel=excel, resume=resume)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    usage: typer.BadParameter | None = None
    summary: batch_lib.Summary | None = None
    files: list[str] = []
    with _reported(), _quiet(quiet):
        try:
            files = batch_lib.find_files(paths or (), include=include or batch_lib.DEFAULT_INCLUDE,
                                         exclude=exclude or (), from_list=from_list)
            progress = batch_lib.ProgressBar() if not quiet and sys.stderr.isatty() else None
            summary = batch_lib.run(files, out, fmt=fmt_name, excel=excel, jobs=jobs, published=published,
                                    patterns=pattern_dirs or (), report=report, resume=resume,
                                    progress=progress, select=select or None, location=location, meta=file_meta)
        except batch_lib.ResumeError as exc:
            usage = typer.BadParameter(str(exc), param_hint="'--resume'")
        except InputError as exc:  # only the list of paths raises it: files that fail are counted
            usage = typer.BadParameter(str(exc), param_hint="'--from-list'")
        except ValueError as exc:  # an empty glob
            usage = typer.BadParameter(str(exc))
        except batch_lib.BatchInterrupted as stop:
            summary = stop.summary
        except BrokenPipeError:  # the reader of stdout went away (| head): stop quietly
            with suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(1) from None
    if usage is not None:
        raise usage
    assert summary is not None
    if not quiet:
        for note in summary.notes:
            _say(note)
        if not files:
            _say("no files to read")
        for line in batch_lib.summary_lines(summary):
            _say(line)
        if summary.interrupted and out is not None:
            _say("the output holds whole files only; run the same command with --resume to go on")
    raise typer.Exit(130 if summary.interrupted else summary.exit_code)


@app.command(help=f"""Show why each record of FILE is what it is.

For each figure: the rule or relation behind each field (subject, total, change, status, …).
For each number that is not a figure: the rule that left it out. Use it to trust a record,
or to report one that is wrong.

Example:

    {PROG} explain bai-viet.txt | less
""")
def explain(
    file: Annotated[str, typer.Argument(metavar="FILE", help="The article (.txt, .html, .docx, .pdf); "
                                        "'-' reads standard input.", show_default=False)],
    published: Annotated[str | None, _published_option(
        "The article's date, used to place periods without a year. "
        "Default: the dateline of the article, if it states one.")] = None,
    pattern_dirs: PatternsOption = None,
) -> None:
    from . import explain as explain_lib

    with _reported():
        report = api.explain_file(file, published=published, patterns=pattern_dirs or ())
        _stdout().write(explain_lib.render(report))


@app.command()
def text(
    file: Annotated[str, typer.Argument(metavar="FILE", show_default=False,
                                        help="The article (text, .html, .docx, .pdf); '-' reads standard input.")],
) -> None:
    """Print the text dtextract extracts from FILE: the text that `parse` offsets (start, end) index."""
    with _reported():
        stream = _stdout()
        body = api.file_text(file)
        stream.write(body)
        if body and not body.endswith("\n"):
            stream.write("\n")


MERGE_HELP = f"""One dataset from many articles: the same fact merged, conflicting reports flagged.

Each INPUT is a JSONL file that `{PROG} batch` wrote (or its .parquet, or
the figures-*.jsonl partitions of dtextract.dask), or a folder or article,
which is extracted first as `{PROG} batch` would. Out comes one row per
fact (indicator, location, period, unit, kind) with its value, n_sources,
conflict (the mentions disagree beyond the precision they are written
with; conflict_values lists what differs) and its mentions. jsonl rows
hold the mentions as a list; csv and xlsx flatten them into a 'sources'
column (xlsx adds a 'mentions' sheet); parquet keeps the list. Needs
pip install 'dtextract\\[merge]'.

Examples:

    {PROG} batch bao-cao/ -o so-lieu.jsonl && {PROG} merge so-lieu.jsonl -o du-lieu.csv

    {PROG} merge bao-cao/ bao-khac/ -o du-lieu.xlsx

    {PROG} merge so-lieu.jsonl --pivot period -o chuoi-thoi-gian.csv

    {PROG} merge so-lieu.jsonl --explain -f jsonl | less
"""


class MergeFormat(str, Enum):
    """The output formats of ``dtextract merge``."""

    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    parquet = "parquet"


class PivotBy(str, Enum):
    period = "period"


@app.command(help=MERGE_HELP)
def merge(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT...", show_default=False,
        help="JSONL (or Parquet) files of figure records, or folders/files of articles.")],
    out: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", dir_okay=False,
        help="Write to FILE (.jsonl .csv .xlsx .parquet) instead of stdout.")] = None,
    fmt: Annotated[MergeFormat | None, typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format. Default: from the suffix of -o, else jsonl.")] = None,
    excel: ExcelOption = False,
    pivot: Annotated[PivotBy | None, typer.Option(
        "--pivot", help="'period': one row per indicator and place, periods as columns.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Add an 'explain' column: why the mentions share the row "
                          "(key parts, synonym rules, fuzzy scores).")] = False,
    include: Annotated[list[str] | None, typer.Option(
        "--include", "-i", metavar="GLOB", help="As for batch: the files of folders to read.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", "-x", metavar="GLOB", help="As for batch: files and folders to leave out.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, metavar="N", show_default=False,
        help="Read N articles at a time (as for batch).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary or warnings on stderr.")] = False,
    published: Annotated[str | None, _published_option(
        "The date to place periods without a year, for every article read.")] = None,
    pattern_dirs: PatternsOption = None,
) -> None:
    from . import merge as merge_lib

    try:
        fmt_name = merge_lib.format_for(out, fmt.value if fmt else ("csv" if excel else None))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--output'") from None
    if excel and fmt_name != "csv":
        raise typer.BadParameter("--excel applies to csv only", param_hint="'--excel'")
    if fmt_name in ("xlsx", "parquet") and out is None:
        raise typer.BadParameter(f"the {fmt_name} format needs -o FILE", param_hint="'--output'")
    with _reported(), warnings.catch_warnings():
        if quiet:
            warnings.simplefilter("ignore")
        try:
            run = api.merge_inputs(inputs, include=include, exclude=exclude or (), jobs=jobs,
                                   published=published, patterns=pattern_dirs or (), explain=explain)
        except ValueError as exc:  # an empty glob
            raise typer.BadParameter(str(exc)) from None
        by = pivot.value if pivot else None
        if out is not None:
            merge_lib.write(run.merged, fmt_name, path=out, pivot_by=by, excel=excel)
        else:
            merge_lib.write(run.merged, fmt_name, _stdout(), pivot_by=by, excel=excel)
    if not quiet:
        facts = run.merged.facts
        conflicts = int(facts["conflict"].sum()) if facts.height else 0
        shared = int((facts["n_sources"] > 1).sum()) if facts.height else 0
        _say(f"{run.records} figures -> {facts.height} facts ({shared} stated by two or more sources, "
             f"{conflicts} in conflict)")
        for path, error in run.failed[:10]:
            _say(f"failed: {path}: {error}")
        if len(run.failed) > 10:
            _say(f"... and {len(run.failed) - 10} more files failed")
    raise typer.Exit(1 if run.failed else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document that `parse --format json` writes."""
    with _reported():
        stream = _stdout()
        json.dump(api.document_schema(), stream, ensure_ascii=False, indent=2)
        stream.write("\n")


@patterns_app.command("check")
def patterns_check(
    dirs: Annotated[list[Path] | None, typer.Argument(
        metavar="[DIR]...", show_default=False,
        help="Pattern folders to layer over the built-in ones, in order.")] = None,
    examples: Annotated[bool, typer.Option(
        "--examples/--no-examples", help="Run every entry's examples through the extractor.")] = True,
) -> None:
    """Load the built-in patterns (and DIRs over them), compile every regex, check every example.

    Prints a summary, and each example that its entry does not honour. Exit
    code 1 when a file is not valid TOML, an entry lacks examples, a regex
    is not a string, is too big to compile, does not compile or backtracks
    catastrophically (one line naming the file and entry: the same check
    `parse --patterns` runs), or an example fails.
    """
    with _reported():
        summary = api.check_patterns(dirs or (), examples=examples)
    counts = (f"{summary.files} files, {summary.entries} entries, {summary.regexes} regexes compiled, "
              f"{summary.examples} examples, {summary.negative_examples} negative examples")
    stream = _stdout()
    if summary.ok:
        stream.write(f"patterns ok: {counts}{'' if summary.examples_checked else ' (examples not run)'}\n")
    else:
        stream.write(f"patterns: {counts}; {len(summary.problems)} failing\n")
    for folder in summary.folders:
        stream.write(f"  {folder}\n")
    for problem in summary.problems:
        stream.write(f"FAIL {problem}\n")
    if not summary.ok:
        total = summary.examples + summary.negative_examples
        _say(f"{len(summary.problems)} of {total} pattern examples fail")
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``dtextract`` script and of ``python -m dtextract``."""
    app(prog_name=PROG)
