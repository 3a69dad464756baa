"""Reading articles that are not plain text: web pages, Word documents, PDF.

:func:`read` chooses by the file's suffix (in any case):

=================  ===========================================================  =================
suffix             what becomes the article's text                              optional extra
=================  ===========================================================  =================
``.html``/``.htm`` the page's main text (trafilatura removes menus, sidebars,   ``dtextract[html]``
                   visitor counters, related-news blocks, comments, footers)
``.docx``          the body's paragraphs and table cells, one line each          ``dtextract[docx]``
``.pdf``           the text layer, page by page, lines wrapped by the layout     ``dtextract[pdf]``
                   joined back into paragraphs
anything else      the text reader, :func:`dtextract.reader.read_path`           —
=================  ===========================================================  =================

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
        return Extracted(html_text(decoded.text, name), "html", decoded.encoding, decoded.guessed)
    if fmt == "docx":
        return Extracted(docx_text(data, name), "docx")
    return Extracted(pdf_text(data, name), "pdf")


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


def html_text(page: str | bytes, name: str = reader.STDIN_NAME) -> str:
    """The main text of a web page: the article without menus, sidebars, counters, related links, comments or footer.

    ``page`` is the page's text or its bytes (decoded by :func:`decode_html`);
    ``name`` is used in messages. Paragraphs, headings, list items and table
    cells come out one per line. A page with no main text gives ``""`` and a
    :class:`FormatWarning`. Needs the ``html`` extra (trafilatura).
    """
    trafilatura = _require("html", name)
    if isinstance(page, bytes):
        page = decode_html(page, name).text
    # lxml refuses a str that still declares a byte encoding; the page is decoded already.
    page = _XML_DECLARATION.sub("", page, count=1)
    if not page.strip():
        return ""
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
        return ""
    return _finish(text.split("\n"))


# -- Word --------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def docx_text(data: bytes, name: str = reader.STDIN_NAME) -> str:
    """The text of a Word .docx file: body paragraphs and table cells in document order, one line each.

    A cell spanning several columns or rows (merged) is read once; tables
    inside cells are read in place. Headers, footers, footnotes, comments and
    text boxes are left out. Needs the ``docx`` extra (python-docx).
    """
    docx = _require("docx", name)
    if data.startswith(_OLE_MAGIC):
        raise InputError("is a Word 97-2003 .doc file, not .docx; save it as .docx first", path=name)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        _docx_blocks(document, lines)
    except DtextractError:
        raise
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml, ValueError … for broken files
        raise InputError(f"not a readable .docx file ({type(exc).__name__}: {exc})", path=name) from None
    return _finish(lines)


def _docx_blocks(container: object, lines: list[str]) -> None:
    """Append the paragraphs and table cells of a document or table cell to ``lines``."""
    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if hasattr(block, "rows"):  # a table
            seen: set[object] = set()  # the cells' XML elements, kept alive so that identity holds
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell is repeated for every grid position it covers
                        continue
                    seen.add(cell._tc)
                    _docx_blocks(cell, lines)
        else:
            lines.append(block.text)


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


def pdf_text(data: bytes, name: str = reader.STDIN_NAME, *, rejoin: bool = True) -> str:
    """The text layer of a PDF, page after page, composed (NFC).

    Runs of spaces (justified lines) become one space. With ``rejoin`` (the
    default) the lines each page's layout wrapped are joined back into
    paragraphs (:func:`reflow`), so a sentence is not cut at every line end. An encrypted PDF is read when it opens without a password.
    A PDF with pages but no text (scanned, needing OCR) gives ``""`` and a
    :class:`FormatWarning`. Needs the ``pdf`` extra (pypdf).
    """
    pypdf = _require("pdf", name)
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
    return text
