"""Rules from the probe sets 619-624 (the last stop's measure, opened at the sixty-third stop) and from the error classes
of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_worth_column_beside_other_measures_of_place_rows_is_what_the_caption_s_work_is_worth() -> None:
    text = ("Bảng 2. Kết quả nuôi cá lồng bè theo địa phương\n"
            "Địa phương | Số bè (bè) | Sản lượng (tấn) | Giá trị (tỷ đồng)\n"
            "Huyện Vân Đồn | 1.240 | 3.150 | 412,8\n"
            "Huyện Cô Tô | 310 | 640 | 95,2\n"
            "Tổng cộng | 1.550 | 3.790 | 508,0\n")
    found = _by_value(text)
    assert found[412_800_000_000].subject.startswith("giá trị")
    assert "cá lồng bè" in found[412_800_000_000].subject and found[412_800_000_000].location == "Vân Đồn"
    assert "giá trị" in found[508_000_000_000].subject.lower()
    assert found[3150].subject == "sản lượng"    # (a column that names its measure keeps its own word)


def test_a_sentence_that_credits_a_national_body_speaks_of_the_country() -> None:
    text = ("Giá cá tra tăng mạnh\n\n"
            "Giá cá tra nguyên liệu tại An Giang hiện ở mức 29.000 đồng/kg, tăng 2.000 đồng so với tháng trước.\n\n"
            "Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 9 tháng năm 2024, xuất khẩu cá tra đạt 1,5 tỷ "
            "USD, tăng 9% so với cùng kỳ. Hiệp hội dự báo cả năm 2024 kim ngạch có thể đạt 2 tỷ USD.\n")
    found = _by_value(text, published="2024-10-20")
    assert found[29000].location == "An Giang"
    assert found[1_500_000_000].location == "Việt Nam"
    assert found[2_000_000_000].location == "Việt Nam"      # (the paragraph goes on about the country)
    # (a province's office of the body, or a place the sentence names, keeps the province)
    text = ("Giá cá tra tăng mạnh\n\nGiá cá tra tại An Giang ở mức 29.000 đồng/kg.\n\n"
            "Theo Cục Thống kê tỉnh, 9 tháng năm 2024, xuất khẩu cá tra đạt 300 triệu USD.\n\n"
            "Theo Bộ Nông nghiệp và Phát triển nông thôn, diện tích nuôi cá tra ở Đồng Tháp đạt 2.500 ha.\n")
    found = _by_value(text, published="2024-10-20")
    assert found[300_000_000].location == "An Giang" and found[2500].location == "Đồng Tháp"


def test_a_share_of_the_country_s_whole_said_with_its_name_is_the_country_s() -> None:
    text = ("Giá tôm hùm tăng\n\nGiá tôm hùm tại Khánh Hòa ở mức 1,5 triệu đồng/kg.\n\n"
            "Trung Quốc chiếm hơn 98% giá trị xuất khẩu tôm hùm của Việt Nam.\n")
    assert _by_value(text)[98].location == "Việt Nam"


def test_a_clause_that_names_only_its_time_measures_what_the_figure_before_it_measured() -> None:
    found = _by_value("10 tháng năm 2024, xuất khẩu cà phê đạt 4,3 tỷ USD, gấp 1,4 lần cùng kỳ; riêng tháng 10 đạt 380 "
                      "triệu USD.", published="2024-11-10")
    assert found[380_000_000].subject == "xuất khẩu cà phê" and found[380_000_000].period.text == "tháng 10"
    # (the next of a ranking is not: its indicator is the ranking's)
    found = _by_value('Trong đó, "Mai" dẫn đầu với 520 tỷ đồng, tiếp đến là "Lật mặt 7" 480 tỷ đồng.')
    assert found[480_000_000_000].subject != found[520_000_000_000].subject


def test_since_an_event_of_a_year_is_since_that_year() -> None:
    found = _by_value("Kể từ khi đi vào hoạt động năm 2012 đến nay, nhà máy đã xử lý 850.000 tấn rác.",
                      published="2024-06-01")
    assert str(found[850000].period.start) == "2012-01-01" and str(found[850000].period.end) == "2024-06-01"


def test_children_counted_as_em_are_the_children_the_sentence_names() -> None:
    found = _by_value("Trẻ em có hoàn cảnh đặc biệt tập trung nhiều ở các huyện, thị xã Mường Lát (215 em), Quan Sơn (180 em) và Quan "
                      "Hóa (164 em).")
    assert found[180].subject == "Trẻ em có hoàn cảnh đặc biệt" and found[180].location == "Quan Sơn"


def test_the_level_a_figure_is_said_to_be_above_is_the_same_indicator() -> None:
    found = _by_value("Năm 2023, tỷ lệ hộ nghèo đa chiều còn 3,2%, thấp hơn mức 4,1% của năm 2022.")
    assert found[4.1].subject == found[3.2].subject == "tỷ lệ hộ nghèo đa chiều"
    found = _by_value("Năm 2023 có 412 hộ thoát nghèo, chiếm 62,5% số hộ nghèo đầu năm, cao hơn mức 55,1% của năm 2022.")
    assert found[55.1].subject.startswith("tỷ lệ hộ thoát nghèo")


def test_a_price_list_under_a_money_unit_whose_rows_name_their_unit_gives_prices_per_that_unit() -> None:
    text = ("Bảng giá vật liệu xây dựng tháng 6/2024\nĐơn vị tính: đồng\n"
            "STT\nTên vật liệu\nĐơn vị\nTháng 5/2024\nTháng 6/2024\n"
            "1\nXi măng PCB30\ntấn\n1.420.000\n1.410.000\n"
            "2\nThép cuộn D8\nkg\n14.500\n14.300\n"
            "3\nCát vàng\nm³\n390.000\n420.000\n")
    found = _by_value(text)
    assert found[1_410_000].kind == "money" and found[1_410_000].unit == "đồng/tấn"
    assert found[14300].unit == "đồng/kg" and found[420000].unit == "đồng/m³"
    assert "Cát vàng" in found[420000].subject and found[420000].period.text == "Tháng 6/2024"


def test_bare_numbers_of_a_respective_list_share_the_last_one_s_multiplier_and_unit() -> None:
    found = _by_value("Các tỉnh Bình Dương, Đồng Nai và Long An có vốn FDI lần lượt đạt 2,4; 1,8 và 1,1 tỷ USD.")
    assert {2_400_000_000, 1_800_000_000, 1_100_000_000} <= set(found)
    assert found[1_800_000_000].location == "Đồng Nai" and found[1_800_000_000].unit == "USD"
    found = _by_value("Ba huyện lần lượt thu hoạch 12,5, 9,8 và 7,2 nghìn tấn.")
    assert {12500, 9800, 7200} <= set(found)
    # (numbers said each with their own multiplier stay as they are)
    found = _by_value("Lần lượt đạt 4,2 triệu và 3,6 triệu lượt khách.")
    assert {4_200_000, 3_600_000} <= set(found)


def test_a_share_of_a_figure_named_in_all_its_words_belongs_to_the_figure_it_is_said_after() -> None:
    found = _by_value("Năm 2024, 8.200 hộ đăng ký vay vốn, ngân hàng đã giải ngân cho 6.150 lượt hộ, đạt 75% số hộ đăng "
                      "ký vay vốn.")
    assert found[6150].percent == 75 and found[8200].percent is None
    # (a base that names another set of its noun is the named figure's: `số hộ theo phương án`)
    found = _by_value("Sơ tán 12.436 hộ với 38.912 người, đạt 96,3% số hộ theo phương án.")
    assert found[12436].percent == 96.3


def test_rates_of_groups_after_a_cue_are_no_parts_of_the_rate_before_it() -> None:
    found = _by_value("Tỷ lệ hộ nghèo năm 2024 là 3,1%. Trong đó, tỷ lệ hộ nghèo khu vực miền núi là 7,4%, khu vực đồng "
                      "bằng là 1,2%.")
    assert found[1.2].total is None and found[7.4].total is None
    assert found[1.2].subject == "tỷ lệ hộ nghèo khu vực đồng bằng"


def test_con_is_a_classifier_and_names_no_animal() -> None:
    found = _by_value("Toàn xã có 215 hộ nuôi trâu, với tổng đàn 1.340 con.")
    assert found[1340].subject == "tổng đàn"
    found = _by_value("Trâu được nuôi ở 9 huyện nhưng tập trung ở một số địa phương: Bảo Lạc 8.200 con, Hà Quảng 6.450 con.")
    assert found[6450].subject == "Trâu" and found[8200].subject == "Trâu"


def test_an_age_in_months_and_a_dose_number_are_words_of_who_is_counted() -> None:
    found = _by_value("Năm 2024, tỷ lệ trẻ 18 tháng tuổi được tiêm mũi 4 vắc xin DPT đạt 88,6%.")
    assert found[88.6].subject == "tỷ lệ trẻ 18 tháng tuổi được tiêm mũi 4 vắc xin DPT"


def test_a_label_before_a_colon_names_what_its_bare_unit_counts() -> None:
    found = _by_value("1. Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi: 5.120 trẻ, đạt 46%.\n"
                      "2. Tiêm sởi mũi 1 cho trẻ 9 tháng tuổi: 4.870 trẻ, đạt 44%.\n")
    assert found[4870].subject == "trẻ 9 tháng tuổi" and found[5120].subject == "trẻ dưới 1 tuổi"


def test_a_bare_name_listed_before_districts_of_a_province_is_one_of_them() -> None:
    text = ("TP Hồ Chí Minh tiêm vắc xin sởi\n\nBa địa phương có số trẻ được tiêm nhiều nhất là Bình Tân, Gò Vấp và "
            "TP Thủ Đức, lần lượt 4.210, 3.980 và 3.515 trẻ.\n")
    found = _by_value(text)
    assert (found[4210].location, found[3980].location, found[3515].location) == ("Bình Tân", "Gò Vấp", "Thủ Đức")


def test_the_last_item_of_a_list_of_places_after_va_alone_is_a_place() -> None:
    found = _by_value("Cháy rừng ở Sơn La\n\nTrong quý I, toàn tỉnh xảy ra 7 vụ cháy rừng. Trong đó, huyện Mường La 3 vụ, "
                      "Thuận Châu 2 vụ, Sông Mã 1 vụ và Bắc Yên 1 vụ.\n")
    assert [f.location for f in extract("Cháy rừng ở Sơn La\n\nTrong đó, huyện Mường La 3 vụ, Sông Mã 2 vụ và Bắc Yên "
                                        "1 vụ.\n").figures] == ["Mường La", "Sông Mã", "Bắc Yên"]
    assert found[7].location == "Sơn La"


def test_what_a_sentence_goes_on_to_say_of_an_event_is_where_the_event_was() -> None:
    text = ("Cháy rừng miền Trung\n\nTại Quảng Bình, vụ cháy rừng ở huyện Bố Trạch hôm 12/6 đã thiêu rụi khoảng 20 ha; "
            "hơn 400 người được huy động dập lửa trong gần 8 giờ.\n\nToàn tỉnh có 42 chòi canh lửa.\n")
    found = _by_value(text, published="2024-06-14")
    assert found[20].location == found[400].location == found[8].location == "Bố Trạch"
    assert found[42].location == "Quảng Bình"
    # (a service is no event: `phục vụ tại các trường ở huyện A và B` spreads its figure over both)
    found = _by_value("Sách ở Bắc Ninh\n\nXe thư viện phục vụ tại các trường học ở huyện Lương Tài và Gia Bình, với khoảng "
                      "38.000 lượt học sinh tham gia.\n")
    assert found[38000].location == "Bắc Ninh"


def test_a_goal_and_its_horizon_before_a_count_are_no_words_of_what_is_counted() -> None:
    found = _by_value("Theo Chiến lược, mục tiêu đến năm 2030 cả nước có khoảng 30.000 luật sư.", published="2024-05-01")
    assert found[30000].subject == "luật sư" and found[30000].status == "target"


def test_an_item_of_a_list_ends_with_its_bracketed_figure() -> None:
    found = _by_value("Các ngành tuyển nhiều nhất là cơ khí (4.800 người), may mặc (3.350 người) và chế biến gỗ (2.120 "
                      "người).")
    assert "may mặc" not in found[2120].subject and "chế biến gỗ" in found[2120].subject


def test_a_grade_out_of_its_scale_is_no_figure_and_the_change_after_it_is_the_amount_s() -> None:
    found = _by_value("Giá nhân công xây dựng bình quân quý II/2024 là 248.000 đồng/ngày công (bậc 3/7), tăng 3,5% so với "
                      "năm 2023.")
    assert 7 not in found and found[248000].change.value == 3.5


def test_the_level_a_change_led_to_measures_what_the_change_s_clause_names() -> None:
    found = _by_value("Năm 2024, tiêu thụ xi măng nội địa có thể tăng 4%, đạt khoảng 62 triệu tấn.")
    assert found[62_000_000].subject == "tiêu thụ xi măng nội địa" and found[62_000_000].change.value == 4


def test_places_listed_after_a_partner_spread_its_figure_over_their_province() -> None:
    text = ("Sữa Thanh Hóa\n\nNhà máy chế biến sữa tại Thanh Hóa đi vào hoạt động. Công ty đã liên kết với 4 hợp tác xã và "
            "280 hộ chăn nuôi tại các huyện Như Thanh, Thọ Xuân, Yên Định.\n")
    assert _by_value(text)[280].location == "Thanh Hóa"



def test_the_year_something_began_dates_nothing_said_after_it() -> None:
    found = _by_value("9 tháng năm 2024, xã đón 376.000 lượt khách. Mô hình được triển khai từ năm 2009. Trong 9 tháng, lực "
                      "lượng thu gom đã xử lý khoảng 156 tấn rác.", published="2024-10-05")
    assert str(found[156].period.start) == "2024-01-01" and str(found[156].period.end) == "2024-09-30"


def test_a_percent_beyond_the_plan_of_an_amount_is_its_change_against_the_plan() -> None:
    found = _by_value("Năm 2023, sản lượng nấm đạt khoảng 3.912 tấn, vượt kế hoạch 1,6%.")
    assert found[3912].change.value == 1.6 and found[3912].change.direction == "increase"
    assert found[3912].target is None


def test_what_was_done_to_land_says_which_land_its_area_is() -> None:
    found = _by_value("Năm 2023, tỉnh đã chấm dứt 6 dự án, thu hồi 52,4 ha đất.")
    assert found[52.4].subject == "diện tích đất thu hồi"


def test_the_country_named_in_a_quoted_campaign_does_not_make_a_provincial_article_national() -> None:
    text = ("BÁO BẮC GIANG\n\nĐưa hàng Việt về nông thôn\n\n(BGĐT) - Sau 15 năm thực hiện Cuộc vận động \"Người Việt Nam "
            "ưu tiên dùng hàng Việt Nam\", hàng Việt chiếm lĩnh thị trường nông thôn.\n\nNăm 2023, Sở Công Thương tổ chức "
            "12 phiên chợ đưa hàng Việt về nông thôn, thu hút hơn 45.000 lượt khách.\n")
    assert _by_value(text)[45000].location == "Bắc Giang"


def test_shares_of_levels_after_a_cue_are_the_whole_s_rate_for_each_level() -> None:
    found = _by_value("Năm 2023, tỷ lệ khám chữa bệnh bằng YHCT toàn quốc đạt 14,7%, trong đó tuyến trung ương 8,2%, tuyến "
                      "tỉnh 12,4% và tuyến xã 18,3%.")
    assert found[8.2].subject == "tỷ lệ khám chữa bệnh bằng YHCT tuyến trung ương"
    assert found[18.3].subject == "tỷ lệ khám chữa bệnh bằng YHCT tuyến xã"


def test_districts_each_named_with_their_level_spread_a_figure_over_their_province() -> None:
    text = ("Giết mổ ở Quảng Ngãi\n\nChi cục dự kiến đầu tư 2 cơ sở giết mổ tập trung tại huyện Bình Sơn và huyện Mộ Đức "
            "với tổng kinh phí khoảng 45 tỷ đồng.\n")
    assert _by_value(text)[45_000_000_000].location == "Quảng Ngãi"


def test_a_part_labelled_by_a_numbered_kind_counts_its_whole_s_things_of_that_kind() -> None:
    found = _by_value("Đến nay, toàn huyện có 98 trường đạt chuẩn quốc gia (mức độ 1: 71 trường; mức độ 2: 27 trường).")
    assert found[27].subject == "trường đạt chuẩn quốc gia mức độ 2" and found[27].total == 98


def test_respective_places_each_placed_by_a_bracket_pair_with_their_figures() -> None:
    found = _by_value("Du lịch biển đảo\n\nCác huyện đảo Lý Sơn (Quảng Ngãi), Côn Đảo (Bà Rịa - Vũng Tàu), Cô Tô (Quảng Ninh) "
                      "lần lượt đón 520.000, 395.000 và 310.000 lượt khách.\n")
    assert (found[520000].location, found[395000].location, found[310000].location) == ("Lý Sơn", "Côn Đảo", "Cô Tô")


def test_a_village_list_names_villages_not_districts_of_other_provinces() -> None:
    text = ("Tôm hùm Tam Hải\n\nXã Tam Hải, huyện Núi Thành có 286 hộ nuôi, tập trung ở các thôn Trung Toàn, Thuận An, "
            "Bình Trung. Năm 2023, sản lượng ước đạt 95 tấn.\n")
    assert _by_value(text)[95].location == "Núi Thành"


def test_what_a_verb_did_in_kilowatt_hours_is_electric_energy() -> None:
    found = _by_value("6 tháng đầu năm, toàn tỉnh tiết kiệm được 96,4 triệu kWh, bằng 2,3% tổng điện thương phẩm.")
    assert found[96_400_000].subject == "điện năng tiết kiệm"


def test_zones_and_clusters_counted_together_are_one_noun_phrase() -> None:
    found = _by_value("Có 7/10 khu, cụm công nghiệp bị cắt điện luân phiên trong tháng 6.")
    assert found[7].subject.startswith("khu, cụm công nghiệp") and found[7].total == 10


def test_an_item_after_a_share_and_va_names_its_own_group() -> None:
    found = _by_value("Năm 2024, số hộ gia đình thể thao đạt 24% và tổ chức ít nhất 20 giải cấp huyện.")
    assert found[20].subject == "giải cấp huyện"


def test_the_year_of_a_level_compared_with_dates_nothing_after_it() -> None:
    found = _by_value("Khu vực nông thôn chiếm 31% số điểm bán mở mới, so với mức 18% của năm 2022. Doanh thu 7 tháng của "
                      "chuỗi đạt 23.000 tỷ đồng.", published="2024-09-10")
    assert str(found[23_000_000_000_000].period.start) == "2024-01-01"


def test_a_share_after_a_count_s_long_modifier_with_a_list_in_it_is_the_count_s() -> None:
    found = _by_value("Có 9 chợ đã chuyển giao cho doanh nghiệp, hợp tác xã quản lý, chiếm 5,1% tổng số chợ.")
    assert found[9].percent == 5.1 and 5.1 not in found


def test_a_second_respective_list_in_a_sentence_pairs_its_own_places() -> None:
    found = _by_value("Chợ cả nước\n\nCác địa phương có nhiều chợ nhất lần lượt là Thanh Hóa (452 chợ), Nghệ An (384 chợ); "
                      "Bắc Kạn và Lai Châu có ít chợ nhất, lần lượt 48 và 41 chợ.\n")
    assert (found[48].location, found[41].location) == ("Bắc Kạn", "Lai Châu")


def test_a_change_counted_in_the_noun_of_a_figure_between_is_that_figure_s() -> None:
    found = _by_value("Năm 2025, thành phố dự kiến thu hồi 1.842,5 ha đất để thực hiện 926 dự án, tăng 84 dự án so với năm "
                      "2024.")
    assert found[926].change.value == 84 and found[1842.5].change is None


def test_a_lead_that_counts_provinces_first_speaks_of_the_country() -> None:
    text = ("Thời sự › Nông nghiệp\nThứ tư, 11/9/2024, 06:00 (GMT+7)\n\nSâu keo mùa thu gây hại hơn 18.000 ha ngô\n\n"
            "Sâu keo mùa thu đã lan ra 48 tỉnh, thành phố, nhiều ruộng ngô ở Sơn La, Đắk Lắk bị cắn trụi lá.\n\n"
            "Theo Cục Bảo vệ thực vật, từ đầu năm đến nay, sâu keo mùa thu đã gây hại 18.640 ha ngô, trong đó khoảng "
            "2.100 ha nhiễm nặng.\n")
    found = _by_value(text)
    assert found[18640].location == found[2100].location == "Việt Nam"
