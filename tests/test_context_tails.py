"""The tail patterns of dtextract.context search backwards; they must find what a forward search finds.

`context.TAILS` compiles `_COPULA`, `_TIME`, `_TRAILING` and `_RANK_TAIL` with
regex.REVERSE because a forward search tries every position of a long phrase
before the one match that reaches its end. That is a speed-up only if both
searches agree, which these tests check on the samples and on generated text
made of the words the patterns read.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dtextract import context

FORWARD = {"copula": context._COPULA, "time": context._TIME, "trailing": context._TRAILING,
           "rank": context._RANK_TAIL}
SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
WORDS = ["ước tính", "ước đạt", "ước", "dự kiến", "đạt", "là", "chiếm", "có", "với", "khoảng", "hơn", "trên",
         "tối đa", "ít nhất", "đến", "lên", "được", "tổng cộng", "trung bình", "đóng góp", "đến hết", "tính đến",
         "trong", "từ", "vào", "6", "12", "sáu", "chín", "tháng", "quý", "năm", "đầu", "cuối", "2023", "IV", "I",
         "/", "của", "theo", "hoặc", ".", "…", "xếp hạng", "xếp", "đứng", "vị trí", "hạng", "thứ", "số", "hồ sơ",
         "Phú Thọ", ",", " ", "\n", "tăng", "giảm", "còn", "xuống", "tăng trưởng"]


def _same(name: str, text: str) -> None:
    fwd = FORWARD[name].search(text)
    back = context.TAILS[name].search(text)
    assert (fwd and fwd.span()) == (back and back.span()), (name, text)


def test_every_tail_pattern_has_a_forward_twin() -> None:
    assert set(context.TAILS) == set(FORWARD)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_backward_search_equals_forward_on_the_samples(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for end in range(0, len(text), 5):
        for name in FORWARD:
            _same(name, text[max(0, end - 120):end])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from(["", " ", "  "]))
def test_backward_search_equals_forward_on_generated_phrases(words: list[str], tail: str) -> None:
    text = " ".join(words) + tail
    for name in FORWARD:
        _same(name, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789%,.;:()-–•*+· …/\n\t", max_size=60))
def test_a_phrase_without_letters_is_cleaned_as_the_word_rules_would(text: str) -> None:
    from dtextract.context import _clean_letterless, _clean_words

    assert _clean_letterless(text) == _clean_words(text)
