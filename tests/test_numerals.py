"""Reading numbers (FIGURES.md §2): digits in both conventions, multipliers, number words,
`hàng chục …`, odd spacing and odd characters, English-style detection, and the spans
that ``find_numbers`` reports.

Ranges and signs are read by the extractor, not here; the range cases at the end go
through ``dtextract.extract``.
"""
from __future__ import annotations

import math

import pytest

import dtextract
from dtextract.normalise import scan_view
from dtextract.numerals import english_style, find_numbers, parse_digits, parse_words


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# -- parse_digits: one numeral written with digits -----------------------------------------------
# (numeral, english, before_multiplier, expected value or None)
DIGITS = [
    # Vietnamese convention: `.` groups thousands, `,` is the decimal mark
    ("108.077", False, False, 108077),
    ("68,36", False, False, 68.36),
    ("1.055.568", False, False, 1055568),
    ("0,625", False, False, 0.625),
    ("3.500", False, False, 3500),
    ("2,1", False, False, 2.1),
    ("55,32", False, False, 55.32),
    ("17.400.000", False, False, 17400000),
    ("1.234.567,89", False, False, 1234567.89),
    ("1.234,5", False, False, 1234.5),
    ("0", False, False, 0),
    ("100", False, False, 100),
    ("2023", False, False, 2023),
    # a lone `.` not followed by exactly three digits is a decimal
    ("2.1", False, False, 2.1),
    ("12.34", False, False, 12.34),
    ("1.2345", False, False, 1.2345),
    # before a multiplier the Vietnamese reading does not change: `3,275 triệu` = 3,275 × 10⁶
    ("3,275", False, True, 3.275),
    ("3.500", False, True, 3500),
    # English style where the numeral itself shows it, whatever the article
    ("2,345,678", False, False, 2345678),
    ("1,200.5", False, False, 1200.5),
    ("1,234,567.89", False, False, 1234567.89),
    # English-style article: the roles swap
    ("102.4", True, False, 102.4),
    ("512,300", True, False, 512300),
    ("3.500", True, False, 3.5),
    ("2,345,678", True, False, 2345678),
    ("1,200.5", True, False, 1200.5),
    ("2,1", True, False, 2.1),
    # ... except that a lone `,` before a multiplier stays decimal
    ("45,125", True, True, 45.125),
    ("3,5", True, True, 3.5),
    # unambiguous multi-group numerals read the same in both conventions
    ("1.055.568", True, False, 1055568),
    # surrounding whitespace is ignored
    (" 3.500 ", False, False, 3500),
    # full-width digits are digits
    ("１２３", False, False, 123),
    # malformed: nothing a reader can settle -> None, never an exception
    ("1.2.3,4,5", False, False, None),
    ("1..2", False, False, None),
    (",5", False, False, None),
    ("5,", False, False, None),
    ("", False, False, None),
    (".", False, False, None),
    ("1.000.00", False, False, None),
    ("1,234,56", False, False, None),
    ("1.000,5.3", False, False, None),
    ("1 000", False, False, None),
    ("abc", False, False, None),
    ("12a", False, False, None),
    # a sign is not part of a numeral
    ("-5", False, False, None),
    ("+5", False, False, None),
]


@pytest.mark.parametrize("numeral, english, before_multiplier, expected", DIGITS)
def test_parse_digits(numeral: str, english: bool, before_multiplier: bool, expected: float | None) -> None:
    got = parse_digits(numeral, english=english, before_multiplier=before_multiplier)
    if expected is None:
        assert got is None
    else:
        assert close(got, expected), got


# -- parse_words: a number written in words ------------------------------------------------------
WORDS = [
    ("hai mươi mốt", 21),
    ("ba mươi tư", 34),
    ("bốn mươi lăm", 45),
    ("chín mươi nhăm", 95),
    ("mười", 10),
    ("mười một", 11),
    ("mười lăm", 15),
    ("năm mươi", 50),
    ("một trăm", 100),
    ("một trăm linh năm", 105),
    ("hai trăm lẻ tám", 208),
    ("ba trăm năm mươi", 350),
    ("chín trăm chín mươi chín", 999),
    ("hai nghìn không trăm hai mươi ba", 2023),
    ("một nghìn không trăm linh năm", 1005),
    ("mười hai nghìn năm trăm", 12500),
    ("một triệu hai trăm nghìn", 1200000),
    ("hai tỷ ba trăm triệu", 2300000000),
    ("một nghìn tỷ", 1e12),
    ("Hai Mươi Mốt", 21),
]


