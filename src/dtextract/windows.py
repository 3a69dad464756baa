"""Run a rule only in the windows of text around its anchors.

Most rules can only match near something cheap to find: a period phrase
contains ``tháng`` or a digit, a non-figure rule overlaps a number. Scanning
a whole article with each of some forty rules costs more than everything else
the extractor does, while the anchors usually cover less than half of the text;
so a rule with an anchor is run only in the windows ``reach`` characters
either side of each anchor hit, merged where they meet.

The result equals a whole-text scan for every match that lies within ``reach``
of an anchor hit (the rule's examples check that its ``reach`` is enough):

* a window is searched with ``pos``/``endpos``, so lookbehinds still see the
  text before the window and ``^`` still means a real line start;
* the search runs :data:`LOOKAHEAD` characters past the window's end, and a
  match ending beyond the window is dropped, so a lookahead up to that length
  sees the same text as in a whole-text scan and the end of a window never
  passes for the end of the text.

>>> import regex
>>> rx = regex.compile(r"\\d+ tháng")
>>> text = "Có 6 tháng và 3 năm; 9 tháng"
>>> windows = merge(anchor_spans([regex.compile("tháng")], text), 5, len(text))
>>> [m.group() for m in finditer_in(rx, text, windows)]
['6 tháng', '9 tháng']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import regex

from . import lazyre

try:  # the case variants the regex module's IGNORECASE matches to a character
    from regex._regex import get_all_cases as _all_cases
except ImportError:  # pragma: no cover - a regex release without it: words never skip a window
    _all_cases = None

#: Characters searched past a window's end so that lookaheads read real text.
LOOKAHEAD = 40


def anchor_spans(anchors: Sequence[regex.Pattern[str]], text: str, *, timeout: float | None = None,
                 cache: dict[regex.Pattern[str], list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
    """The (start, end) of every hit of any of ``anchors`` in ``text``, sorted (those found in time, if
    one runs out). ``cache`` keeps each anchor's hits for the other rules that share it."""
    cache = {} if cache is None else cache
    for anchor in anchors:
        if anchor not in cache:
            hits = cache[anchor] = []
            try:
                for m in anchor.finditer(text, timeout=timeout):
                    hits.append(m.span())
            except TimeoutError:
                pass
    if len(anchors) == 1:
        return cache[anchors[0]]
    return sorted(h for anchor in anchors for h in cache[anchor])


#: Flags under which a pattern of letters alone matches just those letters, case aside, one character each.
_PLAIN_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0 | regex.MULTILINE | regex.DOTALL | regex.VERBOSE


def plain_word(rx: regex.Pattern[str]) -> str | None:
    """The word ``rx`` is when its pattern is letters alone (an anchor ``tháng``), in lower case if it ignores
    case; else None. Its hits are then found fastest with :func:`word_spans`.

    >>> plain_word(regex.compile("tháng", regex.I)), plain_word(regex.compile(r"đầu\\s+năm", regex.I))
    ('tháng', None)
    """
    p = rx.pattern
    if not isinstance(p, str) or not p.isalpha() or rx.flags & ~_PLAIN_FLAGS:
        return None
    if rx.flags & regex.IGNORECASE and p != p.lower():
        return None
    return p


def word_spans(rx: regex.Pattern[str], word: str, text: str, folded: str | None) -> list[tuple[int, int]]:
    """The (start, end) of every hit of ``rx``, the plain word ``word`` (:func:`plain_word`), in ``text``: those
    ``rx.finditer`` gives, found with ``str.find``, which is several times faster than the regex engine's
    case-insensitive search. A regex that ignores case is looked for in ``folded``, the text in lower case from
    :func:`fold` with :func:`odd_cases` of ``word`` (so every hit of the regex is ``word`` there); a place where
    the text itself is written otherwise than ``word`` is a hit only if ``rx`` matches there.

    >>> rx = regex.compile("năm", regex.I)
    >>> text = "Năm nay, năm 2023; NĂMnăm"
    >>> word_spans(rx, "năm", text, text.lower()) == [m.span() for m in rx.finditer(text)]
    True
    """
    hits: list[tuple[int, int]] = []
    n = len(word)
    if not rx.flags & regex.IGNORECASE:
        i = text.find(word)
        while i >= 0:
            hits.append((i, i + n))
            i = text.find(word, i + n)
        return hits
    if folded is None:
        raise ValueError("a word that ignores case is looked for in the folded text")
    i = folded.find(word)
    while i >= 0:
        if text.startswith(word, i) or rx.match(text, i) is not None:
            hits.append((i, i + n))
            i = folded.find(word, i + n)
        else:
            i = folded.find(word, i + 1)
    return hits


