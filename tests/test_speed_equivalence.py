"""Shortcuts taken for speed give what the plain computation gives.

Each test holds a memoised or incremental computation to the straightforward
one it replaces, on generated text made of the characters and words the
patterns read.
"""
from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from dtextract import context, subjects

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


def _plain_last_break_end(text: str) -> int:
    cut = 0
    for m in context._CLAUSE_BREAK.finditer(text):
        cut = m.end()
    return cut


@settings(max_examples=600, deadline=None)
@given(CLAUSE_TEXT)
def test_last_break_end_equals_the_last_of_a_forward_scan(text: str) -> None:
    assert context._last_break_end(text) == _plain_last_break_end(text)
    assert context._last_break_end("Năm 2023 " + text + " hộ gia đình") == \
        _plain_last_break_end("Năm 2023 " + text + " hộ gia đình")


def test_last_break_end_on_dashes_and_long_text() -> None:
    for text in ["a - - b", "ab - - - cd", "x – - – y", "12 - 3 - - 4", "tăng 5,2% - - - đạt", "ab" * 300 + " - x",
                 "Tỷ lệ " + ", ".join(f"{k},5%" for k in range(100)), "(a, b) c" * 20]:
        assert context._last_break_end(text) == _plain_last_break_end(text), text


def test_last_break_end_when_the_scan_would_start_inside_a_dash_run() -> None:
    for k in range(80):
        for run in (" - - ", " – - – ", " - - - - "):
            text = "ab" * 5 + run + "c" * k
            assert context._last_break_end(text) == _plain_last_break_end(text), (k, run)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "a", " ", "12", "\n"]), max_size=80).map("".join), st.data())
def test_in_bracket_equals_the_search_back(text: str, data) -> None:
    from dtextract import figures

    for pos in {0, len(text), data.draw(st.integers(0, len(text)))}:
        assert figures._in_bracket(text, pos) == (text.rfind("(", 0, pos) > text.rfind(")", 0, pos)), pos
    other = text + "(x"   # another text: its own parentheses, not the cached ones
    assert figures._in_bracket(other, len(other)) == (other.rfind("(") > other.rfind(")"))


def test_what_regex_calls_white_space_python_does_too() -> None:
    # context._last_break_end tells white space with str.isspace where _CLAUSE_BREAK reads \s
    import sys

    import regex

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert all(c.isspace() for c in regex.findall(r"\s", every))
    assert all(c.isspace() for c in regex.findall(r"\s", every, flags=regex.IGNORECASE))


def test_last_break_end_on_single_digit_percentages() -> None:
    text = " ".join(f"{k % 9 + 1}%" for k in range(120))
    for end in range(0, len(text), 3):
        for t in (text[:end], "Tỷ lệ, " + text[:end], text[:end] + " - a"):
            assert context._last_break_end(t) == _plain_last_break_end(t), t


def test_a_clause_break_always_holds_one_of_the_break_characters() -> None:
    # context._last_break_end skips text without any of context._BREAK_CHARS
    import sys

    others = [chr(c) for c in range(sys.maxunicode + 1)
              if not 0xD800 <= c <= 0xDFFF and chr(c) not in context._BREAK_CHARS]
    for sep in (" ", "", "\n", "\u00a0"):
        assert context._CLAUSE_BREAK.search(sep.join(others)) is None
        assert context._CLAUSE_BREAK.search(sep + sep.join(others) + sep) is None


def test_a_structure_clause_break_always_holds_one_of_its_break_characters() -> None:
    import sys

    from dtextract import structure

    others = [chr(c) for c in range(sys.maxunicode + 1)
              if not 0xD800 <= c <= 0xDFFF and chr(c) not in structure._BREAK_CHARS]
    for sep in (" ", "", "\n"):
        assert structure._CLAUSE_BREAK.search(sep.join(others)) is None


def _plain_clause_start(st, pos: int) -> int:
    from dtextract import structure

    s, _ = st.sentence(pos)
    inside = st.bracket(pos)
    if inside is not None:
        s = inside[0] + 1
    s = max(s, pos - structure.CLAUSE_REACH)
    end = pos
    while end > s:
        m = structure._CLAUSE_BREAK_BACK.search(st.scan, s, end)
        if m is None:
            return s
        hidden = st.bracket(m.start())
        if hidden is None or hidden[1] > pos or (inside is not None and hidden == inside):
            return m.end()
        end = hidden[0]
    return s


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([",", ";", ":", " - ", " – ", "-", "(", ")", " ", "1", "2,5", "a", "Bb", ". ",
                                 "\n", "và"]), max_size=120).map("".join))
