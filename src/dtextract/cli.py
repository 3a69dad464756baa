"""The ``dtextract`` command: argument parsing, then calls into :mod:`dtextract.api` and :mod:`dtextract.output`.

Exit codes: 0 success, 1 an error dtextract reports (bad input, bad pattern
folder, unwritable output; one line on stderr), 2 a usage error. Data goes to
stdout, narration (warnings) to stderr.
"""
from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from . import api, output, reader
from .errors import DtextractError

__all__ = ["app", "main"]

PROG = "dtextract"

HELP = f"""Extract statistical figures from Vietnamese government news articles.

Each figure comes out as a record with its value, unit, kind, period,
location and the sentence it stands in (see `{PROG} schema`).

Examples:

    echo "Tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%." | {PROG} parse -

    {PROG} parse bai-viet.txt --format table

    {PROG} parse bai-viet.txt --published 2023-07-15 --excel -o so-lieu.csv

    {PROG} patterns check my-patterns/
"""

PARSE_HELP = f"""Extract the figures of the article FILE ('-' reads standard input).

The file may be UTF-8 (with or without a byte-order mark), UTF-16 with a
byte-order mark, or a legacy encoding such as Windows-1258 (a warning names
the encoding assumed).

Examples:

    {PROG} parse bai-viet.txt

    echo "Năm 2023, thu hút 5,2 tỷ USD, tăng 10,01%." | {PROG} parse - -f jsonl

    {PROG} parse bai-viet.txt -f csv --excel -o so-lieu.csv
"""

#: Output format chosen from the suffix of ``-o`` when ``--format`` is not given.
_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "table"}


class Format(str, Enum):
    """The output formats of ``dtextract parse``."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


app = typer.Typer(name=PROG, help=HELP, no_args_is_help=True, add_completion=False,
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


def _choose_format(fmt: Format | None, out: Path | None, excel: bool) -> str:
    """The format to write: as given, else csv for --excel, else from the -o suffix, else by terminal."""
    if fmt is not None:
        if excel and fmt is not Format.csv:
            raise typer.BadParameter("--excel applies to --format csv only", param_hint="'--excel'")
        return fmt.value
    if excel:
        return "csv"
    if out is not None:
        return _SUFFIX_FORMATS.get(out.suffix.lower(), "json")
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
    file: Annotated[str, typer.Argument(metavar="FILE", help="The article (a text file); '-' reads standard input.",
                                        show_default=False)],
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format. Default: table on a terminal, json when piped; with -o, from the file's suffix.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="PATH", dir_okay=False,
        help="Write to PATH (atomically: a temporary file, then renamed) instead of stdout.")] = None,
    excel: Annotated[bool, typer.Option(
        "--excel", help="CSV for Excel: start with a UTF-8 byte-order mark (implies --format csv).")] = False,
    published: Annotated[str | None, typer.Option(
        metavar="YYYY-MM-DD", callback=_published,
        help="The article's date, used to place periods without a year. "
             "Default: the dateline of the article, if it states one.")] = None,
    pattern_dirs: Annotated[list[Path] | None, typer.Option(
        "--patterns", metavar="DIR",
        help="A folder of pattern files layered over the built-in ones (repeatable; later folders win).")] = None,
) -> None:
    fmt_name = _choose_format(fmt, out, excel)
    with _reported():
        doc = api.parse_file(file, published=published, patterns=pattern_dirs or ())
        if out is not None:
            output.write_path(doc, fmt_name, out, excel=excel)
        else:
            output.write(doc, fmt_name, _stdout(), excel=excel)


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
    does not compile or backtracks catastrophically (one line naming the file
    and entry), or an example fails.
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