@pytest.mark.parametrize("words, expected", WORDS)
def test_parse_words(words: str, expected: float) -> None:
    assert close(parse_words(words), expected)


@pytest.mark.parametrize("words", ["", "xin chào", "hai ba", "mươi", "năm nay", "hai mươi hồ sơ"])
def test_parse_words_rejects(words: str) -> None:
    assert parse_words(words) is None


# -- find_numbers: one number in a phrase, multipliers applied, span covering the numeral ---------
# (phrase, english, the numeral's text in the phrase, expected value)
READ = [
    # multipliers (not part of the unit; the span takes them in)
    ("2,1 triệu", False, "2,1 triệu", 2_100_000),
    ("3,275 triệu", False, "3,275 triệu", 3_275_000),
    ("1 nghìn tỷ", False, "1 nghìn tỷ", 1e12),
    ("5,2 tỷ", False, "5,2 tỷ", 5.2e9),
    ("12 ngàn", False, "12 ngàn", 12_000),
    ("1,5 tỉ", False, "1,5 tỉ", 1.5e9),
    ("0,5 nghìn", False, "0,5 nghìn", 500),
    ("3.500 tỷ", False, "3.500 tỷ", 3.5e12),
    ("350 triệu đồng", False, "350 triệu", 350e6),
    ("hơn 2,1 triệu tài khoản", False, "2,1 triệu", 2_100_000),
    # `tỷ lệ`, `tỷ trọng` are words of their own, not multipliers
    ("5 tỷ lệ", False, "5", 5),
    ("3 tỷ trọng", False, "3", 3),
    # English-style article
    ("102.4", True, "102.4", 102.4),
    ("512,300 người", True, "512,300", 512_300),
    ("45,125 triệu", True, "45,125 triệu", 45_125_000),
    ("3.500 tỷ", True, "3.500 tỷ", 3.5e9),
    # number words
    ("hai mươi mốt xã", False, "hai mươi mốt", 21),
    ("ba mươi tư đơn vị", False, "ba mươi tư", 34),
    ("một trăm linh năm hộ", False, "một trăm linh năm", 105),
    ("hai trăm lẻ tám trường", False, "hai trăm lẻ tám", 208),
    ("mười lăm", False, "mười lăm", 15),
    ("chín mươi nhăm", False, "chín mươi nhăm", 95),
    ("mười người", False, "mười", 10),
    ("sáu mô hình", False, "sáu", 6),
    ("ba triệu", False, "ba triệu", 3_000_000),
    ("hai mươi mốt nghìn", False, "hai mươi mốt nghìn", 21_000),
    ("một trăm hai mươi nghìn", False, "một trăm hai mươi nghìn", 120_000),
    pytest.param("hai nghìn không trăm hai mươi ba", False, "hai nghìn không trăm hai mươi ba", 2023, id="words-2023"),
    pytest.param("một nghìn tỷ", False, "một nghìn tỷ", 1e12, id="words-mot-nghin-ty"),
    pytest.param("một triệu người", False, "một triệu", 1e6, id="words-mot-trieu"),
    pytest.param("một triệu hai trăm nghìn", False, "một triệu hai trăm nghìn", 1.2e6,
                 id="words-1.2-million"),
    # approximate quantities
    ("hàng chục nghìn", False, "hàng chục nghìn", 10_000),
    ("hàng trăm", False, "hàng trăm", 100),
    ("hàng triệu", False, "hàng triệu", 1_000_000),
    ("hàng nghìn tỷ đồng", False, "hàng nghìn tỷ", 1e12),
    ("Hàng chục doanh nghiệp", False, "Hàng chục", 10),
    # non-breaking and thin spaces count as spaces between a numeral and its multiplier
    ("2,1\u00a0triệu", False, "2,1\u00a0triệu", 2_100_000),
    ("5,2\u202ftỷ", False, "5,2\u202ftỷ", 5.2e9),
    ("đạt\u00a068,36\u202f%", False, "68,36", 68.36),
    # full-width digits and separators
    ("１２.５００", False, "１２.５００", 12_500),
    ("５５，３２％", False, "５５，３２", 55.32),
]


