"""Rules from the probe sets 889-900 (the last stop's sealed measure, opened at the seventy-first stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_the_one_district_a_headline_names_bare_is_the_article_s_place() -> None:
    text = ("Cam Đường Tân Kỳ vào mùa, nông dân phấn khởi\n\n"
            "Những năm qua, cây cam đã giúp nhiều hộ dân vùng đồi Tân Kỳ vươn lên khá giả.\n\n"
            "Theo Phòng Nông nghiệp huyện Tân Kỳ, toàn huyện có 620 ha cam, sản lượng năm 2024 đạt 9.300 tấn.\n\n"
            "Tại xã Nghĩa Bình, vườn cam của anh Lê Văn Hùng rộng 4 ha, mỗi năm cho thu khoảng 80 tấn quả.\n")
    found = _by_value(text)
    assert found[80].location == "Tân Kỳ" and found[4].location == "Tân Kỳ" and found[620].location == "Tân Kỳ"
    # (a district named only where the headline and lead do not name it is no article's place of its own)
    text = ("Cam vào mùa, nông dân phấn khởi\n\n"
            "Những năm qua, cây cam đã giúp nhiều hộ dân vùng đồi vươn lên khá giả.\n\n"
            "Theo Phòng Nông nghiệp huyện Tân Kỳ, toàn huyện có 620 ha cam.\n\n"
            "Tại xã Nghĩa Bình, vườn cam của anh Lê Văn Hùng rộng 4 ha, mỗi năm cho thu khoảng 80 tấn quả.\n")
    assert _by_value(text)[80].location != "Tân Kỳ"


def test_the_place_of_a_partner_firm_or_trader_is_not_the_figures() -> None:
    text = ("Tổ may của chị Hà ở xã Quỳnh Lương, huyện Quỳnh Lưu nhận may đồng phục cho một công ty ở thành phố Vinh. "
            "Mỗi tháng tổ hoàn thành 6.000 sản phẩm với đơn giá 4.000 đồng/sản phẩm.")
    found = _by_value(text)
    assert found[6000].location == "Quỳnh Lưu" and found[4000].location == "Quỳnh Lưu"
    text = ("Tại xã Tam Phước (huyện Phú Ninh), thương lái từ Đà Nẵng, Quảng Ngãi vào tận ruộng thu mua. "
            "Ông Sáu cho biết gia đình trồng 2 ha dưa, lãi hơn 100 triệu đồng.")
    found = _by_value(text)
    assert found[2].location == "Phú Ninh" and found[100_000_000].location == "Phú Ninh"


def test_a_park_named_after_a_district_the_article_names_nowhere_else_places_nothing() -> None:
    text = ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG\n\n"
            "Kết quả tuần tra bảo vệ rừng tại Vườn quốc gia U Minh Thượng\n\n"
            "Năm 2024, lực lượng kiểm lâm tổ chức 412 lượt tuần tra tại Vườn quốc gia U Minh Thượng, phát hiện 37 vụ vi "
            "phạm.\n")
    found = _by_value(text)
    assert found[412].location == "Kiên Giang" and found[37].location == "Kiên Giang"
    # (the district named by itself too is what the article is about)
    text = ("Rùa biển về Côn Đảo đẻ trứng\n\n"
            "Năm 2024, Vườn quốc gia Côn Đảo ghi nhận 1.236 lượt rùa mẹ lên bãi đẻ tại Côn Đảo, tăng 8% so với năm 2023.\n")
    assert _by_value(text)[1236].location == "Côn Đảo"


def test_a_bare_city_after_a_comma_is_the_city_the_article_is_about() -> None:
    text = ("Mứt Đà Lạt vào mùa Tết\n\n"
            "Thành phố Đà Lạt hiện có 86 cơ sở sản xuất mứt, mỗi năm cung ứng khoảng 2.000 tấn.\n\n"
            "Mứt được phân phối đi TP. Hồ Chí Minh, Hà Nội và các tỉnh miền Trung. Năm 2024, thành phố phấn đấu có thêm "
            "3 sản phẩm mứt đạt OCOP.\n")
    assert _by_value(text)[3].location == "Đà Lạt"


def test_a_bare_city_in_an_article_on_an_urban_district_is_the_city_it_lies_in() -> None:
    text = ("Nhà trọ công nhân ở Sơn Trà vắng khách\n\n"
            "Nhiều dãy trọ quanh cảng cá Thọ Quang (quận Sơn Trà) treo biển cho thuê, tỷ lệ phòng trống khoảng 30%.\n\n"
            "Để giảm chi phí cho công nhân, thành phố đã đưa vào sử dụng 4 khu chung cư với 1.520 căn hộ.\n")
    found = _by_value(text)
    assert found[1520].location == "Đà Nẵng" and found[30].location == "Sơn Trà"
    # (what the sentence places in the district itself stays the district's)
    text = ("Xe buýt ở Đông Anh\n\n"
            "Huyện Đông Anh hiện có 12 tuyến xe buýt đi qua.\n\n"
            "Năm 2024, thành phố dự kiến cải tạo 45 điểm dừng trên địa bàn huyện.\n")
    assert _by_value(text)[45].location == "Đông Anh"


def test_a_list_after_the_place_with_the_most_counts_what_it_has_most_of() -> None:
    found = _by_value("Năm 2024, quận Ba Đình có nhiều điểm wifi miễn phí nhất (214), tiếp đến là quận Hoàn Kiếm (187) và "
                      "quận Đống Đa (150).")
    assert found[214].unit == found[187].unit == found[150].unit == "điểm"
    assert found[187].location == "Hoàn Kiếm"


def test_the_city_where_a_body_with_a_listing_name_met_is_no_place_of_the_article() -> None:
    text = ("BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ\n\n"
            "Hơn 6 nghìn phạm nhân được tha tù trước thời hạn\n\n"
            "Ngày 8/1, tại Hà Nội, Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dục (C10) tổ "
            "chức hội nghị tổng kết công tác năm 2023.\n\n"
            "Theo báo cáo, năm 2023, các trại giam đã đề nghị 6.482 trường hợp tha tù trước thời hạn.\n")
    assert _by_value(text)[6482].location == "Việt Nam"


def test_now_opening_a_sentence_is_no_part_of_what_is_counted() -> None:
    found = _by_value("Hiện công ty có 412 đại lý trong tỉnh.")
    assert "Hiện" not in found[412].subject
    found = _by_value("Hiện trạng sử dụng đất có 1.250 ha rừng.")
    assert found[1250] is not None


def test_a_story_of_one_farm_goes_on_where_the_farm_is() -> None:
    text = ("Nông dân Hải Dương lãi lớn nhờ nuôi cá trắm giòn\n\n"
            "Trang trại của ông Lê Văn Tám ở xã Hưng Đạo, huyện Tứ Kỳ, rộng 4 ha, hiện có 6 ao nuôi cá trắm giòn.\n\n"
            "Ông thả cá với mật độ 1 con/m2. Mỗi năm trang trại xuất bán khoảng 60 tấn cá, giá 110.000 đồng/kg.\n\n"
            "\"Nuôi cá giòn phải kiên trì\", ông Tám nói. Trang trại tạo việc làm cho 7 lao động.\n\n"
            "Theo ông Trần Văn Ba, Phó Giám đốc Sở Nông nghiệp, toàn tỉnh Hải Dương có 320 ha nuôi cá trắm giòn.\n")
    found = _by_value(text)
    assert found[6].location == "Tứ Kỳ" and found[60].location == "Tứ Kỳ" and found[7].location == "Tứ Kỳ"
    assert found[320].location == "Hải Dương"


def test_a_unit_line_of_area_and_weight_goes_to_the_columns_that_name_them() -> None:
    text = ("Kết quả sản xuất thanh long 9 tháng năm 2024 như sau:\n\n"
            "Đơn vị tính: ha, tấn\n"
            "Địa phương | Diện tích | Sản lượng 9 tháng | Diện tích đạt VietGAP\n"
            "Hàm Thuận Nam | 820 | 14.300 | 210\n"
            "Hàm Thuận Bắc | 640 | 11.050 | 150\n"
            "Tổng cộng | 1.460 | 25.350 | 360\n")
    found = _by_value(text)
    assert found[820].unit == "ha" and found[14300].unit == "tấn" and found[210].unit == "ha"
    assert found[25350].kind == "measure"


def test_sites_counted_by_diem_are_counts_not_scores() -> None:
    assert _by_value("Hè năm nay, huyện thành lập 164 điểm sinh hoạt hè tại các thôn.")[164].kind == "count"
    text = ("Kết quả sinh hoạt hè năm 2024 theo địa phương:\n\n"
            "Đơn vị tính: điểm, lớp, lượt thiếu nhi\n"
            "Địa phương | Điểm sinh hoạt hè | Lớp dạy bơi | Lượt thiếu nhi tham gia\n"
            "Huyện Vĩnh Linh | 168 | 22 | 28.900\n"
            "Huyện Gio Linh | 152 | 18 | 25.600\n")
    found = _by_value(text)
    assert found[168].kind == "count" and found[152].kind == "count"


def test_a_breakdown_by_who_runs_them_counts_the_whole_s_things() -> None:
    found = _by_value("Toàn tỉnh có 12 cơ sở giáo dục mầm non mới thành lập trong năm (4 công lập, 8 ngoài công lập).")
    assert found[4].unit == found[8].unit == found[12].unit and found[8].total == 12
    # (a noun of its own in the bracket is the item's unit)
    found = _by_value("Trường có 69 giảng viên (64 thạc sĩ, 5 tiến sĩ).")
    assert found[64].unit == "thạc sĩ"


def test_the_country_s_market_named_by_what_it_deals_in_is_the_country() -> None:
    text = ("Cơ sở giặt là TP HCM mở rộng quy mô\n\n"
            "Các cơ sở giặt là ở TP HCM tăng công suất thêm 20% trong năm 2024.\n\n"
            "Theo một công ty nghiên cứu, quy mô thị trường dịch vụ giặt là Việt Nam năm 2024 khoảng 130.000 tỷ đồng.\n")
    found = _by_value(text)
    assert found[130_000_000_000_000].location == "Việt Nam" and found[20].location == "TP. Hồ Chí Minh"


def test_communes_listed_after_their_district_are_in_it() -> None:
    text = ("Nông dân cao nguyên đá Hà Giang được mùa tỏi\n\n"
            "Tại huyện Mèo Vạc, năm nay bà con trồng 180 ha tỏi, tập trung ở các xã Pả Vi, Giàng Chu Phìn dọc tỉnh lộ.\n\n"
            "Ông Lử, Chủ tịch UBND xã Pả Vi, cho biết toàn xã có 210 hộ trồng tỏi.\n")
    assert _by_value(text)[210].location == "Mèo Vạc"
