"""Writing documents: JSON, JSON Lines, CSV and a terminal table.

Every writer takes one :class:`~dtextract.models.Document` or several and a
text stream; :func:`write` dispatches on a format name and :func:`write_path`
writes a file atomically (temporary file, then rename).

- ``json``: for one document exactly the object of FIGURES.md §3, for
  several a JSON array of such objects.
- ``jsonl``: one figure per line, each with its document's ``source`` and
  ``published`` first.
- ``csv``: one row per figure; the columns are :data:`CSV_COLUMNS`, derived
  from the models with nested records flattened (``change_direction``,
  ``period_start``, …). Text cells that a spreadsheet would run as a formula
  are neutralised (see :func:`csv_cell`). Lines end with CRLF (RFC 4180; it
  also makes the csv module quote a cell holding a lone CR or LF);
  ``excel=True`` adds a UTF-8 byte-order mark so that Excel opens the file as
  UTF-8.
- ``table``: a rich table for people (rich is imported only for this format).

For batches (see :mod:`dtextract.batch`) the CSV header and rows can be
written apart (:func:`write_csv_header`, :func:`write_csv_rows`), and three
writers take documents one at a time: :class:`JsonArrayWriter` (the JSON
array), :class:`XlsxWriter` (a workbook with a ``figures`` sheet and a
``files`` sheet; openpyxl, the ``xlsx`` extra) and :class:`ParquetWriter`
(one row per figure under :data:`CSV_COLUMNS`; pyarrow, the ``parquet``
extra). :func:`atomic_file` is the temporary-file-then-rename that
:func:`write_path` uses.
"""
from __future__ import annotations

import csv
import datetime as _dt
import importlib
import json
import math
import os
import re
import stat
import tempfile
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, TextIO

from pydantic import BaseModel

from .errors import DtextractError, MissingExtraError, import_failure, install_command
from .models import Document, Figure

if TYPE_CHECKING:  # rich is imported lazily, for the table format only
    from rich.console import Console
    from rich.text import Text

__all__ = ["FORMATS", "CSV_COLUMNS", "XLSX_COLUMNS", "EVIDENCE_COLUMNS", "TABLE_COLUMNS", "FILE_COLUMNS", "OutputError", "write", "write_path",
           "write_json", "write_jsonl", "write_csv", "write_csv_header", "write_csv_rows", "write_table",
           "csv_cell", "xlsx_cell", "figure_row", "atomic_file", "require_extra", "JsonArrayWriter",
           "XlsxWriter", "ParquetWriter", "to_dataframe", "number_format"]

#: The output formats, in the order the CLI lists them.
FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")
#: The formats :func:`write_path` writes as a workbook or a Parquet file (binary, a whole file at once).
FILE_FORMATS: tuple[str, ...] = ("xlsx", "parquet")
#: Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"),
#: with their full-width forms.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
#: Characters of the sentence shown on each side of a figure in the table.
SNIPPET_WIDTH = 40


class OutputError(DtextractError):
    """An output file that cannot be written."""

    code = "E400"


# -- columns -----------------------------------------------------------------------

