"""One regex for many words, written as a trie.

An alternation of a few hundred words (``Hà Nội|Hà Nam|Hà Giang|…``) makes the
regex engine try each word in turn at every position. Written with shared
beginnings factored out (``H(?:à\\s+(?:N(?:ội|am)|Giang))``) it reads each
letter once; where one word extends another, the longer is tried first, as in
an alternation sorted longest first.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

_Node = dict[str, "_Node"]
_END = ""  # the key that marks "a word ends here" (no atom is empty)


def alternation(words: Iterable[Sequence[str]]) -> str:
    """A non-capturing group matching any of ``words``, each given as its regex atoms in order.

    >>> alternation([["a", "b"], ["a", "c"], ["a"]])
    '(?:a(?:b|c)?)'
    >>> alternation([])
    '(?!)'
    """
    trie: _Node = {}
    for atoms in words:
        if not atoms:
            continue
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = {}
    if not trie:
        return "(?!)"  # no word: matches nothing
    return "(?:" + _emit(trie) + ")"


def literal(words: Iterable[str]) -> str:
    """:func:`alternation` of plain strings, each character literal.

    >>> literal(["mười", "mười một", "một"])
    '(?:m(?:ười(?:\\\\ một)?|ột))'
    """
    return alternation([regex.escape(c) for c in w] for w in words if w)


def _emit(node: _Node) -> str:
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom != _END]
    if not branches:
        return ""
    optional = _END in node  # a word ends here: the longer ones first, then this one
    if len(branches) > 1:
        return "(?:" + "|".join(branches) + (")?" if optional else ")")
    body = branches[0]
    if not optional:
        return body
    return body + "?" if len(body) == 1 else "(?:" + body + ")?"
