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

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from time import monotonic

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
        else:
            j = _group_body(p, j)
    words, j = _alternation(p, j)
    if j >= len(p) or p[j] != ")":
        raise _Unsure
    return (None if look else words), j + 1, look


def _group_body(p: str, j: int) -> int:
    """Where the body of a group that is no lookaround begins, ``p[j]`` the `?` after its bracket: past `?:`, `?>`, a
    name (`?P<n>`, `?<n>`) or scoped flags (`?i:`); raises :class:`_Unsure` for any other construct (a global flag, a
    comment, a conditional, a call, a branch reset, verbose or flags this reading does not know)."""
    rest = p[j + 1:j + 3]
    if rest[:1] in (":", ">"):
        return j + 2
    if rest[:2] == "P<" or (rest[:1] == "<" and rest[1:2] not in ("=", "!")):
        close = p.find(">", j)
        if close < 0:
            raise _Unsure
        return close + 1
    m = _SCOPED_FLAGS.match(p, j)
    if m is None or "x" in m.group(1).lower() or not set(m.group(1) + (m.group(2) or "")) <= set("imsu"):
        raise _Unsure
    return m.end()


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


# -- where a match can open: a rule whose matches open at words is tried only there ------------------------------

#: How a match may open at a digit (:func:`lead_words`): at any character ``\d`` matches, or only at the first of a run.
ANY_DIGIT, RUN_START = "any", "run"
#: a negative lookbehind of one character class that holds ``\d`` (`(?<!\d)`, `(?<![\d.,])`): no digit stands before
_NO_DIGIT_BEFORE = lazyre.compile(r"\(\?<!(?:\\d|\[(?!\^)(?:[^\]\\]|\\.)*?\\d(?:[^\]\\]|\\.)*\])\)")
#: flags under which a pattern is not read for where its matches open: verbose, backwards, full case folding (a letter
#: may match two), set operations in classes (V1), a `\d` of ASCII or locale digits (a run's first may follow another)
_LEAD_FLAGS = regex.VERBOSE | regex.REVERSE | regex.FULLCASE | regex.V1 | regex.ASCII | regex.LOCALE
#: A window whose openings (:func:`finditer_at`) stand fewer characters apart than this on average is scanned whole: a
#: regex is tried at one position for about what the engine's scan costs over twenty (a line of figures, `5% 7% 3% …`)
CROWDED = 20
#: how many words a run of classes may multiply into (`[Ss]ố`: `số`) before the words stop at the class
_MAX_LEADS = 16


def lead_words(rx: regex.Pattern[str]) -> tuple[tuple[str, ...], str] | None:
    """Where every match of ``rx`` opens, read from its pattern: (words, digits). A match opens where the text in
    lower case (:func:`fold`) begins with one of ``words``, or at a character ``\\d`` matches when ``digits`` is
    :data:`ANY_DIGIT` (at the first of a run of them when :data:`RUN_START`, for an opening digit after a lookbehind
    that no digit may stand in: `(?<![\\d.,])\\d`; "" when no match opens at a digit). None when the pattern does not
    show it (a branch that opens with a class of letters, an optional part or a construct this reading does not know).
    What a match consumes first tells where it opens; lookarounds before it consume nothing. A regex engine tries a
    rule at every position of the text, and a rule that opens with a word is slow to try (`(?:năm|quý|tháng)`, case
    aside, costs tens of times what `\\d` costs to rule out): it is cheaper to try it at these positions alone
    (:func:`finditer_at`).

    >>> lead_words(regex.compile(r"(?<!\\w)(?:hai|ba)\\s+năm|(?<![\\d.,])\\d+ ngày|[Ss]ố \\d", regex.I))
    (('hai', 'ba', 'số '), 'run')
    >>> lead_words(regex.compile(r"(?:tăng)?\\s*\\d")) is None
    True
    """
    p = rx.pattern
    if not isinstance(p, str) or rx.flags & _LEAD_FLAGS or "\\G" in p:
        return None   # (`\\G` holds where a search starts: trying one position would move it)
    try:
        words, digits, end = _lead_alternation(p, 0)
    except _Unsure:
        return None
    if end != len(p):
        return None
    return tuple(words), digits


