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


def test_a_ministrys_letterhead_reports_for_the_country_not_for_its_datelines_city() -> None:
    head = ("BỘ TÀI CHÍNH\nỦY BAN CHỨNG KHOÁN NHÀ NƯỚC\nSố: 486/BC-UBCK\nHà Nội, ngày 18 tháng 10 năm 2024\n\nBÁO CÁO\n"
            "Tình hình phát hành trái phiếu doanh nghiệp 9 tháng năm 2024\n\n")
    body = "Lũy kế 9 tháng năm 2024, có 312 đợt phát hành riêng lẻ với tổng giá trị 318.450 tỷ đồng.\n"
    assert {f.location for f in _figures(head + body)} == {"Việt Nam"}
    # (a ministry's provincial office under it writes of its province)
    head = ("BỘ TƯ PHÁP\nCỤC THI HÀNH ÁN DÂN SỰ TỈNH BẮC GIANG\nSố: 1187/BC-CTHADS\nBắc Giang, ngày 20 tháng 4 năm 2024\n\n"
            "BÁO CÁO\nKết quả thi hành án dân sự 6 tháng\n\n")
    assert {f.location for f in _figures(head + "Trong 6 tháng, toàn tỉnh thụ lý 9.862 việc.\n")} == {"Bắc Giang"}


def test_a_mass_organisations_district_branch_under_its_province_reports_on_the_district() -> None:
    text = ("HỘI LHPN TỈNH QUẢNG NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HỘI LHPN HUYỆN ĐẠI LỘC           Độc lập - Tự do - Hạnh phúc\n"
            "Số: 45/BC-HPN                    Đại Lộc, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nKết quả công tác hội năm 2024\n\n"
            "Năm 2024, các cơ sở hội đã kết nạp mới 320 hội viên. Hội đã vận động 85 hội viên thoát nghèo.\n")
    assert [f.location for f in _figures(text)] == ["Đại Lộc"] * 2
    # (its executive committee, `BCH`, heads the letter the same way)
    text = ("HỘI LHPN TỈNH ĐỒNG THÁP\nBCH HỘI LHPN HUYỆN THÁP MƯỜI\nSố: 47/BC-HPN\nTháp Mười, ngày 28 tháng 6 năm 2024\n\n"
            "BÁO CÁO\nKết quả ủy thác cho vay\n\nHội quản lý 68 tổ tiết kiệm và vay vốn với 2.914 hộ còn dư nợ.\n")
    assert [f.location for f in _figures(text)] == ["Tháp Mười"] * 2


def test_a_province_with_a_hyphen_in_a_banner_is_named_whole() -> None:
    body = "\n\nSản xuất khí tăng trưởng\n\nNăm 2024, sản lượng khí đạt 5,2 tỷ m3. Toàn tỉnh có 12 nhà máy.\n"
    for banner in ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÀ RỊA - VŨNG TÀU", "UBND TỈNH BÀ RỊA-VŨNG TÀU"):
        assert {f.location for f in _figures(banner + body)} == {"Bà Rịa - Vũng Tàu"}
    assert {f.location for f in _figures("CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ PHÚ MỸ - TỈNH BÀ RỊA - VŨNG TÀU" + body)} == \
        {"Phú Mỹ"}


def test_the_district_a_paragraph_says_its_subject_lies_in_places_the_figures_after() -> None:
    text = ("Nơi con chữ bám bản\n\nĐIỆN BIÊN - Trường PTDTBT THCS Sín Thầu nằm ở xã biên giới Sín Thầu của huyện Mường "
            "Nhé. Năm học này, trường có 420 học sinh, trong đó 380 em ở bán trú.\n")
    assert [f.location for f in _figures(text)] == ["Mường Nhé"] * 2
    # (a list of districts is no one place: `thuộc các huyện Phú Tân và U Minh`)
    text = ("Trồng rừng ngập mặn\n\nCÀ MAU - Năm 2024, tỉnh trồng 1.050 ha rừng; số còn lại thuộc các huyện Phú Tân và U "
            "Minh. Tỷ lệ cây sống đạt bình quân 82%.\n")
    assert _by_value(text)[82].location == "Cà Mau"


