"""Which period governs a figure (dtextract.context.period), on sentences written for these tests."""
from __future__ import annotations

from dtextract.pipeline import extract


def when(text: str, number: str, published: str | None = None) -> tuple[str | None, str | None] | None:
    doc = extract(text, published=published)
    hits = [f for f in doc.figures if number in f.text]
    assert hits, [f.text for f in doc.figures]
    p = hits[0].period
    return (p.start and p.start.isoformat(), p.end and p.end.isoformat()) if p else None  # (dates in Python)


def test_each_figure_of_a_pair_takes_its_own_period() -> None:
    text = "Tỷ trọng kinh tế số trong GRDP giai đoạn 2020-2022 đạt khoảng 11,35% và năm 2022 là 13,08%."
    assert when(text, "11,35") == ("2020-01-01", "2022-12-31")
    assert when(text, "13,08") == ("2022-01-01", "2022-12-31")


def test_a_dated_same_period_dates_its_own_figure() -> None:
    text = ("9 tháng đầu năm 2023, cán cân thương mại của tỉnh đạt xuất siêu 27,9 triệu USD "
            "(cùng kỳ 2022 xuất siêu 35,2 triệu USD).")
    assert when(text, "27,9") == ("2023-01-01", "2023-09-30")
    assert when(text, "35,2") == ("2022-01-01", "2022-09-30")


def test_a_period_later_in_the_clause_governs_the_figure() -> None:
    text = ("Cả nước có 27 tỉnh, thành phố trực thuộc Trung ương có dự án đầu tư nước ngoài được cấp phép "
            "mới trong tháng 3/2024, trong đó Long An có nhiều dự án nhất.")
    assert when(text, "27") == ("2024-03-01", "2024-03-31")


def test_a_period_in_the_next_clause_does_not() -> None:
    text = "Tỉnh có 45 dự án đang triển khai; trong tháng 3/2024 có thêm 5 dự án mới."
    assert when(text, "45") is None


def test_a_comparison_baseline_is_not_the_period() -> None:
    text = "Năm 2023, doanh thu đạt 512 tỷ đồng, tăng 10% so với năm 2022."
    assert when(text, "512") == ("2023-01-01", "2023-12-31")


def test_the_report_month_dates_a_later_sentence() -> None:
    text = ("Trong tháng 2/2024, tỉnh cấp mới 12 dự án đầu tư.\n"
            "Tổng vốn đăng ký trong tháng đạt 96 triệu USD.")
    assert when(text, "96") == ("2024-02-01", "2024-02-29")


def test_a_year_less_phrase_takes_the_year_a_baseline_anywhere_implies() -> None:
    text = ("Trong tháng 5, doanh thu toàn ngành đạt 276 nghìn tỷ đồng.\n\n"
            "Doanh thu từ ứng dụng di động tăng 9,8% so với cùng kỳ năm 2022.")
    assert when(text, "276") == ("2023-05-01", "2023-05-31")


def test_as_of_a_quarter_gives_an_end_only() -> None:
    text = "Hết quý I năm 2024, tổng thu ngân sách trên địa bàn tỉnh đạt hơn 700 tỷ đồng."
    assert when(text, "700") == (None, "2024-03-31")


def test_an_open_period_ends_on_published() -> None:
    text = "Từ năm 2021 đến nay, tỉnh đã cấp 950 giấy chứng nhận đầu tư."
    assert when(text, "950", published="2024-03-15") == ("2021-01-01", "2024-03-15")
    assert when(text, "950") == ("2021-01-01", None)


def test_a_target_horizon_later_in_the_clause_does_not_date_the_figure() -> None:
    text = "Tỉnh có 45 doanh nghiệp công nghệ số, phấn đấu đến năm 2025 có thêm nhiều doanh nghiệp mới."
    assert when(text, "45") is None


def test_figures_followed_by_their_own_years() -> None:
    text = "Tỷ lệ hộ nghèo còn 4,2% năm 2022, 3,1% năm 2023."
    assert when(text, "4,2") == ("2022-01-01", "2022-12-31")
    assert when(text, "3,1") == ("2023-01-01", "2023-12-31")


def test_the_report_year_dates_a_later_paragraph() -> None:
    # `trong năm` is the year spoken of last, in another paragraph too, else the publication's
    text = ("Năm 2024, ngành nước sạch của tỉnh có nhiều chuyển biến.\n\n"
            "Trong năm, toàn tỉnh đầu tư xây dựng mới 12 công trình cấp nước tập trung.\n\n"
            "Doanh thu trong năm ước đạt 96 tỷ đồng.")
    assert when(text, "12 công trình") == ("2024-01-01", "2024-12-31")
    assert when(text, "96") == ("2024-01-01", "2024-12-31")
    assert when("Trong năm, tỉnh cấp 2.400 giấy phép xây dựng.", "2.400", published="2025-12-20") == \
        ("2025-01-01", "2025-12-31")
    # a school year, the next year, the past year or five years are no report year
    assert when("Trong năm học mới, huyện có thêm 21 trường đạt chuẩn.", "21", published="2025-12-20") is None
    assert when("Trong năm tới, huyện xây thêm 21 trường.", "21", published="2025-12-20") != ("2025-01-01", "2025-12-31")


def test_the_year_of_the_plan_a_target_is_dates_it_past_the_day_of_the_meeting() -> None:
    """`Hội nghị sáng 5/12, Bộ đặt chỉ tiêu năm 2025 đón 22 triệu lượt khách`: the target is for 2025; the meeting's
    day dates nothing of it (the year of a plan an actual figure is measured against still names only the plan)."""
    doc = extract("Hội nghị sáng 5/12, Bộ đặt chỉ tiêu năm 2025 đón 22 triệu lượt khách quốc tế.",
                  published="2024-12-05")
    fig = next(f for f in doc.figures if f.value == 22_000_000)
    assert fig.status == "target" and (str(fig.period.start), str(fig.period.end)) == ("2025-01-01", "2025-12-31")
    done = extract("Tính đến ngày 30/9/2024, kế hoạch vốn năm 2024 đã giải ngân 187 tỷ đồng.", published="2024-10-05")
    assert str(done.figures[0].period.end) == "2024-09-30"


def test_a_day_in_brackets_right_after_a_figure_dates_it() -> None:
    """`có thời điểm lên 11,4 g/l (ngày 28/3)`: the day the value was measured on, not the span the sentence opens with
    (`Từ đầu tháng 3 đến nay`: from the month's first day to the article's date)."""
    import dtextract
    doc = dtextract.extract("Từ đầu tháng 3 đến nay, độ mặn dao động từ 6,5 đến 9,2 g/l, có thời điểm lên 11,4 g/l "
                            "(ngày 28/3), cao nhất trong 5 năm.", published="2024-04-04")
    got = {f.value: (str(f.period.start), str(f.period.end)) for f in doc.figures}
    assert got[11.4] == ("2024-03-28", "2024-03-28")
    assert got[6.5] == ("2024-03-01", "2024-04-04")