def _lead_alternation(p: str, i: int, no_digit_before: bool = False) -> tuple[list[str], str, int]:
    """The words and digits any branch of the alternation at ``p[i:]`` (up to its closing bracket) opens with
    (``no_digit_before``: a lookbehind before it lets no digit stand before its opening)."""
    words: list[str] = []
    digits = ""
    while True:
        w, d, i = _lead_sequence(p, i, no_digit_before)
        words.extend(x for x in w if x not in words)
        if d:
            digits = ANY_DIGIT if ANY_DIGIT in (d, digits) else RUN_START
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return words, digits, i


def _lead_sequence(p: str, i: int, no_digit_before: bool) -> tuple[list[str], str, int]:
    """What one branch opens with (its first consumed item; a run of literal characters from it is one word), and
    where the branch ends."""
    n = len(p)
    words: list[str] = []
    digits = ""
    while True:           # the lookarounds and zero-width escapes before the first consumed item
        if i >= n or p[i] in "|)":
            raise _Unsure                    # (a branch that consumes nothing)
        c = p[i]
        if c == "(" and p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            m = _NO_DIGIT_BEFORE.match(p, i)
            no_digit_before |= m is not None
            _, i, _ = _group(p, i)
        elif c == "\\" and p[i + 1:i + 2] in ("b", "B"):
            i += 2
        elif c in "^$":
            i += 1
        else:
            break
        if i < n and p[i] in "*+?{":
            raise _Unsure                    # (a quantified lookaround)
    c = p[i]
    if c == "(":
        words, digits, i = _consumed_group(p, i, no_digit_before)
    elif c == "\\" and p[i + 1:i + 2] == "d":
        digits, i = (RUN_START if no_digit_before else ANY_DIGIT), i + 2
        least, _, i = _quantifier(p, i)
        if least == 0:
            raise _Unsure
    else:
        words, i = _literal_run(p, i)
    return words, digits, _branch_end(p, i)


def _consumed_group(p: str, i: int, no_digit_before: bool) -> tuple[list[str], str, int]:
    """A group that a branch opens with (not a lookaround): what its own branches open with, and its end."""
    j = i + 1
    if p.startswith("?", j):
        j = _group_body(p, j)
    words, digits, j = _lead_alternation(p, j, no_digit_before)
    if j >= len(p) or p[j] != ")":
        raise _Unsure
    least, _, j = _quantifier(p, j + 1)
    if least == 0:
        raise _Unsure                        # (an optional group: what follows may open the match)
    return words, digits, j


def _literal_run(p: str, i: int) -> tuple[list[str], int]:
    """The words a branch opening at ``p[i]`` with a literal character (or a class of them) opens with: the literal
    characters that follow one another, in lower case (a class multiplies them: `[Ss]ố` is `số`)."""
    prefixes = [""]
    n = len(p)
    while i < n:
        c = p[i]
        j = i
        if c == "[":
            chars = _plain_class(p, i)
            j = _class_end(p, i)
        elif c == "\\":
            e = p[i + 1:i + 2]
            if not e or e.isalnum():
                break                        # (a class escape, a backreference: the run ends)
            chars, j = [e], i + 2
        elif c in "()|.*+?{^$":
            break
        else:
            chars, j = [c], i + 1
        if chars is None:
            break
        lowered = []
        for ch in chars:
            low = ch.lower()
            if len(low) != 1:
                raise _Unsure                # (`İ`: its lower case is two characters)
            if low not in lowered:
                lowered.append(low)
        least, quantified, j = _quantifier(p, j)
        if least == 0 or len(prefixes) * len(lowered) > _MAX_LEADS:
            break
        prefixes = [w + ch for w in prefixes for ch in lowered]
        i = j
        if quantified:
            break                            # (`ab+c`: the text holds `ab`, not always `abc`)
    if prefixes == [""]:
        raise _Unsure                        # (nothing literal opens the branch: `.`, `\\w`, an optional character)
    return prefixes, i


