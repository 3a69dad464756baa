"""Rules from the probe sets 1147-1164 (the last stop's sealed measure, opened at the seventy-seventh stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_sturgeon_is_no_hedge() -> None:
    # `cá tầm` names a fish; `tầm` before a number elsewhere is about
    found = _by_value("Lâm Đồng hiện nuôi cá tầm 420 tấn mỗi năm, giá bán tầm 200.000 đồng/kg.\n")
    assert found[420].approx == "exact"
    assert found[200_000].approx == "about"


def test_one_column_header_that_is_a_district_name_among_others_is_no_place() -> None:
    text = ("Tỉnh Tuyên Quang thả cá giống trên các thủy vực năm 2024.\n"
            "Đơn vị tính: nghìn con\n"
            "Loài | Sông Lô | Sông Gâm | Hồ Na Hang\n"
            "Cá trắm | 30 | 25 | 12\n"
            "Cá chép | 20 | 15 | 8\n")
    found = _by_value(text)
    # (`Sông Lô`, the river, beside two other waters, is not the district of Vĩnh Phúc of that name: the cells are the
    # article's place's)
    assert {found[v].location for v in (30_000, 25_000, 12_000)} == {"Tuyên Quang"}


def test_a_bare_plural_of_districts_under_named_cities_is_the_rest_of_the_province() -> None:
    text = ("Số hộ dùng bếp điện từ ở tỉnh Bắc Giang năm 2024.\n"
            "Đơn vị tính: hộ\n"
            "Địa phương | Năm 2023 | Năm 2024\n"
            "TP Bắc Giang | 4.210 | 5.130\n"
            "Các huyện | 6.340 | 7.880\n")
    found = _by_value(text)
    assert found[4_210].location == "Bắc Giang"
    assert found[6_340].location == "Bắc Giang" and found[7_880].location == "Bắc Giang"
    # (the label says which of the province's cells these are)
    assert "huyện" in found[7_880].subject.lower()


def test_the_set_a_firm_is_one_of_does_not_move_its_paragraph_to_the_province() -> None:
    text = ("Tỉnh Hải Dương năm 2024 thu gom 3.100 tấn bao bì thuốc bảo vệ thực vật.\n\n"
            "Tại huyện Cẩm Giàng, Công ty TNHH Môi trường Xanh là một trong 4 đơn vị của tỉnh được cấp phép xử lý. "
            "Nhà máy có công suất 12 tấn/ngày và 85 công nhân.\n")
    found = _by_value(text)
    assert found[4].location == "Hải Dương"
    assert found[12].location == "Cẩm Giàng" and found[85].location == "Cẩm Giàng"
    # (a paragraph that speaks of the province in its own words still goes to the province)
    text = ("Tỉnh Hải Dương năm 2024 thu gom 3.100 tấn bao bì.\n\n"
            "Tại huyện Cẩm Giàng, Công ty TNHH Môi trường Xanh được cấp phép xử lý. Toàn tỉnh có 4 đơn vị, công suất "
            "12 tấn/ngày.\n")
    assert _by_value(text)[12].location == "Hải Dương"


def test_what_a_sentence_says_of_a_firm_it_opens_with_and_places_is_there() -> None:
    text = ("Trong 6 tháng, thành phố Hải Phòng kiểm tra 84 cơ sở tái chế.\n\n"
            "Đặc biệt, trong tháng 5, Công ty TNHH Kim loại Phú Thành ở xã Lê Thiện, huyện An Dương mua 9 tấn ắc quy "
            "cũ, tháo dỡ để bán chì với giá 30.000 đồng/kg. Doanh nghiệp bị phạt 380 triệu đồng.\n")
    found = _by_value(text)
    assert found[84].location == "Hải Phòng"
    assert found[30_000].location == "An Dương"
    assert found[380_000_000].location == "An Dương"
    # (a later sentence that does not speak of the firm again stays the city's)
    text = ("Trong 6 tháng, thành phố Hải Phòng kiểm tra 84 cơ sở tái chế.\n\n"
            "Đặc biệt, trong tháng 5, Công ty TNHH Kim loại Phú Thành ở xã Lê Thiện, huyện An Dương mua 9 tấn ắc quy "
            "cũ. Lực lượng chức năng thành phố đã lập 56 biên bản.\n")
    assert _by_value(text)[56].location == "Hải Phòng"


def test_a_whole_of_districts_after_up_to_is_no_day() -> None:
    found = _by_value("Đến nay, dịch vụ bưu chính công ích đã phủ đến 10/10 huyện, thị xã.\n")
    assert found[10].unit.startswith("huyện") and found[10].total == 10
    # (a day before a district named stays a day)
    assert _by_value("Sáng 12/10 huyện Hải Hậu khai mạc hội chợ với 120 gian hàng.\n").keys() == {120}


def test_one_as_the_next_item_of_a_list_of_counts() -> None:
    found = _by_value("Khu du lịch có 12 bungalow và một nhà hàng nổi.\n")
    assert found[1].unit.startswith("nhà") and found[12].unit == "bungalow"
    # (not where each one is priced: `một lượt khám là …, một đợt điều trị là …`)
    text = "Chi phí một lượt khám là 350.000 đồng, một đợt điều trị là 6,2 triệu đồng.\n"
    assert set(_by_value(text)) == {350_000, 6_200_000}


def test_the_site_a_quoted_title_names_is_not_the_article_place() -> None:
    text = ("Nhân rộng mô hình trồng sâm\n\n"
            "Từ kết quả đề tài \"Nghiên cứu trồng sâm dưới tán rừng tại huyện Nam Trà My\", tỉnh Quảng Nam đã chuyển "
            "giao kỹ thuật cho 14 hợp tác xã.\n\n"
            "Sản lượng sâm của các hợp tác xã:\n"
            "Đơn vị tính: kg\n"
            "Sản phẩm | Năm 2023 | Năm 2024\n"
            "Sâm tươi | 420 | 560\n"
            "Sâm khô | 85 | 110\n")
    found = _by_value(text)
    assert found[14].location == "Quảng Nam"
    assert found[420].location == "Quảng Nam" and found[560].location == "Quảng Nam"


def test_a_paper_named_in_full_beats_a_tag_of_initials() -> None:
    text = ("Báo Bình Định điện tử > Kinh tế\n\n"
            "Lắp trạm quan trắc nước\n\n"
            "(BĐT) - Năm 2024, công ty đã lắp 18 trạm quan trắc tự động tại các hồ chứa.\n")
    assert _by_value(text)[18].location == "Bình Định"


def test_the_name_of_cordyceps_is_no_lowering() -> None:
    # `hạ` in `đông trùng hạ thảo` names a fungus, not a price lowered from a level: the floor stays a floor
    found = _by_value("Các cửa hàng bán đông trùng hạ thảo nuôi cấy với giá chỉ từ 4 triệu đồng/kg.\n")
    assert found[4_000_000].approx == "at_least"


def test_all_year_round_is_no_count_of_seasons() -> None:
    assert 4 not in _by_value("Làng hoa ven đô đón khách bốn mùa, năm 2024 đạt 30.000 lượt.\n")
    assert _by_value("Vùng cao nguyên có bốn mùa rõ rệt.\n")[4].unit == "mùa"


def test_from_the_start_of_a_named_school_year_to_now() -> None:
    f = extract("Từ đầu năm học 2023-2024 đến nay, huyện có 28 trường tham gia.\n", published="2024-03-15").figures[0]
    assert (str(f.period.start), str(f.period.end)) == ("2023-09-01", "2024-03-15")


def test_where_goods_are_delivered_is_not_where_the_workshop_is() -> None:
    text = ("Huyện Diễn Châu có 18 cơ sở may túi vải.\n\n"
            "Xưởng của chị Lan ở xã Diễn Hồng mỗi tháng làm 9.000 chiếc túi, giao cho ba công ty ở Hà Nội và TP Vinh. "
            "Xưởng hiện có 42 công nhân.\n")
    assert _by_value(text)[42].location == "Diễn Châu"


def test_the_whole_a_share_is_of_does_not_move_the_works_to_the_province() -> None:
    text = ("Năm 2024, tỉnh Bình Dương xuất khẩu 300.000 tấn viên nén.\n\n"
            "Tại thị xã Bến Cát, nhà máy của Công ty Gỗ Phú An xuất khẩu 64.000 tấn, chiếm 21% lượng viên nén xuất khẩu "
            "của tỉnh. Nhà máy có 95 công nhân.\n")
    found = _by_value(text)
    assert found[64_000].location == "Bến Cát" and found[95].location == "Bến Cát"


def test_a_paragraph_opening_with_the_head_of_a_firm_placed_before_goes_on_there() -> None:
    text = ("Tỉnh Bình Định có 24 nhà máy viên nén.\n\n"
            "Tại Cụm công nghiệp Cát Nhơn (huyện Phù Cát), Công ty TNHH Sinh khối Cát Nhơn vận hành 3 dây chuyền.\n\n"
            "Giám đốc công ty, ông Lê Văn Hòa, cho biết công ty hiện có 85 công nhân.\n")
    assert _by_value(text)[85].location == "Phù Cát"


def test_a_fine_up_to_a_sum_is_its_ceiling() -> None:
    found = _by_value("Hành vi xả thải trái phép có thể bị phạt tới 500 triệu đồng.\n")
    assert found[500_000_000].approx == "at_most"
    assert _by_value("Doanh thu của làng nghề lên tới 120 tỷ đồng.\n")[120_000_000_000].approx == "exact"


def test_a_yearless_time_after_the_text_came_from_a_year_long_gone_to_now() -> None:
    text = "Năm 2019, xã mới có 3 hộ nuôi; đến nay có 21 hộ. 9 tháng đầu năm, các hộ bán 40 tấn cá.\n"
    f = _by_value(text, published="2024-10-05")[40]
    assert (str(f.period.start), str(f.period.end)) == ("2024-01-01", "2024-09-30")
    # (a report early in a year on the one before keeps that year: `Năm 2023 … đến nay … Trong năm`)
    text = "Năm 2023, huyện cấp 400 giấy phép; đến nay đã trả 390 giấy. Trong năm, huyện thu 2 tỷ đồng phí.\n"
    assert str(_by_value(text, published="2024-01-10")[2_000_000_000].period.start) == "2023-01-01"


def test_places_a_part_is_concentrated_in_after_a_semicolon_are_not_its_parts() -> None:
    text = ("Năm 2024, huyện cấp 1.940 giấy chứng nhận, trong đó đất ở 720 giấy, đất nông nghiệp 1.220 giấy; tập trung "
            "tại TP Quảng Ngãi (402 giấy) và Sơn Tịnh (298 giấy).\n")
    found = _by_value(text)
    assert found[720].total == 1_940
    assert found[402].total is None and found[298].total is None
    text = ("Toàn tỉnh có 54 doanh nghiệp may, trong đó 30 doanh nghiệp FDI, tập trung tại các khu công nghiệp ở TP Dĩ "
            "An (14 doanh nghiệp) và TP Thuận An (9 doanh nghiệp).\n")
    found = _by_value(text)
    assert found[30].total == 54 and found[14].total is None and found[9].total is None


def test_a_sentence_opening_on_a_street_of_a_district_is_that_district() -> None:
    text = ("TP HCM có khoảng 900 cửa hàng may.\n\n"
            "Trên đường Lê Văn Sỹ, quận 3, nơi có nhiều tiệm may, chị Mai cho biết tiệm nhận khoảng 250 đơn.\n")
    assert _by_value(text)[250].location == "Quận 3"


def test_the_half_of_the_province_a_share_is_does_not_move_its_paragraph() -> None:
    text = ("Tỉnh An Giang hiện còn 300 ha lúa mùa nổi.\n\n"
            "Ông Năm, ngụ xã Vĩnh Phước, huyện Tri Tôn, là nông dân giữ giống. Vụ này ông sạ 6 ha. Hiện xã có 40 hộ với "
            "120 ha, chiếm gần một nửa diện tích lúa mùa nổi của tỉnh.\n")
    assert _by_value(text)[6].location == "Tri Tôn"


def test_a_scheme_of_the_government_a_province_carries_out_is_no_national_figure() -> None:
    text = ("CÔNG AN TỈNH GIA LAI\n\nKết quả cấp căn cước\n\n"
            "Thực hiện Đề án 06 của Chính phủ, 6 tháng đầu năm 2024, Công an các huyện đã tiếp nhận 12.480 hồ sơ cấp "
            "căn cước qua Cổng dịch vụ công.\n")
    assert _by_value(text)[12_480].location == "Gia Lai"


def test_a_rank_in_a_word_before_with_is_found() -> None:
    found = _by_value("Các tỉnh có nhiều xe vi phạm là Bình Dương (5.940 xe) và Đồng Nai (4.710 xe). Hà Nam đứng thứ năm với "
                      "3.102 xe.\n")
    assert found[5].kind == "rank" and found[3_102].unit == "xe"


def test_an_hour_that_sets_the_scene_is_no_figure() -> None:
    found = _by_value("Khoảng 21 giờ, trên Quốc lộ 1 qua xã Phổ Thạnh, tổ công tác kiểm tra 36 xe.\n")
    assert 21 not in found and found[36].unit == "xe"


def test_the_next_item_after_the_years_plan_is_no_plan() -> None:
    found = _by_value("Toàn tỉnh đã trồng được 3.200 ha rừng, đạt 70% kế hoạch năm và 160.000 cây phân tán.\n")
    assert found[3_200].target is None and found[160_000].unit == "cây"


def test_where_a_partner_stands_is_not_where_the_cooperative_is() -> None:
    text = ("Huyện Bắc Sơn có 620 ha quýt.\n\n"
            "Hiện 4 hợp tác xã của huyện đã liên kết với 2 chuỗi siêu thị tại Hà Nội; 120 ha quýt được cấp mã số vùng "
            "trồng. Mỗi mùa lễ hội quýt thu hút 18.000 lượt khách.\n")
    found = _by_value(text)
    assert found[120].location == "Bắc Sơn" and found[18_000].location == "Bắc Sơn"
    # (not where things stand: `phát triển với 318 cơ sở, tập trung tại TP. Hạ Long (124 cơ sở)`)
    text = ("Tỉnh Quảng Ninh có nhiều homestay. Loại hình này phát triển với 318 cơ sở, tập trung tại TP. Hạ Long "
            "(124 cơ sở) và huyện Vân Đồn (87 cơ sở).\n")
    assert _by_value(text)[124].location == "Hạ Long"


def test_where_buyers_are_is_not_where_the_trader_is() -> None:
    text = ("Tỉnh Cao Bằng có 98.000 con trâu.\n\n"
            "Anh Nông Văn Páo, thương lái ở xã Hồng Việt, huyện Hòa An, cho biết năm nay anh đã bán 12 con trâu cho các "
            "chủ trâu ở Hải Phòng, con đắt nhất giá 450 triệu đồng. Mỗi con trâu anh lãi từ 10 đến 20 triệu đồng.\n")
    found = _by_value(text)
    assert found[450_000_000].location == "Hòa An" and found[10_000_000].location == "Hòa An"


def test_a_prize_word_before_respectively_is_no_count_of_times() -> None:
    found = _by_value("Giải nhất 100 triệu đồng; giải nhì và giải ba lần lượt là 70 triệu đồng và 50 triệu đồng.\n")
    assert 3 not in found and found[50_000_000].unit == "đồng"


def test_an_article_whose_places_lie_in_one_province_and_that_speaks_of_the_province_is_about_it() -> None:
    text = ("Thủy điện tăng lưu lượng xả\n\n"
            "Đêm 17/11, lưu lượng nước về hồ thủy điện tăng nhanh, có lúc lên tới 9.200 m³/s.\n\n"
            "Tại xã Hòa Thịnh, huyện Tây Hòa, nước lũ làm ngập 640 nhà dân.\n\n"
            "Toàn tỉnh có 3.450 hộ phải di dời.\n")
    found = _by_value(text)
    assert found[9_200].location == "Phú Yên" and found[3_450].location == "Phú Yên"
    assert found[640].location == "Tây Hòa"


def test_a_year_still_ahead_dates_the_yearless_times_of_its_own_sentence() -> None:
    text = ("Năm 2025, thành phố phấn đấu có 180 trạm xe đạp, lượt thuê cả năm đạt ít nhất 2 triệu lượt. "
            "Trong năm, đơn vị đã lắp 40 trạm.\n")
    found = _by_value(text, published="2024-10-15")
    assert str(found[2_000_000].period.start) == "2025-01-01"
    # (a later sentence keeps the year of the article: the plan's year dates no sentence after its own)
    assert str(found[40].period.start) == "2024-01-01"


def test_the_region_in_a_body_name_is_no_place() -> None:
    text = ("Huyện Vạn Ninh kiểm tra 27 cơ sở tôm giống.\n\n"
            "Đoàn đã lấy 54 mẫu gửi Trung tâm Chẩn đoán thú y vùng Nha Trang xét nghiệm, trong đó 2 mẫu dương tính.\n")
    found = _by_value(text)
    assert found[54].location == "Vạn Ninh" and found[2].location == "Vạn Ninh"


def test_a_site_placed_at_the_opening_and_spoken_of_again_keeps_its_district() -> None:
    text = ("Hà Nội có 412 câu lạc bộ võ cổ truyền.\n\n"
            "Mỗi tối, võ đường Thăng Long ở phường Trung Liệt, quận Đống Đa chật kín học viên. Võ đường hiện có 5 lớp "
            "với khoảng 180 học viên.\n")
    found = _by_value(text)
    assert found[5].location == "Đống Đa" and found[180].location == "Đống Đa"


def test_one_to_one_is_no_count() -> None:
    found = _by_value("Học phí lớp kèm riêng 1 thầy 1 trò từ 2,5 đến 3 triệu đồng/khóa.\n")
    assert set(found) == {2_500_000}


def test_a_result_over_its_plan_said_with_the_things_word_before_the_plan() -> None:
    found = _by_value("Năm 2024, toàn huyện trồng được 1.450/1.300 ha rừng kế hoạch, đạt 111,5%.\n")
    assert found[1_450].target.value == 1_300 and 1_300 not in found
    # (a verb before the plan word says what the things did: the whole stays)
    assert _by_value("Có 42/63 xã đạt kế hoạch.\n")[42].total == 63


def test_a_lower_case_km_post_before_its_road_is_no_length() -> None:
    found = _by_value("Tỉnh xây cụm công nghiệp quy mô 30 ha tại km 12 Quốc lộ 47.\n")
    assert set(found) == {30}
    # (a length comes after its number: `dài 5 km Quốc lộ 1A`)
    assert _by_value("Đoạn dài 5 km Quốc lộ 1A được nâng cấp.\n")[5].unit == "km"


def test_a_respective_list_of_numbers_each_with_the_same_multiplier_word() -> None:
    text = ("Dẫn đầu là Hà Nội, Đà Nẵng và Thừa Thiên Huế với lần lượt 1,92 triệu, 1,64 triệu và 1,05 triệu trang.\n")
    found = _by_value(text)
    assert found[1_640_000].unit == "trang" and found[1_640_000].location == "Đà Nẵng"


def test_a_year_still_ahead_reaches_past_an_abbreviation_in_its_sentence() -> None:
    text = "Năm 2025, TP. Đà Nẵng phấn đấu có 180 trạm, lượt thuê cả năm đạt ít nhất 2 triệu lượt.\n"
    assert str(_by_value(text, published="2024-10-15")[2_000_000].period.start) == "2025-01-01"
