"""Normalisation that keeps offsets: NFC once, then a same-length *scan view*.

Offsets in every record refer to the NFC text. Rules run on the scan view, in
which look-alike characters are mapped one-for-one to plain ones (non-breaking
and thin spaces → space, full-width digits → ASCII, every dash → ``-``), so a
match in the view is a match at the same offsets in the text. Characters a
reader does not see (zero-width spaces and joiners, soft hyphens, bidi marks,
byte order marks, control characters other than line breaks) are spaces in the
view, except inside a number, where they are :data:`NUMBER_GAP`, which the
number reader skips.

>>> scan_view("10\\u00a0– 2\\u202f000")
'10 - 2.000'
>>> scan_view("１２３％")
'123%'
"""
from __future__ import annotations

import unicodedata

import regex

from . import lazyre
from .patterns import match_timeout

_MAP: dict[int, str] = {}
for _cp in (0x00A0, 0x2007, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008,
            0x0009, 0x000B, 0x000C):
    _MAP[_cp] = " "
for _cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
    _MAP[_cp] = "-"
for _i in range(10):
    _MAP[0xFF10 + _i] = str(_i)
_MAP[0xFF05] = "%"
_MAP[0xFF0C] = ","
_MAP[0xFF0E] = "."
_MAP[0xFF0F] = "/"
_MAP[0x066A] = "%"
#: The characters _MAP rewrites: a text usually has few, so they are found and replaced one by one
#: (``str.translate`` would look up every character of the text).
_MAPPED = lazyre.compile("[" + "".join(regex.escape(chr(cp)) for cp in sorted(_MAP)) + "]")
#: (each looked for on its own first: a text that holds none, the most, is not scanned by the regex)
_MAPPED_CHARS = tuple(chr(cp) for cp in sorted(_MAP))

#: Characters a reader does not see: every format character (zero-width space, joiners, word
#: joiner, soft hyphen, LRM/RLM, bidi embeddings, overrides and isolates, byte order mark …) and
#: every control character (NUL, BEL, ESC, SUB, DEL, C1 …) but the line breaks \n and \r.
_INVISIBLE = r"[\p{Cf}\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]"
#: What a run of them is in the scan view inside a number (`194\u200b.360`): not a space, which
#: would split the number in two; the number reader (:data:`dtextract.numerals.DIGITS`) skips it.
NUMBER_GAP = "\u200b"
_ANY_INVISIBLE = lazyre.compile(_INVISIBLE)
_INVISIBLE_RUN = lazyre.compile(rf"(?<=\d(?:{_INVISIBLE}*[.,])?)(?P<inside>{_INVISIBLE}+)(?=(?:[.,]{_INVISIBLE}*)?\d)"
                               rf"|{_INVISIBLE}+")


def _may_hold_invisible(text: str) -> bool:
    """False when ``text`` holds no character of :data:`_INVISIBLE`: each is one Python does not print (a test holds
    them to it), and a text with none of those but line breaks is told in one pass of ``str.isprintable``, where the
    regex would try each of its positions."""
    return not text.replace("\n", " ").isprintable()


def _invisible(m: regex.Match[str]) -> str:
    return (NUMBER_GAP if m.group("inside") else " ") * (m.end() - m.start())


def nfc(text: str) -> str:
    """Unicode NFC, with CRLF and lone CR as LF (how Python reads text files)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


#: a non-breaking, thin or figure space between digit groups groups thousands: `1 000 000`
_SPACED_GROUPS = lazyre.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009\u2007]\d{3})+(?![\d])")
_GROUP_SPACE = lazyre.compile(r"[\u00a0\u202f\u2009\u2007]")


def scan_view(text: str) -> str:
    """The same-length view of ``text`` the rules run on.

    >>> scan_view("đạt 1\u00a0250\u00a0000 đồng")
    'đạt 1.250.000 đồng'
    >>> scan_view("194\u200b.360\u00ad h\u1ed3\u200b\u200bs\u01a1\x1b")
    '194\u200b.360  hồ  sơ '
    """
    if any(c in text for c in "\u00a0\u202f\u2009\u2007"):
        text = _SPACED_GROUPS.sub(lambda m: _GROUP_SPACE.sub(".", m.group()), text, timeout=match_timeout(text))
    out = _MAPPED.sub(lambda m: _MAP[ord(m.group())], text, timeout=match_timeout(text)) \
        if any(c in text for c in _MAPPED_CHARS) else text
    if _may_hold_invisible(out) and _ANY_INVISIBLE.search(out, timeout=match_timeout(out)):
        out = _INVISIBLE_RUN.sub(_invisible, out, timeout=match_timeout(out))
    assert len(out) == len(text)
    return out


_ABBREV = ("TP", "Tp", "TX", "Tx", "TS", "ThS", "PGS", "GS", "BS", "KS", "CN", "Th.S", "TT", "St", "v.v", "Mr", "Ms", "Dr", "ông", "bà")
_BOUNDARY = lazyre.compile(
    r"\n\s*"                                              # a line break ends a sentence
    r"|[.!?…]\K[\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\d])"       # end punctuation, then a capital or digit
    r"|;\K\s*(?=\n)",                                       # (\K: the match starts after the mark)
)


_LAST_WORD = lazyre.compile(r"([\w.]+)\.$")
#: a one-letter Roman numeral after the word it numbers (`học kỳ I.`, `quý I.`, `giai đoạn V.`): no initial
_NUMBERED_BY_ROMAN = lazyre.compile(r"(?<!\w)(?i:kỳ|quý|đoạn|khóa|đợt|phần|tập|chương|mục|vùng|hạng|loại|cấp)[^\S\n]+[IVX]\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at line breaks and at . ! ? … before a capital.

    >>> t = "Năm 2021 có 5 xã. TP. Huế có 3 phường.\\nDòng mới"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Năm 2021 có 5 xã.', 'TP. Huế có 3 phường.', 'Dòng mới']
    >>> t = "Hỗ trợ 20 hộ làm nhà ở. Riêng xã A có 5 hộ."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Hỗ trợ 20 hộ làm nhà ở.', 'Riêng xã A có 5 hộ.']
    >>> t = "Đủ dùng cho học kỳ I. Huyện A có 20 trường. Ông A. Nguyễn"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Đủ dùng cho học kỳ I.', 'Huyện A có 20 trường.', 'Ông A. Nguyễn']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text, timeout=match_timeout(text)):
        end = m.start()
        before = text[max(0, end - 6):end]
        if m.group().strip() == "" and before.endswith(".") and "\n" not in m.group():
            word = _LAST_WORD.search(before)
            # (an initial, `A. Nguyễn`, is a capital; a one-letter word ends a sentence: `hỗ trợ nhà ở. Riêng …`)
            if word and (word.group(1) in _ABBREV or (len(word.group(1)) == 1 and word.group(1).isupper() and
                                                      _NUMBERED_BY_ROMAN.search(text, max(0, end - 16), end) is None)):
                continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return [piece for s, e in spans for piece in _bounded(text, s, e)]


#: A "sentence" longer than this (a page with no punctuation, a file on one line) is cut at
#: spaces into pieces no longer, so that no figure carries or rescans megabytes of context.
MAX_SENTENCE = 2000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut at white space into pieces of at most MAX_SENTENCE characters.

    >>> _bounded("ab " * 1000, 0, 3000)[:2]
    [(0, 1997), (1998, 3000)]
    """
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append(_trim(text, start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