def test_bare_numbers_of_named_items_after_a_lead_so_noun_count_that_noun() -> None:
    found = _by_value("Số trạm BTS của các doanh nghiệp lần lượt là: Viettel 1.250, VNPT 980, MobiFone 640.")
    assert [(found[v].unit, found[v].kind) for v in (1250, 980, 640)] == [("trạm BTS", "count")] * 3
    found = _by_value("Số xã đạt chuẩn nông thôn mới năm 2024: Phú Ninh 10, Thăng Bình 12.")
    assert found[12].unit == "xã" and found[12].location == "Thăng Bình"


def test_a_share_of_gdp_is_not_dated_by_the_year_of_the_gdp() -> None:
    (figure,) = _figures("Đến cuối tháng 7/2024, vốn hóa thị trường đạt 7,1 triệu tỷ đồng, tương đương 68% GDP năm 2023.")
    assert figure.percent == 68 and str(figure.period.end) == "2024-07-31"


def test_an_aim_in_a_purpose_clause_does_not_make_what_is_needed_a_target_over_an_earlier_cue() -> None:
    found = _by_value("Theo ước tính của Ngân hàng Thế giới, để đạt mục tiêu đến năm 2030, Việt Nam cần huy động khoảng "
                      "14-15 tỷ USD cho điện gió ngoài khơi.")
    assert found[14e9].status == "estimate"
    # (with no cue before it, what is needed to reach the aim is part of the plan)
    found = _by_value("Để hoàn thành chỉ tiêu năm 2023, trong quý IV/2023 toàn tỉnh cần phát triển thêm khoảng 5.600 người "
                      "tham gia BHYT.")
    assert found[5600].status == "target"


def test_parts_named_without_their_classifier_are_parts_of_the_whole() -> None:
    found = _by_value("Tuyến dài 19,7 km với 14 nhà ga, trong đó 3 ga ngầm và 11 ga trên cao.")
    assert found[14].unit == "nhà ga" and found[3].total == 14 and found[11].total == 14
    found = _by_value("Lượng khách còn 35.000-40.000 lượt/ngày vào ngày thường và tăng lên trên 60.000 lượt vào cuối tuần.")
    assert found[35000].change is None and found[60000].approx == "over"


def test_provinces_listed_after_a_level_named_cap_xa_are_provinces() -> None:
    found = _by_value("Các địa phương giảm nhiều đơn vị cấp xã nhất là Thanh Hóa (57 xã), Hà Nội (64 xã), Hải Dương (45 xã).")
    assert [found[v].location for v in (57, 64, 45)] == ["Thanh Hóa", "Hà Nội", "Hải Dương"]


def test_the_year_of_the_base_a_share_is_of_gives_no_year_to_later_periods() -> None:
    text = ("Quảng Bình tinh giản biên chế\n\nNgày đăng: 18/7/2024\n\nLũy kế giai đoạn 2021-2024, tỉnh đã tinh giản 1.106 "
            "biên chế, bằng 10,4% số biên chế giao năm 2021.\n\nVề tuyển dụng, 6 tháng đầu năm, các sở đã tuyển dụng 312 "
            "viên chức.\n")
    assert str(_by_value(text)[312].period.start) == "2024-01-01"


def test_a_table_row_named_by_a_districts_body_is_the_districts_and_keeps_the_bodys_kind() -> None:
    text = ("Kết quả giải quyết án hình sự 9 tháng năm 2024 tỉnh Quảng Ngãi\n\nĐơn vị tính: vụ\n"
            "Đơn vị | Thụ lý | Đã giải quyết\nTAND huyện Sơn Hà | 45 | 41\nTAND huyện Ba Tơ | 38 | 35\n"
            "Sở Tư pháp tỉnh | 12 | 10\n")
    found = _by_value(text)
    assert (found[38].location, found[38].subject) == ("Ba Tơ", "TAND thụ lý")
    # (a provincial body's row beside them stays the province's)
    assert found[12].location == "Quảng Ngãi"