def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The record type inside ``annotation`` (``Change | None`` → ``Change``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                return arg
    return None


def _flatten(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The paths to every scalar field of ``model``, nested records expanded in place."""
    for name, info in model.model_fields.items():
        nested = _nested_model(info.annotation)
        if nested is not None:
            yield from _flatten(nested, prefix + (name,))
        else:
            yield prefix + (name,)


#: Paths into a figure's data for each figure column, in model order.
_FIGURE_PATHS: tuple[tuple[str, ...], ...] = tuple(_flatten(Figure))
#: The CSV header: ``source``, ``published``, then the figure's fields flattened with ``_``.
CSV_COLUMNS: tuple[str, ...] = ("source", "published", *("_".join(path) for path in _FIGURE_PATHS))


#: The evidence of a figure: where it stands in the text and the rule that read it.
EVIDENCE_COLUMNS: tuple[str, ...] = ("text", "sentence", "start", "end", "rule")


def _xlsx_columns() -> tuple[str, ...]:
    """The columns of :data:`CSV_COLUMNS` as a spreadsheet user reads them: what the figure is, then evidence."""
    lead = ("source", "subject", "value", "value_max", "unit", "kind", "period_start", "period_end",
            "period_text", "period_inferred", "location", "status", "approx", "total", "percent")
    rest = tuple(c for c in CSV_COLUMNS if c.startswith(("change_", "target_")))
    user = (*lead, *rest, "published")
    assert set(user) | set(EVIDENCE_COLUMNS) == set(CSV_COLUMNS) and len(user) + len(EVIDENCE_COLUMNS) == len(CSV_COLUMNS)
    return (*user, *EVIDENCE_COLUMNS)


#: The columns of the XLSX ``figures`` sheet: those of CSV, the user's first (source, subject, value,
#: unit, kind, period, location, status, approx, total, percent, change, target), the evidence last.
XLSX_COLUMNS: tuple[str, ...] = _xlsx_columns()


def figure_row(doc: Document, figure: Figure) -> dict[str, Any]:
    """One figure as a flat mapping over :data:`CSV_COLUMNS` (Python values, None where absent)."""
    data = figure.model_dump()
    row: dict[str, Any] = {"source": doc.source, "published": doc.published}
    for path in _FIGURE_PATHS:
        value: Any = data
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        row["_".join(path)] = value
    return row


def _number(value: float | int) -> str:
    """A number as CSV text: integral values without ``.0``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def csv_cell(value: Any) -> str:
    """One value as CSV cell text.

    None is empty, booleans are ``true``/``false``, numbers stay numbers, and
    a text that starts with ``=``, ``+``, ``-``, ``@``, tab or CR (or a
    full-width ``＝＋－＠``) gets a leading ``'`` so that a spreadsheet shows it
    instead of running it (OWASP). A lone ``-`` (the source name of standard
    input) is no formula and is kept.

    >>> csv_cell(None), csv_cell(True), csv_cell(194360.0), csv_cell(-2.5)
    ('', 'true', '194360', '-2.5')
    >>> csv_cell('=HYPERLINK("http://x")'), csv_cell("-")
    ('\\'=HYPERLINK("http://x")', '-')
    >>> csv_cell(_dt.date(2023, 6, 30))
    '2023-06-30'
    """
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value)
    text = str(value)
    if text != "-" and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


# -- writers -----------------------------------------------------------------------

def _documents(docs: Document | Iterable[Document]) -> list[Document]:
    return [docs] if isinstance(docs, Document) else list(docs)


def write_json(docs: Document | Iterable[Document], fp: TextIO) -> None:
    """One document as the JSON object of FIGURES.md §3; several as a JSON array of them."""
    documents = _documents(docs)
    if len(documents) == 1:
        for piece in _json_pieces(documents[0]):
            fp.write(piece)
    elif not documents:
        fp.write("[]")
    else:  # the array json.dump(..., indent=2) writes
        for k, doc in enumerate(documents):
            fp.write("[\n" if k == 0 else ",\n")
            _write_indented(doc, fp)
        fp.write("\n]")
    fp.write("\n")


def _json_pieces(doc: Document, per_piece: int = 256) -> Iterator[str]:
    """``doc.model_dump_json(indent=2)`` in pieces of ``per_piece`` figures, so that a document of a
    long file is never one string (its figures are the last field)."""
    shell = doc.model_copy(update={"figures": []}).model_dump_json(indent=2)
    figures = doc.figures
    if not figures:
        yield shell
        return
    head, tail = shell.rsplit('"figures": []', 1)
    yield head + '"figures": [\n'
    for i in range(0, len(figures), per_piece):
        last = i + per_piece >= len(figures)
        yield ",\n".join("    " + f.model_dump_json(indent=2).replace("\n", "\n    ")
                         for f in figures[i:i + per_piece]) + ("\n" if last else ",\n")
    yield "  ]" + tail


def _write_indented(doc: Document, fp: TextIO) -> None:
    """The document's JSON (indent 2) as an element of an array: every line two spaces further in."""
    fp.write("  ")
    for piece in _json_pieces(doc):
        fp.write(piece.replace("\n", "\n  "))  # JSON strings hold no raw newline


def write_jsonl(docs: Document | Iterable[Document], fp: TextIO) -> None:
    """One JSON object per figure and line, starting with its document's ``source`` and ``published``."""
    for doc in _documents(docs):
        if not doc.figures:
            continue
        # the figure's own fields rendered by pydantic (no dict, no json.dumps), after the document's two
        head = ('{"source":' + json.dumps(doc.source, ensure_ascii=False) + ',"published":'
                + json.dumps(doc.published, ensure_ascii=False) + ",")
        figures = doc.figures
        for i in range(0, len(figures), 256):  # a few hundred lines per write: few calls, little memory
            fp.write("".join(head + f.model_dump_json()[1:] + "\n" for f in figures[i:i + 256]))


def write_csv_header(fp: TextIO, excel: bool = False) -> None:
    """The CSV header line :data:`CSV_COLUMNS` (after a UTF-8 byte-order mark when ``excel``)."""
    if excel:
        fp.write("\ufeff")
    _csv_writer(fp).writerow(CSV_COLUMNS)


def write_csv_rows(docs: Document | Iterable[Document], fp: TextIO) -> None:
    """The CSV rows of ``docs``, one per figure, without the header (for writing a batch file by file)."""
    writer = _csv_writer(fp)
    for doc in _documents(docs):
        for figure in doc.figures:
            row = figure_row(doc, figure)
            writer.writerow([csv_cell(row[column]) for column in CSV_COLUMNS])


def _csv_writer(fp: TextIO) -> Any:
    # CRLF, not LF: the csv module quotes only cells that hold the delimiter, the
    # quote or a character of the line terminator, and a lone CR must be quoted.
    return csv.writer(fp, lineterminator="\r\n")


def write_csv(docs: Document | Iterable[Document], fp: TextIO, excel: bool = False) -> None:
    """One row per figure under the header :data:`CSV_COLUMNS`.

    Lines end with CRLF, as RFC 4180 has it (open files with ``newline=""``);
    ``excel=True`` starts with a UTF-8 byte-order mark.
    """
    write_csv_header(fp, excel=excel)
    write_csv_rows(docs, fp)


def _human(value: float | None) -> str:
    """A number for people, the Vietnamese way: ``.`` groups thousands, ``,`` is the decimal mark.

    >>> _human(4100000.0), _human(68.36), _human(1234567.5), _human(None)
    ('4.100.000', '68,36', '1.234.567,5', '')
    """
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 2 ** 53:
        text = f"{int(value):,}"
    else:
        text = f"{value:,}"
    return text.translate({ord(","): ".", ord("."): ","})


#: Control characters other than line breaks: a terminal would run them (escape sequences).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """``text`` without control characters, for the terminal table."""
    return _CONTROL_CHARS.sub("", text)


def _snippet(sentence: str, text: str, width: int = SNIPPET_WIDTH) -> Text:
    """The part of ``sentence`` around ``text``, with ``text`` highlighted (whitespace runs shown as one space)."""
    from rich.text import Text

    sentence, text = _printable(" ".join(sentence.split())), _printable(" ".join(text.split()))
    at = sentence.find(text)
    if at < 0:
        cut = sentence if len(sentence) <= 2 * width else sentence[:2 * width].rsplit(" ", 1)[0] + " …"
        return Text(cut)
    end = at + len(text)
    left, right = max(0, at - width), min(len(sentence), end + width)
    if left > 0:
        space = sentence.find(" ", left, at)
        left = space + 1 if space >= 0 else left
    if right < len(sentence):
        space = sentence.rfind(" ", end, right)
        right = space if space >= 0 else right
    out = Text("… " if left > 0 else "")
    out.append(sentence[left:at])
    out.append(text, style="bold yellow")
    out.append(sentence[end:right])
    if right < len(sentence):
        out.append(" …")
    return out


def _attributes(figure: Figure) -> str:
    """The figure's total, percent, change and target, one per line."""
    lines = []
    if figure.total is not None:
        lines.append(f"of {_human(figure.total)}")
    if figure.percent is not None:
        lines.append(f"{_human(figure.percent)} %")
    if figure.change is not None:
        c = figure.change
        qualifier = "" if c.approx == "exact" else f"{c.approx.replace('_', ' ')} "
        sign = "+" if c.direction == "increase" else "−"
        lines.append(f"{qualifier}{sign}{_human(c.value)} {c.unit}" + (f" vs {c.baseline}" if c.baseline else ""))
    if figure.target is not None:
        t = figure.target
        met = {True: ", met", False: ", missed", None: ""}[t.met]
        lines.append(f"target {_human(t.value)} {t.unit}{met}")
    return "\n".join(lines)


def _period(figure: Figure) -> str:
    """The period's phrase (``*`` when taken from outside the sentence) and its dates."""
    if figure.period is None:
        return ""
    p = figure.period
    text = p.text + (" *" if p.inferred else "")
    if p.start or p.end:
        text += f"\n{p.start or '…'} → {p.end or '…'}"
    return text


def _table_cells(figure: Figure) -> dict[str, Any]:
    """The table cells of one figure, by the headers of :data:`TABLE_COLUMNS`."""
    value = _human(figure.value)
    if figure.value_max is not None:
        value += "–" + _human(figure.value_max)
    if figure.approx != "exact":
        value = f"{figure.approx.replace('_', ' ')} {value}"
    kind = figure.kind if figure.status == "actual" else f"{figure.kind}\n({figure.status})"
    return {"value": value, "unit": figure.unit, "subject": figure.subject or "", "kind": kind,
            "total / percent / change / target": _attributes(figure),
            "period": _period(figure), "location": figure.location or "",
            "sentence": _snippet(figure.sentence, figure.text)}


#: The table's columns: (header, justify, max_width, hidden below this console width).
#: The sentence column takes the rest. On a narrow console the evidence (the sentence) goes first,
#: then location, period, the attributes and kind; value, unit and subject always stay.
TABLE_COLUMNS: tuple[tuple[str, str, int | None, int], ...] = (
    ("value", "right", 20, 0), ("unit", "left", 14, 0), ("subject", "left", 28, 0), ("kind", "left", 10, 80),
    ("total / percent / change / target", "left", 24, 100), ("period", "left", 24, 120),
    ("location", "left", 14, 135), ("sentence", "left", None, 150),
)


def write_table(docs: Document | Iterable[Document], console: Console) -> None:
    """A table per document for people: the figure's numbers, attributes and its sentence.

    In the sentence column the figure's text is highlighted in a window of
    :data:`SNIPPET_WIDTH` characters on each side; a period marked ``*`` was
    taken from the paragraph or article rather than the sentence. Numbers are
    written the Vietnamese way (``4.100.000``, ``68,36 %``). On a narrow console
    columns are left out, the evidence first, and the caption names them.
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    columns = [c for c in TABLE_COLUMNS if console.width >= c[3]]
    hidden = [c[0] for c in TABLE_COLUMNS if c not in columns]
    for doc in _documents(docs):
        title = Text(_printable(doc.source), style="bold")
        if doc.published:
            title.append(f"  (published {doc.published})", style="dim")
        count = len(doc.figures)
        caption = "no figures" if count == 0 else f"{count} figure{'s' if count != 1 else ''}"
        if hidden and count:
            caption += f"; hidden on this narrow terminal: {', '.join(hidden)} (see --format json)"
        table = Table(title=title, caption=caption, caption_justify="left", box=box.SIMPLE_HEAD, expand=True)
        for header, justify, max_width, _ in columns:
            if max_width is None:
                table.add_column(header, ratio=1, min_width=24, overflow="fold")
            else:
                table.add_column(header, justify=justify, max_width=max_width,  # type: ignore[arg-type]
                                 overflow="fold")
        for figure in doc.figures:
            cells = _table_cells(figure)
            table.add_row(*(cells[c[0]] if isinstance(cells[c[0]], Text) else Text(_printable(cells[c[0]]))
                            for c in columns))
        console.print(table)


def _console(fp: TextIO) -> Console:
    from rich.console import Console

    tty = bool(getattr(fp, "isatty", lambda: False)())
    return Console(file=fp, width=None if tty else 160, markup=False, highlight=False, emoji=False)


def write(docs: Document | Iterable[Document], fmt: str, fp: TextIO, excel: bool = False) -> None:
    """Write ``docs`` to ``fp`` in format ``fmt`` (one of :data:`FORMATS`).

    ``excel`` applies to ``csv`` only; ValueError for an unknown format or
    ``excel`` with another format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError("excel=True applies to the csv format only")
    if fmt == "json":
        write_json(docs, fp)
    elif fmt == "jsonl":
        write_jsonl(docs, fp)
    elif fmt == "csv":
        write_csv(docs, fp, excel=excel)
    else:
        write_table(docs, _console(fp))


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_file(path: str | Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A file to write that becomes ``path`` only when the block ends without an error.

    It is a temporary file beside ``path``, synced and renamed over it at the
    end; on any error it is removed and ``path`` keeps its old content.
    Text mode is UTF-8 with ``newline=""``. An existing file keeps its
    permissions (a symbolic link is written through); a new one follows the
    umask. Raises :class:`OutputError` naming ``path`` when it cannot be written.
    """
    name = str(path)
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise OutputError("is a directory, not a file", path=name)
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _new_file_mode()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=name) from None
    try:
        fp: IO[Any]
        with (open(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline="")) as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=name) from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def write_path(docs: Document | Iterable[Document], fmt: str, path: str | Path, excel: bool = False) -> None:
    """Write ``docs`` to the file ``path`` atomically: into a temporary file beside it, then rename.

    ``fmt`` is one of :data:`FORMATS` or :data:`FILE_FORMATS` (``xlsx``: a
    workbook as ``batch`` writes it, with a ``files`` sheet of one row per
    document; ``parquet``). Missing parent folders are created. Readers of
    ``path`` see the old content or the new, never half a file. An existing
    file keeps its permissions (a symbolic link is written through). Raises
    :class:`OutputError` naming ``path`` when it cannot be written.
    """
    if fmt in FILE_FORMATS:
        if excel:
            raise ValueError("excel=True applies to the csv format only")
        writer_type = XlsxWriter if fmt == "xlsx" else ParquetWriter
        require_extra(fmt)  # before the file is created
        make_parents(path)
        with atomic_file(path, binary=True) as fp:
            writer = writer_type(typing.cast(BinaryIO, fp))
            for doc in _documents(docs):
                writer.add(doc)
                if isinstance(writer, XlsxWriter):
                    writer.add_file({"path": doc.source, "status": "ok" if doc.figures else "empty",
                                     "figures": len(doc.figures)})
            writer.close()
        return
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS + FILE_FORMATS)}")
    make_parents(path)
    with atomic_file(path) as fp:
        write(docs, fmt, typing.cast(TextIO, fp), excel=excel)


def make_parents(path: str | Path) -> None:
    """Create the missing folders above ``path`` (``-o new/folder/fig.xlsx``); OutputError if one cannot be."""
    parent = Path(path).parent
    if parent.is_dir():
        return
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder {parent}: {exc.strerror or exc}", path=str(path)) from None


# -- whole-file writers for batches ----------------------------------------------------

#: The columns of a batch's per-file report (the ``files`` sheet of XLSX, ``--report`` lines).
FILE_COLUMNS: tuple[str, ...] = ("path", "status", "figures", "error", "seconds", "warnings")

#: The optional dependency behind each format that needs one: (extra, module to import).
EXTRAS: dict[str, tuple[str, str]] = {"xlsx": ("xlsx", "openpyxl"), "parquet": ("parquet", "pyarrow"),
                                      "dataframe": ("dataframe", "pandas")}


def require_extra(fmt: str) -> Any:
    """The module that format ``fmt`` needs (see :data:`EXTRAS`), imported.

    Raises :class:`~dtextract.errors.MissingExtraError` naming the extra to install.
    """
    extra, module = EXTRAS[fmt]
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"the {fmt} format needs {import_failure(exc, module)}: "
                                f"{install_command(extra)}") from None


class JsonArrayWriter:
    """A JSON array of documents, written one document at a time.

    The text equals that of :func:`write_json` for two documents or more;
    here one document is still an array of one, and none is ``[]``.
    """

    def __init__(self, fp: TextIO) -> None:
        self._fp = fp
        self._count = 0
        self._closed = False

    def add(self, doc: Document) -> None:
        self._fp.write("[\n" if self._count == 0 else ",\n")
        _write_indented(doc, self._fp)
        self._count += 1

    def close(self) -> None:
        """End the array (once)."""
        if not self._closed:
            self._fp.write("\n]\n" if self._count else "[]\n")
            self._closed = True


#: Characters that XML 1.0 (and so an XLSX file) cannot hold.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The most characters Excel keeps in one cell.
XLSX_CELL_LIMIT = 32_767
#: The most rows of one Excel sheet; a longer figures sheet continues in ``figures 2``, ….
XLSX_ROW_LIMIT = 1_048_576


def xlsx_cell(value: Any) -> Any:
    """One value as an XLSX cell value: numbers and booleans stay as they are, text is made safe.

    Text is neutralised against formulas as :func:`csv_cell` does, characters
    that XML cannot hold become U+FFFD, and text longer than Excel allows in a
    cell is cut (ending with ``…``). None stays an empty cell.

    >>> xlsx_cell(194360.0), xlsx_cell(True), xlsx_cell(None)
    (194360.0, True, None)
    >>> xlsx_cell(_dt.date(2023, 6, 30))
    datetime.date(2023, 6, 30)
    >>> xlsx_cell("=1+1"), xlsx_cell("a\x01b")
    ("'=1+1", 'a\ufffdb')
    """
    if value is None or isinstance(value, (bool, _dt.date)):
        return value
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else str(value)
    text = csv_cell(_XML_ILLEGAL.sub("\ufffd", str(value)))
    if len(text) > XLSX_CELL_LIMIT:
        text = text[:XLSX_CELL_LIMIT - 1] + "…"
    return text


#: Columns that hold dates (ISO text in CSV and JSON): typed as dates in XLSX and Parquet.
DATE_COLUMNS: frozenset[str] = frozenset(
    {"published", "period_start", "period_end", "change_baseline_period_start", "change_baseline_period_end"})
#: Width (in characters) of the XLSX columns that need more or less than the default of 12.
_XLSX_WIDTHS = {"source": 28, "subject": 40, "value": 18, "value_max": 18, "unit": 14, "kind": 9,
                "period_start": 12, "period_end": 12, "period_text": 26, "location": 18, "status": 9,
                "approx": 9, "total": 18, "percent": 9, "change_baseline": 20, "change_baseline_period_text": 20,
                "change_value": 16, "target_value": 16, "published": 12, "text": 24, "sentence": 80, "start": 8,
                "end": 8, "rule": 14, "path": 40, "error": 50, "warnings": 50, "figures": 9, "seconds": 9}
_DATE_FORMAT = "yyyy-mm-dd"


def _as_date(value: Any) -> Any:
    """A date column's value as a :class:`datetime.date` (ISO text is read), else as it is."""
    if isinstance(value, str):
        with suppress(ValueError):
            return _dt.date.fromisoformat(value)
    return value


def number_format(value: float | int) -> str:
    """The spreadsheet format that shows ``value`` as written: thousands grouped, as many decimals as it
    has, never scientific.

    >>> number_format(325565000000000.0), number_format(68.36), number_format(0.0005), number_format(3)
    ('#,##0', '#,##0.00', '#,##0.0000', '#,##0')
    """
    if isinstance(value, int) or not math.isfinite(value) or value.is_integer():
        return "#,##0"
    exponent = Decimal(repr(value)).as_tuple().exponent
    decimals = min(-exponent, 15) if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0." + "0" * decimals if decimals else "#,##0"


class XlsxWriter:
    """An Excel workbook written row by row (openpyxl in write-only mode, so memory stays small).

    Sheet ``figures``: one row per figure under :data:`XLSX_COLUMNS` (the
    user's columns first, the evidence last; continued in ``figures 2``, …
    past Excel's row limit), dates typed as dates, numbers as numbers shown
    with thousands separators and their decimals (never scientific). Sheet
    ``files``: one row per file under :data:`FILE_COLUMNS`, its warnings
    joined. Both have a frozen bold header, an autofilter and set widths.
    Every cell goes through :func:`xlsx_cell`: no cell is ever a formula.
    ``fp`` is a path or a binary file; nothing is written to it before
    :meth:`close`.
    """

    def __init__(self, fp: str | Path | BinaryIO) -> None:
        openpyxl = require_extra("xlsx")
        from openpyxl.cell import WriteOnlyCell

        self._cell = WriteOnlyCell
        self._fp = fp
        self._book = openpyxl.Workbook(write_only=True)
        self._figure_sheets = 0
        self._sheets: list[tuple[Any, int, list[int]]] = []  # (sheet, columns, [rows]) for the autofilters
        self._figures = self._sheet("figures", XLSX_COLUMNS)
        self._files = self._sheet("files", FILE_COLUMNS)

    def _sheet(self, title: str, columns: tuple[str, ...]) -> Any:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        sheet = self._book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for i, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = _XLSX_WIDTHS.get(column, 12)
        header = []
        for column in columns:
            cell = self._cell(sheet, value=column)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        self._sheets.append((sheet, len(columns), [1]))
        return sheet

    def _row(self, sheet: Any, values: Iterable[tuple[str, Any]]) -> list[Any]:
        row = []
        for column, raw in values:
            value = xlsx_cell(_as_date(raw) if column in DATE_COLUMNS else raw)
            if isinstance(value, (_dt.date, float, int)) and not isinstance(value, bool):
                cell = self._cell(sheet, value=value)
                cell.number_format = _DATE_FORMAT if isinstance(value, _dt.date) else number_format(value)
                row.append(cell)
            else:
                row.append(value)
        return row

    def _append(self, sheet: Any, row: list[Any]) -> None:
        sheet.append(row)
        for s, _columns, rows in self._sheets:
            if s is sheet:
                rows[0] += 1

    def add(self, doc: Document) -> None:
        """The figures of ``doc``, one row each."""
        for figure in doc.figures:
            if self._sheets[self._figure_index()][2][0] >= XLSX_ROW_LIMIT:
                self._figure_sheets += 1
                self._figures = self._sheet(f"figures {self._figure_sheets + 1}", XLSX_COLUMNS)
            row = figure_row(doc, figure)
            self._append(self._figures, self._row(self._figures, ((c, row[c]) for c in XLSX_COLUMNS)))

    def _figure_index(self) -> int:
        return next(i for i, (s, _c, _r) in enumerate(self._sheets) if s is self._figures)

    def add_file(self, record: Mapping[str, Any]) -> None:
        """One row of the ``files`` sheet: a mapping over :data:`FILE_COLUMNS` (``warnings`` a list)."""
        values = []
        for column in FILE_COLUMNS:
            value = record.get(column)
            if column == "warnings":
                value = "; ".join(value) if value else None
            values.append((column, value))
        self._append(self._files, self._row(self._files, values))

    def close(self) -> None:
        """Write the workbook to ``fp``."""
        from openpyxl.utils import get_column_letter

        for sheet, columns, rows in self._sheets:
            sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows[0]}"
        self._book.save(self._fp)


def _column_type(annotation: Any) -> type:
    """The scalar Python type behind a field annotation: ``float | None`` → float, a Literal → str."""
    if typing.get_origin(annotation) is Literal:
        return str
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _column_type(args[0]) if len(args) == 1 else str
    return annotation if annotation in (str, int, float, bool, _dt.date) else str


def _column_types() -> dict[str, type]:
    types_: dict[str, type] = {"source": str, "published": _dt.date}
    for path in _FIGURE_PATHS:
        model: type[BaseModel] = Figure
        for key in path[:-1]:
            nested = _nested_model(model.model_fields[key].annotation)
            assert nested is not None
            model = nested
        types_["_".join(path)] = _column_type(model.model_fields[path[-1]].annotation)
    return types_


#: The Python type of each column of :data:`CSV_COLUMNS` (for typed formats such as Parquet).
COLUMN_TYPES: dict[str, type] = _column_types()


class ParquetWriter:
    """A Parquet file with one row per figure under :data:`CSV_COLUMNS`, typed (pyarrow).

    Rows are written in row groups of ``rows_per_group`` as documents come,
    so memory stays small. Numbers are float64 (offsets int64), booleans
    bool, dates (``published`` and the periods) date32, the rest strings;
    absent values are null. ``fp`` is a path or a
    binary file.
    """

    def __init__(self, fp: str | Path | BinaryIO, rows_per_group: int = 50_000) -> None:
        pa = require_extra("parquet")
        import pyarrow.parquet as pq

        arrow = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), _dt.date: pa.date32()}
        self._pa = pa
        self._schema = pa.schema([(column, arrow[COLUMN_TYPES[column]]) for column in CSV_COLUMNS])
        self._writer = pq.ParquetWriter(fp, self._schema)
        self._rows: list[dict[str, Any]] = []
        self._group = rows_per_group

    def add(self, doc: Document) -> None:
        """The figures of ``doc``, one row each."""
        for figure in doc.figures:
            row = figure_row(doc, figure)
            row["published"] = _as_date(row["published"])
            self._rows.append(row)
        if len(self._rows) >= self._group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        """Write the last rows and the file's footer."""
        self._flush()
        self._writer.close()


def to_dataframe(docs: Document | Iterable[Document]) -> Any:
    """A pandas DataFrame with one row per figure of ``docs`` (a document or several).

    The columns are those of the XLSX sheet (:data:`XLSX_COLUMNS`: the
    user's first, the evidence last), typed: numbers float64, offsets Int64,
    flags boolean, dates (``published`` and the periods) datetime64, the
    rest text; absent values are missing. Needs the ``dataframe`` extra
    (pandas).
    """
    pd = require_extra("dataframe")
    rows = [figure_row(doc, figure) for doc in _documents(docs) for figure in doc.figures]
    frame = pd.DataFrame.from_records(rows, columns=list(XLSX_COLUMNS))
    for column in XLSX_COLUMNS:
        kind = COLUMN_TYPES[column]
        if kind is _dt.date:
            frame[column] = pd.to_datetime(frame[column], format="ISO8601")
        elif kind is float:
            frame[column] = frame[column].astype("float64")
        elif kind is int:
            frame[column] = frame[column].astype("Int64")
        elif kind is bool:
            frame[column] = frame[column].astype("boolean")
        else:
            frame[column] = frame[column].astype("string")
    return frame
