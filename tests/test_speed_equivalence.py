"""Shortcuts taken for speed give what the plain computation gives.

Each test holds a memoised or incremental computation to the straightforward
one it replaces, on generated text made of the characters and words the
patterns read.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dtextract import context

CLAUSE_TEXT = st.lists(st.sampled_from(list(",;:()[]“”\"-–  1a9ăĂB.x") + ["và", " - ", "2,5", "tỷ lệ"]),
                       max_size=200).map("".join)


def _plain_previous_clause(text: str, pos: int) -> str:
    parts = [p for p in context._CLAUSE_BREAK.split(text[:pos]) if p.strip()]
    return parts[-2] if len(parts) >= 2 else ""


@settings(max_examples=400, deadline=None)
@given(CLAUSE_TEXT, st.data())
def test_second_last_clause_equals_a_split_of_the_prefix(text: str, data) -> None:
    spans = [m.span() for m in context._CLAUSE_BREAK.finditer(text)]
    starts = [a for a, _ in spans]
    for pos in {0, len(text), data.draw(st.integers(0, len(text))), data.draw(st.integers(0, len(text)))}:
        assert context._second_last_clause(text, spans, starts, pos) == _plain_previous_clause(text, pos), pos


def test_second_last_clause_on_a_long_list() -> None:
    text = "Tỷ lệ lần lượt là " + ", ".join(f"{k},5%" for k in range(300)) + " - cuối; hết"
    spans = [m.span() for m in context._CLAUSE_BREAK.finditer(text)]
    starts = [a for a, _ in spans]
    for pos in range(0, len(text), 7):
        assert context._second_last_clause(text, spans, starts, pos) == _plain_previous_clause(text, pos), pos
