"""Tests of the time layer: period phrases (find_periods), baselines and the publication date."""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import dtextract.periods as periods_module
from dtextract.errors import PatternError
from dtextract.patterns import PatternSet, builtin_dir, load
from dtextract.periods import (PeriodMention, check_example, find_periods, find_published, resolve_baseline,
                               rules)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PUBLISHED = "2023-07-15"


def _find(sentence: str, phrase: str, published: str | None = PUBLISHED) -> PeriodMention:
    mentions = find_periods(sentence, published=published)
    for m in mentions:
        if m.text == phrase:
            return m
    raise AssertionError(f"{phrase!r} not found as a period in {sentence!r}; found "
                         f"{[(m.text, m.rule) for m in mentions]}")


def _assert_offsets(text: str, mentions: list[PeriodMention]) -> None:
    last_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end, "mentions must be sorted and must not overlap"
        last_end = m.end


# -- the phrase table -----------------------------------------------------------------------------------------
# (sentence, the period phrase in it, expected start, expected end); published = PUBLISHED.

PHRASES = [
    # years
    ("Năm 2021, tỉnh tiếp nhận 108.077 hồ sơ.", "Năm 2021", "2021-01-01", "2021-12-31"),
    ("Trong năm 2022, doanh thu kinh tế số đạt 5,2 tỷ USD.", "năm 2022", "2022-01-01", "2022-12-31"),
    ("Ước cả năm 2022, kinh tế số chiếm 10% GRDP.", "cả năm 2022", "2022-01-01", "2022-12-31"),
    ("Năm nay, tỉnh đặt mục tiêu 50% hồ sơ trực tuyến.", "Năm nay", "2023-01-01", "2023-12-31"),
    ("Số thuê bao tăng 5% so với năm ngoái.", "năm ngoái", "2022-01-01", "2022-12-31"),
    ("Chỉ số ICT index các năm 2019, 2020, 2021 xếp thứ 2 toàn quốc.", "năm 2019", "2019-01-01", "2019-12-31"),
    ("Chỉ số ICT index các năm 2019, 2020, 2021 xếp thứ 2 toàn quốc.", "2021", "2021-01-01", "2021-12-31"),
    # quarters
    ("Tổng doanh thu kinh tế số quý I/2022 khoảng 53 tỷ USD.", "quý I/2022", "2022-01-01", "2022-03-31"),
    ("Trong quý 1/2022, có 3.678 cuộc tấn công mạng.", "quý 1/2022", "2022-01-01", "2022-03-31"),
    ("Kết quả quý 1 năm 2022 rất khả quan.", "quý 1 năm 2022", "2022-01-01", "2022-03-31"),
    ("Nhiệm vụ quý II năm 2022 gồm 5 nội dung.", "quý II năm 2022", "2022-04-01", "2022-06-30"),
    ("Quý III/2023, tỉnh thu hút 20 dự án.", "Quý III/2023", "2023-07-01", "2023-09-30"),
    ("Quý IV-2021 đạt 30% kế hoạch.", "Quý IV-2021", "2021-10-01", "2021-12-31"),
    ("Trong quý iv năm 2020 có 12 dự án.", "quý iv năm 2020", "2020-10-01", "2020-12-31"),
    ("Quý 3 năm nay tăng 5%.", "Quý 3 năm nay", "2023-07-01", "2023-09-30"),
    # month counts
    ("Trong 6 tháng đầu năm 2022, toàn tỉnh có 50 doanh nghiệp mới.", "6 tháng đầu năm 2022", "2022-01-01", "2022-06-30"),
    ("Trong sáu tháng đầu năm 2023, tỉnh cấp 737.639 tài khoản.", "sáu tháng đầu năm 2023", "2023-01-01", "2023-06-30"),
    ("Triển khai nhiệm vụ 6 tháng cuối năm 2022.", "6 tháng cuối năm 2022", "2022-07-01", "2022-12-31"),
    ("Chín tháng năm 2023, doanh thu đạt 20 tỷ đồng.", "Chín tháng năm 2023", "2023-01-01", "2023-09-30"),
    ("Ước 9 tháng năm 2023 tăng 12%.", "9 tháng năm 2023", "2023-01-01", "2023-09-30"),
    ("Mười một tháng năm 2022, xuất khẩu đạt 1 tỷ USD.", "Mười một tháng năm 2022", "2022-01-01", "2022-11-30"),
    ("Ba tháng đầu năm 2024 có 10 dự án mới.", "Ba tháng đầu năm 2024", "2024-01-01", "2024-03-31"),
    ("Trong 9 tháng, tỉnh thu hút 12 dự án.", "9 tháng", "2023-01-01", "2023-09-30"),
    ("11 tháng, doanh thu đạt 1.200 tỷ đồng.", "11 tháng", "2023-01-01", "2023-11-30"),
    ("Kết quả mười tháng cho thấy tăng 7%.", "mười tháng", "2023-01-01", "2023-10-31"),
    ("6 tháng đầu năm nay, tỉnh đạt 40% kế hoạch.", "6 tháng đầu năm nay", "2023-01-01", "2023-06-30"),
    ("Tiếp tục thực hiện nhiệm vụ 6 tháng cuối năm.", "6 tháng cuối năm", "2023-07-01", "2023-12-31"),
    # the gold convention: a month count that names its year is its span, even after đến hết
    ("Tỷ trọng đến hết 6 tháng đầu năm 2022 ước tính là 10,41%.", "6 tháng đầu năm 2022", "2022-01-01", "2022-06-30"),
    # months
    ("Trong tháng 8/2022, có 1.000 hồ sơ trực tuyến.", "tháng 8/2022", "2022-08-01", "2022-08-31"),
    ("Trong tháng 8 năm 2022 có 1.000 hồ sơ.", "tháng 8 năm 2022", "2022-08-01", "2022-08-31"),
    ("Tăng gần 3.500 doanh nghiệp so với tháng 12/2021.", "tháng 12/2021", "2021-12-01", "2021-12-31"),
    ("Tháng 12-2021, tỉnh triển khai 3 nền tảng số.", "Tháng 12-2021", "2021-12-01", "2021-12-31"),
    ("Liên minh Viễn thông quốc tế công bố hồi tháng 10-2020.", "tháng 10-2020", "2020-10-01", "2020-10-31"),
    ("Riêng tháng 2/2024 có 50 hồ sơ.", "tháng 2/2024", "2024-02-01", "2024-02-29"),
    ("Tháng 8, tỉnh tiếp nhận 900 hồ sơ.", "Tháng 8", "2023-08-01", "2023-08-31"),
    ("Riêng tháng 01/2023 có 50 hồ sơ.", "tháng 01/2023", "2023-01-01", "2023-01-31"),
    ("Từ tháng 1 đến tháng 6/2023 có 300 doanh nghiệp thành lập.", "Từ tháng 1 đến tháng 6/2023", "2023-01-01", "2023-06-30"),
    # days
    ("Ngày 8/8/2022, Thủ tướng chủ trì phiên họp thứ ba.", "Ngày 8/8/2022", "2022-08-08", "2022-08-08"),
    ("Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị.", "ngày 27-9-2019", "2019-09-27", "2019-09-27"),
    ("Số liệu cập nhật 9/6/2023 cho thấy 80% hộ dân có tài khoản.", "9/6/2023", "2023-06-09", "2023-06-09"),
    # a deadline without `ngày` is a deadline still: due by that day
    ("Chậm nhất trước 30/6, các sở phải gửi báo cáo.", "trước 30/6", None, "2023-06-30"),
    ("Văn bản được ban hành ngày 30 tháng 6 năm 2023.", "ngày 30 tháng 6 năm 2023", "2023-06-30", "2023-06-30"),
    ("Ngày 01/11/2022 tỉnh tổ chức hội nghị.", "Ngày 01/11/2022", "2022-11-01", "2022-11-01"),
    ("Từ ngày 1/7 đến ngày 30/9/2022, tỉnh tiếp nhận 500 hồ sơ.", "Từ ngày 1/7 đến ngày 30/9/2022", "2022-07-01", "2022-09-30"),
    # as-of dates
    ("Tính đến ngày 30/6/2023, toàn tỉnh cấp 1,2 triệu thẻ.", "Tính đến ngày 30/6/2023", None, "2023-06-30"),
    ("Tỷ lệ hồ sơ số hóa tính đến ngày 9/6/2023 là 60%.", "tính đến ngày 9/6/2023", None, "2023-06-09"),
    ("Đến 30/6/2023 có 100% xã kết nối mạng.", "Đến 30/6/2023", None, "2023-06-30"),
    ("Tính đến tháng 8/2022, có 194.360 hồ sơ trực tuyến.", "Tính đến tháng 8/2022", None, "2022-08-31"),
    ("Đến hết năm 2020 có 100% hồ sơ công việc được ký số.", "Đến hết năm 2020", None, "2020-12-31"),
    ("Đến hết 6 tháng, tỉnh đã giải ngân 40% vốn.", "Đến hết 6 tháng", None, "2023-06-30"),
    ("Phấn đấu đến cuối năm 2024 đạt 90%.", "đến cuối năm 2024", None, "2024-12-31"),
    ("Tính đến hết quý I/2022, có 20 tỉnh triển khai.", "Tính đến hết quý I/2022", None, "2022-03-31"),
    ("Đến năm 2030, kinh tế số chiếm 30% GRDP.", "Đến năm 2030", None, "2030-12-31"),
    ("Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.", "đến năm 2025", None, "2025-12-31"),
    ("Đến nay, 100% bộ, ngành đã thành lập Ban Chỉ đạo.", "Đến nay", None, PUBLISHED),
    ("Hiện nay, toàn tỉnh có 225 Tổ công tác.", "Hiện nay", None, PUBLISHED),
    ("Cho đến nay đã có 63/63 địa phương triển khai.", "Cho đến nay", None, PUBLISHED),
    # since
    ("Từ đầu năm đến nay, tỉnh thu hút 15 dự án.", "Từ đầu năm đến nay", "2023-01-01", PUBLISHED),
    ("Từ năm 2020 đến nay, tỉnh đầu tư 300 tỷ đồng.", "Từ năm 2020 đến nay", "2020-01-01", PUBLISHED),
    # spans of years
    ("Kế hoạch chuyển đổi số giai đoạn 2021-2025 của Bộ.", "giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
    ("Mục tiêu giai đoạn 2021 - 2025 là 80% dịch vụ công.", "giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31"),
    ("Hoàn thành 100% chỉ tiêu giai đoạn 2019 – 2020.", "giai đoạn 2019 – 2020", "2019-01-01", "2020-12-31"),
    ("Giai đoạn 2016—2020 doanh thu tăng 2 lần.", "Giai đoạn 2016—2020", "2016-01-01", "2020-12-31"),
    ("Là 1 trong 3 khâu đột phá trong nhiệm kỳ 2021- 2026.", "nhiệm kỳ 2021- 2026", "2021-01-01", "2026-12-31"),
    ("Từ năm 2020 đến năm 2022 có 15 dự án.", "Từ năm 2020 đến năm 2022", "2020-01-01", "2022-12-31"),
    ("Trong năm học 2022-2023, 60% học phí được thanh toán trực tuyến.", "năm học 2022-2023", "2022-09-01", "2023-05-31"),
    # early / late in the year
    ("Đầu năm 2023, tỉnh ra mắt ứng dụng Hue-S.", "Đầu năm 2023", "2023-01-01", "2023-03-31"),
    # a stock counted at the year's end is counted as of its last day; the last months are the last quarter
    ("Cuối năm 2022, 90% hộ dân có điện thoại thông minh.", "Cuối năm 2022", None, "2022-12-31"),
    ("Kết quả rà soát cuối năm 2024, toàn tỉnh còn 9.800 hộ nghèo.", "cuối năm 2024", None, "2024-12-31"),
    ("Những tháng cuối năm 2022, sức mua tăng mạnh.", "Những tháng cuối năm 2022", "2022-10-01", "2022-12-31"),
    ("Những tháng đầu năm, số ca giảm mạnh.", "Những tháng đầu năm", "2023-01-01", "2023-03-31"),
    # a stock counted at a moment: as of that day
    ("Chỉ số tồn kho tại thời điểm 31/10/2024 tăng 7,3%.", "tại thời điểm 31/10/2024", None, "2024-10-31"),
    ("Số lao động tại thời điểm 1/10/2024 tăng 4,2%.", "tại thời điểm 1/10/2024", None, "2024-10-01"),
    ("Dư nợ tín dụng vào thời điểm 30/9/2023 đạt 12.000 tỷ đồng.", "vào thời điểm 30/9/2023", None, "2023-09-30"),
    ("Thời điểm 31/12/2022, toàn tỉnh có 1.200 doanh nghiệp.", "Thời điểm 31/12/2022", None, "2022-12-31"),
    ("Tổng đàn lợn thời điểm ngày 1 tháng 7 năm 2023 đạt 2,1 triệu con.", "thời điểm ngày 1 tháng 7 năm 2023", None,
     "2023-07-01"),
    ("Tại thời điểm 30/6, số thuê bao di động là 1,2 triệu.", "Tại thời điểm 30/6", None, "2023-06-30"),
]


def test_phrase_table_is_large_enough() -> None:
    assert len(PHRASES) >= 60


@pytest.mark.parametrize(("sentence", "phrase", "start", "end"), PHRASES,
                         ids=[f"{i:02d}-{p[1]}" for i, p in enumerate(PHRASES)])
def test_phrase_resolves(sentence: str, phrase: str, start: str | None, end: str | None) -> None:
    m = _find(sentence, phrase)
    assert (m.period_start, m.period_end) == (start, end)
    _assert_offsets(sentence, find_periods(sentence, published=PUBLISHED))


def test_case_insensitive() -> None:
    for text in ("QUÝ I/2022", "quý i/2022", "Quý I/2022"):
        m = _find(text, text)
        assert (m.period_start, m.period_end) == ("2022-01-01", "2022-03-31")


def test_same_period_is_reported_without_dates() -> None:
    m = _find("tăng hơn 2,8 lần so với cùng kỳ", "cùng kỳ")
    assert (m.period_start, m.period_end, m.rule) == (None, None, "same_period")


def test_explicit_year_flag() -> None:
    assert _find("quý I/2022 tăng", "quý I/2022").explicit_year is True
    assert _find("quý I tăng", "quý I").explicit_year is False
    assert _find("Năm nay tăng", "Năm nay").explicit_year is False
    assert _find("đến hết năm 2020", "đến hết năm 2020").explicit_year is True


def test_longest_match_wins() -> None:
    text = "Trong 6 tháng đầu năm 2022 và từ ngày 1/7 đến ngày 30/9/2022, tỉnh đạt 50%."
    got = [(m.text, m.rule) for m in find_periods(text)]
    assert got == [("6 tháng đầu năm 2022", "first_months"), ("từ ngày 1/7 đến ngày 30/9/2022", "days")]


def test_yearless_phrase_without_any_year_is_reported_unresolved() -> None:
    mentions = find_periods("6 tháng đầu năm, tỉnh tiếp nhận 50 hồ sơ; đến nay đạt 90%.")
    assert [(m.text, m.period_start, m.period_end, m.explicit_year) for m in mentions] == [
        ("6 tháng đầu năm", None, None, False), ("đến nay", None, None, False)]


# -- year inheritance --------------------------------------------------------------------------------------------

INHERITANCE = [
    # (text, published, phrase, start, end)
    ("Năm 2022, tỉnh đạt 50%. Trong 6 tháng đầu năm, tỉnh cấp 100 thẻ.", None,
     "6 tháng đầu năm", "2022-01-01", "2022-06-30"),
    ("Ngày 8/8/2022, Thủ tướng chủ trì. Trong 6 tháng đầu năm, có 50 nền tảng.", None,
     "6 tháng đầu năm", "2022-01-01", "2022-06-30"),
    ("Năm 2021 tăng mạnh. Tháng 8, tỉnh tiếp nhận 900 hồ sơ.", PUBLISHED,  # earlier year beats published
     "Tháng 8", "2021-08-01", "2021-08-31"),
    ("Năm 2020 đạt 40%. Năm 2021 đạt 50%. Quý II, tỉnh đạt 20%.", None,  # the nearest earlier one
     "Quý II", "2021-04-01", "2021-06-30"),
    ("Tính đến tháng 8/2022 có 10 tỉnh. Đầu năm, có 5 tỉnh.", None,
     "Đầu năm", "2022-01-01", "2022-03-31"),
    ("Trong 6 tháng đầu năm, tỉnh cấp 100 thẻ.", PUBLISHED,  # falls back to published
     "6 tháng đầu năm", "2023-01-01", "2023-06-30"),
    ("Ngày 30/6, tỉnh tổng kết.", "2022-11-01", "Ngày 30/6", "2022-06-30", "2022-06-30"),
    # a comparison baseline does not date what follows
    ("Năm 2023 tăng 10% so với năm 2022. Tháng 8, doanh thu đạt 5 tỷ đồng.", None,
     "Tháng 8", "2023-08-01", "2023-08-31"),
    # nor does a horizon, a multi-year span or the year a plan is for
    ("Năm 2022 đạt 50%, phấn đấu đến năm 2030 đạt 90%. 6 tháng cuối năm, tỉnh tập trung.", None,
     "6 tháng cuối năm", "2022-07-01", "2022-12-31"),
    ("Năm 2022 triển khai Kế hoạch giai đoạn 2021-2025. Quý I, tỉnh cấp 10 thẻ.", None,
     "Quý I", "2022-01-01", "2022-03-31"),
    ("Trong năm 2022 tập trung nền tảng số; bố trí kinh phí cho năm 2023. Đến hết 6 tháng, đạt 10,41%.", None,
     "Đến hết 6 tháng", None, "2022-06-30"),
    # relative years speak of the publication year, whatever came before
    ("Năm 2021 đạt 30%. Năm nay đạt 50%.", PUBLISHED, "Năm nay", "2023-01-01", "2023-12-31"),
    # with no earlier year and no published, a 'cùng kỳ năm Y' baseline implies Y+1
    ("6 tháng đầu năm, doanh thu tăng 20% so với cùng kỳ năm 2023.", None,
     "6 tháng đầu năm", "2024-01-01", "2024-06-30"),
    # the items of a list take the year the last one states, before any earlier or published year
    ("Năm 2021 tăng. Quý I, quý II và quý III/2022 tăng 5%.", PUBLISHED, "Quý I", "2022-01-01", "2022-03-31"),
    ("Năm 2021 tăng. Quý I, quý II và quý III/2022 tăng 5%.", PUBLISHED, "quý II", "2022-04-01", "2022-06-30"),
    ("Tháng 6, tháng 7 và tháng 8/2022 giảm.", PUBLISHED, "Tháng 6", "2022-06-01", "2022-06-30"),
    ("Tháng 6, tháng 7 và tháng 8/2022 giảm.", PUBLISHED, "tháng 7", "2022-07-01", "2022-07-31"),
    # ... but only a list: a year after other words dates nothing before it
    ("Năm 2021 tăng. Quý I giảm mạnh, quý II/2022 tăng.", PUBLISHED, "Quý I", "2021-01-01", "2021-03-31"),
    # a day range without a year of its own
    ("Năm 2022: từ 15/12 đến 15/1, tỉnh cấp 10 thẻ.", None, "từ 15/12 đến 15/1", "2022-12-15", "2023-01-15"),
]


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end"), INHERITANCE)
def test_year_inheritance(text: str, published: str | None, phrase: str, start: str | None, end: str | None) -> None:
    m = _find(text, phrase, published=published)
    assert (m.period_start, m.period_end) == (start, end)
    assert m.explicit_year is False
    _assert_offsets(text, find_periods(text, published=published))


def test_a_later_year_does_not_date_an_earlier_phrase() -> None:
    m = _find("Tháng 8, tỉnh tiếp nhận 900 hồ sơ. Năm 2022 đạt 50%.", "Tháng 8", published=None)
    assert (m.period_start, m.period_end) == (None, None)


def test_baseline_year_anywhere_in_the_article_implies_the_year() -> None:
    # FIGURES.md §3: the year a baseline anywhere in the article implies (not only its paragraph)
    m = _find("6 tháng đầu năm, doanh thu tăng.\nSo với cùng kỳ năm 2023 thì khác.", "6 tháng đầu năm", published=None)
    assert (m.period_start, m.period_end) == ("2024-01-01", "2024-06-30")


def test_published_must_be_iso() -> None:
    with pytest.raises(ValueError, match="ISO"):
        find_periods("năm 2022", published="15/07/2023")


# -- things that are not periods ---------------------------------------------------------------------------------

NOT_PERIODS = [
    # (text, a substring no period may overlap)
    ("Theo Quyết định số 619/QĐ-UBND ngày 21/3/2022 của UBND tỉnh.", "619/QĐ-UBND"),
    ("Thông tư số 75/2022/TT-BTC ngày 22/12/2022 quy định mức thu.", "75/2022/TT-BTC"),
    ("Nghị quyết số 17/NQ-CP ngày 7/3/2019 của Chính phủ.", "17/NQ-CP"),
    ("Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị.", "52-NQ/TW"),
    ("Chỉ thị 01/CT-TTg ngày 14-1-2020 của Thủ tướng.", "01/CT-TTg"),
    ("Chỉ thị số 17-CT/TU ngày 15/2/2022 của Tỉnh ủy.", "17-CT/TU"),
    ("Năm 2022 có 42/63 tỉnh, thành phố khai trương IOC.", "42/63"),
    ("Năm 2022, 63/63 địa phương và 8/63 địa phương công bố.", "8/63"),
    ("Tiếp nhận 108.077 hồ sơ/158.110 hồ sơ trong năm 2022.", "108.077 hồ sơ/158.110"),
    ("Triển khai Kế hoạch 1949 của UBND tỉnh năm 2022.", "1949"),
    ('Đợt cao điểm "90 ngày, đêm" làm sạch dữ liệu năm 2022.', "90 ngày, đêm"),
    ("Đợt cao điểm “60 ngày đêm” hoàn thành.", "60 ngày"),
    ("Thành lập 2.328 Tổ công tác tại khu dân cư.", "2.328"),
    ("Cách mạng công nghiệp 4.0 mở ra nhiều cơ hội.", "4.0"),
    ("Tổng truy cập 1.055.568", "1.055.568"),
    ("Cập nhật lúc 08:15 hằng ngày.", "08:15"),
    ("Kế hoạch 5 năm và hằng năm về chuyển đổi số.", "5 năm và hằng năm"),
    ("Dịch vụ được triển khai ngày càng hiệu quả.", "ngày càng"),
    ("Sau 6 tháng triển khai, tỉnh đạt 50%.", "6 tháng"),
    ("Trong 6 tháng tới, tỉnh phấn đấu đạt 50%.", "6 tháng tới"),
    ("Trẻ em dưới 6 tháng tuổi được tiêm.", "6 tháng"),
    ("Cứ 6 tháng một lần, các sở báo cáo.", "6 tháng"),
    ("Tăng đến 3/5 số hộ dân.", "3/5"),
    ("Đạt 1/2 số xã và 5/10 huyện.", "5/10"),
    ("Mấy năm nay, tỉnh đầu tư mạnh.", "năm nay"),
    ("Xin kính gửi quý vị đại biểu và quý khách.", "quý"),
    ("Những năm tháng khó khăn đã qua.", "năm tháng"),
    ("Thực hiện Đề án 06 và dịch vụ công mức độ 3, 4.", "06"),
    ("Phiên họp thứ 2 của Ủy ban.", "thứ 2"),
]


@pytest.mark.parametrize(("text", "forbidden"), NOT_PERIODS)
def test_not_a_period(text: str, forbidden: str) -> None:
    lo = text.index(forbidden)
    hi = lo + len(forbidden)
    mentions = find_periods(text, published=PUBLISHED)
    overlapping = [m.text for m in mentions if m.start < hi and lo < m.end]
    assert overlapping == [], f"{overlapping} overlaps {forbidden!r}"
    _assert_offsets(text, mentions)


def test_not_a_period_still_finds_the_real_date() -> None:
    # the negative table must not pass merely because nothing is found at all
    mentions = find_periods("Theo Quyết định số 619/QĐ-UBND ngày 21/3/2022 của UBND tỉnh.")
    assert [(m.text, m.period_start) for m in mentions] == [("ngày 21/3/2022", "2022-03-21")]


def test_impossible_dates_are_not_periods() -> None:
    assert find_periods("ngày 31/2/2022 và giai đoạn 2025-2021 và năm học 2021-2025") == []
    assert [m.text for m in find_periods("ngày 29/2/2024 đã qua")] == ["ngày 29/2/2024"]


# -- the samples -------------------------------------------------------------------------------------------------

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
EXPECTED_PUBLISHED = {"000": None, "001": "2022-11-01", "002": "2022-04-29", "003": None, "004": None}


def _sample(prefix: str) -> str:
    (path,) = [p for p in SAMPLE_FILES if p.name.startswith(prefix + "_")]
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("prefix", "expected"), sorted(EXPECTED_PUBLISHED.items()))
def test_find_published_on_samples(prefix: str, expected: str | None) -> None:
    assert find_published(_sample(prefix)) == expected


