"""Rules from the error classes of probe sets 235-240 (written with the sets sealed), each from a language fact and
checked here on sentences of its own: the country's own bodies and markets, a branch's banner, a level reached after
`tăng lên`, and a clause about now after a target."""
from __future__ import annotations

from dtextract import extract


def _figures(text: str):
    return extract(text).figures


def _by_value(text: str):
    return {f.value: f for f in _figures(text)}


_MARKET = ("THỊ TRƯỜNG CHỨNG KHOÁN THÁNG 10\n\nHà Nội, ngày 5/11/2024\n\n"
           "Kết thúc tháng 10/2024, chỉ số VN-Index đạt 1.264,48 điểm, giảm 1,7% so với cuối tháng trước. Giá trị giao dịch "
           "bình quân trên Sở Giao dịch Chứng khoán TP Hồ Chí Minh (HOSE) đạt 15.200 tỷ đồng/phiên.\n\n"
           "Trong tháng, Ủy ban Chứng khoán Nhà nước đã ban hành 28 quyết định xử phạt với tổng số tiền phạt 4,2 tỷ đồng.\n")


def test_the_stock_market_and_a_national_body_named_nha_nuoc_report_on_the_country() -> None:
    assert {f.location for f in _figures(_MARKET)} == {"Việt Nam"}
    # (the city a stock exchange is named after, with its level word, is part of the name)
    lead = "Giá trị giao dịch bình quân trên Sở Giao dịch Chứng khoán TP Hồ Chí Minh (HOSE) đạt 15.200 tỷ đồng/phiên."
    assert [f.location for f in _figures(lead)] == [None]


def test_a_national_body_named_nha_nuoc_with_a_provincial_branch_is_the_provinces() -> None:
    text = ("Kho bạc Nhà nước tỉnh Nghệ An giải ngân vốn đầu tư công\n\n"
            "Đến 30/9/2024, Kho bạc Nhà nước tỉnh đã kiểm soát chi 8.120 tỷ đồng vốn đầu tư công.\n")
    assert [f.location for f in _figures(text)] == ["Nghệ An"]


def _branch(banner: str) -> list[str | None]:
    text = (f"{banner}\n\nTín dụng chính sách tiếp sức hộ nghèo\n\n"
            "Năm 2024, dư nợ cho vay hộ nghèo đạt 1.200 tỷ đồng với 25.000 hộ còn dư nợ.\n\n"
            "Chi nhánh đã giải ngân 300 tỷ đồng.\n")
    return [f.location for f in _figures(text)]


def test_a_branch_or_a_portal_in_capitals_names_its_province_in_its_banner() -> None:
    assert _branch("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH QUẢNG TRỊ") == ["Quảng Trị"] * 3
    assert _branch("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH QUẢNG TRỊ") == ["Quảng Trị"] * 3
    assert _branch("CỔNG THÔNG TIN ĐIỆN TỬ QUẢNG TRỊ") == ["Quảng Trị"] * 3
    # (a national portal names no province)
    assert _branch("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ") == [None] * 3


def test_tang_len_before_the_figures_own_unit_gives_the_level_reached_not_the_change() -> None:
    found = _by_value("Số lượt hành khách đạt 9.000 lượt/ngày, tăng lên trên 12.000 lượt/ngày.")
    assert found[9000].change is None
    assert found[12000].approx == "over"
    found = _by_value("Tỷ lệ đô thị hóa đạt 40%, tăng lên 45%.")
    assert found[40].change is None and 45 in found
    # (a rise in percent of an amount, and a rise by an amount, `tăng thêm`, are changes)
    found = _by_value("Doanh thu đạt 500 tỷ đồng, tăng lên 10%.")
    assert found[500e9].change is not None and found[500e9].change.value == 10
    found = _by_value("Số xe buýt điện đạt 450 xe, tăng thêm 120 xe.")
    assert found[450].change is not None and found[450].change.value == 120


def test_a_clause_about_now_after_a_target_is_actual_and_not_dated_by_the_horizon() -> None:
    found = _by_value("Tỉnh phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 45%, hiện đạt 42,3%.")
    assert found[45].status == "target" and found[45].period is not None
    assert found[42.3].status == "actual" and found[42.3].period is None
    found = _by_value("Mục tiêu đến năm 2025 tỷ lệ đáp ứng nhu cầu đi lại đạt 15%, nhưng hiện mới đạt 9,6%.")
    assert found[9.6].status == "actual"
    # (`hiện vật` is a noun: the target goes on)
    found = _by_value("Đến năm 2025 Bảo tàng phấn đấu 100% bảo vật, hiện vật quý hiếm được số hóa và số hóa tối thiểu "
                      "90% hiện vật.")
    assert found[90].status == "target"


def test_the_date_a_document_was_issued_gives_no_year_to_later_yearless_periods() -> None:
    text = ("Thị trường chứng khoán tháng 10\n\nNgày đăng: 05/11/2024\n\n"
            "Thực hiện Quyết định số 1726/QĐ-TTg ngày 29/12/2023 của Thủ tướng, thị trường tiếp tục được nâng hạng.\n\n"
            "Đến cuối tháng 10, số tài khoản chứng khoán đạt 9,3 triệu tài khoản.\n")
    (figure,) = _figures(text)
    assert str(figure.period.end) == "2024-10-31"
    # (a date the article reports on still gives its year: `ngày 29/12/2023, …` then `cuối tháng 10` of that year)
    said = text.replace("Thực hiện Quyết định số 1726/QĐ-TTg ngày 29/12/2023 của Thủ tướng, thị trường",
                        "Ngày 29/12/2023, thị trường")
    (figure,) = _figures(said)
    assert str(figure.period.end) == "2023-10-31"


def test_a_provinces_plan_cited_as_the_source_does_not_place_what_it_gives_the_district() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THUẬN NAM\n\nThuận Nam phát triển năng lượng tái tạo\n\nNgày đăng: 12/9/2024\n\n"
            "Đến nay, trên địa bàn huyện có 9 dự án điện mặt trời đi vào vận hành.\n\n"
            "Theo Quy hoạch tỉnh Ninh Thuận thời kỳ 2021-2030, huyện được bố trí thêm 5 dự án điện gió với tổng công suất "
            "820 MW.\n")
    assert [f.location for f in _figures(text)] == ["Thuận Nam"] * 3
