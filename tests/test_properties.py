"""Properties that hold for any input (hypothesis).

For any string, ``extract`` returns; every record validates, its span is its
text, the result does not depend on anything but the input, and the JSON,
JSON Lines and CSV writers give back the same records. Numbers written the
Vietnamese way read back to their value.

The profile is small in the normal suite; ``DTEXTRACT_HYPOTHESIS_PROFILE=long``
runs many more examples (see also ``fuzz/``)::

    DTEXTRACT_HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import math
import os

from hypothesis import HealthCheck, assume, given, reject, settings
from hypothesis import strategies as st

from dtextract import output
from dtextract.models import Document, Figure
from dtextract.numerals import find_numbers, parse_digits, parse_words
from dtextract.output import CSV_COLUMNS, csv_cell, figure_row
from dtextract.pipeline import extract
from dtextract.reader import normalize

settings.register_profile("dtextract", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: The profile of every test here (not loaded globally, so other test files keep hypothesis' defaults).
PROFILE = settings.get_profile(os.environ.get("DTEXTRACT_HYPOTHESIS_PROFILE", "dtextract"))

PUBLISHED = "2023-07-15"

# -- strategies ---------------------------------------------------------------------------------

WORDS = [
    "tỉnh", "Tỉnh", "huyện", "xã", "hồ sơ", "doanh nghiệp", "người", "người dân", "lượt truy cập", "tài khoản",
    "thủ tục hành chính", "dịch vụ công", "đồng", "USD", "tỷ đồng", "ha", "km", "phút", "điểm", "lần", "hạng",
    "năm", "tháng", "quý", "quý I", "ngày", "giai đoạn", "cùng kỳ", "6 tháng đầu năm", "tính đến", "đến năm 2030",
    "đạt", "tăng", "giảm", "so với", "chiếm", "bằng", "tương đương", "trên", "tổng số", "trong đó", "còn",
    "khoảng", "hơn", "gần", "dưới", "trên", "ít nhất", "tối đa", "xấp xỉ", "ước", "ước tính", "dự kiến", "dự báo",
    "chỉ tiêu", "mục tiêu", "kế hoạch", "phấn đấu", "vượt", "xếp thứ", "đứng thứ", "gấp", "từ", "đến", "và",
    "tỷ lệ", "tỷ trọng", "tỷ giá", "Quyết định số", "Nghị quyết", "Đề án 06", "mức độ", "phiên họp thứ ba",
    "Tổng truy cập", "bình luận", "Phú Thọ", "Hà Nội", "Thừa Thiên Huế", "TP. Hồ Chí Minh", "Việt Nam", "toàn quốc",
    "một", "hai", "ba", "sáu", "mười", "mươi", "mốt", "lăm", "tư", "trăm", "linh", "nghìn", "ngàn", "triệu", "tỷ",
    "tỉ", "hàng chục", "hàng trăm", "hàng nghìn", "hai mươi mốt", "một trăm linh năm", "số", "thứ",
]
PUNCTUATION = [".", ",", "%", "/", "-", "–", "—", "(", ")", ";", ":", "!", "?", "…", "\"", "“", "”", "\n", "\n\n",
               " - ", "+", "=", "@", "\t", "\u00a0", "\u200b"]


@st.composite
def numerals(draw) -> str:  # noqa: ANN001 - a hypothesis draw
    """A number as articles write it (and as they mistype it)."""
    n = draw(st.integers(min_value=0, max_value=10 ** 12))
    style = draw(st.sampled_from(["plain", "vn", "vn-decimal", "en", "en-decimal", "slash", "date", "range", "odd"]))
    if style == "plain":
        return str(n)
    if style == "vn":
        return f"{n:,}".replace(",", ".")
    if style == "vn-decimal":
        return f"{n:,}".replace(",", ".") + "," + str(draw(st.integers(0, 9999)))
    if style == "en":
        return f"{n:,}"
    if style == "en-decimal":
        return f"{n:,}.{draw(st.integers(0, 99))}"
    if style == "slash":
        return f"{n % 1000}/{draw(st.integers(1, 1000))}"
    if style == "date":
        return f"{draw(st.integers(1, 31))}/{draw(st.integers(1, 12))}/{draw(st.integers(1990, 2035))}"
    if style == "range":
        return f"{n % 100}-{draw(st.integers(0, 200))}"
    return draw(st.sampled_from(["1.1.1.1", "4.0", "1,2,3", "01", "0,0", "1.000.0", "12.", ".5", "９９", "1e9"]))


def vietnamese_texts() -> st.SearchStrategy[str]:
    """Text made of the words, numbers, punctuation and cues the extractor reacts to, with some noise."""
    token = st.one_of(st.sampled_from(WORDS), numerals(), st.sampled_from(PUNCTUATION), st.text(max_size=3))
    separator = st.sampled_from([" ", " ", " ", "", "\n", ", "])
    return st.lists(st.tuples(token, separator), max_size=60).map(lambda ts: "".join(a + b for a, b in ts))


ANY_TEXT = st.one_of(st.text(), vietnamese_texts())

#: Failures already known and pinned by a strict xfail in test_hostile.py, so that a random draw that meets one
#: does not fail the suite on some runs and not others: (exception type name, words of its message).
KNOWN_FAILURES = [
]


def extract_or_known(text: str, **kwargs) -> Document:  # noqa: ANN003 - passed to extract
    """``extract``, with a known failure turned into a rejected example (hypothesis draws another)."""
    try:
        return extract(text, **kwargs)
    except Exception as exc:
        if any(type(exc).__name__ == name and words in str(exc) for name, words in KNOWN_FAILURES):
            reject()
        raise


# -- extract: never raises, spans hold, deterministic, writers round-trip ------------------------

def _check_document(text: str, doc: Document) -> None:
    nfc = normalize(text)
    for f in doc.figures:
        Figure.model_validate(f.model_dump())
        assert nfc[f.start:f.end] == f.text
        # (that the figure stands inside its sentence still fails for a range across a line break,
        # 'Có 5\n- 7 xã' → '5\n- 7 xã' (figures._RANGE reads \s); a number alone no longer runs
        # across one: see test_hostile.py::test_a_number_does_not_run_across_a_line_break)


@PROFILE
@given(ANY_TEXT)
def test_extract_never_raises_and_every_span_is_its_text(text: str) -> None:
    doc = extract_or_known(text, published=PUBLISHED)
    _check_document(text, doc)
    Document.model_validate(doc.model_dump())


@PROFILE
@given(ANY_TEXT)
def test_extract_is_deterministic(text: str) -> None:
    first = extract_or_known(text, published=PUBLISHED).model_dump()
    assert extract(text, published=PUBLISHED).model_dump() == first
    assert extract(text).model_dump() == extract(text).model_dump()  # without a reference date, too


def _same_number(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _csv_back(cell: str, value: object) -> bool:
    """Whether a CSV cell reads back as ``value``."""
    if value is None:
        return cell == ""
    if isinstance(value, bool):
        return cell == ("true" if value else "false")
    if isinstance(value, (int, float)):
        return _same_number(float(cell), float(value))
    if isinstance(value, datetime.date):  # a period's dates: ISO in CSV
        return cell == value.isoformat()
    return cell == csv_cell(value) and (cell == value or (cell == "'" + value))


@PROFILE
@given(ANY_TEXT)
def test_writers_read_back_to_the_same_records(text: str) -> None:
    doc = extract_or_known(text, published=PUBLISHED)
    doc = Document(source="bài viết.txt", published=doc.published, figures=doc.figures)
    dumped = doc.model_dump(mode="json")

    buf = io.StringIO()
    output.write_json(doc, buf)
    assert json.loads(buf.getvalue()) == dumped
    assert Document.model_validate_json(buf.getvalue()) == doc

    buf = io.StringIO()
    output.write_jsonl(doc, buf)
    # JSON Lines end records with LF only; str.splitlines() would also split at U+0085, U+2028 … inside strings
    lines = buf.getvalue().split("\n")
    assert lines.pop() == ""
    assert len(lines) == len(doc.figures)  # a record never spans lines, whatever its sentence holds
    for line, figure in zip(lines, doc.figures, strict=True):
        record = json.loads(line)
        assert (record.pop("source"), record.pop("published")) == (doc.source, doc.published)
        assert Figure.model_validate(record) == figure

    buf = io.StringIO(newline="")
    output.write_csv(doc, buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == len(doc.figures) + 1
    for row, figure in zip(rows[1:], doc.figures, strict=True):
        expected = figure_row(doc, figure)
        for column, cell in zip(CSV_COLUMNS, row, strict=True):
            assert _csv_back(cell, expected[column]), (column, cell, expected[column])


# -- numbers read back to their value ----------------------------------------------------------

def _vn_group(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@PROFILE
@given(st.integers(min_value=0, max_value=10 ** 15))
def test_integers_with_dot_groups(n: int) -> None:
    assert parse_digits(_vn_group(n)) == n


@PROFILE
@given(st.integers(min_value=0, max_value=10 ** 12), st.text(alphabet="0123456789", min_size=1, max_size=6))
def test_decimals_with_a_comma(whole: int, digits: str) -> None:
    written = f"{_vn_group(whole)},{digits}"
    assert parse_digits(written) == float(f"{whole}.{digits}"), written


MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12}


@PROFILE
@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=999),
       st.sampled_from(sorted(MULTIPLIERS)), st.sampled_from(["đồng", "người", "USD", "hồ sơ", ".", ""]))
def test_digits_with_a_multiplier(whole: int, fraction: int, multiplier: str, after: str) -> None:
    written = _vn_group(whole) + (f",{fraction}" if fraction else "")
    value = float(f"{whole}.{fraction}") if fraction else float(whole)
    text = f"đạt {written} {multiplier} {after}"
    found = find_numbers(text)
    assert found, text
    assert math.isclose(found[0].value, value * MULTIPLIERS[multiplier], rel_tol=1e-9), (text, found[0])
    assert text[found[0].start:found[0].end].startswith(written)


_DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@st.composite
def spelled(draw) -> tuple[int, str]:  # noqa: ANN001 - a hypothesis draw
    """An integer below a million and one of the ways Vietnamese spells it."""
    n = draw(st.integers(min_value=0, max_value=999_999))
    lam = draw(st.sampled_from(["lăm", "nhăm"]))   # (five after the tens: `năm` there is a year, `hai mươi năm`)
    mot = draw(st.sampled_from(["mốt", "một"]))
    tu = draw(st.sampled_from(["tư", "bốn"]))
    linh = draw(st.sampled_from(["linh", "lẻ"]))
    nghin = draw(st.sampled_from(["nghìn", "ngàn"]))

    def below_thousand(k: int, full: bool) -> list[str]:
        hundreds, rest = divmod(k, 100)
        words = [_DIGIT_WORDS[hundreds], "trăm"] if hundreds or full else []
        tens, units = divmod(rest, 10)
        if rest == 0:
            return words
        if tens == 0:
            return words + ([linh] if words else []) + [_DIGIT_WORDS[units]]
        if tens == 1:
            return words + ["mười"] + ([] if units == 0 else ["lăm" if units == 5 else _DIGIT_WORDS[units]])
        last = {0: [], 1: [mot], 4: [tu], 5: [lam]}.get(units, [_DIGIT_WORDS[units]])
        return words + [_DIGIT_WORDS[tens], "mươi"] + last

    if n == 0:
        return n, "không"
    thousands, rest = divmod(n, 1000)
    words = below_thousand(thousands, False) + [nghin] if thousands else []
    if rest:
        words += below_thousand(rest, bool(thousands))
    return n, " ".join(words)


@PROFILE
@given(spelled())
def test_number_words_below_a_million(case: tuple[int, str]) -> None:
    n, words = case
    assert parse_words(words) == n, words


@PROFILE
@given(spelled(), st.sampled_from(["hộ", "người", "xã", "doanh nghiệp"]))
def test_number_words_are_found_in_a_sentence(case: tuple[int, str], unit: str) -> None:
    n, words = case
    assume(len(words.split()) >= 2)  # a lone "một" or "năm" is no number on its own (a, year)
    text = f"Tỉnh có {words} {unit}."
    found = find_numbers(text)
    assert found and found[0].value == n, (text, found)
    assert text[found[0].start:found[0].end] == words


# -- garbage changes nothing around it ------------------------------------------------------------

ARTICLE = (
    "Phú Thọ, ngày 8/8/2022\n"
    "Tính đến tháng 8/2022, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%, tăng 10,01% so với cùng kỳ.\n"
    "Năm 2023, doanh thu đạt hơn 5,2 tỷ USD; toàn tỉnh có 1.200 doanh nghiệp công nghệ số.\n"
    "Tỷ lệ hộ dùng internet đạt 87,5% (chỉ tiêu năm 2023 đề ra là 80%); xếp thứ 2 toàn quốc.\n"
)
_ARTICLE_FIGURES = None

#: Characters that break a line or are digits may start a paragraph or change how numbers are read; the rest may not.
GARBAGE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Nd"),
                                         blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
                  min_size=1, max_size=200)


@settings(PROFILE, max_examples=min(PROFILE.max_examples, 60))
@given(GARBAGE, st.integers(min_value=1, max_value=3))
def test_garbage_paragraph_changes_no_figure_around_it(garbage: str, line: int) -> None:
    global _ARTICLE_FIGURES
    key = lambda f: (f.start, f.end, f.text, f.kind, f.value, f.value_max, f.unit)  # noqa: E731
    if _ARTICLE_FIGURES is None:
        _ARTICLE_FIGURES = [key(f) for f in extract(ARTICLE, published=PUBLISHED).figures]
    piece = normalize(garbage)
    assume(piece.strip() and not piece[0].isspace())
    lines = ARTICLE.split("\n")
    at = sum(len(x) + 1 for x in lines[:line])
    spoiled = ARTICLE[:at] + piece + "\n" + ARTICLE[at:]
    shift = len(piece) + 1
    kept = []
    for f in extract_or_known(spoiled, published=PUBLISHED).figures:
        if f.end <= at:
            kept.append(key(f))
        elif f.start >= at + shift:
            kept.append((f.start - shift, f.end - shift, *key(f)[2:]))
    assert kept == _ARTICLE_FIGURES
