"""Rules from the probe sets 679-684 (the last stop's sealed measure, opened at the sixty-fifth stop) and from the error
classes of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_site_for_rent_is_counted_not_scored() -> None:
    found = _by_value("Phường có 60 cơ sở kinh doanh, gồm 25 điểm cho thuê xe đạp và 35 điểm bán hàng lưu niệm.")
    assert found[25].kind == "count" and found[25].total == 60
    # (a score given to someone stays a score)
    assert _by_value("Đội bạn được cộng 2,5 điểm cho phần thi ứng xử.")[2.5].kind == "measure"


def test_a_bracket_after_a_neighbour_says_what_the_stretch_up_to_it_is() -> None:
    found = _by_value("Đà Nẵng bố trí 12 chòi cứu hộ trên tuyến bờ biển từ Nam Ô đến giáp ranh Quảng Nam (dài khoảng 25 "
                      "km).", published="2024-06-30")
    assert found[25].location != "Quảng Nam"
    # (a place compared with keeps the figure of its own bracket)
    assert _by_value("Sản lượng của tỉnh thấp hơn Hải Phòng (tăng 9,1%).")[9.1].location == "Hải Phòng"


def test_a_size_said_alone_is_of_the_thing_its_bracket_or_comma_follows() -> None:
    found = _by_value("Lực lượng chức năng tuần tra trên tuyến sông từ cầu Bến Lức đến cống Rạch Tràm (dài khoảng 18 km).")
    assert found[18].subject.startswith("chiều dài tuyến sông")
    found = _by_value("Xã có 4 tuyến kênh chính, dài khoảng 12,5 km.")
    assert found[12.5].subject == "chiều dài tuyến kênh chính"
    # (`dọc` places the thing the size is of after it)
    assert _by_value("Đoàn đã kiểm tra dọc tuyến đê biển dài 6,4 km.")[6.4].subject == "chiều dài tuyến đê biển"


def test_a_place_a_sentence_sets_aside_as_it_opens_is_not_the_figure_s() -> None:
    found = _by_value("Ngoài Sơn La, Lai Châu hiện có 2.400 ha mắc ca.")
    assert found[2400].location == "Lai Châu"
    found = _by_value("Ngoài tỉnh Sơn La và Điện Biên, các tỉnh khác có 1.200 ha mắc ca.")
    assert found[1200].location not in ("Sơn La", "Điện Biên")


def test_a_share_after_an_amount_said_again_in_another_currency_is_the_amount_s() -> None:
    found = _by_value("Doanh thu du lịch quốc tế đạt 48,5 tỷ đồng (tương đương khoảng 2 triệu USD), chiếm 31% tổng "
                      "doanh thu.")
    assert found[48_500_000_000].percent == 31 and 31 not in found


def test_parts_after_a_semicolon_said_like_the_first_part_go_on_with_the_list() -> None:
    found = _by_value("Toàn huyện có 12.350 lao động, trong đó ngành dệt may 5.120 lao động, chiếm 41,5%; ngành chế biến "
                      "gỗ 2.870 lao động; ngành cơ khí 1.940 lao động.")
    assert all(found[v].total == 12350 for v in (5120, 2870, 1940))


def test_appropriating_and_exempting_are_words_of_what_is_counted() -> None:
    found = _by_value("Công an tỉnh tiếp nhận 148 đơn, thư tố cáo hành vi lừa đảo chiếm đoạt tiền qua mạng xã hội, tăng "
                      "12,4% so với năm 2023.")
    assert found[148].change is not None and found[148].change.value == 12.4
    found = _by_value("Toàn huyện có 9.420 trẻ em, học sinh được miễn, giảm học phí, chiếm 23,6% tổng số người học.")
    assert found[9420].percent == 23.6


def test_the_dots_of_a_site_s_name_end_no_words_of_a_figure() -> None:
    found = _by_value("Trung tâm tiếp nhận 2.318 phản ánh qua trang dichvucong.gov.vn, tăng 14,2% so với quý trước.")
    assert found[2318].change is not None and found[2318].change.value == 14.2


def test_parts_after_a_part_that_add_up_to_it_break_it_down() -> None:
    found = _by_value("Năm 2024, tỉnh xảy ra 96 vụ cháy. Trong đó, 60 vụ xảy ra tại 3 địa phương: thành phố Thanh Hóa "
                      "(31 vụ), thị xã Nghi Sơn (17 vụ), huyện Quảng Xương (12 vụ).")
    assert found[60].total == 96
    assert all(found[v].total == 60 for v in (31, 17, 12))
    assert found[3].location == "Thanh Hóa"     # (the districts the sentence names: not the country's)


def test_the_time_a_level_is_the_same_as_is_no_period_of_it() -> None:
    found = _by_value("Giá vé tham quan năm 2025 được giữ ổn định bằng năm 2022: người lớn 40.000 đồng, trẻ em 20.000 "
                      "đồng.", published="2025-02-01")
    assert found[40000].period.start.year == 2025


def test_the_start_of_the_year_a_plan_was_given_is_no_period() -> None:
    found = _by_value("Năm 2024, huyện thu ngân sách 152 tỷ đồng, đạt 108% dự toán giao đầu năm.",
                      published="2025-01-10")
    assert found[152_000_000_000].period.text == "Năm 2024"


def test_a_clause_that_opens_with_so_names_what_a_list_of_bare_bracketed_numbers_counts() -> None:
    found = _by_value("Tại Hải Phòng, phân theo địa bàn, số vụ tai nạn gồm: quận Ngô Quyền (54), quận Lê Chân (47) và "
                      "huyện Thủy Nguyên (31).")
    assert found[54].unit.startswith("vụ") and found[54].location == "Ngô Quyền"
    assert found[31].unit.startswith("vụ") and found[31].location == "Thủy Nguyên"
    # (`một số` names no count)
    assert 4816 not in _by_value("Một số địa phương như Hà Nội (4.816), Nghệ An (2.310) còn khó khăn.")


def test_a_table_whose_caption_places_it_in_one_district_is_of_that_district() -> None:
    text = ("UBND TỈNH NINH THUẬN\n\nKết quả năm 2023\n\n"
            "2. Một số chỉ tiêu của làng dệt Mỹ Nghiệp (thị trấn Phước Dân, huyện Ninh Phước):\n"
            "Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023\n"
            "Số hộ dệt | hộ | 352 | 371\n"
            "Doanh thu | tỷ đồng | 18,4 | 21,7\n")
    found = _by_value(text)
    assert found[352].location == found[371].location == "Ninh Phước"


def test_a_change_that_names_a_total_of_its_own_is_its_own_claim() -> None:
    found = _by_value("Phấn đấu đến năm 2025 tỷ lệ hộ dùng nước sạch đạt 98% và giảm 15% tổng lượng nước thất thoát so "
                      "với năm 2020.")
    assert found[98].change is None and 15 in found


def test_what_is_ranked_may_stand_between_the_verb_and_the_rank() -> None:
    found = _by_value("Báo cáo năm 2024 của Liên hợp quốc xếp Việt Nam thứ 54/193 quốc gia về chính phủ điện tử.")
    assert found[54].kind == "rank" and found[54].total == 193


def test_where_the_things_of_a_clause_are_spread_is_no_place_of_the_next_clause() -> None:
    found = _by_value("Cả nước hiện có khoảng 8.000 ha nuôi hàu, tập trung ở Quảng Ninh, Khánh Hòa và Kiên Giang; sản "
                      "lượng năm 2024 ước hơn 60.000 tấn.", published="2025-01-10")
    assert found[60000].location == "Việt Nam"


def test_a_long_noun_phrase_closed_by_its_only_comma_still_names_the_figure() -> None:
    found = _by_value("Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 2.315 học viên nước ngoài đang theo học tại các trung "
                      "tâm đào tạo ngoại ngữ và tin học quốc tế trên địa bàn thành phố, tăng 9,6% so với cùng kỳ năm 2023.")
    assert found[2315].change is not None and found[2315].change.value == 9.6 and 9.6 not in found
    # (within its sentence: a share after the next sentence's comma is no attribute of a count before the full stop)
    found = _by_value("Chủ tịch UBND huyện chủ trì 14 phiên tiếp công dân định kỳ theo Điều 18 Luật Tiếp công dân. Nội dung "
                      "chủ yếu liên quan đến đất đai, chiếm khoảng 70% số lượt tiếp.")
    assert found[14].percent is None and found[14].change is None and 70 in found


def test_the_size_of_a_thing_a_count_names_is_an_aside() -> None:
    found = _by_value("Năm 2024, khu du lịch đón khoảng 415.000 lượt khách lên đỉnh núi Bà Đen cao 986 m, tăng 18% so "
                      "với năm 2023.")
    assert found[415000].change is not None and found[986].change is None
    # (a size said by its noun is a measure of its own, and what follows it is its own)
    found = _by_value("Đến nay, 9/9 thôn của xã đã có đường điện chiếu sáng với tổng chiều dài 21,4 km, đạt 92% các tuyến.")
    assert found[21.4].percent == 92


def test_what_was_expected_named_to_compare_with_is_no_forecast() -> None:
    found = _by_value("Năm 2024, doanh thu của hội chợ đạt 86 tỷ đồng, cao hơn dự kiến khoảng 12%.")
    assert found[86_000_000_000].status == "actual" and all(f.status == "actual" for f in found.values())
    found = _by_value("Tổng kinh phí bồi thường, giải phóng mặt bằng dự kiến khoảng 1.250 tỷ đồng.")
    assert found[1_250_000_000_000].status == "forecast"


def test_where_tickets_go_is_no_place_of_their_share() -> None:
    found = _by_value("Năm 2024, ga Quy Nhơn bán 52.300 vé, trong đó vé chiều đi Hà Nội chiếm 38%, chiều đi TP. Hồ Chí "
                      "Minh chiếm 41%.")
    assert found[38].location != "Hà Nội" and found[41].location != "Hồ Chí Minh"


def test_what_the_provinces_a_count_lists_hold_together_is_national() -> None:
    found = _by_value("Bốn địa phương có sản lượng cà phê lớn nhất cả nước là Đắk Lắk, Lâm Đồng, Đắk Nông và Gia Lai, "
                      "chiếm hơn 85% tổng sản lượng.")
    assert found[85].location == "Việt Nam"


def test_the_province_a_clause_opens_with_is_the_province_of_the_article_s_district() -> None:
    text = ("Sa Pa đón hơn 1,8 triệu lượt khách\n\nThị xã Sa Pa đón 1.826.500 lượt khách trong 6 tháng đầu năm 2024.\n\n"
            "Phấn đấu năm 2024, tỉnh đón 7,7 triệu lượt khách. Tỉnh hỗ trợ 100% kinh phí làm 12 km đường cho thị xã.\n")
    found = _by_value(text, published="2024-07-08")
    assert found[7_700_000].location == "Lào Cai"
    assert found[12].location == "Sa Pa"    # (who funds a district's work is no place of it)


def test_people_counted_by_the_generic_word_in_a_named_item_are_the_first_item_s() -> None:
    found = _by_value("Tại châu Âu, Đức có khoảng 7.200 lưu học sinh Việt Nam, Pháp 5.400 người, Anh hơn 3.000 người.")
    assert found[5400].subject.startswith("lưu học sinh Việt Nam") and "Pháp" in found[5400].subject
    assert found[3000].subject.startswith("lưu học sinh Việt Nam")


def test_a_count_of_the_listed_places_after_lan_luot_pairs_with_none_of_them() -> None:
    found = _by_value("Bắc Giang, Hải Dương và Hưng Yên lần lượt là 3 địa phương có diện tích vải lớn nhất, với 28.200, "
                      "10.500 và 3.900 ha.")
    assert found[28200].location == "Bắc Giang" and found[10500].location == "Hải Dương"
    assert found[3900].location == "Hưng Yên" and found[3].location not in ("Bắc Giang", "Hải Dương", "Hưng Yên")


def test_a_level_a_rule_grants_until_a_later_date_is_so_now() -> None:
    found = _by_value("Xe buýt điện được miễn 50% phí đường bộ đến hết ngày 31/12/2025.", published="2024-09-01")
    assert found[50].status == "actual"


def test_a_table_row_named_with_its_district_after_a_comma_is_of_that_district() -> None:
    text = ("UBND TỈNH BÌNH ĐỊNH\n\nKết quả đấu giá năm 2024\n\n"
            "Khu vực mỏ | Diện tích (ha) | Giá trúng (tỷ đồng)\n"
            "Mỏ đá Núi Cấm, thị xã An Nhơn | 11,5 | 38,2\n"
            "Mỏ đá Hòn Sưng, huyện Phù Cát | 7,3 | 21,8\n")
    found = _by_value(text)
    assert found[11.5].location == "An Nhơn" and found[7.3].location == "Phù Cát"


def test_places_counted_before_lan_luot_pair_with_its_numbers() -> None:
    found = _by_value("Hà Nội và TP. Hồ Chí Minh là 2 địa phương có nhiều trạm sạc nhất, lần lượt với 3.520 trạm và "
                      "2.870 trạm.")
    assert found[3520].location == "Hà Nội" and "Hồ Chí Minh" in found[2870].location


def test_what_is_found_at_things_counted_over_several_provinces_is_national() -> None:
    found = _by_value("Khảo sát tại 5 làng nghề gốm ở Bình Dương, Đồng Nai, Vĩnh Long cho thấy nồng độ bụi vượt từ 2 đến "
                      "6 lần giới hạn cho phép.")
    assert found[2].location == "Việt Nam"


def test_the_quota_a_count_is_said_out_of_is_its_target() -> None:
    found = _by_value("Năm 2024, trường chỉ tuyển được 26 sinh viên ngành hát bội trên 60 chỉ tiêu.")
    assert found[26].target is not None and found[26].target.value == 60 and 60 not in found


def test_a_province_s_body_that_gives_something_in_a_district_s_article_is_no_place_of_it() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH\n\nHải Hậu mừng thọ người cao tuổi\n\n"
            "Năm 2024, toàn huyện mừng thọ cho 6.842 người cao tuổi. Mỗi cụ thọ 90 tuổi được UBND tỉnh tặng 500.000 "
            "đồng.\n")
    found = _by_value(text, published="2024-01-22")
    assert found[500000].location == "Hải Hậu"