def test_clause_start_equals_the_plain_backward_search(text: str) -> None:
    from dtextract.structure import Structure

    st_ = Structure.of(text)
    for pos in range(0, len(st_.text) + 1):
        assert st_.clause_start(pos) == _plain_clause_start(st_, pos), pos


TAIL_WORDS = ["ước tính", "đạt", "là", "chiếm", "có", "với", "khoảng", "tháng", "quý", "năm", "6", "2023", "IV", "/",
              "của", "theo", ".", "…", "xếp hạng", "thứ", "hồ sơ", ",", " ", "\n", "\r", "\u2028", "tăng", "5%", "đầu"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TAIL_WORDS), max_size=14), st.sampled_from(["", " ", "\n", " \n", "\n\n", "x"]))
def test_cut_tail_equals_the_backward_search(words: list[str], tail: str) -> None:
    text = " ".join(words) + tail
    for name, rx in context.TAILS.items():
        m = rx.search(text)
        assert context._cut_tail(name, text) == (text[:m.start()] if m else text), (name, text)


BACK_WORDS = ["tỷ lệ", "tỉ lệ", "con số", "số liệu", "mức", "chỉ số", "này", "đó", "trên", "5", "12,5%", ",", ".",
              " ", "  ", "\n", "x", "Hà Nội", "đạt", "này5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BACK_WORDS), max_size=16).map(" ".join))
def test_back_references_of_a_lead_equal_a_scan_of_it(sentence: str) -> None:
    from dtextract import api, subjects
    from dtextract.structure import Structure

    st_ = Structure.of(sentence)
    subj = subjects.Subjects(st_, api.load_patterns(), [])
    rx = subj.r.back_reference
    span = (0, len(st_.scan))
    for end in range(len(st_.scan) + 1):
        lead = st_.scan[:end]
        assert [m.span() for m in subj._back_references(lead, span)] == [m.span() for m in rx.finditer(lead)], end


def test_a_back_reference_pattern_that_looks_further_ahead_is_scanned_whole() -> None:
    import regex

    from dtextract import subjects

    assert subjects._reversed(regex.compile(r"(?<!\w)tỷ lệ\s+này(?!\w)")) is not None
    assert subjects._reversed(regex.compile(r"(?<!\w)tỷ lệ\s+này(?!\s*\d)")) is None
    assert subjects._reversed(regex.compile(r"tỷ lệ(?=\s+này)\s+này(?!\w)")) is None


EDGE_TEXT = st.lists(st.sampled_from(["và", "của", "tại", "ở", "với", "là", "có", "các", "những", "Và", "CÓ", "vàx",
                                      "xvà", ",", ";", ":", ".", "(", ")", "-", "–", " ", "  ", "\n", "hộ", "nghèo",
                                      "tỷ lệ", "xã"]), max_size=12).map("".join)
#: what the two edges of a phrase shed, as one forward regex (the plain computation `_trim_edges` replaces)
_PLAIN_EDGE = regex.compile(r"^(?:[\s,;:.()\-–]|(?:và|của|tại|ở)(?!\w))+"
                                     r"|(?:[\s,;:.()\-–]|(?<!\w)(?:và|của|tại|ở|với|là|có|các|những))+$",
                                     regex.IGNORECASE)


@settings(max_examples=2000, deadline=None)
@given(EDGE_TEXT)
def test_trim_edges_equals_one_forward_substitution(text: str) -> None:
    assert subjects._trim_edges(text) == _PLAIN_EDGE.sub("", text)


def test_trim_edges_on_phrases() -> None:
    assert subjects._trim_edges(", và tỷ lệ hộ nghèo của") == "tỷ lệ hộ nghèo"
    assert subjects._trim_edges("của các hộ có") == "các hộ"
    assert subjects._trim_edges("hộ vàng") == "hộ vàng"



COUNTED_TEXT = st.lists(st.sampled_from(["các", "Các", "CÁC", "những", "một", "số", "Một Số", "nhiều", "hai", "năm",
                                         "mười", "12", "3", "x", "a5", "huyện", "Huyện", "HUYỆN", "quận", "thị", "xã",
                                         "thị xã", "trấn", "phường", "thôn", "bản", "ấp", "cấp", "ſáu", "sáu", "gồm",
                                         "là", "như", ":", ",", ".", ";", " ", "  ", "\n", "\u00a0", "\x1c", "Hưng Hà",
                                         "Đông", "3.850 ha", "\U00010d42"]), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(COUNTED_TEXT)
def test_counted_lists_are_found_as_a_whole_scan_finds_them(text: str) -> None:
    from dtextract import places

    for rx, levels in ((places._LEVEL_LIST, ("huyện", "quận", "thị")),
                       (subjects._LOCALITY_LIST, ("xã", "phường", "thị", "thôn", "bản", "ấp"))):
        assert [m.span() for m in places.finditer_counted(rx, text, levels)] == \
            [m.span() for m in rx.finditer(text)], text


def test_counted_lists_on_lists() -> None:
    from dtextract import places

    for text in ["Các huyện có diện tích lớn gồm: Hưng Hà 3.850 ha, Đông Hưng 3.120 ha",
                 "ở 9 huyện: Hoàng Su Phì 6 sản phẩm", "tại các huyện Thiệu Hóa (420 ha), Yên Định (380 ha)",
                 "Một số xã dẫn đầu gồm: Hải Đông 9,2 km", "ở 3 phường: A, B", "một   số\nthị xã: A", "x12 huyện: A"]:
        for rx, levels in ((places._LEVEL_LIST, ("huyện", "quận", "thị")),
                           (subjects._LOCALITY_LIST, ("xã", "phường", "thị", "thôn", "bản", "ấp"))):
            assert [m.span() for m in places.finditer_counted(rx, text, levels)] == \
                [m.span() for m in rx.finditer(text)], text


def test_the_built_in_locality_cues_keep_their_words() -> None:
    # context._CUE_WORDS were read off these patterns: edited, a cue is searched whole until its words are read again
    from dtextract import api

    assert set(context._cue_words(api.load_patterns())) == set(context._CUE_WORDS)


CUE_TEXT = st.lists(st.sampled_from(["toàn", "Toàn", "tỉnh", "Tỉnh", "TỈNH", "huyện", "Huyện", "thị xã", "quận",
                                     "này", "trên", "nói", "cả", "nước", "NƯỚC", "Cả Nước", "toàn quốc", "ta",
                                     "trái phiếu", "Chính", "phủ", "đã", "có", "UBND", "của", "địa bàn", ",", ".",
                                     " ", "  ", "\n", "bình quân", "đạt", "5%"]), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(CUE_TEXT, st.data())
def test_a_cue_is_searched_wherever_it_may_match(text: str, data) -> None:
    from dtextract import api

    patterns = api.load_patterns()
    words, cues = context._cue_words(patterns), context._cues(patterns)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    for name in words:
        if not context._cue_may_match(words[name], text, s, e):
            assert cues[name].search(text[s:e]) is None and cues[name].search(text, s, e) is None, (name, text[s:e])


def test_what_the_scan_view_blanks_python_does_not_print() -> None:
    # normalise._may_hold_invisible tells a text without invisible characters by str.isprintable
    import sys

    from dtextract import normalise

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    found = regex.findall(normalise._INVISIBLE, every)
    assert found and not any(c.isprintable() for c in found)
    assert not normalise._may_hold_invisible("Tỷ lệ\n5%") and normalise._may_hold_invisible("5\u200b%\n")


LABEL_TEXT = st.lists(st.sampled_from(["Đức Hòa", "Thạch Hà", "TP", "Tx", "Hưng-Yên", " ", "  ", "\u00a0", "\n", "\r",
                                       "\u2028", ":", ": ", "a", "Cứng hóa 86 km", "-", "–", "’", "'"]),
                      max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(LABEL_TEXT)
def test_line_labels_are_found_as_a_whole_scan_finds_them(text: str) -> None:
    from dtextract import places

    assert [m.span() for m in places._line_labels(text, None)] == [m.span() for m in places._LINE_LABEL.finditer(text)]


DATELINE_TEXT = st.lists(st.sampled_from(["Nam Định", "Hải Phòng", "Theo", "TP.", ", ", ",", "ngày ", " ", "\n", "\n\n",
                                          "\u00a0", "10/3/2024", "a", "Tỷ lệ"]), max_size=20).map("".join)


@settings(max_examples=1500, deadline=None)
@given(DATELINE_TEXT, st.data())
def test_a_dateline_before_a_date_is_found_as_a_search_from_the_start_finds_it(text: str, data) -> None:
    end = data.draw(st.integers(0, len(text)))
    assert context._dateline_before(text, end) == (context._DATELINE_BEFORE.search(text, 0, end) is not None), \
        (text, end)


LOCALITY_TEXT = st.lists(st.sampled_from(["xã", "Xã", "XÃ", "phường", "Phường", "thị trấn", "Thị  trấn", "thị xã", "thôn",
                                          "Thôn", "thông", "ấp", "Ấp", "cấp", "xóm", "khóm", "Khóm", "tổ dân phố",
                                          "Tổ dân phố", "tổng", "tác", "số", "Sơn Kim", "Hải Đông", "1", "12", " (", "a",
                                          " ", "  ", "\n", "\u00a0", "-", "İ", "ẞ"]), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(LOCALITY_TEXT)
def test_localities_are_found_as_a_whole_scan_finds_them(text: str) -> None:
    assert subjects._localities(text) == [m.span() for m in subjects._LOCALITY.finditer(text)], text


NAME_BEFORE_TEXT = st.lists(st.sampled_from(["đường", "Đường", "đại lộ", "cao tốc", "đoạn", "phố", "Phố", "thành phố",
                                             "khu phố", "hồ chứa nước", "kênh chính", "đập", "thủy điện", "trạm bơm",
                                             "Công ty", "Công ty Cổ phần Đô thị", "đầu tư tại", "Cần Thơ", "Hà", "Nam",
                                             "xã", "phường", "thị trấn", "cấp", "gồm", "là", "như", ":", "các",
                                             "Những", ",", " và ", "-", "–", " ", "  ", "\n", "a", "5", "."]),
                            max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(NAME_BEFORE_TEXT, st.data())
def test_look_backs_before_a_name_answer_as_the_forward_search(text: str, data) -> None:
    from dtextract import places

    start = data.draw(st.integers(0, len(text)))
    assert places._in_a_name(text, start) == \
        (places._IN_A_NAME.search(text, max(0, start - 60), start) is not None), (text, start)
    assert places._commune_listed_before(text, start) == \
        (places._COMMUNE_LIST_BEFORE.search(text, max(0, start - 160), start) is not None), (text, start)


BACKWARD_CUE_TEXT = st.lists(st.sampled_from(["toàn", "Toàn", "tỉnh", "Tỉnh", "huyện", "Huyện", "thị xã", "quận", "của",
                                              "cả", "Cả", "nước", "cả nước", "toàn quốc", "nước ta", "trên", "địa bàn",
                                              "UBND", "HĐND", "Công an", "Sở", "khen của", "dẫn đầu", "thứ 3", "so với",
                                              "chiếm 5%", "nhóm", "Giải", "đã", "có", "hiện có", "Đà", "hồ chứa",
                                              "thủy điện", "sông", "Đạm", "kênh", "cửa khẩu", "gạo", "cà phê", "bánh",
                                              "chè", "na", "Nam", "Định", ",", ".", ";", " ", "  ", "\n", "“", "-", "5"]),
                             max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(BACKWARD_CUE_TEXT, st.data())
def test_a_cue_asked_backwards_matches_where_the_forward_search_does(text: str, data) -> None:
    from dtextract import api

    patterns = api.load_patterns()
    cues, found = context._cues(patterns), context._cues_found(patterns)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    for name in context._BACKWARD_CUES:
        assert found[name] is not cues[name]
        assert (found[name].search(text, s, e) is None) == (cues[name].search(text, s, e) is None), (name, text, s, e)
        assert (found[name].search(text[s:e]) is None) == (cues[name].search(text[s:e]) is None), (name, text[s:e])
