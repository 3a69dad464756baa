"""Rules from the probe sets 1111-1140 (the last stop's sealed measure, opened at the seventy-sixth stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_level_compared_with_is_a_figure_of_its_own() -> None:
    text = "Năm 2024, khách lưu trú bình quân 2,8 ngày, thấp hơn mức 3,1 ngày của năm 2022.\n"
    found = _by_value(text)
    assert found[3.1].unit == "ngày" and found[3.1].kind == "measure"
    assert found[2.8].change is None


def test_how_long_a_licence_holds_is_measured() -> None:
    found = _by_value("Giấy phép khai thác nước khoáng có hiệu lực 5 năm, gia hạn không quá 2 lần.\n")
    assert found[5].unit == "năm" and found[5].kind == "measure"


def test_a_number_before_respectively_names_the_last_item() -> None:
    found = _by_value("Giá vé khu A và khu 3 lần lượt là 120.000 đồng/người và 150.000 đồng/người.\n")
    assert 3 not in found
    assert found[150_000].unit == "đồng/người"


def test_a_price_said_from_its_lower_end_is_a_floor() -> None:
    text = ("Giá thuê ca nô tham quan đảo từ 600.000 đồng/chuyến. Giá vé cáp treo giảm từ 350.000 đồng/người xuống "
            "300.000 đồng/người. Giá phòng homestay từ 400.000 đến 700.000 đồng/đêm.\n")
    found = _by_value(text)
    assert found[600_000].approx == "at_least"
    assert found[350_000].approx == "exact" and found[300_000].approx == "exact"
    assert found[400_000].approx == "exact" and found[400_000].value_max == 700_000


def test_a_figure_of_the_world_is_of_no_place() -> None:
    text = ("Bắc Giang: xuất khẩu vải thiều tăng mạnh\n\n"
            "Năm 2024, tỉnh Bắc Giang xuất khẩu 35.000 tấn vải thiều.\n\n"
            "Sản lượng vải toàn cầu ước khoảng 3,5 triệu tấn mỗi năm. Thế giới hiện tiêu thụ hơn 2 triệu tấn vải tươi.\n\n"
            "Theo Ngân hàng Thế giới, tỉnh nhận 20 triệu USD vốn vay cho vùng trồng vải.\n")
    found = _by_value(text)
    assert found[35_000].location == "Bắc Giang"
    assert found[3_500_000].location is None and found[2_000_000].location is None
    # (a body named for the world, and the home country in the sentence, leave the place as it was)
    assert found[20_000_000].location == "Bắc Giang"
    text = "Theo Ngân hàng Thế giới, Việt Nam có thể bán khoảng 57 triệu tín chỉ carbon toàn cầu mỗi năm.\n"
    assert _by_value(text)[57_000_000].location == "Việt Nam"


def test_a_number_word_after_invest_is_read_whole() -> None:
    # `tư` (four) stands only inside a longer number word: `đầu tư hai` invests two
    found = _by_value("Năm 2024, hợp tác xã đầu tư hai lò sấy và ba máy chẻ tre.\n")
    assert found[2].unit == "lò sấy" and found[3].unit == "máy"


def test_one_as_an_item_of_what_was_counted_before_it_is_a_count() -> None:
    text = "Trạm y tế có bốn xe cứu thương: ba xe ở trung tâm và một xe ở điểm trực.\n"
    found = _by_value(text)
    assert found[1].unit == "xe" and found[3].unit == "xe"
    text = "Vụ cháy làm 2 người tử vong, một người bị thương nặng.\n"
    assert _by_value(text)[1].unit == "người"
    # (`một` that only a later count follows, or that counts another noun, is `a`)
    text = "Theo bác sĩ, một người bệnh có thể lây cho 12-18 người khác.\n"
    assert 1 not in _by_value(text)
    text = "Bệnh viện tiếp nhận 76 công nhân của một công ty may.\n"
    assert 1 not in _by_value(text)


def test_one_more_is_a_count() -> None:
    found = _by_value("Năm 2025, khu kinh tế thu hút thêm một nhà đầu tư chiến lược.\n")
    assert found[1].unit == "nhà đầu tư"
    assert not _by_value("Nhà máy thêm một lần nữa phải dừng hoạt động.\n")


def test_a_paragraph_that_opens_with_the_kind_of_works_placed_before_goes_on_there() -> None:
    text = ("Nhà máy gạch kín đơn hàng\n\n"
            "Nhà máy gạch ở Hà Nam cần tuyển thêm 90 công nhân để kịp giao hàng.\n\n"
            "Tại Khu công nghiệp Đồng Văn, huyện Duy Tiên, xe chở đất ra vào nhà máy của Công ty cổ phần Hoàng Long liên "
            "tục. Năm 2024 công ty bán 45 triệu viên gạch.\n\n"
            "Nhà máy hiện có 280 công nhân, thu nhập bình quân 8 triệu đồng/người/tháng.\n\n"
            "Toàn tỉnh hiện có 12 nhà máy gạch không nung.\n")
    found = _by_value(text)
    assert found[45_000_000].location == "Duy Tiên"
    assert found[280].location == "Duy Tiên" and found[8_000_000].location == "Duy Tiên"
    assert found[12].location == "Hà Nam"
    # (a paragraph that names a works anew is not the one placed before)
    text = text.replace("Nhà máy hiện có 280", "Nhà máy Xi măng Bút Sơn hiện có 280")
    assert _by_value(text)[280].location == "Hà Nam"


def test_points_are_sites_in_an_article_that_counted_them_by_their_kind() -> None:
    text = ("Toàn tỉnh có 689 điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận.\n\n"
            "Năm 2023, các đoàn kiểm tra đã kiểm tra 214 điểm, phát hiện 37 điểm vi phạm.\n\n"
            "Đơn vị tính: điểm\n"
            "Địa phương | Được cấp phép | Vi phạm\n"
            "TP Hải Dương | 168 | 11\n"
            "TP Chí Linh | 74 | 5\n"
            "Tổng cộng | 242 | 16\n")
    found = _by_value(text)
    for value in (214, 37, 168, 74, 242):
        assert found[value].kind == "count", value
    # (scores stay scores where no site was counted)
    text = "Năm 2024, điểm trung bình môn Văn của tỉnh là 6 điểm, thấp hơn 1 điểm so với năm 2023.\n"
    assert _by_value(text)[6].kind == "measure"


def test_a_commune_numbered_after_its_name_opens_where_with_its_district() -> None:
    text = ("Sóc Trăng: làm đường giao thông nông thôn\n\n"
            "Năm 2024, tỉnh Sóc Trăng làm mới 320 km đường.\n\n"
            "Ở ấp Hòa Lời, xã Hòa Tú 1, huyện Mỹ Xuyên, người dân hiến 1.200 m2 đất làm đường.\n")
    found = _by_value(text)
    assert found[1200].location == "Mỹ Xuyên" and found[320].location == "Sóc Trăng"


def test_the_market_a_thing_is_sold_in_does_not_place_it() -> None:
    text = ("Ổi Lai Vung vào siêu thị\n\n"
            "Đồng Tháp - Năm 2024, nông dân huyện Lai Vung thu hoạch 12.000 tấn ổi. Sản phẩm được tiêu thụ ở Hà Nội, "
            "Thanh Hóa với 2.000 tấn mỗi năm.\n")
    found = _by_value(text)
    assert found[2000].location == "Lai Vung"
    # (a price said where a thing is sold is that place's price)
    text = "Ngày 11/5/2024, giá vàng miếng bán ra tại TP Vinh có thời điểm đạt 92 triệu đồng/lượng.\n"
    assert _by_value(text)[92_000_000].location == "Vinh"


def test_the_end_a_route_goes_to_does_not_place_its_figures() -> None:
    text = ("Bắc Ninh: cảng thủy nội địa\n\n"
            "Năm 2023, hàng hóa bốc xếp qua các cảng trên địa bàn tỉnh Bắc Ninh đạt 6,42 triệu tấn. Cảng Á Lữ lần đầu "
            "khai thác tuyến sà lan container đi Hải Phòng với 86 chuyến, vận chuyển 7.740 TEU.\n")
    found = _by_value(text)
    assert found[86].location == "Bắc Ninh" and found[7740].location == "Bắc Ninh"


def test_a_site_named_for_the_world_is_placed_where_it_is() -> None:
    text = ("Hà Giang đón khách\n\nNăm 2024, tỉnh Hà Giang đón 3 triệu lượt khách. Công viên địa chất toàn cầu UNESCO "
            "Cao nguyên đá Đồng Văn đón 1,2 triệu lượt khách.\n")
    assert _by_value(text)[1_200_000].location == "Hà Giang"
    text = "Mạng lưới Công viên địa chất toàn cầu UNESCO có 213 thành viên tại 48 quốc gia.\n"
    assert _by_value(text)[213].location is None


def test_a_birth_year_beside_a_name_dates_no_fact() -> None:
    text = ("Chủ quán Internet\n\nAnh Nguyễn Văn An (sinh năm 1989) mở quán từ năm 2015 với 20 máy.\n\n"
            "6 tháng đầu năm, các đoàn kiểm tra 120 cửa hàng.\n")
    period = _by_value(text, published="2024-07-10")[120].period
    assert period is not None and period.start.year == 2024
    # (births counted in a year are of that year: `tỷ số giới tính khi sinh năm 2024`)
    text = "Tỷ số giới tính khi sinh năm 2024 là 111,4 bé trai/100 bé gái.\n"
    assert _by_value(text)[111.4].period.start.year == 2024


def test_a_range_of_a_rate_in_brackets_is_no_date() -> None:
    text = "Giá mực khô loại 1 (8-10 con/kg) hiện từ 1,3 đến 1,6 triệu đồng/kg.\n"
    assert _by_value(text, published="2023-11-02")[1_300_000].period is None