@pytest.mark.parametrize("phrase, english, numeral, expected", READ)
def test_find_numbers_reads_one(phrase: str, english: bool, numeral: str, expected: float) -> None:
    found = find_numbers(scan_view(phrase), english=english)
    assert len(found) == 1, [(phrase[m.start:m.end], m.value) for m in found]
    m = found[0]
    assert phrase[m.start:m.end] == numeral
    assert close(m.value, expected), m.value


@pytest.mark.parametrize("phrase", [
    "năm nay tỉnh đã", "một số nhiệm vụ", "kinh tế tư nhân", "thời trang mốt mới",
    "triệu người dân", "tỷ lệ cao", "tỷ trọng lớn", "hàng hóa", "mặt hàng", "mươi", "trăm hoa đua nở",
    "", "   ", "%%%%", ",,,", "...", "tỷ tỷ tỷ",
])
def test_find_numbers_finds_nothing(phrase: str) -> None:
    assert find_numbers(phrase) == []


def test_a_minus_sign_before_a_temperature_reads_below_zero() -> None:
    """`-1,5°C` after a space is below zero; a dash after digits ends a range, one that opens a line is a list mark,
    and a dash before other numbers is no sign (a range's end, a signed change that the figures read as such)."""
    text = "Tại Sa Pa là -1,5°C, Y Tý khoảng −4 độ C; vùng thấp 8 -10°C.\n-3°C ở đỉnh núi; tăng -2% và 5-7 m."
    got = [(text[m.start:m.end], m.value) for m in find_numbers(text)]
    assert got == [("-1,5", -1.5), ("−4", -4.0), ("8", 8.0), ("10", 10.0), ("3", 3.0), ("2", 2.0), ("5", 5.0),
                   ("7", 7.0)]


def test_find_numbers_spans_in_a_sentence() -> None:
    text = "Năm nay tỉnh cấp trên 68 triệu thẻ, ba mô hình, hàng chục nghìn hộ và 1.055.568 lượt, đạt 55,32%."
    got = [(text[m.start:m.end], m.value, m.form) for m in find_numbers(text)]
    assert got == [
        ("68 triệu", 68e6, "digits"),
        ("ba", 3, "words"),
        ("hàng chục nghìn", 1e4, "approx"),
        ("1.055.568", 1055568, "digits"),
        ("55,32", 55.32, "digits"),
    ]
    for m in find_numbers(text):
        assert m.start < m.number_end <= m.end
        assert text[m.start].isalnum()


def test_find_numbers_number_end_excludes_multiplier() -> None:
    text = "vốn 3,275 triệu đồng"
    (m,) = find_numbers(text)
    assert text[m.start:m.number_end] == "3,275"
    assert m.multiplier == 1e6


@pytest.mark.parametrize("text", [
    "1.2.3,4,5", "1..2", ",5", "1.1.1.1 " * 50, "1," * 500, "-" * 50, "1/" * 200, "１２３４５６７８９０",
    "\u00a0\u202f", "tăng tăng tăng", "hàng hàng hàng chục",
])
def test_find_numbers_never_raises_and_spans_hold(text: str) -> None:
    for m in find_numbers(text):
        assert 0 <= m.start < m.number_end <= m.end <= len(text)
        assert text[m.start:m.number_end].strip() == text[m.start:m.number_end]


# -- signs: the code reads no sign; a minus before digits stays outside the number --------------
def test_minus_sign_is_not_part_of_the_number() -> None:
    text = "-5"
    (m,) = find_numbers(text)
    assert (m.start, m.end, m.value) == (1, 2, 5.0)