def merge(spans: Iterable[tuple[int, int]], reach: int, length: int) -> list[tuple[int, int]]:
    """Windows ``reach`` characters around ``spans`` (sorted by start), merged where they come
    within :data:`LOOKAHEAD` of each other, clipped to ``[0, length]``.

    >>> merge([(10, 12), (20, 22), (200, 201)], 5, 300)
    [(5, 27), (195, 206)]
    """
    out: list[list[int]] = []
    for s, e in spans:
        a = s - reach if s > reach else 0
        b = e + reach
        if out and a <= out[-1][1] + LOOKAHEAD:
            if b > out[-1][1]:
                out[-1][1] = b
        else:
            out.append([a, b])
    if out and out[-1][1] > length:
        out[-1][1] = length
    return [(a, b) for a, b in out]


def finditer_in(rx: regex.Pattern[str], text: str, windows: Iterable[tuple[int, int]], *,
                overlapped: bool = False, timeout: float | None = None) -> Iterator[regex.Match[str]]:
    """Matches of ``rx`` that lie within ``windows`` (from :func:`merge`, which rules may share).

    Each window is searched on its own, with ``timeout`` per window: a rule
    that cannot finish in one window loses only that window's matches.
    """
    n = len(text)
    # (a keyword argument costs a regex call about what a short search does: passed only when it says something)
    keywords = {"overlapped": True} if overlapped else {}
    if timeout is not None:
        keywords["timeout"] = timeout
    for a, b in windows:
        end = min(n, b + LOOKAHEAD)
        try:
            for m in rx.finditer(text, a, end, **keywords) if keywords else rx.finditer(text, a, end):
                if m.end() <= b or end == n:
                    yield m
        except TimeoutError:
            continue


def matches_at(rx: regex.Pattern[str], text: str, starts: Iterable[int], *,
               timeout: float | None = None) -> Iterator[regex.Match[str]]:
    """The matches of ``rx`` in ``text`` that open at ``starts``, tried in order, each after the last match's end: for a
    regex none of whose matches opens anywhere else, what ``rx.finditer(text)`` finds, without trying every position.

    >>> [m.group() for m in matches_at(regex.compile(r"xã \\w+"), "xã A, xã B", [6, 0, 3])]
    ['xã A', 'xã B']
    """
    last = 0
    for at in sorted(starts):
        if at >= last:
            m = rx.match(text, at, timeout=timeout)
            if m is not None:
                yield m
                last = m.end()


def odd_cases(words: Iterable[str]) -> frozenset[str] | None:
    """The characters a case-insensitive regex matches to a letter of ``words`` (lower case) whose own
    lower case is not that letter: ``ſ`` for ``s``, ``İ`` for ``i`` (the Kelvin sign is fine: its lower case
    is ``k``). A text
    that holds one is not read through its lower case (:func:`fold`). None when that cannot be known.

    >>> sorted(odd_cases(["sik"]))
    ['İ', 'ſ']
    """
    if _all_cases is None:
        return None
    out = set()
    for c in set("".join(words)):
        for x in _all_cases(regex.IGNORECASE | regex.UNICODE, ord(c)):
            if chr(x).lower() != c:
                out.add(chr(x))
    return frozenset(out)


