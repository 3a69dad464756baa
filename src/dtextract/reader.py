"""Reading articles: bytes in, one normalised ``str`` out.

Every offset dtextract reports is an index into the text this module returns,
so the rules here are the contract for ``start``/``end``:

1. Decode. A byte-order mark decides first (UTF-8, UTF-16 LE/BE, UTF-32
   LE/BE); otherwise strict UTF-8; otherwise UTF-8 with its few invalid
   bytes replaced by U+FFFD, when the rest is plainly UTF-8 (a corrupted
   byte in a long article); otherwise the legacy Vietnamese encoding in
   which the bytes read best as Vietnamese: Windows-1258, TCVN3 (ABC), VNI
   Windows or VISCII; otherwise the encoding that charset-normalizer
   detects. :attr:`Decoded.guessed` says when the encoding was a guess.
2. Legacy font codes. Text whose characters are the codes of TCVN3 or VNI
   rather than Vietnamese letters (``Céng hoµ x· héi`` for ``Cộng hoà xã
   hội``, ``Vieät Nam`` for ``Việt Nam``: Unicode text typed or pasted in a
   .VnTime or VNI-Times font) is converted line by line, where the
   conversion makes the line read as Vietnamese; :attr:`Decoded.legacy`
   names the encoding.
3. Newlines: CRLF and a lone CR become LF, as Python's universal newlines do.
4. Unicode NFC, once.

A UTF-8 byte-order mark is kept as the character U+FEFF at offset 0, because
that is what ``Path.read_text(encoding="utf-8")`` returns; with rules 3 and 4
the text is exactly ``unicodedata.normalize("NFC", path.read_text("utf-8"))``
for every valid UTF-8 file whose text is not in a legacy font encoding, which
is how the scorer and most readers see it. (The UTF-16 and UTF-32 codecs drop
their mark, as ``read_text`` with those encodings does.)

Whenever the text is not exactly what the bytes say in UTF-8 (an invalid
byte replaced, legacy codes converted, NUL padding at the end dropped),
:attr:`Decoded.note` says so and :func:`decode` issues a
:class:`TextRepairWarning` naming the file.

Input that is not an article is refused with :class:`~dtextract.errors.InputError`
naming the file: a directory, a missing file, a broken symbolic link, a file
that cannot be read, and binary content (NUL bytes outside UTF-16/32 other
than padding at the end, a large share of control characters, or bytes no
known encoding decodes). An empty file is not an error; it simply has no
figures.

The character tables of TCVN3, VNI and VISCII are data, in
``legacy_encodings.toml`` beside this module.
"""
from __future__ import annotations

import codecs
import functools
import os
import stat
import string
import sys
import tomllib
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

import regex

from . import lazyre, rxcache
from .errors import InputError

__all__ = ["Decoded", "EncodingGuessWarning", "TextRepairWarning", "decode", "read_path", "read_stdin",
           "normalize", "from_legacy", "vietnamese_score", "STDIN_NAME", "CONTROL_SHARE", "LEGACY_ENCODINGS",
           "LEGACY_TABLES"]

#: How stdin is named in error messages.
STDIN_NAME = "<stdin>"
#: Above this share of control characters (other than whitespace) a text is taken for binary.
CONTROL_SHARE = 0.02
#: The legacy Vietnamese encodings the reader knows, by label, with the names messages use.
LEGACY_ENCODINGS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI Windows", "viscii": "VISCII"}
#: The character tables of :data:`LEGACY_ENCODINGS`.
LEGACY_TABLES = Path(__file__).with_name("legacy_encodings.toml")
#: How much of a text (characters) is read to judge which encoding it is in.
SAMPLE_CHARS = 200_000

# Longest marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),  # decoded with "utf-8": U+FEFF stays, as in read_text()
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
#: Control characters (category Cc) other than the whitespace ones (tab, LF, VT, FF, CR).
_CONTROL = lazyre.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class EncodingGuessWarning(UserWarning):
    """Issued (by :func:`dtextract.api.parse_file`) when the encoding of an input had to be guessed."""


class TextRepairWarning(EncodingGuessWarning):
    """Issued by :func:`decode` when the text is not exactly what the bytes say: see :attr:`Decoded.note`."""


