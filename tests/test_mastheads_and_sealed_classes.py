"""Rules from the probe sets 241-252 (opened at the fifty-third stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _figures(text: str):
    return extract(text).figures


def _by_value(text: str):
    return {f.value: f for f in _figures(text)}


_LEAD = ("\nXã hội | Lao động\n\nThưởng Tết cho công nhân\n\nTheo báo cáo của Liên đoàn Lao động tỉnh, năm 2024 có 412 "
         "doanh nghiệp với khoảng 98.500 lao động.\n")


def test_a_provincial_papers_masthead_in_capitals_names_its_province() -> None:
    assert {f.location for f in _figures("BÁO THÁI BÌNH ĐIỆN TỬ" + _LEAD)} == {"Thái Bình"}
    assert {f.location for f in _figures("BÁO NGHỆ AN" + _LEAD)} == {"Nghệ An"}
    # (its tag at the head of the lead does too)
    assert {f.location for f in _figures(_LEAD.replace("Theo báo cáo", "(TBO) - Theo báo cáo"))} == {"Thái Bình"}
    # (`BÁO CÁO` heads a report, it names no paper)
    assert {f.location for f in _figures("BÁO CÁO HÀ NAM" + _LEAD)} == {None}


def test_a_ratio_column_names_a_place_rows_cells_in_its_own_words() -> None:
    text = ("Kết quả xây dựng cơ sở dữ liệu đất đai\n\nĐến 30/9/2024, toàn tỉnh đã cập nhật hồ sơ như sau:\n\n"
            "Bảng 1. Kết quả cập nhật hồ sơ địa chính theo huyện\nĐơn vị | Số thửa đã cập nhật | Tỷ lệ (%)\n"
            "Huyện Ba Tơ | 12.450 | 85,2\nHuyện Sơn Hà | 9.870 | 78,4\n")
    found = _by_value(text)
    assert (found[85.2].subject.lower(), found[85.2].location) == ("tỷ lệ", "Ba Tơ")
    assert found[12450].subject.lower() == "số thửa đã cập nhật"
    # (a column named by a year alone still takes what the caption names)
    text = ("Bảng 2. Diện tích lúa theo huyện\nĐơn vị tính: ha\nHuyện | Năm 2023 | Năm 2024\n"
            "Huyện Ba Tơ | 1.250 | 1.310\nHuyện Sơn Hà | 980 | 1.020\n")
    assert _by_value(text)[1310].subject.lower() == "diện tích lúa năm 2024"


def test_double_digit_growth_is_no_count() -> None:
    assert [f.value for f in _figures("Năm 2024, ngành đường sắt đạt mức tăng trưởng hai con số, doanh thu đạt 5.200 "
                                      "tỷ đồng.")] == [5.2e12]
    assert [f.value for f in _figures("Xuất khẩu tôm kỳ vọng tăng trưởng 2 con số trong năm 2025.")] == []


def test_the_peak_months_of_a_campaign_are_not_the_first_months_of_the_year() -> None:
    found = _figures("Năm 2024, chiến dịch hè diễn ra sôi nổi. Trong 2 tháng cao điểm, toàn huyện có 1.200 lượt đoàn "
                     "viên tham gia.")
    # (the year said before, not January and February)
    assert [(f.period.text, f.period.start.isoformat(), f.period.end.isoformat()) for f in found] == \
        [("Năm 2024", "2024-01-01", "2024-12-31")]


def test_the_body_that_signs_an_article_on_its_last_line_places_it_when_nothing_before_does() -> None:
    body = ("Mía đường Kbang được mùa, được giá\n\nCập nhật: 15/03/2024\n\nNiên vụ 2023-2024, diện tích mía đạt 4.250 ha, "
            "năng suất bình quân đạt 65 tấn/ha.\n\nHuyện hỗ trợ 1,2 tỷ đồng cho các hộ trồng mía.\n\n")
    for signature in ("Cổng thông tin điện tử huyện Kbang", "Nguồn: Cổng TTĐT huyện Kbang",
                      "Văn Minh - Phòng NN&PTNT huyện Kbang"):
        assert {f.location for f in _figures(body + signature + "\n")} == {"Kbang"}, signature
    # (not when the article speaks of the whole country)
    text = ("Xuất khẩu gạo lập kỷ lục\n\nNăm 2024, cả nước xuất khẩu 9 triệu tấn gạo.\n\n"
            "Nguồn: Cổng TTĐT tỉnh An Giang\n")
    assert {f.location for f in _figures(text)} == {"Việt Nam"}


def test_a_loan_free_of_interest_is_no_interest_rate() -> None:
    for text in ("Công ty cho nông dân vay không lãi suất 15 tỷ đồng để mua phân bón.",
                 "Công ty ứng trước không lãi suất 15 tỷ đồng cho nông dân mua phân bón."):
        (figure,) = _figures(text)
        assert figure.subject != "lãi suất" and "không lãi suất" in figure.subject, figure.subject
    # (a rate is still one)
    assert _by_value("Lãi suất cho vay hộ nghèo là 6,6%/năm.")[6.6].subject.lower().startswith("lãi suất")


def test_bare_numbers_in_brackets_after_a_superlative_share_the_figure_before() -> None:
    found = _figures("Cả nước đã cấp 1.126.480 hộ chiếu, nhiều nhất là Hà Nội (125.300), TP Hồ Chí Minh (98.200) và "
                     "Nghệ An (41.600).")
    assert [(f.value, f.unit, f.location) for f in found] == [
        (1126480, "hộ chiếu", "Việt Nam"), (125300, "hộ chiếu", "Hà Nội"), (98200, "hộ chiếu", "TP. Hồ Chí Minh"),
        (41600, "hộ chiếu", "Nghệ An")]
    found = _by_value("Có 21 tỉnh có tỷ số trên 112 bé trai/100 bé gái, cao nhất là Bắc Ninh (119,7) và Sơn La (116,9).")
    assert (found[119.7].unit, found[119.7].location) == ("bé trai/100 bé gái", "Bắc Ninh")


def test_a_world_price_is_of_no_place_and_a_time_zone_names_none() -> None:
    text = ("Giá vàng hôm nay 12/12\n\nNgày đăng: 12/12/2024\n\nLúc 9h sáng nay (giờ Hà Nội), giá vàng thế giới giao ngay ở "
            "mức 2.712 USD/ounce.\n\nTại An Giang, giá vàng miếng niêm yết ở mức 86,5 triệu đồng/lượng.\n")
    found = _by_value(text)
    assert found[2712].location is None
    assert found[86.5e6].location == "An Giang"
    # (a difference between the home price and the world's is the home market's)
    found = _by_value("Tại An Giang, chênh lệch giá vàng trong nước so với giá thế giới lên tới 18 triệu đồng/lượng.")
    assert found[18e6].location == "An Giang"


def test_a_bay_named_after_a_city_is_no_place_of_its_figures() -> None:
    assert [f.location for f in _figures("Năm 2024, tàu du lịch trên vịnh Hạ Long đón 2,8 triệu lượt khách.")] == [None]


def test_a_headline_that_ranks_a_province_over_a_lead_about_the_country_is_national() -> None:
    text = ("Xuất khẩu thủy sản năm 2023: Cà Mau dẫn đầu, thị trường Mỹ giảm mạnh\n\n"
            "Theo số liệu của Tổng cục Hải quan, năm 2023, kim ngạch xuất khẩu thủy sản của cả nước đạt 9,01 tỷ USD.\n\n"
            "Xuất khẩu sang Nhật Bản đạt 1,51 tỷ USD.\n")
    assert {f.location for f in _figures(text)} == {"Việt Nam"}


def test_goods_a_mill_or_trader_handles_are_named_with_the_verb() -> None:
    assert _by_value("Các nhà máy đường trên địa bàn đã ép 1.482.600 tấn mía.")[1482600].subject == "mía ép"
    assert _by_value("Các doanh nghiệp đã thu mua 12.000 tấn cà phê.")[12000].subject == "cà phê thu mua"
    assert _by_value("Nhà máy sản xuất 25.600 tấn đường.")[25600].subject == "đường sản xuất"


def test_a_mass_organisations_letterhead_names_its_province_whatever_its_recipients_say() -> None:
    for banner in ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "LĐLĐ TỈNH BÌNH DƯƠNG"):
        text = (f"{banner}\nSố: 125/BC-LĐLĐ\n\nBÁO CÁO\nKết quả chăm lo Tết cho người lao động\n\n"
                "Năm 2025, các cấp công đoàn trao 25.000 suất quà với tổng trị giá 15 tỷ đồng.\n\n"
                "Nơi nhận:\n- Tổng LĐLĐ Việt Nam;\n- Lưu VP.\n")
        assert {f.location for f in _figures(text)} == {"Bình Dương"}, banner


def test_a_sites_owner_on_its_last_line_signs_it_unless_its_lead_speaks_of_the_country() -> None:
    body = ("Trang thông tin điện tử Sở Văn hóa, Thể thao và Du lịch\n\nChiếu phim phục vụ vùng sâu\n\n"
            "Năm 2024, đội chiếu phim lưu động tổ chức 320 buổi chiếu.\n\n"
            "Tại liên hoan toàn quốc, cả nước có 12 đội chiếu phim đạt giải.\n\n"
            "Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk\n")
    found = _by_value(body)
    assert (found[320].location, found[12].location) == ("Đắk Lắk", "Việt Nam")


def test_growth_rates_of_one_thing_in_each_of_its_measures() -> None:
    found = _by_value("Năm 2024, giao dịch thanh toán qua QR tăng 62,5% về số lượng và 43,6% về giá trị so với năm 2023.")
    assert (found[62.5].subject, found[43.6].subject) == (
        "giao dịch thanh toán qua QR về số lượng", "giao dịch thanh toán qua QR về giá trị")
    found = _by_value("Xuất khẩu gạo giảm 5% về lượng nhưng tăng 8% về trị giá.")
    assert (found[5].subject, found[8].subject) == ("Xuất khẩu gạo về lượng", "Xuất khẩu gạo về trị giá")


def test_people_are_no_part_of_a_count_of_events() -> None:
    found = _by_value("Toàn tỉnh xảy ra 45 vụ tai nạn giao thông, trong đó 12 người chết.")
    assert found[12].total is None
    # (people of people are, whatever word counts them)
    assert _by_value("Đơn vị có 412 cán bộ, trong đó 72 bác sĩ.")[72].total == 412


def test_a_lead_that_opens_with_a_list_of_provinces_names_no_one_province_the_article_is_about() -> None:
    text = ("Xuất khẩu tôm 9 tháng tăng mạnh\n\nNgày đăng: 10/10/2024\n\nNăm tỉnh Cà Mau, Sóc Trăng, Bạc Liêu, Kiên Giang và "
            "Bến Tre chiếm 65% kim ngạch xuất khẩu tôm 9 tháng năm 2024.\n\nMỹ là thị trường lớn nhất với 620 triệu USD. "
            "Dự báo cả năm đạt 4 tỷ USD.\n")
    found = _by_value(text)
    assert (found[620e6].location, found[4e9].location) == ("Việt Nam", "Việt Nam")
