"""Reading articles: bytes in, one normalised ``str`` out.

Every offset dtextract reports is an index into the text this module returns,
so the rules here are the contract for ``start``/``end``:

1. Decode. A byte-order mark decides first (UTF-8, UTF-16 LE/BE, UTF-32
   LE/BE); otherwise strict UTF-8; otherwise Windows-1258 when the bytes
   read as Vietnamese in it; otherwise the encoding that charset-normalizer
   detects. :attr:`Decoded.guessed` says when the encoding was a guess.
2. Newlines: CRLF and a lone CR become LF, as Python's universal newlines do.
3. Unicode NFC, once.

A UTF-8 byte-order mark is kept as the character U+FEFF at offset 0, because
that is what ``Path.read_text(encoding="utf-8")`` returns; with rules 2 and 3
the text is exactly ``unicodedata.normalize("NFC", path.read_text("utf-8"))``
for every UTF-8 file, which is how the scorer and most readers see it. (The
UTF-16 and UTF-32 codecs drop their mark, as ``read_text`` with those
encodings does.)

Input that is not an article is refused with :class:`~dtextract.errors.InputError`
naming the file: a directory, a missing file, a broken symbolic link, a file
that cannot be read, and binary content (NUL bytes outside UTF-16/32, a large
share of control characters, or bytes no known encoding decodes). An empty
file is not an error; it simply has no figures.
"""
from __future__ import annotations

import codecs
import os
import stat
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Decoded", "EncodingGuessWarning", "decode", "read_path", "read_stdin", "normalize",
           "STDIN_NAME", "CONTROL_SHARE"]

#: How stdin is named in error messages.
STDIN_NAME = "<stdin>"
#: Above this share of control characters (other than whitespace) a text is taken for binary.
CONTROL_SHARE = 0.02

# Longest marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),  # decoded with "utf-8": U+FEFF stays, as in read_text()
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")


class EncodingGuessWarning(UserWarning):
    """Issued (by :func:`dtextract.api.parse_file`) when the encoding of an input had to be guessed."""


@dataclass(frozen=True)
class Decoded:
    """An article's text after decoding and normalisation.

    ``encoding`` names what was assumed: ``utf-8``, ``utf-8-sig`` (UTF-8 with a
    byte-order mark), ``utf-16-le``, ``utf-16-be``, ``utf-32-le``,
    ``utf-32-be``, or a detected legacy encoding such as ``windows-1258``, in
    which case ``guessed`` is true.
    """

    text: str
    encoding: str
    guessed: bool = False


def normalize(text: str) -> str:
    """CRLF and lone CR to LF, then Unicode NFC: the normal form every offset refers to.

    >>> normalize("a\\r\\nb\\rc")
    'a\\nb\\nc'
    >>> normalize("ho\\u0302\\u0300") == "h\\u1ed3"
    True
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _display_name(encoding: str) -> str:
    """A familiar name for a Python codec name: ``cp1258`` → ``windows-1258``."""
    name = codecs.lookup(encoding).name  # canonical, e.g. "cp1258", "iso8859-1"
    if name.startswith("cp125") and name[5:].isdigit():
        return "windows-" + name[2:]
    return name


def _looks_binary(text: str) -> bool:
    """True when ``text`` has a NUL or more control characters than an article would."""
    if "\x00" in text:
        return True
    if not text:
        return False
    controls = sum(1 for ch in text
                   if ch not in _WHITESPACE_CONTROLS and unicodedata.category(ch) == "Cc")
    return controls > CONTROL_SHARE * len(text)


def _binary(name: str) -> InputError:
    return InputError("looks like a binary file, not text", path=name)


def decode(data: bytes, name: str) -> Decoded:
    """Decode the bytes of the article ``name`` (used in messages) and normalise them.

    Raises :class:`~dtextract.errors.InputError` for binary or undecodable content.

    >>> decode("đạt 55,32%\\r\\n".encode(), "x.txt")
    Decoded(text='đạt 55,32%\\n', encoding='utf-8', guessed=False)
    """
    if not data:
        return Decoded("", "utf-8")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data if codec == "utf-8" else data[len(bom):]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {label} text (bad bytes at offset {exc.start + (len(data) - len(body))})",
                                 path=name) from None
            if _looks_binary(text):
                raise _binary(name)
            return Decoded(normalize(text), label)
    if b"\x00" in data:
        raise _binary(name)
    try:
        text = data.decode("utf-8")
        encoding, guessed = "utf-8", False
    except UnicodeDecodeError:
        text, encoding = _detect(data, name)
        guessed = True
    if _looks_binary(text):
        raise _binary(name)
    return Decoded(normalize(text), encoding, guessed)


def _windows_1258(data: bytes) -> str | None:
    """``data`` decoded as Windows-1258 when it reads as Vietnamese there, else None.

    Windows-1258 stores most Vietnamese letters as a base letter plus a
    combining tone mark, so Vietnamese text in it composes under NFC into
    letters of the Latin Extended Additional block (U+1EA0–U+1EF9: ạ ả ấ … ỹ)
    and leaves no combining mark alone. Text in another single-byte encoding
    read as Windows-1258 does neither. This settles short articles on which
    a general detector hesitates (it may say windows-1250).
    """
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(ch) == "Mn" for ch in text):
        return None
    if not any("\u1ea0" <= ch <= "\u1ef9" for ch in text):
        return None
    return text


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` as Windows-1258 Vietnamese, else with the encoding charset-normalizer finds most plausible."""
    vietnamese = _windows_1258(data)
    if vietnamese is not None:
        return vietnamese, "windows-1258"
    from charset_normalizer import from_bytes  # imported here: only legacy encodings need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("cannot tell the text encoding (not UTF-8 or UTF-16; "
                         "may be a binary file)", path=name)
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"cannot decode the file as {best.encoding}", path=name) from None
    return text, _display_name(best.encoding)


def read_path(path: str | Path) -> Decoded:
    """Read and decode the article at ``path``.

    Raises :class:`~dtextract.errors.InputError` naming ``path`` when it is
    missing, a broken symbolic link, a directory, a special file (a device or
    socket; a named pipe is read), unreadable, or binary.
    """
    name = str(path)
    p = Path(path)
    try:
        st = p.stat()  # follows symbolic links
    except FileNotFoundError:
        if p.is_symlink():
            target = os.readlink(p)
            raise InputError(f"broken symbolic link (points to {target}, which does not exist)", path=name) from None
        raise InputError("no such file", path=name) from None
    except NotADirectoryError:
        raise InputError("no such file (a parent in the path is not a folder)", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory, not a file", path=name)
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise InputError("is not a regular file", path=name)
    try:
        with open(p, "rb") as fh:
            data = fh.read()
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    return decode(data, name)


def read_stdin() -> Decoded:
    """Read and decode an article from standard input (its bytes, not the locale's text)."""
    stream = sys.stdin
    if stream is None:
        raise InputError("standard input is closed", path=STDIN_NAME)
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data = buffer.read()
        else:  # a text stream without bytes underneath (e.g. io.StringIO in tests)
            data = stream.read().encode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=STDIN_NAME) from None
    return decode(data, STDIN_NAME)