def test_samples_offsets_and_gold_periods() -> None:
    assert len(SAMPLE_FILES) == 5
    for path in SAMPLE_FILES:
        text = path.read_text(encoding="utf-8")
        _assert_offsets(text, find_periods(text, published=find_published(text)))
    # periods of the hand-checked gold annotations
    text = _sample("000")
    got = {(m.text, m.period_start, m.period_end) for m in find_periods(text, published=find_published(text))}
    assert ("6 tháng đầu năm", "2022-01-01", "2022-06-30") in got  # 'đến hết 6 tháng đầu năm' after 'cho năm 2023'
    assert ("Tính đến tháng 8/2022", None, "2022-08-31") in got
    assert ("6 tháng cuối năm", "2022-07-01", "2022-12-31") in got
    text = _sample("003")
    got = {(m.text, m.period_start, m.period_end) for m in find_periods(text, published=find_published(text))}
    assert ("tính đến ngày 9/6/2023", None, "2023-06-09") in got
    assert ("giai đoạn 2022 – 2025", "2022-01-01", "2025-12-31") in got
    text = _sample("004")
    got = {(m.text, m.period_start, m.period_end) for m in find_periods(text, published=find_published(text))}
    assert {("đến hết năm 2020", None, "2020-12-31"), ("đến năm 2030", None, "2030-12-31"),
            ("nhiệm kỳ 2021- 2026", "2021-01-01", "2026-12-31"), ("ngày 27-9-2019", "2019-09-27", "2019-09-27"),
            ("tháng 10-2020", "2020-10-01", "2020-10-31")} <= got


