"""The unit lexicon's regex (a trie) matches what the plain longest-first alternation matched."""
from __future__ import annotations

import random
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from dtextract import api, figures
from dtextract.patterns import DEFAULT_FLAGS

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
WORDS = sorted(figures.rules(api.load_patterns()).unit_info)


def _flat() -> regex.Pattern[str]:
    longest_first = sorted(WORDS, key=len, reverse=True)
    return regex.compile("(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in longest_first)
                         + r")(?!\w)", DEFAULT_FLAGS)


FLAT = _flat()
TRIE = figures.rules(api.load_patterns()).unit_rx


def _same_everywhere(text: str) -> None:
    for i in range(len(text)):
        a, b = FLAT.match(text, i), TRIE.match(text, i)
        assert (a and a.span()) == (b and b.span()), (text[i:i + 40], a, b)


def test_the_lexicon_is_big_enough_to_matter() -> None:
    assert len(WORDS) > 400


def test_trie_and_alternation_agree_on_the_samples() -> None:
    for path in SAMPLES:
        _same_everywhere(path.read_text(encoding="utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["và", "x", ",", "  ", "\n", "1.000", "Hộ", "NGƯỜI"]), max_size=30),
       st.randoms(use_true_random=False))
def test_trie_and_alternation_agree_on_unit_words(words: list[str], rnd: random.Random) -> None:
    # words glued, spaced, cut short and upper-cased, so that prefixes, word ends and case all occur
    parts = []
    for w in words:
        w = w.upper() if rnd.random() < 0.2 else w
        w = w[: rnd.randint(1, len(w))] if rnd.random() < 0.2 else w
        parts.append(w + rnd.choice(["", " ", "  ", ", "]))
    _same_everywhere("".join(parts))