def fold(text: str, odd: frozenset[str] | None) -> str | None:
    """``text`` in lower case, offset for offset, when a case-insensitive match of a word of lower-case
    letters shows in it as that word (``odd``: from :func:`odd_cases`); else None.

    >>> fold("Chữ SỐ", frozenset("ſ")), fold("ſố", frozenset("ſ"))
    ('chữ số', None)
    """
    if odd is None:
        return None
    folded = text.lower()
    if len(folded) != len(text) or any(c in text for c in odd):
        return None
    return folded


def having(windows: Sequence[tuple[int, int]], folded: str | None, words: Sequence[str]
           ) -> Sequence[tuple[int, int]]:
    """The ``windows`` whose searched stretch (with its :data:`LOOKAHEAD`) holds one of ``words`` in
    ``folded`` (from :func:`fold`). A rule each of whose matches contains one of ``words`` finds nothing
    in the others, so :func:`finditer_in` over these gives the same matches. All when ``folded`` is None.

    >>> having([(0, 5), (100, 120)], "tuổi" + " " * 150, ["tuổi"])
    [(0, 5)]
    """
    if folded is None or not words:
        return windows
    n = len(folded)
    out = []
    for a, b in windows:
        end = b + LOOKAHEAD if b + LOOKAHEAD < n else n
        for w in words:
            if folded.find(w, a, end) >= 0:
                out.append((a, b))
                break
    return out


def check_words(words: list[str]) -> list[str]:
    """A rule's ``requires`` words as given, or ValueError: each is non-empty and in lower case."""
    for w in words:
        if not w or w != w.lower():
            raise ValueError(f"each word of requires is non-empty and in lower case, not {w!r}")
    return words


class _Unsure(Exception):
    """A construct :func:`required_words` does not read: it claims nothing of that pattern."""


#: escapes of a letter that match one character of a class (or a control character), and those that match none
_CLASS_ESCAPES = frozenset("dDwWsSXtnrfva")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZGmM")


def required_words(rx: regex.Pattern[str]) -> tuple[str, ...] | None:
    """Words (lower case) one of which every match of ``rx`` holds in the text it consumes (not only in a
    lookaround), read from its pattern: where none of them is in a stretch of text (in its lower case, see
    :func:`fold`), ``rx`` matches nothing there. None when the pattern does not show such words (an
    alternative without a literal) or uses what this reading does not know (verbose or global flags,
    conditionals, backreferences: it then claims nothing).

    >>> required_words(regex.compile(r"(?<!\\w)(?:dự kiến|Dự\\s+báo)(?!\\w)", regex.I))
    ('dự kiến', 'báo')
    >>> required_words(regex.compile(r"(?<=số\\s)\\d+")) is None
    True
    """
    if not isinstance(rx.pattern, str) or rx.flags & (regex.VERBOSE | regex.FULLCASE):
        return None
    try:
        words, end = _alternation(rx.pattern, 0)
    except _Unsure:
        return None
    if end != len(rx.pattern) or words is None or not all(words):
        return None
    return tuple(words)


def _alternation(p: str, i: int) -> tuple[list[str] | None, int]:
    """The words one of which any match of the alternation at ``p[i:]`` (up to its closing bracket) holds."""
    out: list[str] | None = []
    while True:
        words, i = _sequence(p, i)
        if words is None or out is None:
            out = None
        else:
            out.extend(w for w in words if w not in out)
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return out, i