# -- datelines ---------------------------------------------------------------------------------------------------

DATELINES = [
    ("TIÊU ĐỀ BÀI VIẾT\nNgày cập nhật 01/11/2022\n\nNội dung bài viết.", "2022-11-01"),
    ("Tiêu đề\nCập nhật: 08:15 | 29/04/2022\nNội dung.", "2022-04-29"),
    ("Tiêu đề\nThứ Hai, 08/08/2022\nNội dung.", "2022-08-08"),
    ("Tiêu đề\nNgày đăng: 12/3/2023\nNội dung.", "2023-03-12"),
    ("Tiêu đề bài viết\n\n29/04/2022\nSáng ngày 27/4/2022, Ủy ban họp.", "2022-04-29"),
    ("Tiêu đề\nChủ nhật, 05/03/2023 - 09:30 (GMT+7)\nNội dung.", "2023-03-05"),
    ("Tiêu đề\nTác giả: Minh Anh | Cập nhật lúc 10:30, 15/11/2022\nNội dung.", "2022-11-15"),
    ("Tiêu đề\n09:41 | 05-06-2023\nNội dung.", "2023-06-05"),
    # the label is preferred to a date line above it (a menu's "today")
    ("Thứ Ba, 20/12/2022\nTiêu đề\nNgày đăng: 12/12/2022\nNội dung.", "2022-12-12"),
    # event dates in sentences are not datelines
    ("Tiêu đề\n\nNgày 8/8/2022, đồng chí Phạm Minh Chính chủ trì phiên họp.", None),
    ("Tiêu đề\n\nSáng ngày 27/4/2022, Ủy ban Quốc gia về chuyển đổi số họp.", None),
    ("Tiêu đề\nThứ Hai, 08/08/2022, đồng chí Bí thư làm việc với tỉnh.", None),
    ("Tiêu đề\nBộ đã cập nhật dữ liệu đến 30/6/2023 cho các tỉnh.", None),
    ("Tiêu đề\n31/02/2022\nNội dung.", None),
    # too far down to be the head's dateline, and not the closing one: body text follows it
    ("Tiêu đề\n" + "Một câu văn dài của bài viết.\n" * 200 + "29/04/2022\n" + "Một câu văn dài của bài viết.\n" * 20,
     None),
    # the line that closes the article, under its last paragraph (a portal that prints the date at the end)
    ("Tiêu đề\n" + "Một câu văn dài của bài viết.\n" * 200 + "29/04/2022\n", "2022-04-29"),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_find_published_synthetic(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


# -- baselines ---------------------------------------------------------------------------------------------------

BASELINES = [
    # (phrase, year, current, expected)
    ("năm 2022", 2023, None, ("2022-01-01", "2022-12-31")),
    ("cùng kỳ", 2023, ("2023-01-01", "2023-06-30"), ("2022-01-01", "2022-06-30")),
    ("cùng kỳ", 2023, None, (None, None)),
    ("cùng kỳ", 2023, (None, "2023-06-30"), (None, None)),
    ("cùng kỳ", 2023, ("2022-07-01", "2023-06-30"), (None, None)),
    ("cùng kỳ năm 2021", 2023, ("2023-01-01", "2023-06-30"), ("2021-01-01", "2021-06-30")),
    ("cùng kỳ năm trước", 2023, ("2023-01-01", "2023-03-31"), ("2022-01-01", "2022-03-31")),
    ("cùng kỳ", 2024, ("2024-01-01", "2024-02-29"), ("2023-01-01", "2023-02-28")),
    ("6 tháng đầu năm", 2022, None, ("2022-01-01", "2022-06-30")),
    ("tháng 12/2021", 2022, None, ("2021-12-01", "2021-12-31")),
    ("năm trước", 2023, None, ("2022-01-01", "2022-12-31")),
    ("năm ngoái", None, None, (None, None)),
    ("6 tháng đầu năm", None, None, (None, None)),
    ("hồ sơ trực tuyến", 2023, None, (None, None)),
    ("", 2023, None, (None, None)),
]


@pytest.mark.parametrize(("phrase", "year", "current", "expected"), BASELINES)
def test_resolve_baseline(phrase: str, year: int | None, current: tuple[str | None, str | None] | None,
                          expected: tuple[str | None, str | None]) -> None:
    assert resolve_baseline(phrase, year=year, current=current) == expected


# -- the rule data -----------------------------------------------------------------------------------------------

PATTERN_EXAMPLES = [(name, ex, pos) for stem, name, ex, pos in load().examples() if stem == "periods"]


def test_every_entry_has_positive_and_negative_examples() -> None:
    names = {r.name for r in rules()}
    assert {n for n, _, pos in PATTERN_EXAMPLES if pos} == names
    assert {n for n, _, pos in PATTERN_EXAMPLES if not pos} == names


@pytest.mark.parametrize(("name", "example", "positive"), PATTERN_EXAMPLES,
                         ids=[f"{n}-{'pos' if p else 'neg'}-{i}" for i, (n, _, p) in enumerate(PATTERN_EXAMPLES)])
def test_pattern_example(name: str, example: object, positive: bool) -> None:
    check_example(load(), name, example, positive)


@pytest.mark.parametrize(("name", "example", "positive", "message"), [
    ("quarter", {"text": "quý I/2022", "start": "2022-04-01", "end": "2022-06-30"}, True, "resolves to"),
    ("quarter", "quý I/2022", False, "yields period"),
    ("quarter", "năm 2022", True, "no period"),  # found, but by another entry
    ("quarter", {"text": "quý I/2022 và quý II/2022", "phrase": "quý III/2022"}, True, "no period"),
    ("horizon", {"text": "đến năm 2030", "start": "2030-01-01", "end": "2030-12-31"}, True, "resolves to"),
    ("dateline_line", {"text": "Tiêu đề\n29/04/2022", "date": "2022-04-30"}, True, "expected 2022-04-30"),
    ("dateline_line", "Tiêu đề\nNgày cập nhật 01/11/2022", True, "expected one from"),
    ("dateline_line", "Tiêu đề\n29/04/2022", False, "yields a publication date"),
    ("no_such_entry", "năm 2022", True, "no entry"),
    ("quarter", {"text": "quý I/2022", "begin": "2022-01-01"}, True, "unknown key"),
    ("quarter", 42, True, "must be a string"),
])
def test_check_example_catches_dishonoured_examples(name: str, example: object, positive: bool,
                                                     message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        check_example(load(), name, example, positive)


def _layer(tmp_path: Path, body: str) -> PatternSet:
    (tmp_path / "periods.toml").write_text(body, encoding="utf-8")
    return PatternSet([builtin_dir(), tmp_path])


@pytest.mark.parametrize(("body", "message"), [
    ("[year]\npattern = 'năm\\s+{YERA}'\nspan = 'year'\nexamples = ['năm 2020']\n", "unknown macro {YERA}"),
    ("[quarter]\npattern = 'quý'\nspan = 'quarter'\nexamples = ['quý']\n", "needs the group"),
    ("[year]\npattern = 'năm\\s+(?<yy>\\d{4})'\nspan = 'year'\nexamples = ['năm 2020']\n", "unknown group"),
    ("[year]\npattern = 'năm'\nspan = 'decade'\nexamples = ['năm']\n", "span"),
    ("[year]\npattern = 'năm'\nspan = 'year'\nspam = 1\nexamples = ['năm']\n", "spam"),
    ("[year]\npattern = '(năm'\nspan = 'year'\nexamples = ['năm']\n", "does not compile"),
    ("[year]\npattern = '(?:a+)+!?\\d$'\nspan = 'year'\nexamples = ['a1']\n", "backtracks"),
    ("[same_period]\npattern = 'cùng kỳ'\nspan = 'same_period'\nmode = 'as_of'\nexamples = ['cùng kỳ']\n",
     "takes no mode"),
])
def test_bad_rule_data_is_refused_naming_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    ps = _layer(tmp_path, body)
    with pytest.raises(PatternError, match=message) as info:
        rules(ps)
    assert "periods.toml" in str(info.value) and "[" in str(info.value)


def test_user_layer_can_disable_and_add_entries(tmp_path: Path) -> None:
    ps = _layer(tmp_path, "[months_bare]\ndisabled = true\n\n"
                          "[fiscal]\npattern = 'tài\\s+khóa\\s+{YEAR}'\nspan = 'year'\n"
                          "examples = [{text = 'tài khóa 2022', start = '2022-01-01', end = '2022-12-31'}]\n")
    assert find_periods("Trong 9 tháng, tỉnh thu hút 12 dự án.", published=PUBLISHED, patterns=ps) == []
    (m,) = find_periods("Ngân sách tài khóa 2022 đạt 100%.", patterns=ps)
    assert (m.text, m.rule, m.period_start) == ("tài khóa 2022", "fiscal", "2022-01-01")
    check_example(ps, "fiscal", {"text": "tài khóa 2022", "start": "2022-01-01", "end": "2022-12-31"}, True)


# -- robustness --------------------------------------------------------------------------------------------------

def test_long_adversarial_text_is_linear_and_consistent() -> None:
    chunks = ["1/" * 2000, "năm " * 2000, "tháng 1 " * 1000, "6 tháng " * 1000, "ngày 1/1/2020 " * 500,
              "từ ngày 1/7 đến " * 500, "quý I " * 1000, "so với cùng kỳ năm 2022 " * 300, "đầu năm " * 1000]
    text = "\n".join(chunks)
    mentions = find_periods(text)  # raises TimeoutError if a rule backtracks
    _assert_offsets(text, mentions)
    assert len(mentions) > 3000


def test_doctests() -> None:
    result = doctest.testmod(periods_module)
    assert result.attempted > 0 and result.failed == 0


# -- issue 12: month words, report months, halves, open and as-of periods, article-wide years --------------
# (text, published, phrase, start, end); the reference date is fixed per case.
REF = "2024-03-15"
ARTICLE_SCALE = [
    # month words, capitalised
    ("Vốn đăng ký trong tháng Một năm nay tăng mạnh.", REF, "tháng Một năm nay", "2024-01-01", "2024-01-31"),
    ("Trong tháng Hai năm 2023, tỉnh cấp 50 dự án.", REF, "tháng Hai năm 2023", "2023-02-01", "2023-02-28"),
    ("Tháng Ba năm 2024 có 31 ngày.", REF, "Tháng Ba năm 2024", "2024-03-01", "2024-03-31"),
    ("Năm 2022, tháng Tư tăng 5%.", REF, "tháng Tư", "2022-04-01", "2022-04-30"),
    ("Năm 2022, tháng Năm tăng 5%.", REF, "tháng Năm", "2022-05-01", "2022-05-31"),
    ("Năm 2022, tháng Sáu tăng 5%.", REF, "tháng Sáu", "2022-06-01", "2022-06-30"),
    ("Năm 2022, tháng Bảy tăng 5%.", REF, "tháng Bảy", "2022-07-01", "2022-07-31"),
    ("Năm 2022, tháng Tám tăng 5%.", REF, "tháng Tám", "2022-08-01", "2022-08-31"),
    ("Năm 2022, tháng Chín tăng 5%.", REF, "tháng Chín", "2022-09-01", "2022-09-30"),
    ("Năm 2022, tháng Mười tăng 5%.", REF, "tháng Mười", "2022-10-01", "2022-10-31"),
    ("Năm 2022, tháng Mười Một tăng 5%.", REF, "tháng Mười Một", "2022-11-01", "2022-11-30"),
    ("Năm 2022, tháng Mười Hai tăng 5%.", REF, "tháng Mười Hai", "2022-12-01", "2022-12-31"),
    ("Dịp tháng Giêng năm 2024, lượng khách tăng.", REF, "tháng Giêng năm 2024", "2024-01-01", "2024-01-31"),
    ("Cuối tháng Chạp năm 2023, giá tăng.", REF, "Cuối tháng Chạp năm 2023", None, "2023-12-31"),  # as of its last day
    ("Đến hết tháng Hai, giải ngân 8%.", REF, "Đến hết tháng Hai", None, "2024-02-29"),
    # the report's month
    ("Trong tháng 1/2019, có 50 dự án. Vốn trong tháng đạt 1,25 triệu USD.", None, "trong tháng",
     "2019-01-01", "2019-01-31"),
    ("Báo cáo tháng 5/2023: tháng này doanh thu tăng.", REF, "tháng này", "2023-05-01", "2023-05-31"),
    ("Tháng Một năm nay có 28 dự án; vốn trong tháng đạt 80 triệu USD.", REF, "trong tháng",
     "2024-01-01", "2024-01-31"),
    # halves of a year
    ("Nửa đầu năm 2023, tỉnh tăng 6%.", REF, "Nửa đầu năm 2023", "2023-01-01", "2023-06-30"),
    ("Mới qua nửa chặng đường 2019, có 31 tỉnh vượt kế hoạch.", None, "nửa chặng đường 2019",
     "2019-01-01", "2019-06-30"),
    ("Nửa cuối năm, tỉnh tập trung giải ngân.", REF, "Nửa cuối năm", "2024-07-01", "2024-12-31"),
    # open periods end on published, else null
    ("Từ năm 2021 đến nay, tỉnh cấp 900 giấy phép.", REF, "Từ năm 2021 đến nay", "2021-01-01", REF),
    ("Từ năm 2021 đến nay, tỉnh cấp 900 giấy phép.", None, "Từ năm 2021 đến nay", "2021-01-01", None),
    ("Từ tháng 3/2022 đến nay, có 40 dự án.", REF, "Từ tháng 3/2022 đến nay", "2022-03-01", REF),
    ("Kể từ ngày 1/7/2023 đến nay, đã cấp 100 thẻ.", REF, "Kể từ ngày 1/7/2023 đến nay", "2023-07-01", REF),
    # as-of phrases give an end only
    ("Hết quý I năm 2024, thu ngân sách đạt 700 tỷ đồng.", REF, "Hết quý I năm 2024", None, "2024-03-31"),
    ("Tính đến hết quý II/2023, có 80 dự án.", REF, "Tính đến hết quý II/2023", None, "2023-06-30"),
    ("Đến cuối tháng 9/2023, dư nợ đạt 50 nghìn tỷ đồng.", REF, "Đến cuối tháng 9/2023", None, "2023-09-30"),
    # a year-less phrase: nearest earlier year anywhere, else published, else a baseline anywhere
    ("Năm 2022 có nhiều khó khăn.\n\nTrong tháng 5, doanh thu tăng.", REF, "tháng 5", "2022-05-01", "2022-05-31"),
    ("Trong tháng 5, doanh thu tăng.", REF, "tháng 5", "2024-05-01", "2024-05-31"),
    ("Trong tháng 5, doanh thu tăng.\n\nẢnh minh họa.\n\nDoanh thu tăng 9% so với cùng kỳ năm 2022.", None,
     "tháng 5", "2023-05-01", "2023-05-31"),
    ("Quý II, tỉnh tăng 4%.\n\nSo với cùng kỳ năm 2023, số thu tăng.", None, "Quý II", "2024-04-01", "2024-06-30"),
]


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end"), ARTICLE_SCALE)
def test_article_scale_phrases(text: str, published: str | None, phrase: str, start: str | None,
                               end: str | None) -> None:
    m = _find(text, phrase, published=published)
    assert (m.period_start, m.period_end) == (start, end)
    _assert_offsets(text, find_periods(text, published=published))


def test_there_are_thirty_new_phrases() -> None:
    assert len(ARTICLE_SCALE) >= 30


@pytest.mark.parametrize("text", [
    "mỗi tháng một lần",          # lowercase: once a month
    "hai tháng hai lần",
    "từ tháng này sang tháng khác",
    "trong tháng qua có mưa lớn",
    "nửa chặng đường nhiệm kỳ",
])
def test_not_month_words(text: str) -> None:
    assert find_periods(text, published=REF) == []


def test_the_report_month_without_a_month_before_is_undated() -> None:
    m = _find("Vốn trong tháng đạt 1,25 triệu USD.", "trong tháng", published=REF)
    assert (m.period_start, m.period_end) == (None, None)


# -- publication dates at the head of real pages --------------------------------------------------------------
PAGE_HEADS = [
    # a byline before the time and date
    ("Tiêu đề bài viết về kinh tế\n\nTHU HÀ 09:15, 03/04/2024\n\nNội dung.", "2024-04-03"),
    ("Tiêu đề bài viết về kinh tế\nMinh Châu - 05:32, 14/02/2024\nNội dung.", "2024-02-14"),
    # a view counter after it
    ("Truy cập nội dung luôn\n\nTiêu đề bài viết về kinh tế\n\n15/03/2024 10:05    1520\n\nNội dung.", "2024-03-15"),
    # a run-on header line
    ("05/01/2024 | lượt xem: 112 Tỉnh tổng kết năm 2023. Năm 2023, tỉnh đạt 90%.", "2024-01-05"),
    # the page header's date above the headline is not the article's
    ("Thứ Hai, ngày 04 tháng 03 năm 2024, 07:12:45\n\nTiêu đề của bài viết khá dài ở đây\n\n"
     "Minh Châu - 05:32, 14/02/2024\n\nNội dung.", "2024-02-14"),
    ("Thứ Hai, 04/03/2024\n\nTiêu đề của bài viết khá dài ở đây\n\n15/02/2024\n\nNội dung.", "2024-02-15"),
    # ... but a date below the article's own dateline is not either
    ("Tiêu đề của bài viết khá dài ở đây\n15/03/2023\n" + "Nội dung bài viết dài, " * 12 + "\n"
     "Tin liên quan khác ở dưới này\n01/01/2024", "2023-03-15"),
    # a site's header line above the page's date is no headline
    ("Cổng thông tin điện tử của tỉnh Quảng Trị\nThứ Hai, 04/03/2024\n\nTiêu đề của bài viết khá dài ở đây\n"
     "\n15/02/2024\n\nNội dung.", "2024-02-15"),
    # a time and date inside a sentence is no dateline
    ("Tiêu đề\nHội nghị diễn ra lúc 8:30, ngày 14/02/2024 tại Hà Nội.", None),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_HEADS)
def test_find_published_on_page_heads(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


# `từ đầu năm đến <a day or a month>` runs from 1 January to that day; `… đến nay` and `từ tháng 10 đến nay` run
# to the publication date, so their year is the last one whose start comes before it, whatever year an
# earlier sentence spoke of (a deadline in the next year, a comparison with last year).
YEAR_TO = [
    ("Từ đầu năm đến ngày 20/10/2024, toàn tỉnh ghi nhận 2.148 ca.", None,
     "Từ đầu năm đến ngày 20/10/2024", "2024-01-01", "2024-10-20"),
    ("Năm 2023, từ đầu năm đến 15/9 tỉnh đã thu 900 tỷ đồng.", None, "từ đầu năm đến 15/9", "2023-01-01", "2023-09-15"),
    ("Từ đầu năm đến ngày 5 tháng 11 năm 2024, cả nước có 120 vụ.", None,
     "Từ đầu năm đến ngày 5 tháng 11 năm 2024", "2024-01-01", "2024-11-05"),
    ("Năm 2024, từ đầu năm đến hết tháng 9, tỉnh thu 5.000 tỷ đồng.", None,
     "từ đầu năm đến hết tháng 9", "2024-01-01", "2024-09-30"),
    ("Từ đầu năm đến tháng 10/2024, cả nước có 1.200 dự án.", None,
     "Từ đầu năm đến tháng 10/2024", "2024-01-01", "2024-10-31"),
    ("Kể từ đầu năm tới cuối tháng 6/2022, huyện cấp 300 sổ đỏ.", None,
     "Kể từ đầu năm tới cuối tháng 6/2022", "2022-01-01", "2022-06-30"),
    ("Tỉnh phấn đấu đến ngày 31/01/2025 giải ngân 95%. Từ đầu năm đến nay, tỉnh thu hút 22 dự án.", "2024-12-12",
     "Từ đầu năm đến nay", "2024-01-01", "2024-12-12"),
    ("Năm 2023 tỉnh đạt 90%. Từ đầu năm đến nay, tỉnh đón 2 triệu lượt khách.", "2024-06-30",
     "Từ đầu năm đến nay", "2024-01-01", "2024-06-30"),
    ("Năm 2023 tỉnh đạt 90%. Từ tháng 10 đến nay, tỉnh thu hút 22 dự án.", "2024-02-12",
     "Từ tháng 10 đến nay", "2023-10-01", "2024-02-12"),
    ("Kế hoạch năm 2025 là 100 dự án. Từ tháng 3 đến nay, tỉnh cấp phép 40 dự án.", "2024-11-20",
     "Từ tháng 3 đến nay", "2024-03-01", "2024-11-20"),
]


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end"), YEAR_TO)
def test_from_the_start_of_the_year_to_a_date(text: str, published: str | None, phrase: str, start: str,
                                              end: str) -> None:
    m = _find(text, phrase, published=published)
    assert (m.period_start, m.period_end) == (start, end)


# A year inside a comparison (`so với mức cao nhất năm 2023`) is the baseline's, not the year of the text after it.
@pytest.mark.parametrize(("text", "phrase", "end"), [
    ("Công suất đạt 1.200 MW, cao hơn 85 MW so với mức cao nhất năm 2023. Tổng công suất đến hết tháng 10 đạt "
     "5.400 MW.", "đến hết tháng 10", "2024-10-31"),
    ("Giá bán lẻ tăng 3% so với bình quân cả năm 2023. Đến hết tháng 9, doanh thu đạt 500 tỷ đồng.",
     "Đến hết tháng 9", "2024-09-30"),
    ("Số ca mắc giảm 20% so với cùng kỳ năm 2023. Đến hết tháng 6, cả nước có 1.200 ca.", "Đến hết tháng 6",
     "2024-06-30"),
])
def test_a_baseline_year_does_not_date_what_follows(text: str, phrase: str, end: str) -> None:
    m = _find(text, phrase, published="2024-11-08")
    assert m.period_end == end


@pytest.mark.parametrize(("head", "date"), [
    ("Minh Châu | 18/10/2024 08:15", "2024-10-18"),
    ("Thu Hà - Thứ Hai, 15/04/2024 - 10:20", "2024-04-15"),
    ("Hoàng Long, 03/05/2023 | 14:30", "2023-05-03"),
    ("THANH TÂM - 09:05, 12/01/2024", "2024-01-12"),
    ("PV: Văn Nam | Thứ Sáu, 21/06/2024, 07:45", "2024-06-21"),
    ("Hà Nội, 12/3/2024", "2024-03-12"),
])
def test_a_byline_dates_the_article_with_its_time_before_or_after(head: str, date: str) -> None:
    text = f"Tỉnh công bố kết quả cải cách hành chính năm 2023\n{head}\nNăm 2023, tỉnh tiếp nhận 12.000 hồ sơ."
    assert find_published(text) == date


def test_a_name_and_a_date_in_a_sentence_is_no_byline() -> None:
    assert find_published("Tiêu đề\nSáng 8:30, 14/02/2024 tỉnh họp với các sở về kế hoạch năm.") is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Quý I/2025, toàn tỉnh đón 2,6 triệu lượt khách. Trong quý, khách quốc tế đạt 412.000 lượt.", "2025-01-01",
     "2025-03-31"),
    ("Báo cáo quý III/2024: quý này, doanh thu đạt 50 tỷ đồng.", "2024-07-01", "2024-09-30"),
    ("Trong quý II năm 2023, tỉnh thu hút 12 dự án. Tổng vốn trong quý đạt 300 tỷ đồng.", "2023-04-01",
     "2023-06-30"),
    ("Quý IV/2022 kết thúc với nhiều kết quả. Trong quý, xuất khẩu tăng 8%.", "2022-10-01", "2022-12-31"),
    ("Doanh thu trong quý đạt 50 tỷ đồng.", None, None),
])
def test_trong_quy_is_the_quarter_spoken_of(text: str, start: str | None, end: str | None) -> None:
    found = [m for m in find_periods(text, published="2025-04-10") if m.rule == "report_quarter"]
    assert [(m.period_start, m.period_end) for m in found] == [(start, end)]


@pytest.mark.parametrize("text", ["Trong quý tới sẽ khởi công 3 dự án.", "Giá tăng từ quý này sang quý khác.",
                                  "Trong quý qua có nhiều mưa.", "Trong quý I/2025, tỉnh đón 2 triệu lượt khách."])
def test_trong_quy_followed_by_its_own_words_is_no_report_quarter(text: str) -> None:
    assert not [m for m in find_periods(text, published="2025-04-10") if m.rule == "report_quarter"]


@pytest.mark.parametrize(("text", "published", "start", "end"), [
    # written at their end, the months before a report are the year's first months (its cumulative period)
    ("Trong 9 tháng qua, tỉnh thu hút 1,2 triệu lượt khách.", "2024-10-05", "2024-01-01", "2024-09-30"),
    ("Mười tháng qua, kim ngạch đạt 638 triệu USD.", "2024-10-29", "2024-01-01", "2024-10-31"),
    # written later, they are the months before the report's own month
    ("Trong 6 tháng qua, giá gạo tăng liên tục.", "2024-10-15", "2024-04-01", "2024-09-30"),
    ("3 tháng qua, giá gạo tăng liên tục.", "2025-02-10", "2024-11-01", "2025-01-31"),
])
def test_the_months_before_a_report(text: str, published: str, start: str, end: str) -> None:
    mentions = [m for m in find_periods(text, published=published) if "tháng qua" in m.text]
    assert [(str(m.period_start), str(m.period_end)) for m in mentions] == [(start, end)]


def test_the_months_before_an_undated_report_are_undated() -> None:
    mentions = [m for m in find_periods("Trong 9 tháng qua, tỉnh đạt 50%.", published=None) if "tháng qua" in m.text]
    assert all(m.period_start is None and m.period_end is None for m in mentions)


@pytest.mark.parametrize(("line", "date"), [
    ("YBĐT - Thứ Ba, 23/7/2024", "2024-07-23"),            # a paper's tag before the dateline
    ("(BTN) - Thứ Hai, 13/01/2025, 09:10", "2025-01-13"),
    ("Long An - 03/12/2024", "2024-12-03"),                # a place and a dash
])
def test_datelines_with_a_tag_or_a_dash(line: str, date: str) -> None:
    from dtextract.periods import find_published
    text = f"Tiêu đề bài viết về kinh tế tỉnh\n\n{line}\n\nNăm nay tỉnh có 120 doanh nghiệp mới thành lập."
    assert find_published(text) == date


def test_a_day_that_opens_the_lead_after_a_tag_is_the_dateline() -> None:
    # the paper's tag makes it the press's dateline (three probe sets' golds; set 68's reads it as the event's day)
    from dtextract.periods import find_published
    assert find_published("Tiêu đề bài viết\n\n(QNO) - Ngày 23/7/2024, UBND tỉnh tổ chức hội nghị.") == "2024-07-23"
    # without a tag it dates an event
    assert find_published("Tiêu đề bài viết\n\nNgày 23/7/2024, UBND tỉnh tổ chức hội nghị.") is None


def test_the_week_of_a_weekly_bulletin() -> None:
    text = "Tuần 20 (từ 13/5 đến 19/5/2024), toàn tỉnh ghi nhận 90 ca. Trong tuần, có 12 ổ dịch mới."
    week = [m for m in find_periods(text, published="2024-05-21") if m.text == "Trong tuần"]
    assert [(str(m.period_start), str(m.period_end)) for m in week] == [("2024-05-13", "2024-05-19")]


def test_a_plan_for_a_date_after_the_article_is_a_target() -> None:
    """An "up to" date after the article's own (`đến hết năm 2025` in 2024) holds no result yet: in a plan's
    passage, the figure is a target."""
    import dtextract
    doc = dtextract.extract("Theo kế hoạch, đến hết năm 2025, tỉnh sẽ xóa 9.800 căn nhà tạm.", published="2024-10-10")
    assert [(f.value, f.status) for f in doc.figures] == [(9800, "target")]
    doc = dtextract.extract("Đến hết năm 2023, tỉnh đã xóa 9.800 căn nhà tạm.", published="2024-10-10")
    assert [(f.value, f.status) for f in doc.figures] == [(9800, "actual")]


def test_a_baseline_or_an_aside_gives_no_year_to_later_phrases() -> None:
    """A year said as a comparison's baseline (`gấp 2 lần năm 2023`) or in a bracket that gives another period's value
    (`(cuối năm 2023 là 1,98%)`) dates that only: a yearless phrase after it takes the article's year."""
    import dtextract
    doc = dtextract.extract("Tỷ lệ hộ nghèo còn 1,2% (cuối năm 2023 là 1,98%). Trong 6 tháng, tỉnh giảm 0,3%.",
                            published="2024-10-20")
    assert [f.period.start.isoformat() for f in doc.figures if f.value == 0.3] == ["2024-01-01"]
    doc = dtextract.extract("Số vụ cháy gấp 2 lần năm 2023. Trong 9 tháng, xảy ra 137 vụ.", published="2024-10-20")
    assert [f.period.end.isoformat() for f in doc.figures if f.value == 137] == ["2024-09-30"]


def test_a_year_that_opens_what_was_done_since_runs_to_now_and_dates_no_later_bare_period() -> None:
    text = "Từ năm 2008, tỉnh đã kết nghĩa với 12 địa phương. 9 tháng đầu năm, tỉnh đón 35 đoàn."
    got = {m.text: (str(m.period_start), str(m.period_end)) for m in find_periods(text, published="2024-10-10")}
    assert got["Từ năm 2008"] == ("2008-01-01", "2024-10-10")
    assert got["9 tháng đầu năm"] == ("2024-01-01", "2024-09-30")


@pytest.mark.parametrize("text", ["Cà phê Robusta kỳ hạn giao tháng 5/2025 giảm 120 USD/tấn.",
                                  "Giá Arabica giao tháng 3 tăng 2,1%.",
                                  "hợp đồng kỳ hạn giao tháng 7/2025 lên 5.300 USD/tấn"])
def test_the_month_that_names_a_futures_contract_is_no_period(text: str) -> None:
    """`kỳ hạn tháng 5/2025` names the contract (its month of delivery): the price is of the session, not of that
    month."""
    assert [m.text for m in find_periods(text, published="2025-03-12") if "tháng" in m.text] == []


def test_a_month_after_other_words_of_delivery_is_still_a_period() -> None:
    assert [m.text for m in find_periods("Dự án bàn giao tháng 5/2025 cho 120 hộ.", published="2025-03-12")] == \
        ["tháng 5/2025"]
