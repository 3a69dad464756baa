"""The article's structure, built once: paragraphs, sentences, clauses and brackets as offset ranges.

One :class:`Structure` owns the text; figures, periods and places ask it for
"my sentence", "my clause", "my bracket", "the sentences before me" instead
of re-scanning characters. Everything is found in one pass over the text
(linear time) and looked up by bisection.

>>> s = Structure.of("Doanh thu đạt 5 tỷ đồng (tháng 2 đạt 4 tỷ đồng), tăng 3%.")
>>> s.bracket(s.text.index("4 tỷ"))
(24, 47)
>>> s.text[s.clause_start(s.text.index("3%")):s.text.index("3%")]
' tăng '
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from . import lazyre
from .normalise import nfc, scan_view, sentence_spans

#: What ends a clause inside a sentence: `;`, a colon that is not inside a code or a time (`QCVN 08:2023/BTNMT`,
#: `8:30`), a comma that is not a decimal comma, a dash between spaces.
_CLAUSE_BREAK = lazyre.compile(r";|(?<!\d):|:(?!\d)|(?<!\d),|,(?!\d)|\s[-–]\s")
_CLAUSE_BREAK_BACK = lazyre.compile(_CLAUSE_BREAK.pattern, regex.REVERSE)
#: Every clause break holds one of these (tests/test_speed_equivalence.py holds the pattern to it).
_BREAK_CHARS = ";:,-–"
_BREAK_CHAR_BACK = lazyre.compile("[" + regex.escape(_BREAK_CHARS) + "]", regex.REVERSE)   # the last of them
_LINE = lazyre.compile(r"[^\n]+")
_BRACKET_CHARS = lazyre.compile(r"[()\n]")
#: how far back (characters) a clause may start before the position it holds
CLAUSE_REACH = 400


@dataclass
class Structure:
    """Blocks, sentences, clauses and brackets of one article, as ``(start, end)`` offsets into ``text``."""

    text: str
    scan: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    brackets: list[tuple[int, int]] = field(default_factory=list)   # (at "(", after ")"), sorted, none nested
    _sentence_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)
    _bracket_starts: list[int] = field(default_factory=list)
    _last_sentence: tuple[int, int] = (0, 0)   # the sentence last asked for: a figure asks many times

    @classmethod
    def of(cls, text: str, scan: str | None = None, sentences: list[tuple[int, int]] | None = None) -> "Structure":
        if scan is None:
            text = nfc(text)
            scan = scan_view(text)
        if sentences is None:
            sentences = sentence_spans(scan)
        s = cls(text, scan, sentences)
        s.paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        s.brackets = _brackets(scan)
        s._sentence_starts = [a for a, _ in sentences]
        s._paragraph_starts = [a for a, _ in s.paragraphs]
        s._bracket_starts = [a for a, _ in s.brackets]
        return s

    # -- lookups ------------------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        s, e = self._last_sentence
        if s <= pos < e:
            return s, e
        found = _span_at(self.sentences, self._sentence_starts, pos)
        self._last_sentence = found
        return found

    def paragraph(self, pos: int) -> tuple[int, int]:
        return _span_at(self.paragraphs, self._paragraph_starts, pos)

    def bracket(self, pos: int) -> tuple[int, int] | None:
        """The bracket that ``pos`` stands inside (between its parentheses), or None."""
        i = bisect.bisect_right(self._bracket_starts, pos) - 1
        if i >= 0:
            s, e = self.brackets[i]
            if s < pos < e - 1:
                return s, e
        return None

    def clause_start(self, pos: int) -> int:
        """Where the clause that holds ``pos`` starts: after the last clause break before it in its sentence
        (or its bracket), brackets closed before ``pos`` counting as part of their clause."""
        s, _ = self.sentence(pos)
        inside = self.bracket(pos)
        if inside is not None:
            s = inside[0] + 1
        s = max(s, pos - CLAUSE_REACH)   # a clause is a phrase, not a page (figure-dense lines stay linear)
        end = pos
        while end > s:   # backwards from pos: the nearest break that no closed bracket hides
            found = _BREAK_CHAR_BACK.search(self.scan, s, end)
            if found is None:
                return s
            last = found.start()
            # no break ends past the character it needs + 2 (one look-ahead character stays in view)
            m = _CLAUSE_BREAK_BACK.search(self.scan, s, min(end, last + 2))
            if m is None:
                return s
            hidden = self.bracket(m.start())
            if hidden is None or hidden[1] > pos or (inside is not None and hidden == inside):
                return m.end()
            end = hidden[0]
        return s

    def sentences_before(self, pos: int, limit: int = 4) -> Iterator[tuple[int, int]]:
        """The sentences before the one holding ``pos``, nearest first: its paragraph's, then the paragraph
        before (at most ``limit``)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        k = bisect.bisect_right(self._paragraph_starts, pos) - 1     # its paragraph (or the one before a gap)
        prev_para = self.paragraphs[k - 1][0] if k > 0 else 0
        n = 0
        while i > 0 and n < limit:
            i -= 1
            s, e = self.sentences[i]
            if s < prev_para:
                return
            yield s, e
            n += 1


def pipe_row(line: str) -> bool:
    """Whether ``line`` is a row of a table written with `|` between its cells (two of them at least: `Địa bàn | Năm
    2023 | Ước thực hiện 2024`), as the table reader and the period scanner both read it.

    >>> pipe_row("Huyện A | 1.200 | 1.150"), pipe_row("Xem thêm | Chia sẻ"), pipe_row("Năm 2023")
    (True, False, False)
    """
    return line.count("|") >= 2


def _span_at(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return pos, pos + 1


def _brackets(scan: str) -> list[tuple[int, int]]:
    """Outermost brackets that close on the same line, in one pass.

    >>> _brackets("a (b (c) d) e (f")
    [(2, 11)]
    """
    out = []
    depth, opened = 0, -1
    for m in _BRACKET_CHARS.finditer(scan):
        i, ch = m.start(), m.group()
        if ch == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((opened, i + 1))
        elif ch == "\n":
            depth = 0
    return out