def test_decrease_is_a_direction_not_a_negative_value() -> None:
    (f,) = dtextract.extract("Tỷ lệ hộ nghèo giảm 5%.").figures
    assert f.kind == "percent"
    assert f.value == 5


# -- English style of a whole article ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("GDP tăng 102.4%, đạt 2,345,678 USD", True),
    ("Doanh thu 1,200.5 tấn", True),
    ("Tỷ lệ đạt 12.5%", True),
    ("đạt 68,36%, 108.077 hồ sơ", False),
    ("tổng truy cập 1.055.568", False),
    ("1.234,5 tấn", False),
    ("", False),
    ("không có con số nào", False),
    # ties stay Vietnamese
    ("102.4% và 68,36%", False),
    # numerals that both conventions read the same way say nothing
    ("có 3.500 hồ sơ", False),
    ("có 512,300 người", False),
    # version-like 4.0 and dotted dates are ignored
    ("Cách mạng công nghiệp 4.0, nền kinh tế 4.0 và 68,36%", False),
    ("ngày 10.5.2023 tỷ lệ 12.5%", True),
])
def test_english_style(text: str, expected: bool) -> None:
    assert english_style(text) is expected


def test_english_article_reads_every_number_english() -> None:
    text = ("Doanh thu đạt 2,345,678 USD. Tỷ lệ hoàn thành đạt 102.4%. "
            "Có 512,300 người tham gia. Vốn đầu tư 45,125 triệu đồng.")
    got = {f.text: f.value for f in dtextract.extract(text).figures}
    assert close(got.get("2,345,678 USD"), 2345678)
    assert close(got.get("102.4%"), 102.4)
    assert close(got.get("512,300 người"), 512300)
    assert close(got.get("45,125 triệu đồng"), 45_125_000)


def test_vietnamese_article_reads_lone_comma_as_decimal() -> None:
    (f,) = dtextract.extract("Tỷ lệ bao phủ đạt 68,36%, tăng mạnh.").figures
    assert close(f.value, 68.36)


# -- ranges, through the extractor ----------------------------------------------------------------
@pytest.mark.parametrize("text, value, value_max, unit", [
    ("Tỷ lệ giải ngân dự kiến từ 10 đến 15%.", 10, 15, "%"),
    ("Tỷ lệ giải ngân dự kiến đạt 10-15%.", 10, 15, "%"),
    ("Tỷ lệ giải ngân dự kiến đạt 10–15%.", 10, 15, "%"),
    ("Tổng vốn cần huy động khoảng 10 – 15 tỷ đồng.", 10e9, 15e9, "đồng"),
    ("Mỗi hộ được hỗ trợ từ 2 đến 5 triệu đồng.", 2e6, 5e6, "đồng"),
    ("Mỗi hộ được hỗ trợ từ 2 triệu đến 5 triệu đồng.", 2e6, 5e6, "đồng"),
    ("Tăng trưởng năm nay ước đạt 6,5 - 7%.", 6.5, 7, "%"),
    ("Quy mô mỗi lớp từ hai đến ba nghìn người.", 2000, 3000, "người"),
    pytest.param("Lãi suất cho vay dao động từ 6% đến 8%.", 6, 8, "%", id="range-percent-both-ends"),
    pytest.param("Mỗi phiên có 300 đến 400 người tham dự.", 300, 400, "người", id="range-without-tu"),
])
def test_ranges(text: str, value: float, value_max: float, unit: str) -> None:
    figs = dtextract.extract(text).figures
    assert len(figs) == 1, [(f.text, f.value) for f in figs]
    f = figs[0]
    assert close(f.value, value)
    assert close(f.value_max, value_max)
    assert f.unit == unit


@pytest.mark.parametrize("text, value", [
    ("Tỉnh đón 1\u00a0250\u00a0000 lượt khách.", 1250000),
    ("Thu ngân sách 12\u202f345 tỷ đồng.", 12345e9),
    ("Có 3\u2009500 hộ được hỗ trợ.", 3500),
])
def test_nonbreaking_and_thin_spaces_group_thousands(text: str, value: float) -> None:
    (f,) = dtextract.extract(text).figures
    assert close(f.value, value)
    assert text[f.start:f.end] == f.text


