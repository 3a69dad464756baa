"""Reading articles that are not plain text: web pages, Word documents, PDF.

:func:`read` chooses by the file's suffix (in any case):

=================  ===========================================================  =================
suffix             what becomes the article's text                              optional extra
=================  ===========================================================  =================
``.html``/``.htm`` the page's main text (trafilatura removes menus, sidebars,   ``dtextract[html]``
                   visitor counters, related-news blocks, comments, footers)
``.docx``          the body's paragraphs, one line each                          ``dtextract[docx]``
``.pdf``           the text layer, page by page, lines wrapped by the layout     ``dtextract[pdf]``
                   joined back into paragraphs (pdfplumber where installed)
anything else      the text reader, :func:`dtextract.reader.read_path`           —
=================  ===========================================================  =================

Tables (HTML ``<table>``, Word tables, PDF ruled tables found by pdfplumber)
come out one row per line, cells separated by tabs, a merged cell once in the
first row and column it covers; :attr:`Extracted.tables` holds them as
:class:`dtextract.tables.Table` s with offsets into the text.

Every text returned is in the normal form of :func:`dtextract.reader.normalize`
(LF newlines, NFC), one paragraph per line, so the offsets the extractor
reports index it directly (PDF text layers often come decomposed, NFD; they are
composed here). Nothing here is imported before a file of its kind is read,
so plain-text runs do not pay for it.

Errors: a missing optional package raises
:class:`~dtextract.errors.MissingExtraError` naming the file and the command
that installs it; a file that cannot be read as its suffix says raises
:class:`~dtextract.errors.InputError` naming the file.
"""
from __future__ import annotations

import codecs
import dataclasses
import importlib
import io
import re
import warnings
from pathlib import Path
from types import ModuleType

from . import reader
from .errors import DtextractError, InputError, MissingExtraError, import_failure, install_command

__all__ = ["Extracted", "FormatWarning", "FORMATS", "format_of", "read", "decode_html", "html_text",
           "docx_text", "pdf_text", "reflow"]

