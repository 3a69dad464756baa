"""Context of a figure (dtextract.context): what it measures (subject) and the period of its change's baseline."""
from __future__ import annotations

from datetime import date

import pytest

from dtextract import extract

CASES = [
    ("Toàn tỉnh có 1.200 doanh nghiệp công nghệ số.", "1.200 doanh nghiệp", "doanh nghiệp công nghệ số"),
    ("Kim ngạch xuất khẩu đạt 5,2 tỷ USD, tăng 10% so với năm 2022.", "5,2 tỷ USD", "Kim ngạch xuất khẩu"),
    ("Tỷ lệ hồ sơ trực tuyến đạt 68,36%.", "68,36%", "Tỷ lệ hồ sơ trực tuyến"),
    ("Tổng số lượt truy cập cổng thông tin là 1,2 triệu lượt.", "1,2 triệu lượt", "lượt truy cập cổng thông tin"),
    # the verb of a change or of a level is not part of what is measured
    ("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 6,8% so với cùng kỳ.", "6,8%", "Tổng sản phẩm trên địa bàn (GRDP)"),
    ("Tỷ lệ hộ nghèo giảm còn 0,12%.", "0,12%", "Tỷ lệ hộ nghèo"),
    # a parenthesis that holds only an adverb before the number: the clause before it is the subject
    ("Số hộ dân dùng nước sạch còn ít (mới khoảng 45%).", "45%", "Số hộ dân dùng nước sạch còn ít"),
    # a temperature names no thing (below zero too)
    ("Nhiệt độ thấp nhất trong đợt rét là -1,5°C.", "-1,5°C", "Nhiệt độ thấp nhất trong đợt rét"),
    ("Nhiệt độ cao nhất là 38,2 độ C.", "38,2 độ C", "Nhiệt độ cao nhất"),
    # a standing among all the teams, or in a group of bodies, ranks who stands there
    ("Đoàn giành 138 huy chương, xếp thứ 5 toàn đoàn, sau Hà Nội.", "5", "xếp hạng toàn đoàn"),
    ("TAND tỉnh Nghệ An đứng thứ 3 trong Khối thi đua số 2 của Tòa án nhân dân tối cao.", "3",
     "xếp hạng trong Khối thi đua số 2 của Tòa án nhân dân tối cao"),
    ("Kết quả toàn đoàn, huyện Lục Ngạn xếp thứ Nhất, TP Bắc Giang xếp thứ 2.", "2", "xếp hạng toàn đoàn"),
    # what a place has most of, when the sentence calls it a place (`là địa phương có`), is named without its
    # superlative
    ("TP Nha Trang vẫn là địa phương có số ca mắc cao nhất với 1.236 ca, tiếp đến là TP Cam Ranh 418 ca.", "418 ca",
     "ca mắc"),
    ("Trong đó, thị trấn Vũ Thư có số thu lớn nhất với 386,5 tỷ đồng.", "386,5 tỷ đồng", "số thu"),
    # money said after the bare verb `thu` is the money collected; a revenue that reaches an amount is the budget's
    ("Đấu giá thành công 42 lô đất, thu hơn 312 tỷ đồng.", "312 tỷ đồng", "tiền thu"),
    ("Toàn tỉnh tổ chức 11 phiên đấu giá với 184 nền đất, thu về 286 tỷ đồng.", "286 tỷ đồng", "tiền thu về"),
    ("Năm 2024, đơn vị phấn đấu thu đạt 14.000 tỷ đồng.", "14.000 tỷ đồng", "thu"),
    # (an indicator before the rank is what is ranked)
    ("Chỉ số PAPI của tỉnh đứng thứ 5 trong khối các tỉnh miền núi.", "5", "Chỉ số PAPI của tỉnh"),
    # the value in brackets after a baseline is the compared figure's value then, of the same thing
    ("Mùa khô năm nay chỉ có 215 hộ thiếu nước cục bộ, giảm gần 90% so với năm 2020 (2.150 hộ).", "2.150 hộ",
     "hộ thiếu nước cục bộ"),
]


@pytest.mark.parametrize("sentence, text, subject", CASES, ids=[c[1] for c in CASES])
def test_subject(sentence: str, text: str, subject: str) -> None:
    (fig,) = [f for f in extract(sentence).figures if f.text == text]
    assert fig.subject == subject


@pytest.mark.parametrize("sentence", ["Tỷ lệ này còn thấp (mới 18%).", "Kết quả (chỉ đạt 12%)."])
def test_function_words_alone_are_no_subject(sentence: str) -> None:
    for f in extract(sentence).figures:
        assert f.subject not in ("mới", "chỉ", "chỉ đạt", "đạt")


# -- change baselines resolved to periods (context.attach) --------------------------------------

@pytest.mark.parametrize("sentence, start, end", [
    ("Năm 2023, doanh thu đạt 5 tỷ đồng, tăng 10% so với năm 2022.", "2022-01-01", "2022-12-31"),
    ("6 tháng đầu năm 2023, doanh thu đạt 5 tỷ đồng, tăng 10% so với cùng kỳ.", "2022-01-01", "2022-06-30"),
    ("Số thuê bao đạt 22,8 triệu thuê bao, gấp 1,5 lần năm 2020.", "2020-01-01", "2020-12-31"),
])
def test_a_change_baseline_is_resolved_to_a_period(sentence: str, start: str, end: str) -> None:
    (fig,) = extract(sentence).figures
    assert fig.change is not None and fig.change.baseline_period is not None
    period = fig.change.baseline_period
    assert (period.start, period.end) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize("phrase,left", [
    ("Lượng mưa lớn nhất được ghi nhận vào ngày 22/9/2023", "Lượng mưa lớn nhất được ghi nhận"),
    ("khách tham quan trong ngày 2/9", "khách tham quan"),
    ("Công suất sử dụng buồng phòng các ngày 29/4 và 30/4", None),   # a list of days says which days
    ("Công suất buồng phòng ngày 29/4 và 30/4", None),
])
def test_a_day_by_its_date_says_when_not_what(phrase, left):
    from dtextract import subjects
    found = subjects._DAY_PHRASE.search(phrase)
    if left is None:
        assert found is None
    else:
        assert " ".join(subjects._DAY_PHRASE.sub(" ", phrase).split()) == left