def test_a_plain_space_between_numbers_does_not_group_them() -> None:
    values = [f.value for f in dtextract.extract("Có 12 xã và 500 hộ tham gia.").figures]
    assert values == [12, 500]


@pytest.mark.parametrize("text", ["5 " + "tỷ " * 40 + "đồng", "hàng " + "nghìn " * 110 + "người",
                                  "một " + "triệu " * 60 + "người", "0,5 " + "tỷ " * 36])
def test_stacked_multipliers_past_any_statistic_are_no_number(text: str) -> None:
    """10^9 to the 40th overflows a float to inf; such a run is dropped, not read as inf (or nan)."""
    found = find_numbers(text)
    assert all(math.isfinite(m.value) and math.isfinite(m.multiplier) for m in found)
    assert not [m for m in found if m.start == 0]


def test_a_few_stacked_multipliers_are_still_read() -> None:
    assert [m.value for m in find_numbers("5 nghìn tỷ đồng, 2 triệu tỷ đồng")] == [5e12, 2e15]


@pytest.mark.parametrize("text, read", [
    ("đạt 55\nTriệu Thị Hoa", [(55, "55")]),
    ("có hai\nmươi hộ", [(2, "hai")]),
    ("hàng\nnghìn người", []),
    ("đạt 55 triệu\u00a0đồng", [(55e6, "55 triệu")]),
])
def test_multiplier_and_number_words_join_a_number_only_on_its_line(text: str, read: list) -> None:
    assert [(m.value, text[m.start:m.end]) for m in find_numbers(scan_view(text))] == read


@pytest.mark.parametrize("text, value", [("194\u200b.360", 194360), ("1\u200b.\u200b250,\u00ad5", 1250.5),
                                         ("2\u2060023", 2023)])
def test_invisible_characters_inside_a_number_are_skipped(text: str, value: float) -> None:
    (m,) = find_numbers(scan_view(text))
    assert (m.value, m.start, m.end) == (value, 0, len(text))


# The number style is decided paragraph by paragraph: a paragraph written in English style (`1,588,505`,
# `102.4%`) is read so even in an article whose other paragraphs are Vietnamese; an undecided paragraph
# takes the article's style.
MIXED = ("Năm 2023 tỉnh có 1.055.568 hồ sơ, đạt 68,36%; thu 2.345,5 tỷ đồng, tăng 12,5%.\n"
         "Trong đó Hà Nam với 727,215 người, đạt 102.4% kế hoạch; Nam Định là 1,588,505 người.\n"
         "Quảng Ninh có 512,300 người.")


@pytest.mark.parametrize(("number", "value"), [
    ("727,215", 727215), ("102.4", 102.4), ("1,588,505", 1588505),   # the English paragraph
    ("1.055.568", 1055568), ("68,36", 68.36),                        # the Vietnamese paragraph
    ("512,300", 512.3),                                              # undecided: the article's (Vietnamese)
])
def test_number_style_by_paragraph(number: str, value: float) -> None:
    from dtextract.numerals import paragraph_styles
    found = find_numbers(MIXED, styles=paragraph_styles(MIXED))
    hit = [n for n in found if MIXED[n.start:n.start + len(number)] == number]
    assert hit and abs(hit[0].value - value) < 1e-9 * max(1, value), [(MIXED[n.start:n.end], n.value) for n in found]


@pytest.mark.parametrize(("s", "english", "value"), [
    ("0,523", True, 0.523), ("0.523", False, 0.523),      # a first group of 0 groups nothing, in either style
    ("1,523", True, 1523), ("1.523", False, 1523),        # (a first group of 1 does)
])
def test_a_first_group_of_zero_is_a_decimal(s: str, english: bool, value: float) -> None:
    assert parse_digits(s, english=english) == value


def test_the_tail_of_a_plate_tells_no_style() -> None:
    # `43C-123.21` (a licence plate) would vote English; the breath test after it is 0,523, not 523
    assert not english_style("Tài xế xe 43C-123.21 có nồng độ cồn 0,523 mg/lít khí thở")
    assert english_style("GDP tăng 102.4%, đạt 123.21 triệu USD")