#: The file suffixes (lower case) read by something other than the text reader, and their format.
FORMATS: dict[str, str] = {".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}

#: format → (module to import, package that provides it, extra that installs it, what to call the file).
_NEEDS: dict[str, tuple[str, str, str, str]] = {
    "html": ("trafilatura", "trafilatura", "html", "HTML"),
    "docx": ("docx", "python-docx", "docx", ".docx"),
    "pdf": ("pypdf", "pypdf", "pdf", "PDF"),
}


class FormatWarning(UserWarning):
    """A file that was read but gave no text: a page with no main text, a PDF without a text layer."""


@dataclasses.dataclass(frozen=True)
class Extracted:
    """An article's text as read from a file, normalised (LF, NFC), one paragraph per line.

    ``format`` is ``text``, ``html``, ``docx`` or ``pdf``. ``encoding`` and
    ``guessed`` are as in :class:`dtextract.reader.Decoded` for text and HTML
    (the page's bytes); None and False for .docx and PDF, which carry their
    own encoding.
    """

    text: str
    format: str
    encoding: str | None = None
    guessed: bool = False
    #: the tables the container marks as tables (HTML ``<table>``, Word tables, PDF tables found by
    #: pdfplumber), rendered in ``text`` one row per line with tab-separated cells, their cells'
    #: offsets into ``text``; None for plain text, where tables are found in the text itself.
    tables: tuple | None = None


def format_of(path: str | Path) -> str:
    """The format :func:`read` reads ``path`` as, from its suffix.

    >>> format_of("bai-viet.HTM"), format_of("bao-cao.pdf"), format_of("a.docx"), format_of("a.txt"), format_of("-")
    ('html', 'pdf', 'docx', 'text', 'text')
    """
    return FORMATS.get(Path(str(path)).suffix.lower(), "text")


def read(path: str | Path) -> Extracted:
    """Read the article at ``path`` as the format its suffix names (see the module's table).

    Raises :class:`~dtextract.errors.InputError` naming ``path`` for a file
    that is missing, not a regular file, unreadable or not of its format, and
    :class:`~dtextract.errors.MissingExtraError` when the optional package
    for the format is not installed. Issues a :class:`FormatWarning` when a
    page or PDF yields no text at all.
    """
    fmt = format_of(path)
    if fmt == "text":
        decoded = reader.read_path(path)
        return Extracted(decoded.text, "text", decoded.encoding, decoded.guessed)
    name = str(path)
    _require(fmt, name)  # before reading: a missing package is the first thing to fix
    data = reader.read_bytes(path)
    if fmt == "html":
        decoded = decode_html(data, name)
        text, tables = html_text(decoded.text, name, with_tables=True)
        return Extracted(text, "html", decoded.encoding, decoded.guessed, tuple(tables))
    if fmt == "docx":
        text, tables = docx_text(data, name, with_tables=True)
        return Extracted(text, "docx", tables=tuple(tables))
    text, tables = pdf_text(data, name, with_tables=True)
    return Extracted(text, "pdf", tables=tuple(tables))


# -- shared helpers ----------------------------------------------------------------------

def _require(fmt: str, name: str) -> ModuleType:
    """Import the package that reads ``fmt``, or raise MissingExtraError naming the file and the install command."""
    module, package, extra, what = _NEEDS[fmt]
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # the package itself, or one it imports (trafilatura needs lxml_html_clean)
        raise MissingExtraError(
            f"reading {what} files needs the optional package {package}: {import_failure(exc, module)}; "
            f"install it with: {install_command(extra)}", path=name) from None


# Control characters other than tab and newline (PDF text layers and Word files can carry them).
_CONTROLS = {cp: " " for cp in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}


def _finish(lines: list[str]) -> str:
    """Lines joined with LF, stray control characters blanked, trailing blanks dropped, then LF/NFC."""
    text = "\n".join(line.rstrip() for line in lines).translate(_CONTROLS)
    return reader.normalize(text).strip("\n")


def _cell_text(text: str) -> str:
    """A cell's text on one line, composed, without control characters or tabs."""
    return " ".join(reader.normalize(text.translate(_CONTROLS)).split())


class _Assembly:
    """An article's text built from finished text chunks and rendered tables, with the tables' offsets."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.tables: list = []
        self._pending: list[list] = []

    def text(self, chunk: str) -> None:
        if chunk:
            self._add(chunk)

    def table(self, rows: list[list[tuple[str, int, int, bool]]], header_rows: int | None = None) -> None:
        from . import tables as _tables
        rows = [[(_cell_text(t), rs, cs, h) for t, rs, cs, h in row] for row in rows]
        if not any(rows):
            return
        rendered, cells = _tables.render(rows)
        start = self._add(rendered)
        self._pending.append([_tables.shifted(cells, start), header_rows])

    def _add(self, chunk: str) -> int:
        if self.chunks:
            self.pos += 1  # the newline between chunks
        start = self.pos
        self.chunks.append(chunk)
        self.pos += len(chunk)
        return start

    def finish(self) -> tuple[str, list]:
        from . import tables as _tables
        text = "\n".join(self.chunks)
        out = []
        for cells, header_rows in self._pending:
            t = _tables.build_table(cells, header_rows=header_rows, layout="grid")
            out.append(_tables.with_caption(t, text))
        return text, out


def _is_data_table(rows: list[list[tuple[str, int, int, bool]]]) -> bool:
    """A table of data, not one a page uses for layout: two rows or more, two columns or more, a digit."""
    return len(rows) >= 2 and max(len(r) for r in rows) >= 2 and any(
        any(ch.isdigit() for ch in t) for row in rows for t, *_ in row)


# -- HTML --------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>", re.IGNORECASE)
#: How far into the page a declaration is looked for (browsers look at 1024 bytes; pages put long scripts first).
PRESCAN_BYTES = 8192
# Labels that browsers read as another encoding (WHATWG Encoding Standard): a page that says
# latin-1 is read as windows-1252, and a <meta> saying UTF-16 cannot be right about bytes it is written in.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                  "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "x-user-defined": "cp1252",
                  "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}


def _declared_charset(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta charset>``, ``http-equiv`` or XML declaration, if Python knows it.

    >>> _declared_charset(b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    'cp1258'
    >>> _declared_charset(b"<meta charset='UTF-8'>"), _declared_charset(b"<meta charset=x-viet-tcvn>")
    ('utf-8', None)
    """
    head = data[:PRESCAN_BYTES]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _display_name(codec: str) -> str:
    return "windows-" + codec[2:] if codec.startswith("cp125") and codec[5:].isdigit() else codec


def decode_html(data: bytes, name: str) -> reader.Decoded:
    """Decode the bytes of a web page: a byte-order mark first, then strict UTF-8, then the charset the page declares.

    A declaration only decides for bytes that are not UTF-8 (a page whose
    bytes are valid UTF-8 but that says ``windows-1258`` was re-saved without
    its header being updated). When nothing settles it, or the declared
    charset does not decode the bytes, the encoding is guessed as
    :func:`dtextract.reader.decode` does (``guessed`` is then true). Text
    decoded by its declaration gets the reader's other treatment too (binary
    content refused, legacy font codes converted). The returned text is the
    whole page, normalised.

    >>> page = '<meta charset="windows-1258"><p>Năm 2023 tăng 12 đơn</p>'.encode("cp1258")
    >>> decode_html(page, "x.html")
    Decoded(text='<meta charset="windows-1258"><p>Năm 2023 tăng 12 đơn</p>', encoding='windows-1258', guessed=False)
    """
    if not data or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return reader.decode(data, name)
    declared = _declared_charset(data)
    if declared is None or declared == "utf-8" or b"\x00" in data:
        return reader.decode(data, name)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return reader.decode(data, name)
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        return reader.decode(data, name)
    # the reader's checks and repairs on the decoded text (binary content; text in a legacy font's
    # codes, as pages that declare windows-1252 and show TCVN3 through a .VnTime font have it)
    decoded = reader.decode(text.encode("utf-8"), name)
    return dataclasses.replace(decoded, encoding=_display_name(declared), guessed=False)


_PLACEHOLDER = "DTEXTRACTTABLE{}X"
_PLACEHOLDER_ANY = re.compile(r"DTEXTRACTTABLE(\d+)X")
_PLACEHOLDER_LINE = re.compile(r"^\s*(?:\|\s*)?DTEXTRACTTABLE(\d+)X\s*(?:\|\s*)?$")


def _html_tables(page: str) -> tuple[str, list[tuple[list, int | None]]]:
    """The page with each data table (no table inside it) replaced by a placeholder paragraph, and the
    tables' rows of (text, rowspan, colspan, is <th>) with the number of <thead> rows."""
    import lxml.html

    if "<table" not in page.lower():
        return page, []
    try:
        root = lxml.html.fromstring(page)
    except Exception:  # not parseable by lxml: trafilatura reads the page as it is
        return page, []
    found = []
    for table in list(root.iter("table")):
        if table.find(".//table") is not None:
            continue  # a layout table around others
        rows, head = [], 0
        for tr in table.iter("tr"):
            if tr.getparent() is not None and tr.getparent().tag == "thead":
                head += 1
            row = []
            for cell in tr:
                if cell.tag not in ("td", "th"):
                    continue
                row.append((cell.text_content(), _span(cell.get("rowspan")), _span(cell.get("colspan")),
                            cell.tag == "th"))
            rows.append(row)
        if not _is_data_table(rows):
            continue
        parent = table.getparent()
        if parent is None:  # the page is the table itself
            continue
        holder = lxml.html.Element("p")
        holder.text = _PLACEHOLDER.format(len(found))
        holder.tail = table.tail
        parent.replace(table, holder)
        found.append((rows, head or None))
    if not found:
        return page, []
    return lxml.html.tostring(root, encoding="unicode"), found


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), 1000))
    except ValueError:
        return 1