def test_a_unit_with_a_flat_power_in_a_header_bracket_and_a_posting_date_above_a_table() -> None:
    text = ("Sản lượng nước tiêu thụ năm 2024\n\nNgày đăng: 20/1/2025\n\n"
            "Công ty | Sản lượng (nghìn m3) | Doanh thu (tỷ đồng)\nCông ty Phú Thọ | 25.400 | 210,5\n"
            "Công ty Việt Trì | 12.800 | 105,2\n")
    found = _by_value(text)
    assert (found[25_400_000].unit, found[25_400_000].kind) == ("m3", "measure")
    # (the page's posting date is no caption: the cells are of the year the headline names)
    assert str(found[25_400_000].period.start) == "2024-01-01"


def test_places_listed_before_lan_luot_leave_the_indicator_named_before_them() -> None:
    found = _by_value("Số lao động ngành dệt may tại Bình Dương, Đồng Nai và Long An lần lượt là 320.000, 280.000 và "
                      "150.000 người.")
    assert [(found[v].subject, found[v].location) for v in (320000, 150000)] == \
        [("lao động ngành dệt may", "Bình Dương"), ("lao động ngành dệt may", "Long An")]


def test_a_provinces_decision_applied_by_a_district_does_not_make_the_sentence_the_provinces() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PA\n\nHỗ trợ tiền điện cho hộ nghèo\n\n"
            "Năm 2024 huyện đã hỗ trợ tiền điện cho 3.250 hộ nghèo. Theo Quyết định của UBND tỉnh, mỗi hộ được hỗ trợ "
            "30 kWh/tháng.\n")
    assert [f.location for f in _figures(text)] == ["Krông Pa"] * 2


def test_a_lunar_date_gives_no_month_of_the_calendar() -> None:
    text = ("Ngày đăng: 16/2/2024\n\nTrong 7 ngày nghỉ Tết (từ ngày 8/2 đến 14/2/2024, tức từ 29 tháng Chạp đến mùng 5 "
            "tháng Giêng), tỉnh đón 325.000 lượt khách.\n")
    (figure,) = _figures(text)
    assert (str(figure.period.start), str(figure.period.end)) == ("2024-02-08", "2024-02-14")
    # (`tháng Giêng` alone in a year is still read as January)
    (figure,) = _figures("Năm 2024, tháng Giêng tỉnh đón 120.000 lượt khách.")
    assert str(figure.period.start) == "2024-01-01"


def test_a_portal_written_in_title_case_and_a_tables_date_cells_are_read_as_they_are() -> None:
    text = ("Cổng Thông tin điện tử tỉnh Quảng Bình\nTín dụng chính sách xã hội 9 tháng năm 2024\n\n"
            "(QBP) - Chiều 7/10, Ban đại diện Ngân hàng Chính sách xã hội tỉnh tổ chức phiên họp. Tổng dư nợ đạt 5.874 tỷ "
            "đồng.\n")
    assert [f.location for f in _figures(text)] == ["Quảng Bình"]
    # (dates alone on their lines as a table's header cells are no dateline; the bare date under the byline is)
    text = ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI - CHI NHÁNH TỈNH HÀ TĨNH\n\nNguồn vốn ủy thác tăng mạnh\n\n"
            "Nguồn vốn ủy thác của một số huyện (đơn vị tính: tỷ đồng):\nĐơn vị\n31/12/2023\n30/9/2024\nKỳ Anh\n21,4\n27,9\n"
            "Hương Sơn\n18,7\n23,2\n\nTừ đầu năm đến nay, chi nhánh đã cho vay 2.186 lượt khách hàng.\n\nMinh Châu\n"
            "21/10/2024\n")
    doc = extract(text)
    assert doc.published == "2024-10-21"
    assert str(_by_value(text)[2186].period.start) == "2024-01-01"