@dataclass(frozen=True, repr=False)
class Decoded:
    """An article's text after decoding and normalisation.

    ``encoding`` names what was assumed: ``utf-8``, ``utf-8-sig`` (UTF-8 with a
    byte-order mark), ``utf-16-le``, ``utf-16-be``, ``utf-32-le``,
    ``utf-32-be``, a legacy Vietnamese encoding (``windows-1258``, ``tcvn3``,
    ``vni``, ``viscii``) or another detected encoding, in which last two cases
    ``guessed`` is true. ``legacy`` is ``tcvn3``, ``vni`` or ``viscii`` when
    the text was converted from the codes of that encoding (also when the
    codes came as Unicode characters of a UTF-8 file); ``note`` says in one
    line what the reader changed, if anything.
    """

    text: str
    encoding: str
    guessed: bool = False
    legacy: str | None = None
    note: str | None = None

    def __repr__(self) -> str:
        extra = "".join(f", {k}={v!r}" for k, v in (("legacy", self.legacy), ("note", self.note)) if v is not None)
        return f"Decoded(text={self.text!r}, encoding={self.encoding!r}, guessed={self.guessed!r}{extra})"


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
    limit = CONTROL_SHARE * len(text)
    controls = 0
    for _ in _CONTROL.finditer(text):
        controls += 1
        if controls > limit:
            return True
    return False