def html_text(page: str | bytes, name: str = reader.STDIN_NAME, *, with_tables: bool = False):
    """The main text of a web page: the article without menus, sidebars, counters, related links, comments or footer.

    ``page`` is the page's text or its bytes (decoded by :func:`decode_html`);
    ``name`` is used in messages. Paragraphs, headings and list items come out
    one per line; a data table of the main text (``<table>`` with rows and
    columns, ``colspan``/``rowspan``/``<th>`` honoured) one row per line with
    its cells separated by tabs. With ``with_tables`` the result is
    ``(text, tables)``, the :class:`dtextract.tables.Table` s with offsets into
    ``text``. A page with no main text gives ``""`` and a :class:`FormatWarning`.
    Needs the ``html`` extra (trafilatura).
    """
    trafilatura = _require("html", name)
    if isinstance(page, bytes):
        page = decode_html(page, name).text
    # lxml refuses a str that still declares a byte encoding; the page is decoded already.
    page = _XML_DECLARATION.sub("", page, count=1)
    if not page.strip():
        return ("", []) if with_tables else ""
    page, found = _html_tables(page)
    try:
        text = trafilatura.extract(page, include_comments=False, include_tables=True, include_images=False,
                                   include_links=False, include_formatting=False, deduplicate=False,
                                   with_metadata=False)
    except DtextractError:
        raise
    except Exception as exc:  # a page the HTML library cannot take apart
        raise InputError(f"cannot read the page as HTML ({type(exc).__name__}: {exc})", path=name) from None
    if not text or not text.strip():
        warnings.warn(f"{name}: no article text found in the page", FormatWarning, stacklevel=2)
        return ("", []) if with_tables else ""
    out = _Assembly()
    lines: list[str] = []
    placed: set[int] = set()

    def place(k: int) -> None:
        nonlocal lines
        if k >= len(found) or k in placed:
            return  # (the extractor may repeat a block: a table is written once)
        placed.add(k)
        out.text(_finish(lines))
        lines = []
        rows, head = found[k]
        out.table(rows, head)

    for line in text.split("\n"):
        m = _PLACEHOLDER_LINE.match(line)
        if m:
            place(int(m.group(1)))
        elif "DTEXTRACTTABLE" in line:  # a placeholder run into other text: the table on lines of its own
            for k, piece in enumerate(_PLACEHOLDER_ANY.split(line)):
                if k % 2 == 1:
                    place(int(piece))
                elif piece.strip(" |"):
                    lines.append(piece)
        else:
            lines.append(line)
    out.text(_finish(lines))
    result, tables = out.finish()
    return (result, tables) if with_tables else result


