"""Rules from the probe sets 1027-1038 (the last stop's sealed measure, opened at the seventy-fourth stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_national_meeting_held_in_a_city_leaves_its_figures_national() -> None:
    text = ("Phát triển nghề nuôi cá tra bền vững\n\n"
            "Tại Hội nghị tổng kết ngành cá tra tổ chức ngày 12/3 ở TP Long Xuyên, Cục Thủy sản cho biết năm 2023 "
            "diện tích nuôi cá tra cả nước đạt 5.700 ha.\n\n"
            "Kim ngạch xuất khẩu cá tra năm 2023 đạt 1,8 tỷ USD. Mục tiêu đến năm 2030, sản lượng đạt 2 triệu tấn.\n")
    found = _by_value(text, published="2024-03-13")
    assert found[5_700].location == "Việt Nam"
    assert found[1_800_000_000].location == "Việt Nam" and found[2_000_000].location == "Việt Nam"
    # (a city the story is about, said without an event held there, is its place)
    text = text.replace("Tại Hội nghị tổng kết ngành cá tra tổ chức ngày 12/3 ở TP Long Xuyên, Cục Thủy sản cho biết "
                        "năm 2023 diện tích nuôi cá tra cả nước", "Năm 2023, diện tích nuôi cá tra ở TP Long Xuyên")
    assert _by_value(text, published="2024-03-13")[1_800_000_000].location == "Long Xuyên"


def test_a_page_view_counter_names_nothing_a_list_counts() -> None:
    text = ("Trang chủ > Tin tức\n\nQuảng Nam: khỉ phá hoại hoa màu\n\nCập nhật: 02/08/2024 10:15 | Lượt xem: 1.845\n\n"
            "6 tháng đầu năm 2024, đàn khỉ đã xuống phá nương rẫy 94 lượt. Trong số này, nhiều nhất là huyện Nam Trà "
            "My (61 lượt), tiếp đến là Bắc Trà My (33 lượt).\n")
    found = _by_value(text, published="2024-08-02")
    assert found[61].subject and "xem" not in found[61].subject.lower()
    assert "phá nương rẫy" in found[61].subject and "phá nương rẫy" in found[33].subject


def test_a_commune_placed_before_places_the_paragraph_that_names_it_again() -> None:
    text = ("Voi rừng phá rẫy ở Gia Lai\n\n"
            "Đàn voi rừng quanh quẩn suốt tuần qua ở xã Ia Kriêng, huyện Đức Cơ, phá nhiều cây trồng.\n\n"
            "Từ đầu tháng 5 đến nay, đàn voi nhiều lần ra rẫy của người dân làng Mook, xã Ia Kriêng. Theo UBND xã, "
            "voi đã phá khoảng 7 ha cà phê của 21 hộ.\n\n"
            "Theo Chi cục Kiểm lâm Gia Lai, năm 2023 toàn tỉnh xảy ra 14 vụ voi phá hoại tài sản.\n")
    found = _by_value(text, published="2024-05-20")
    assert found[7].location == "Đức Cơ" and found[21].location == "Đức Cơ"
    assert found[14].location == "Gia Lai"
    # (a commune the text never placed in a district leaves the paragraph the article's)
    text = text.replace("ở xã Ia Kriêng, huyện Đức Cơ,", "ở tỉnh Gia Lai,")
    assert _by_value(text, published="2024-05-20")[7].location == "Gia Lai"


def test_a_table_that_counts_sites_in_one_column_counts_them_in_all() -> None:
    text = ("Tính đến 31/12/2024, toàn tỉnh có 41 điểm BĐVHX. Số điểm theo từng huyện như sau:\n\n"
            "Đơn vị tính: điểm\nHuyện\nSố điểm BĐVHX\nCó máy tính kết nối internet\n"
            "Bảo Lâm\n12\n10\nBảo Lạc\n15\n13\nHà Quảng\n14\n11\n")
    found = _by_value(text)
    assert found[12].kind == "count" and found[10].kind == "count" and found[13].kind == "count"
    # (a table of scores stays one of scores)
    text = ("Kết quả thi tốt nghiệp năm 2024:\n\nĐơn vị tính: điểm\nMôn\nĐiểm trung bình\nĐiểm cao nhất\n"
            "Toán\n6,45\n9,8\nNgữ văn\n7,12\n9,5\n")
    assert _by_value(text)[6.45].kind == "measure"


def test_thue_gia_tri_gia_tang_is_a_taxs_name_no_rise() -> None:
    text = ("Cục Thuế tỉnh Long An đẩy nhanh hoàn thuế\n\n"
            "Năm 2024, thu thuế giá trị gia tăng đạt 4.150 tỷ đồng. Cục Thuế đã ban hành 318 quyết định hoàn thuế giá "
            "trị gia tăng với tổng số tiền 2.760 tỷ đồng.\n")
    found = _by_value(text, published="2025-01-10")
    assert found[4_150_000_000_000].subject == "thu thuế giá trị gia tăng"
    assert found[4_150_000_000_000].change is None
    assert "giá trị gia" != found[2_760_000_000_000].subject and "tổng số tiền" in found[2_760_000_000_000].subject
    # (a sector's value added is an indicator of its own: `giá trị gia tăng ngành công nghiệp`)
    text = "Năm 2024, giá trị gia tăng ngành công nghiệp chế biến đạt 12.400 tỷ đồng.\n"
    assert _by_value(text)[12_400_000_000_000].subject.startswith("giá trị gia tăng ngành công nghiệp")


def test_chuyen_giao_and_giao_dich_columns_say_no_plan() -> None:
    text = ("Kết quả cứu hộ động vật hoang dã năm 2024:\n\n"
            "Loài | Tiếp nhận | Thả về tự nhiên | Chuyển giao cơ sở cứu hộ\n"
            "Tê tê | 42 | 30 | 8\nCu li | 25 | 17 | 5\n")
    found = _by_value(text)
    assert found[8].status == "actual" and found[5].status == "actual"
    text = ("Số việc công chứng năm 2024:\n\nĐơn vị tính: việc\n"
            "Tổ chức | Hợp đồng chuyển nhượng | Giao dịch khác\nVăn phòng A | 1.250 | 430\nVăn phòng B | 980 | 315\n")
    assert _by_value(text)[430].status == "actual"
    # (what a body assigns is a target: `Tỉnh giao`)
    text = text.replace("Giao dịch khác", "Tỉnh giao")
    assert _by_value(text)[430].status == "target"


def test_a_unit_line_that_names_each_columns_unit_without_a_sign() -> None:
    text = ("Kết quả vận hành các nhà máy điện gió:\n\n"
            "Đơn vị tính: công suất MW; sản lượng triệu kWh\n"
            "Địa bàn | Số nhà máy | Công suất vận hành | Sản lượng năm 2024\n"
            "Huyện Hướng Hóa | 11 | 453 | 1.210\nHuyện Đakrông | 2 | 96 | 245\n")
    found = _by_value(text)
    assert found[453].kind == "measure" and found[453].unit == "MW"
    assert found[1_210_000_000].unit == "kWh"
    assert found[11].kind == "count"
    # (two units alone are the columns' by order, the way they always were)
    text = ("Kết quả du lịch năm 2024:\n\nĐơn vị tính: lượt khách; triệu đồng\nĐịa bàn | Lượt khách | Doanh thu\n"
            "Huyện Hướng Hóa | 12.400 | 1.210\nHuyện Đakrông | 5.300 | 245\n")
    found = _by_value(text)
    assert found[12_400].unit == "lượt khách" and found[1_210_000_000].unit == "đồng"


def test_the_one_province_a_lead_names_in_its_own_bodys_name_is_the_articles() -> None:
    text = ("Thả động vật hoang dã về rừng Pù Mát\n\n"
            "Sáng 12/6, Vườn quốc gia Pù Mát phối hợp với Chi cục Kiểm lâm tỉnh Nghệ An thả 31 cá thể động vật hoang dã "
            "về vùng lõi của Vườn.\n\n"
            "6 tháng đầu năm 2024, đơn vị đã tiếp nhận 58 cá thể thuộc 14 loài.\n")
    found = _by_value(text, published="2024-06-13")
    assert found[31].location == "Nghệ An" and found[58].location == "Nghệ An"
    # (a province named only at the end, as a body's, says nothing of where the lead's figures are)
    text = ("Thả động vật hoang dã về rừng\n\n"
            "Sáng 12/6, Vườn quốc gia thả 31 cá thể động vật hoang dã về vùng lõi của Vườn.\n\n"
            "6 tháng đầu năm 2024, đơn vị đã tiếp nhận 58 cá thể thuộc 14 loài, phần lớn do Chi cục Kiểm lâm tỉnh Nghệ An "
            "chuyển giao.\n")
    assert _by_value(text, published="2024-06-13")[31].location is None


def test_the_one_district_a_lead_names_by_its_level_word_is_the_articles() -> None:
    text = ("Khai thác yến đảo Cù Lao Chàm đạt hơn 1 tấn\n\n"
            "Ngày 20/4, công ty cho biết đợt khai thác yến tại quần đảo Cù Lao Chàm (xã Tân Hiệp, TP.Hội An) vừa kết "
            "thúc với sản lượng 1.083 kg.\n\n"
            "Năm 2023, doanh thu của công ty đạt 68,4 tỷ đồng.\n\n"
            "Toàn tỉnh hiện có trên 400 nhà yến, tập trung ở các huyện Núi Thành, Thăng Bình, Duy Xuyên.\n")
    found = _by_value(text, published="2024-04-23")
    assert found[1_083].location == "Hội An" and found[68_400_000_000].location == "Hội An"
    assert found[400].location == "Quảng Nam"


def test_a_bare_count_of_acts_right_after_thuc_hien_counts_the_acts_done() -> None:
    found = _by_value("Năm 2024, Bệnh viện Đa khoa tỉnh đã thực hiện 142 ca.\n")
    assert found[142].subject == "ca thực hiện"
    # (what is counted, said after the unit, is what it counts; so is a count after `tại`)
    assert _by_value("Năm 2024, bệnh viện đã thực hiện 142 ca ghép thận.\n")[142].subject != "ca thực hiện"
    assert _by_value("Năm 2024, trung tâm thực hiện quan trắc tại 18 điểm.\n")[18].subject != "điểm thực hiện"


def test_a_bare_huyen_doing_a_work_is_the_district_named_last() -> None:
    text = ("Ngư dân Quảng Ngãi trúng mùa mực\n\n"
            "(QNg) - Năm 2023, đội tàu của xã Bình Châu (huyện Bình Sơn) khai thác được 9.200 tấn mực.\n\n"
            "Năm 2024, huyện Bình Sơn đặt mục tiêu sản lượng đạt 10.000 tấn. Dự kiến trong quý I/2024, huyện khởi công "
            "nạo vét luồng vào cảng cá với kinh phí 45 tỷ đồng.\n")
    assert _by_value(text, published="2023-12-05")[45_000_000_000].location == "Bình Sơn"
    # (not a district of the region a body serves: `Chi cục Thuế khu vực Yên Phong - Quế Võ`)
    text = ("Yên Phong thu ngân sách đạt khá\n\n"
            "Theo Chi cục Thuế khu vực Yên Phong - Quế Võ, 9 tháng năm 2023, thu ngân sách trên địa bàn huyện Yên Phong "
            "đạt 1.356 tỷ đồng.\n\nTừ đầu năm đến nay, huyện tổ chức 6 phiên đấu giá với 214 lô đất.\n")
    assert _by_value(text, published="2023-10-05")[214].location == "Yên Phong"


def test_the_year_a_thing_was_built_before_is_no_period() -> None:
    found = _by_value("Tính đến ngày 30/9/2024, toàn tỉnh có 64 nhà chung cư cũ xây dựng trước năm 1994 với 3.152 căn "
                      "hộ.\n", published="2024-10-10")
    assert found[64].period is not None and found[64].period.end.isoformat() == "2024-09-30"
    assert found[3_152].period is not None and found[3_152].period.end.isoformat() == "2024-09-30"


def test_a_direction_before_a_provinces_name_names_part_of_that_province() -> None:
    text = ("Thu phí trên Quốc lộ 1\n\n"
            "Năm 2024, các trạm thu phí trên tuyến thu được 612 tỷ đồng, trong đó trạm Bắc Bình Định chiếm 43,5%.\n")
    assert _by_value(text, published="2025-01-10")[43.5].location == "Bình Định"
    # (the district whose name the two words spell, said by its level word, is itself)
    assert _by_value("Năm 2024, huyện Bắc Bình có 1.250 hộ nghèo.\n")[1_250].location == "Bắc Bình"


def test_a_provincial_article_naming_its_places_only_in_sites_and_addresses_is_their_provinces() -> None:
    text = ("Doanh nghiệp lắp điện mặt trời mái nhà\n\n"
            "Nhiều doanh nghiệp trong các khu công nghiệp của tỉnh đã đầu tư điện mặt trời mái nhà.\n\n"
            "Tại KCN Yên Phong II, một công ty vừa vận hành hệ thống 3,2 MWp.\n\n"
            "Doanh nghiệp được hướng dẫn tại số 4 đường Lý Thái Tổ, TP Bắc Ninh.\n")
    assert _by_value(text, published="2024-11-10")[3.2].location == "Bắc Ninh"
    # (a letter that names no place at all makes no guess)
    text = ("Doanh nghiệp lắp điện mặt trời mái nhà\n\n"
            "Nhiều doanh nghiệp trong các khu công nghiệp của tỉnh đã đầu tư điện mặt trời mái nhà. Một công ty vừa "
            "vận hành hệ thống 3,2 MWp.\n")
    assert _by_value(text, published="2024-11-10")[3.2].location is None