def _plain_class(p: str, i: int) -> list[str] | None:
    """The characters of the class at ``p[i]`` when it lists plain characters only (`[Ss]`, `[-–]`); else None."""
    end = _class_end(p, i)
    body = p[i + 1:end - 1]
    if not body or body.startswith("^"):
        return None
    out = []
    k = 0
    while k < len(body):
        ch = body[k]
        if ch == "\\":
            e = body[k + 1:k + 2]
            if not e or e.isalnum():
                return None
            out.append(e)
            k += 2
        elif ch == "-" and 0 < k < len(body) - 1 or ch in "[]&~|":
            return None                      # (a range, a set operation)
        else:
            out.append(ch)
            k += 1
    return out


def _branch_end(p: str, i: int) -> int:
    """Where the branch that goes on at ``p[i]`` ends (at its `|` or the bracket that closes it)."""
    n = len(p)
    while i < n and p[i] not in "|)":
        c = p[i]
        if c == "(":
            _, i, _ = _group(p, i)
        elif c == "[":
            i = _class_end(p, i)
        elif c == "\\":
            e = p[i + 1:i + 2]
            if not e:
                raise _Unsure
            if e in "pPN" and p.startswith("{", i + 2) and p.find("}", i + 3) > 0:
                i = p.find("}", i + 3) + 1
            else:
                i += 2
        else:
            i += 1
    return i


def lead_starts(words: Sequence[str], folded: str, windows: Sequence[tuple[int, int]],
                digits: Sequence[int] = ()) -> list[int]:
    """The positions within the searched stretches of ``windows`` (with their :data:`LOOKAHEAD`) where ``folded``
    (from :func:`fold`) begins with one of ``words``, and those of ``digits`` (sorted) there, in order."""
    n = len(folded)
    out: list[int] = []
    for a, b in windows:
        end = b + LOOKAHEAD if b + LOOKAHEAD < n else n
        for w in words:
            k = folded.find(w, a, end)
            while k >= 0:
                out.append(k)
                k = folded.find(w, k + 1, end)
        if digits:
            out.extend(digits[bisect_left(digits, a):bisect_left(digits, end)])
    return sorted(set(out))


def finditer_at(rx: regex.Pattern[str], text: str, windows: Iterable[tuple[int, int]], starts: Sequence[int], *,
                timeout: float | None = None) -> Iterator[regex.Match[str]]:
    """What :func:`finditer_in` gives, for a regex each of whose matches opens at one of ``starts`` (sorted, from
    :func:`lead_starts`) and consumes a character: it is tried at those positions alone, each after the last match's
    end, as a scan tries them (a window crowded with them, :data:`CROWDED`, is scanned as :func:`finditer_in` does).
    ``timeout`` bounds the time spent on each window (a window that runs out of it loses the matches left in it, as
    in :func:`finditer_in`)."""
    n = len(text)
    k = 0
    for a, b in windows:
        end = min(n, b + LOOKAHEAD)
        k = bisect_left(starts, a, k)
        stop = bisect_left(starts, end, k)
        if (stop - k) * CROWDED > end - a:
            k = stop
            yield from finditer_in(rx, text, ((a, b),), timeout=timeout)
            continue
        last = a
        deadline = None if timeout is None else monotonic() + timeout
        for at in starts[k:stop]:
            if at < last:
                continue
            if deadline is not None and monotonic() > deadline:
                break
            m = rx.match(text, at, end)
            if m is not None:
                last = m.end()
                if last <= b or end == n:
                    yield m
        k = stop