def _binary(name: str) -> InputError:
    return InputError("looks like a binary file, not text", path=name)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def decode(data: bytes, name: str) -> Decoded:
    """Decode the bytes of the article ``name`` (used in messages) and normalise them.

    Raises :class:`~dtextract.errors.InputError` for binary or undecodable
    content; issues a :class:`TextRepairWarning` when it had to change the
    text (see :attr:`Decoded.note`).

    >>> decode("đạt 55,32%\\r\\n".encode(), "x.txt")
    Decoded(text='đạt 55,32%\\n', encoding='utf-8', guessed=False)
    """
    if not data:
        return Decoded("", "utf-8")
    notes: list[str] = []
    legacy: str | None = None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data if codec == "utf-8" else data[len(bom):]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {label} text (bad bytes at offset {exc.start + (len(data) - len(body))})",
                                 path=name) from None
            encoding, guessed = label, False
            break
    else:
        body = data.rstrip(b"\x00")
        if b"\x00" in body or not body:
            raise _binary(name)
        if len(body) < len(data):
            notes.append(f"{_plural(len(data) - len(body), 'NUL byte')} at the end ignored")
        try:
            text = body.decode("utf-8")
            encoding, guessed = "utf-8", False
        except UnicodeDecodeError as exc:
            repaired = _mostly_utf8(body)
            if repaired is not None:
                text, count = repaired
                encoding, guessed = "utf-8", False
                notes.append(f"{_plural(count, 'invalid UTF-8 sequence')} (the first at byte {exc.start}) "
                             "replaced by U+FFFD")
            else:
                text, encoding, legacy = _detect(body, name)
                guessed = True
    if _looks_binary(text):
        raise _binary(name)
    if legacy is None:
        text, legacy, lines = _convert_legacy_lines(text)
        if legacy is not None:
            notes.append(f"looks like {LEGACY_ENCODINGS[legacy]} text (a legacy font's codes, not letters); "
                         f"{_plural(lines, 'line')} converted to Vietnamese letters")
    note = "; ".join(notes) or None
    if note is not None:
        warnings.warn(f"{name}: {note}", TextRepairWarning, stacklevel=2)
    return Decoded(normalize(text), encoding, guessed, legacy, note)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """``data`` as UTF-8 with invalid sequences replaced, and their count, when the rest is plainly UTF-8.

    Plainly: at least ten well-formed non-ASCII characters for every invalid
    sequence. Text in a single-byte encoding has almost none.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if bad > 0 and good >= 10 * bad:
        return text, bad
    return None


# -- reading as Vietnamese ------------------------------------------------------------

#: Tone marks (decomposed); a syllable carries at most one.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: The vowel groups a Vietnamese syllable may have (without tone marks).
_NUCLEI = frozenset(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi "
    "ươ ưu yê iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu".split())
_SYLLABLE = lazyre.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                          r"(?P<v>[aăâeêioôơuưy]{1,3})(?:ch|ng|nh|[cmnpt])?")
#: Stripped from both ends of a word before it is judged.
_EDGE = string.punctuation + string.digits + "“”‘’…–—"
#: Letters that Unicode Vietnamese text has and that no legacy code read as Windows-1252 gives.
_UNICODE_ONLY = lazyre.compile(r"[\u1ea0-\u1ef9ăĂđĐơƠưƯĩĨũŨ]")
#: Characters that TCVN3 or VNI codes show as when they are read as Windows-1252.
_LEGACY_HINT = lazyre.compile(r"[\u00a1-\u00ff\u0081\u008d\u008f\u0090\u009d]")


def _is_syllable(word: str) -> bool:
    """Whether the lower-case ``word`` is spelt like a Vietnamese syllable (one tone mark at most).

    >>> _is_syllable("nghiêng"), _is_syllable("người"), _is_syllable("quá"), _is_syllable("gìn")
    (True, True, True, True)
    >>> _is_syllable("vieọt"), _is_syllable("hoµ"), _is_syllable("straße")
    (False, False, False)
    """
    if len(word) > 8:
        return False
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in decomposed if ch in _TONES)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    m = _SYLLABLE.fullmatch(bare)
    return bool(m) and m.group("v") in _NUCLEI


def vietnamese_score(text: str, *, limit: int = 5000) -> tuple[int, int]:
    """(good, bad): how many words with a non-ASCII letter are spelt like Vietnamese syllables, and how many not.

    Judges at most ``limit`` such words. Used to tell which encoding makes
    bytes (or legacy codes) read as Vietnamese.

    >>> vietnamese_score("Cộng hoà xã hội chủ nghĩa Việt Nam")
    (7, 0)
    >>> vietnamese_score("Céng hoµ x· héi chñ nghÜa ViÖt Nam")  # TCVN3 codes: only "Céng" is spelt like a syllable
    (1, 6)
    """
    good = bad = 0
    for token in text.split():
        for part in token.replace("/", "-").split("-"):
            part = part.strip(_EDGE)
            if not part or part.isascii():
                continue
            if _is_syllable(part.lower()):
                good += 1
            else:
                bad += 1
            if good + bad >= limit:
                return good, bad
    return good, bad


def _net(text: str) -> int:
    good, bad = vietnamese_score(normalize(text))
    return good - bad


# -- legacy Vietnamese encodings -------------------------------------------------------

@dataclass(frozen=True)
class _Legacy:
    tcvn3: dict[int, str]          # TCVN3 byte (A1–FF, and the five 80–9F that Windows-1252 leaves undefined) → letter
    vni: dict[str, str]            # VNI sequence (as Windows-1252 characters) → letter
    vni_rx: regex.Pattern[str] | None
    viscii: dict[int, str]         # VISCII byte → letter


@functools.lru_cache(maxsize=1)
def _legacy() -> _Legacy:
    """The tables of ``legacy_encodings.toml`` (empty, and conversion off, if the file is missing)."""
    try:
        data = tomllib.loads(LEGACY_TABLES.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return _Legacy({}, {}, None, {})
    tcvn3 = {int(k, 16): v for k, v in data["tcvn3"]["bytes"].items()}
    # bytes 80–9F hold punctuation in Windows-1252; only the ones it leaves undefined come from VN1
    for k, v in data["tcvn3_c1"]["bytes"].items():
        byte = int(k, 16)
        try:
            bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            tcvn3[byte] = v
    vni = dict(data["vni"]["sequences"])
    vni_rx = rxcache.compile("|".join(regex.escape(k) for k in sorted(vni, key=len, reverse=True)))
    viscii = {int(k, 16): v for k, v in data["viscii"]["bytes"].items()}
    return _Legacy(tcvn3, vni, vni_rx, viscii)


#: Windows-1252 for the bytes 80–9F that it defines; the other five stay U+0081 … U+009D.
_C1_TO_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                 if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _as_windows_1252(data: bytes) -> str:
    """Bytes as Windows-1252 shows them (what a legacy font's codes look like as Unicode characters)."""
    return data.decode("latin-1").translate(_C1_TO_CP1252)


def from_legacy(text: str, encoding: str) -> str:
    """Convert ``text`` whose characters are the codes of ``encoding`` (``tcvn3`` or ``vni``) to Vietnamese letters.

    The codes are taken as Windows-1252 shows them, which is how they arrive
    in Unicode text typed in a legacy font. Not normalised (TCVN3 has
    combining tone marks); characters that are no code are kept.

    >>> normalize(from_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3"))
    'Cộng hoà xã hội chủ nghĩa Việt Nam'
    >>> from_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    """
    tables = _legacy()
    if encoding == "tcvn3":
        return text.translate(_tcvn3_table())
    if encoding == "vni":
        if tables.vni_rx is None:
            return text
        vni = tables.vni
        return tables.vni_rx.sub(lambda m: vni[m.group()], text)
    raise ValueError(f"unknown legacy encoding {encoding!r}; choose tcvn3 or vni")


@functools.lru_cache(maxsize=1)
def _tcvn3_table() -> dict[int, str]:
    """str.translate table: TCVN3 codes as Windows-1252 characters → letters."""
    table = {}
    for byte, letter in _legacy().tcvn3.items():
        table[ord(_as_windows_1252(bytes([byte])))] = letter
    return table


def _decode_legacy(data: bytes, encoding: str) -> str:
    """Bytes of a file in ``encoding`` (``tcvn3``, ``vni`` or ``viscii``) as text (not normalised)."""
    if encoding == "viscii":
        return data.decode("latin-1").translate(_legacy().viscii)
    return from_legacy(_as_windows_1252(data), encoding)


def _convert_legacy_lines(text: str) -> tuple[str, str | None, int]:
    """Convert the lines of ``text`` that are TCVN3 or VNI codes rather than letters.

    One encoding for the whole text: the one whose conversion makes its lines
    read as Vietnamese by the widest margin (at least 3 words). Lines that
    already hold letters only Unicode has (ạ, ư, đ …) are left alone, and so
    is a line the conversion does not improve. Returns the text, the
    encoding (None when nothing was converted) and the count of lines converted.
    """
    if not _LEGACY_HINT.search(text):
        return text, None, 0
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines)
                  if _LEGACY_HINT.search(line) and not _UNICODE_ONLY.search(line)]
    if not candidates or not _legacy().tcvn3:
        return text, None, 0
    best: tuple[int, str, dict[int, str]] | None = None
    for encoding in ("tcvn3", "vni"):
        gain, changed = 0, {}
        for i in candidates:
            converted = from_legacy(lines[i], encoding)
            if converted == lines[i]:
                continue
            before, after = _net(lines[i]), _net(converted)
            if after > before:
                gain += after - before
                changed[i] = converted
        if gain >= 3 and (best is None or gain > best[0]):
            best = (gain, encoding, changed)
    if best is None:
        return text, None, 0
    _, encoding, changed = best
    for i, converted in changed.items():
        lines[i] = converted
    return "\n".join(lines), encoding, len(changed)


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