# -- Word --------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def docx_text(data: bytes, name: str = reader.STDIN_NAME, *, with_tables: bool = False):
    """The text of a Word .docx file: body paragraphs one per line, tables one row per line with their
    cells separated by tabs, in document order.

    A cell spanning several columns or rows (merged) is written once, in the
    first row and column it covers. The text of a table inside a cell is part
    of that cell. Headers, footers, footnotes, comments and text boxes are
    left out. With ``with_tables`` the result is ``(text, tables)``, the
    :class:`dtextract.tables.Table` s with offsets into ``text``. Needs the
    ``docx`` extra (python-docx).
    """
    docx = _require("docx", name)
    if data.startswith(_OLE_MAGIC):
        raise InputError("is a Word 97-2003 .doc file, not .docx; save it as .docx first", path=name)
    try:
        document = docx.Document(io.BytesIO(data))
        out = _Assembly()
        lines: list[str] = []
        for block in document.iter_inner_content():
            if hasattr(block, "rows"):
                out.text(_finish(lines))
                lines = []
                out.table(_docx_rows(block))
            else:
                lines.append(block.text)
        out.text(_finish(lines))
        text, tables = out.finish()
    except DtextractError:
        raise
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml, ValueError … for broken files
        raise InputError(f"not a readable .docx file ({type(exc).__name__}: {exc})", path=name) from None
    return (text, tables) if with_tables else text