def _sequence(p: str, i: int) -> tuple[list[str] | None, int]:
    """The most telling words of one alternative: a run of literal characters it consumes one after another,
    or the words of a group it must match."""
    found: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(["".join(run)])
            run.clear()

    n = len(p)
    while i < n and p[i] not in "|)":
        c = p[i]
        words: list[str] | None = None
        literal: str | None = None
        zero_width = False
        if c == "(":
            words, i, zero_width = _group(p, i)
        elif c == "[":
            i = _class_end(p, i)
        elif c == "\\":
            e = p[i + 1:i + 2]
            if not e:
                raise _Unsure
            if not e.isalnum():
                literal = e
                i += 2
            elif e in "pPN" and p.startswith("{", i + 2) and p.find("}", i + 3) > 0:
                i = p.find("}", i + 3) + 1
            elif e in _CLASS_ESCAPES or e in _ZERO_WIDTH_ESCAPES:
                zero_width = e in _ZERO_WIDTH_ESCAPES
                i += 2
            else:
                raise _Unsure      # (a backreference, a code point, an escape this reading does not know)
        elif c in "*+?{":
            raise _Unsure          # (a quantifier with nothing before it, or a brace that is none)
        elif c in "^$":
            zero_width = True
            i += 1
        elif c == ".":
            i += 1
        else:
            literal = c.lower()
            if len(literal) != 1:
                raise _Unsure      # (`İ`: its lower case is two characters, none of the text's)
            i += 1
        least, quantified, i = _quantifier(p, i)
        if zero_width:
            flush()
        elif literal is not None:
            if least == 0:
                flush()
            else:
                run.append(literal)
                if quantified:     # (`ab+c`: `ab` is in the text, `abc` need not be)
                    flush()
        else:
            flush()
            if words is not None and least >= 1:
                found.append(words)
    flush()
    if not found:
        return None, i
    # (the words whose shortest is longest tell most)
    return max(found, key=lambda ws: (min(len(w) for w in ws), -len(ws))), i


def _group(p: str, i: int) -> tuple[list[str] | None, int, bool]:
    """A bracket at ``p[i]``: (its words, where it ends, whether it is a lookaround)."""
    j = i + 1
    look = False
    if p.startswith("?", j):
        rest = p[j + 1:j + 4]
        if rest[:1] in ("=", "!"):
            look, j = True, j + 2
        elif rest[:2] in ("<=", "<!"):
            look, j = True, j + 3
        elif rest[:1] == ":" or rest[:1] == ">":
            j += 2
        elif rest[:2] == "P<" or (rest[:1] == "<" and rest[1:2] not in ("=", "!")):
            close = p.find(">", j)
            if close < 0:
                raise _Unsure
            j = close + 1
        else:
            m = _SCOPED_FLAGS.match(p, j)
            if m is None or "x" in m.group(1).lower() or not set(m.group(1) + (m.group(2) or "")) <= set("imsu"):
                raise _Unsure          # (a global flag, a comment, a conditional, a call, a branch reset)
            j = m.end()
    words, j = _alternation(p, j)
    if j >= len(p) or p[j] != ")":
        raise _Unsure
    return (None if look else words), j + 1, look


def _class_end(p: str, i: int) -> int:
    """Where the character class that opens at ``p[i]`` ends."""
    j = i + 1
    if p.startswith("^", j):
        j += 1
    if p.startswith("]", j):
        j += 1
    while j < len(p):
        if p[j] == "\\":
            j += 2
        elif p[j] == "[":
            raise _Unsure              # (a nested set)
        elif p[j] == "]":
            return j + 1
        else:
            j += 1
    raise _Unsure


_QUANTIFIER = lazyre.compile(r"(?:[*+?]|\{(\d*)(?:,(\d*))?\})[?+]?")
#: a group with flags of its own (`(?-i:`, `(?i:`), from its `?`
_SCOPED_FLAGS = lazyre.compile(r"\?([a-zA-Z]*)(?:-([a-zA-Z]+))?:")


def _quantifier(p: str, i: int) -> tuple[int, bool, int]:
    """The least repeat of the quantifier at ``p[i]``, whether there is one, and where it ends."""
    if i >= len(p) or p[i] not in "*+?{":
        return 1, False, i
    m = _QUANTIFIER.match(p, i)
    if m is None:
        raise _Unsure
    q = m.group()
    if q[0] in "*?":
        return 0, True, m.end()
    return (1 if q[0] == "+" else int(m.group(1) or 0)), True, m.end()