def _vietnamese_reading(data: bytes) -> tuple[str, str] | None:
    """The legacy Vietnamese encoding in which ``data`` reads best as Vietnamese, with its text; None if none does.

    Windows-1258 qualifies when it composes into Vietnamese letters (see
    :func:`_windows_1258`); TCVN3, VNI and VISCII when at least two words and
    twice as many words as not read as Vietnamese syllables. The encoding
    with the most such words (net of the others) wins; the judgement is made
    on the first :data:`SAMPLE_CHARS` bytes.
    """
    sample = data[:SAMPLE_CHARS]
    scored: list[tuple[int, int, str]] = []
    cp1258 = _windows_1258(sample)
    if cp1258 is not None:
        good, bad = vietnamese_score(cp1258)
        scored.append((good - bad, 0, "windows-1258"))
    if _legacy().tcvn3:
        for rank, encoding in enumerate(("tcvn3", "vni", "viscii"), start=1):
            good, bad = vietnamese_score(normalize(_decode_legacy(sample, encoding)))
            if good >= 2 and 2 * bad <= good:
                scored.append((good - bad, -rank, encoding))
    if not scored:
        return None
    encoding = max(scored)[2]
    if encoding == "windows-1258":
        try:
            return data.decode("cp1258"), encoding
        except UnicodeDecodeError:
            return None
    return _decode_legacy(data, encoding), encoding


def _detect(data: bytes, name: str) -> tuple[str, str, str | None]:
    """Decode ``data`` in the legacy Vietnamese encoding it reads best in, else with the encoding
    charset-normalizer finds most plausible. Returns the text, the encoding and the legacy encoding (or None)."""
    vietnamese = _vietnamese_reading(data)
    if vietnamese is not None:
        text, encoding = vietnamese
        return text, encoding, (encoding if encoding in LEGACY_ENCODINGS else None)
    from charset_normalizer import from_bytes  # imported here: only legacy encodings need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("cannot tell the text encoding (not UTF-8 or UTF-16; "
                         "may be a binary file)", path=name)
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"cannot decode the file as {best.encoding}", path=name) from None
    return text, _display_name(best.encoding), None


def read_bytes(path: str | Path) -> bytes:
    """The bytes of the file at ``path``.

    Raises :class:`~dtextract.errors.InputError` naming ``path`` when it is
    missing, a broken symbolic link, a directory, a special file (a device or
    socket; a named pipe is read) or unreadable.
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
            return fh.read()
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None


def read_path(path: str | Path) -> Decoded:
    """Read and decode the article at ``path``.

    Raises :class:`~dtextract.errors.InputError` naming ``path`` when it is
    missing, a broken symbolic link, a directory, a special file (a device or
    socket; a named pipe is read), unreadable, or binary.
    """
    return decode(read_bytes(path), str(path))


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