def _docx_rows(table: object) -> list[list[tuple[str, int, int, bool]]]:
    """A Word table's rows as (text, rowspan, colspan, False), a merged cell once where it starts."""
    grid = [[cell._tc for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]
    texts = {}
    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            if cell._tc not in texts:
                texts[cell._tc] = cell.text
    rows = []
    for r, tcs in enumerate(grid):
        row = []
        for k, tc in enumerate(tcs):
            if (k > 0 and tcs[k - 1] is tc) or (r > 0 and k < len(grid[r - 1]) and grid[r - 1][k] is tc):
                continue  # covered by a cell that starts left of or above here
            colspan = 1
            while k + colspan < len(tcs) and tcs[k + colspan] is tc:
                colspan += 1
            rowspan = 1
            while r + rowspan < len(grid) and k < len(grid[r + rowspan]) and grid[r + rowspan][k] is tc:
                rowspan += 1
            row.append((texts[tc], rowspan, colspan, False))
        rows.append(row)
    return rows


# -- PDF ---------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_BULLET = re.compile(r"\s*(?:[-–—•·▪●◦○+*]\s|\(?\d{1,2}[.)]\s|\(?[a-zđ][.)]\s|[IVXLC]{1,5}[.)]\s)")
_TERMINAL = tuple(".!?…:;")
#: A line at least this share of the page's text width is taken for one the layout wrapped.
WRAPPED_SHARE = 0.7


def reflow(page: str) -> str:
    """Join the lines of one PDF page that the layout wrapped back into their paragraphs.

    A line is continued by the next when it is nearly as wide as the page's
    text (:data:`WRAPPED_SHARE` of its widest lines) and does not end a
    sentence, when the next begins in lower case after a line at least half as
    wide, or when it ends in a hyphen after a letter or digit. A next line that starts a list item (``-``, ``•``, ``1.``,
    ``a)``, ``II.``) is never joined. Vietnamese does not hyphenate words, so
    lines are joined with a space, except after a hyphen (``2022-`` ``2025``).

    >>> reflow("Năm 2023, doanh thu toàn tỉnh đạt\\nhơn 5,2 tỷ USD, tăng 10,01%.\\nMục tiêu\\n- đạt 12 xã")
    'Năm 2023, doanh thu toàn tỉnh đạt hơn 5,2 tỷ USD, tăng 10,01%.\\nMục tiêu\\n- đạt 12 xã'
    """
    lines = [line.strip() for line in page.split("\n")]
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    # the width of a full line: the widest lines, less an outlier (a URL, a table row)
    width = widths[-1] if len(widths) < 5 else widths[int(len(widths) * 0.9) - 1]
    out: list[str] = []
    joining = False
    for i, line in enumerate(lines):
        if not line:
            joining = False
            out.append("")
            continue
        if joining:
            out[-1] += line if out[-1].endswith("-") else " " + line
        else:
            out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joining = bool(nxt) and not _BULLET.match(nxt) and (
            (len(line) >= WRAPPED_SHARE * width and not line.endswith(_TERMINAL))
            or (nxt[0].islower() and len(line) >= 0.5 * width)
            or (line.endswith("-") and line[-2:-1].isalnum()))
    return "\n".join(out)


def pdf_text(data: bytes, name: str = reader.STDIN_NAME, *, rejoin: bool = True, with_tables: bool = False):
    """The text layer of a PDF, page after page, composed (NFC).

    Runs of spaces (justified lines) become one space. With ``rejoin`` (the
    default) the lines each page's layout wrapped are joined back into
    paragraphs (:func:`reflow`), so a sentence is not cut at every line end. An encrypted PDF is read when it opens without a password.
    A PDF with pages but no text (scanned, needing OCR) gives ``""`` and a
    :class:`FormatWarning`. Needs the ``pdf`` extra (pypdf).

    With ``with_tables`` the result is ``(text, tables)``: when pdfplumber
    (also in the ``pdf`` extra) is installed, the tables it finds (ruled
    tables) are written one row per line with tab-separated cells, in their
    place on the page, and returned as :class:`dtextract.tables.Table` s with
    offsets into the text; without it the text is pypdf's and tables are found
    in the text, as in plain text.
    """
    pypdf = _require("pdf", name)
    if with_tables:
        plumbed = _pdf_plumbed(data, name, rejoin)
        if plumbed is not None:
            return plumbed
    try:
        pdf = pypdf.PdfReader(io.BytesIO(data))
        if pdf.is_encrypted:
            try:
                opened = pdf.decrypt("")
            except Exception as exc:  # pypdf needs the cryptography package for AES
                raise InputError(f"is an encrypted PDF that cannot be opened ({exc})", path=name) from None
            if not opened:
                raise InputError("is an encrypted PDF that needs a password", path=name)
        pages = [page.extract_text() or "" for page in pdf.pages]
    except DtextractError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, PdfStreamError, ValueError … for broken files
        raise InputError(f"not a readable PDF file ({type(exc).__name__}: {exc})", path=name) from None
    # compose first (reflow measures line widths in characters); justified lines come out with
    # runs of spaces where the layout stretched the gaps between words
    pages = [_SPACES.sub(" ", reader.normalize(page)) for page in pages]
    if rejoin:
        pages = [reflow(page) for page in pages]
    text = _finish(pages)
    if pages and not text.strip():
        warnings.warn(f"{name}: the PDF has no text layer (a scan?); run OCR on it first",
                      FormatWarning, stacklevel=2)
    return (text, []) if with_tables else text


def _pdf_plumbed(data: bytes, name: str, rejoin: bool) -> tuple[str, list] | None:
    """The PDF's text with its tables, read by pdfplumber; None when pdfplumber is not installed,
    finds no table or cannot read the file (pypdf then reads it as before)."""
    try:
        import pdfplumber
    except ImportError:
        return None
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            any_table = False
            for page in pdf.pages:
                found = [t for t in page.find_tables() if t.bbox]
                found.sort(key=lambda t: t.bbox[1])
                bands: list = []
                top = page.bbox[1]
                for t in found:
                    x0, t_top, x1, t_bottom = t.bbox
                    if t_top > top:
                        bands.append(("text", (page.bbox[0], top, page.bbox[2], t_top)))
                    rows = _plumbed_rows(page, t)
                    if _is_data_table(rows):
                        bands.append(("table", rows))
                        any_table = True
                    else:
                        bands.append(("text", (page.bbox[0], t_top, page.bbox[2], t_bottom)))
                    top = max(top, t_bottom)
                if top < page.bbox[3]:
                    bands.append(("text", (page.bbox[0], top, page.bbox[2], page.bbox[3])))
                out = []
                for kind, what in bands:
                    if kind == "text":
                        chunk = page.crop(what, strict=False).extract_text() or ""
                        chunk = _SPACES.sub(" ", reader.normalize(chunk))
                        out.append(("text", reflow(chunk) if rejoin else chunk))
                    else:
                        out.append(("table", what))
                pages.append(out)
    except Exception:  # pdfplumber could not take the file apart: pypdf reads (and judges) it
        return None
    if not any_table:
        return None
    out_text = _Assembly()
    for page in pages:
        for kind, what in page:
            if kind == "text":
                out_text.text(_finish(what.split("\n")))
            else:
                out_text.table(what)
    return out_text.finish()


def _plumbed_rows(page: object, table: object) -> list[list[tuple[str, int, int, bool]]]:
    """A pdfplumber table's rows as (text, rowspan, colspan, False), each cell once where it starts:
    rows and columns from the cells' edges, spans from how many of them a cell covers."""
    cells = [tuple(round(v, 1) for v in c) for c in table.cells if c]  # type: ignore[attr-defined]
    xs = sorted({c[0] for c in cells} | {c[2] for c in cells})
    ys = sorted({c[1] for c in cells} | {c[3] for c in cells})
    by_row: dict[int, list[tuple[int, tuple[str, int, int, bool]]]] = {}
    for x0, top, x1, bottom in cells:
        r, k = ys.index(top), xs.index(x0)
        rowspan = max(1, ys.index(bottom) - r)
        colspan = max(1, xs.index(x1) - k)
        text = page.within_bbox((x0, top, x1, bottom), strict=False).extract_text() or ""  # type: ignore[attr-defined]
        by_row.setdefault(r, []).append((k, (text, rowspan, colspan, False)))
    return [[cell for _k, cell in sorted(by_row.get(r, []))] for r in range(len(ys) - 1)]
