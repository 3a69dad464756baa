"""Rules from the probe sets 505-510 (the last stop's measure, opened at the sixtieth stop) and from the error classes of
the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_classifier_before_a_rate_denominator_keeps_the_denominator() -> None:
    # (`ca` counts cases; the rate is per ten thousand people, `vạn dân`, two words)
    found = _by_value("Năm 2024, tỷ lệ mắc sốt xuất huyết là 41,6 ca/vạn dân.")
    assert found[41.6].unit == "ca/vạn dân" and found[41.6].kind == "measure"
    found = _by_value("Tuyến xe buýt số 3 chạy 24 chuyến/ngày.")
    assert found[24].unit == "chuyến/ngày"


def test_a_day_and_its_night_is_one_denominator() -> None:
    found = _by_value("Nhà máy nước Cần Thơ 2 có công suất 50.000 m³/ngày đêm.")
    assert found[50_000].unit == "m³/ngày đêm"
    # (the thing measured between the unit and the slash is what is measured)
    found = _by_value("Các khu công nghiệp xử lý khoảng 180.000 m3 nước thải/ngày đêm.")
    assert found[180_000].unit == "m3/ngày đêm" and found[180_000].subject == "nước thải"


def test_a_two_word_denominator_of_a_price_is_kept_whole() -> None:
    found = _by_value("Giá thuê đất bình quân 45 USD/m²/chu kỳ thuê.")
    assert found[45].unit == "USD/m²/chu kỳ"


def test_players_and_medals_by_their_initials_are_counted_nouns() -> None:
    found = _by_value("Giải năm nay có 16 đội với 352 cầu thủ tham gia.")
    assert found[352].unit == "cầu thủ"
    found = _by_value("Tại SEA Games 32, đoàn Việt Nam giành 136 HCV, 105 HCB và 118 HCĐ.")
    assert [found[v].unit for v in (136, 105, 118)] == ["HCV", "HCB", "HCĐ"]


def test_chua_den_before_a_number_is_no_word_of_what_is_measured() -> None:
    found = _by_value("Phát triển cụm công nghiệp: tỷ lệ lấp đầy chưa đến 53%")
    assert found[53].subject == "tỷ lệ lấp đầy" and found[53].approx == "under"
    # (`chưa đạt chuẩn` says which ones are counted: it stays)
    found = _by_value("Năm 2024, tỷ lệ trường chưa đạt chuẩn là 20%.")
    assert found[20].subject == "tỷ lệ trường chưa đạt chuẩn"


def test_the_commune_word_of_hop_tac_xa_is_no_place() -> None:
    found = _by_value("Toàn tỉnh Đồng Tháp có 247 hợp tác xã (HTX) nông nghiệp đang hoạt động.")
    assert found[247].subject.startswith("hợp tác xã") and found[247].location == "Đồng Tháp"


def test_a_share_followed_by_its_members_and_what_they_do_measures_those_members() -> None:
    found = _by_value("Mục tiêu đến năm 2030 có 5.000 HTX nông nghiệp, trong đó ít nhất 50% HTX tham gia liên kết theo "
                      "chuỗi giá trị.")
    assert found[50].subject == "HTX tham gia liên kết theo chuỗi giá trị"
    found = _by_value("Hiện khoảng 70% HTX nông nghiệp chưa tiếp cận được vốn vay.")
    assert found[70].subject == "HTX nông nghiệp chưa tiếp cận được vốn vay"
    # (a share of a plan names the plan after it, an indicator's head: as before)
    found = _by_value("Năm 2024, tỷ lệ giải ngân đạt 50% kế hoạch vốn.")
    assert "giải ngân" in found[50].subject


def test_a_bracket_after_a_name_is_the_named_item_s_not_the_count_s_before_it() -> None:
    text = ("Năm 2024, tỷ lệ dân số nông thôn dùng nước sạch của Hà Tĩnh cao nhất là thị xã Kỳ Anh (82,4%); thấp nhất là "
            "hai huyện miền núi Hương Khê (38,2%) và Vũ Quang (35,7%).")
    found = _by_value(text)
    assert found[38.2].kind == "percent" and found[38.2].location == "Hương Khê"
    assert found[35.7].location == "Vũ Quang"
    assert "tỷ lệ dân số nông thôn dùng nước sạch" in found[38.2].subject
    # (a share in brackets right after a count and the words that say which is still the count's)
    found = _by_value("Năm 2024, có 412 cán bộ, công chức hoàn thành xuất sắc nhiệm vụ (18,84%).")
    assert found[412].percent == 18.84 and 18.84 not in {f.value for f in found.values() if f is not found[412]}


def test_numbers_of_names_are_no_figures() -> None:
    # a hamlet or a group listed after another by its word and number
    values = {f.value for f in extract("Đề nghị bà con thôn 1, thôn 3 và tổ 5 khẩn trương đăng ký lắp đặt.").figures}
    assert 5 not in values
    # a pipeline named after a river and its number, a substation by its name and number, before a size or a time
    found = _by_value("Tuyến ống nước sông Đà 2 dài 47 km.")
    assert set(found) == {47}
    # a slogan of a movement in quotes
    found = _by_value('Hưởng ứng phong trào "Mỗi tuần 15 phút diệt lăng quăng", người dân đã dọn vệ sinh 1.200 hộ.')
    assert 15 not in found and 1200 in found
    # an army hospital by its number
    found = _by_value("Các bác sĩ Bệnh viện Trung ương Quân đội 108 hôm 31/5 đã khám cho 300 người.")
    assert set(found) == {300}


def test_a_share_named_by_la_and_its_members_measures_those_members() -> None:
    found = _by_value("Các KCN tạo việc làm cho khoảng 4,2 triệu lao động trực tiếp, trong đó khoảng 60% là lao động nữ.")
    assert found[60].subject == "lao động nữ"
    # (the whole said first, `Trong số …`, names whose share it is)
    found = _by_value("Trong số thí sinh trúng tuyển, khoảng 64% là học sinh tỉnh Bình Định.")
    assert found[64].subject.startswith("thí sinh trúng tuyển là học sinh")
    # (`là` before a judgement is no member: the share keeps its indicator)
    found = _by_value("Tỷ lệ hộ nghèo năm 2024 là 5%, là mức thấp nhất từ trước đến nay.")
    assert found[5].subject == "Tỷ lệ hộ nghèo"


def test_a_body_of_a_place_before_a_colon_is_who_not_what() -> None:
    found = _by_value("TAND tỉnh Bắc Giang: Giải quyết 96,2% số vụ, việc")
    assert found[96.2].subject == "số vụ, việc" and found[96.2].location == "Bắc Giang"
    # (an acronym alone before the colon names the indicator)
    found = _by_value("BHYT: 95,2% dân số tham gia.")
    assert found[95.2].subject == "BHYT"


def test_teams_are_no_part_of_a_count_of_people() -> None:
    found = _by_value("Lễ hội có 1.500 nghệ nhân, diễn viên tham gia, trong đó có 15 đội cồng chiêng.")
    assert found[15].total is None
    # (people are parts of people; businesses and households of taxpayers)
    found = _by_value("Giải thu hút 9.200 vận động viên, trong đó có hơn 1.300 người nước ngoài.")
    assert found[1300].total == 9200
    found = _by_value("Toàn tỉnh có 4.875 người nộp thuế, trong đó 1.126 doanh nghiệp và 3.749 hộ.")
    assert found[1126].total == 4875


def test_medal_columns_keep_their_initials_and_a_rank_column_holds_ranks() -> None:
    text = ("Bảng 1. Thành tích các môn trọng điểm 9 tháng năm 2024\nMôn | Số VĐV | HCV | HCB\nVật | 18 | 12 | 9\n"
            "Điền kinh | 22 | 8 | 11")
    found = _by_value(text, "2024-10-05")
    assert found[12].unit == "HCV" and found[18].unit == "VĐV"
    text = ("Bảng tổng sắp huy chương\nĐơn vị tính: huy chương\nĐơn vị | HCV | HCB | Xếp hạng toàn đoàn\n"
            "TP Tam Kỳ | 68 | 52 | 1\nThị xã Điện Bàn | 55 | 49 | 2")
    found = _by_value(text, "2024-10-05")
    assert found[2].kind == "rank" and found[55].unit == "huy chương"


def test_bare_districts_listed_with_bracketed_figures_are_districts() -> None:
    found = _by_value("Năm 2024, tỉnh Đắk Lắk có 12 đội cồng chiêng. Các địa phương có nhiều đội nhất là Krông Bông (3 "
                      "đội), Lắk (4 đội), Buôn Đôn (2 đội).")
    assert found[4].location == "Lắk" and found[2].location == "Buôn Đôn"
    found = _by_value("Năm 2024, tỉnh Sóc Trăng có 92 chiếc ghe Ngo, nhiều nhất là Mỹ Xuyên (21 chiếc), Trần Đề (16 chiếc), "
                      "Châu Thành (14 chiếc).")
    assert found[14].location == "Châu Thành"


def test_a_name_said_to_be_a_locality_or_ranked_with_its_figure_is_a_district() -> None:
    found = _by_value("Năm 2023, Hà Nội có 27.000 ha rừng. Trong đó, Ba Vì là địa phương có diện tích rừng lớn nhất với "
                      "10.480 ha, tiếp đến là Sóc Sơn 4.620 ha.")
    assert found[10_480].location == "Ba Vì" and found[4620].location == "Sóc Sơn"
    found = _by_value("Năm 2024, tỷ lệ hộ dùng nước sạch của Hà Giang cao nhất là Vị Xuyên (85,2%), Hoàng Su Phì (70,1%); "
                      "thấp nhất là Bắc Quang với 38,6%.")
    assert found[85.2].location == "Vị Xuyên" and found[38.6].location == "Bắc Quang"


def test_places_listed_before_lan_luot_after_what_they_suffered() -> None:
    found = _by_value("Năm 2023, dịch tả lợn châu Phi xảy ra ở Nghệ An. Các huyện Yên Thành, Diễn Châu và Quỳnh Lưu bị "
                      "thiệt hại nặng nhất, với số lợn tiêu hủy lần lượt là 5.214 con, 4.870 con và 3.925 con.")
    assert [found[v].location for v in (5214, 4870, 3925)] == ["Yên Thành", "Diễn Châu", "Quỳnh Lưu"]


def test_a_district_after_its_commune_where_something_happened_places_it() -> None:
    found = _by_value("Năm 2024, Hà Tĩnh xảy ra 12 vụ cháy rừng. Ngày 12/5, vụ cháy tại tiểu khu 229 thuộc xã Thạch "
                      "Điền, huyện Thạch Hà, thiêu rụi ước khoảng 15 ha rừng thông.")
    assert found[15].location == "Thạch Hà" and found[12].location == "Hà Tĩnh"


def test_a_district_namesake_among_local_names_is_no_district() -> None:
    text = ("Năm 2023, Đà Nẵng có 5 trạm xử lý nước thải (Hòa Cường 80.000 m³/ngày đêm, Phú Lộc 40.000 m³/ngày đêm, "
            "Thọ Quang 20.000 m³/ngày đêm). Sở vẫn nhận 74 phản ánh về mùi hôi tại trạm Hòa Cường và Phú Lộc.")
    found = _by_value(text)
    assert found[40_000].location == "Đà Nẵng" and found[74].location == "Đà Nẵng"


def test_a_street_address_and_a_ranked_district_in_a_headline_place_nothing() -> None:
    text = ("Giải ngân vốn Chương trình MTQG 1719 đạt gần 64% sau 3 năm\n\nSáng 4/12, tại trụ sở Ủy ban Dân tộc (số 349 "
            "Đội Cấn, Ba Đình, Hà Nội), Ban Chỉ đạo Trung ương họp đánh giá kết quả.\n\nChương trình đã hỗ trợ nhà ở "
            "cho 68.532 hộ.")
    assert _by_value(text, "2024-12-05")[68_532].location == "Việt Nam"
    text = ("Bế mạc Đại hội Thể dục thể thao tỉnh lần thứ IX: TP Tam Kỳ dẫn đầu với 68 HCV\n\nĐại hội Thể dục thể thao "
            "tỉnh Quảng Nam lần thứ IX đã bế mạc tối 25/8 tại Nhà thi đấu đa năng tỉnh (số 2 Hùng Vương, TP Tam Kỳ). "
            "Đại hội có 3.850 vận động viên.\n\nBan Tổ chức đã trao 1.236 bộ huy chương các loại.")
    found = _by_value(text, "2022-08-26")
    assert found[1236].location == "Quảng Nam" and found[68].location == "Tam Kỳ"


def test_a_share_of_money_after_the_count_of_those_paid_is_the_sum_s() -> None:
    found = _by_value("Đến nay, huyện đã chi trả 412,8 tỷ đồng cho 593 hộ, đạt 84,9% kinh phí bồi thường.")
    assert found[412_800_000_000].percent == 84.9 and found[593].percent is None


def test_a_price_per_mot_kg_is_a_rate() -> None:
    found = _by_value("Giá lợn hơi đạt 62.000 đồng một kg.")
    assert found[62_000].unit == "đồng/kg" and found[62_000].subject == "Giá lợn hơi"


def test_a_target_does_not_reach_a_clause_that_says_what_is_so_now() -> None:
    found = _by_value("Tỉnh đặt mục tiêu đến năm 2025 có ít nhất 50% người trưởng thành sử dụng thanh toán số, trong khi "
                      "tỷ lệ hiện nay mới khoảng 8,3%.")
    assert found[50].status == "target" and found[8.3].status == "actual"


def test_a_number_joined_by_va_to_a_change_is_another_figure_s_change() -> None:
    found = _by_value("Năm 2024, toàn tỉnh xảy ra 5 vụ ngộ độc thực phẩm với 58 người mắc, giảm 1 vụ và 39 người mắc so "
                      "với năm 2023.")
    assert found[5].change.value == 1 and found[58].change.value == 39 and 39 not in found
    assert found[58].change.direction == "decrease"
    # (an amount named by the verb, `vốn tăng thêm`, opens no change of a list)
    found = _by_value("Ban đã điều chỉnh cho 31 lượt dự án, gồm 19 lượt dự án FDI với tổng vốn tăng thêm 97,3 triệu USD "
                      "và 12 lượt dự án trong nước.")
    assert 12 in found and found[19].change is None


def test_a_count_of_the_province_s_localities_is_no_national_count() -> None:
    found = _by_value("Năm 2024, Nghệ An thu ngân sách 21.000 tỷ đồng. Trong tổng số 21 huyện, thành phố, thị xã, chỉ có "
                      "3 địa phương đạt trên 50% kế hoạch thu.")
    assert found[3].location == "Nghệ An"


def test_tx_is_an_abbreviation_and_a_road_through_a_district_places_there() -> None:
    found = _by_value("Năm 2024, Bình Dương có 25 dự án nhà ở xã hội. Các dự án tập trung tại TP. Thuận An (8 dự án), "
                      "TX. Bến Cát (6 dự án) và TP. Thủ Dầu Một (4 dự án).")
    assert found[6].location == "Bến Cát"
    found = _by_value("Năm 2024, Thanh Hóa kiểm tra 120 cơ sở. Ngày 12/3, đoàn kiểm tra xe tải trên Quốc lộ 1A đoạn qua "
                      "huyện Quảng Xương, phát hiện 1,2 tấn nầm lợn không có hóa đơn.")
    assert found[1.2].location == "Quảng Xương"
    found = _by_value("Năm 2024, Thái Bình thu 2.100 tỷ đồng tiền sử dụng đất. Các địa phương có số thu lớn là Vũ Thư (412 "
                      "tỷ đồng), Thái Thụy (365 tỷ đồng).")
    assert found[412_000_000_000].location == "Vũ Thư"


def test_a_bound_after_a_figure_bounds_what_that_one_measures() -> None:
    found = _by_value("Để phát triển bền vững, tỉnh hỗ trợ 50% chi phí chuyển đổi sang lồng HDPE, tối đa 30 triệu đồng/hộ.")
    assert found[30_000_000].subject == "mức hỗ trợ tối đa" and found[30_000_000].approx == "at_most"
    found = _by_value("Từ đầu năm các hãng thức ăn đã tăng giá liên tiếp 3 lần, mỗi lần 1.000-1.500 đồng/kg.")
    assert found[1000].subject.endswith("mỗi lần") and found[1000].subject != "mỗi lần"


def test_a_quota_more_than_filled_is_the_plan() -> None:
    found = _by_value("Toàn xã kết nạp 24/20 đoàn viên mới theo chỉ tiêu huyện giao.")
    assert found[24].target.value == 20 and 20 not in found


def test_a_number_said_again_by_its_unit_alone_measures_what_it_did_before() -> None:
    found = extract("Năm 2024, TP Hồ Chí Minh thu hồi khoảng 372 ha đất. Trong số 372 ha, TP Thủ Đức, huyện Hóc Môn, Củ "
                    "Chi và Bình Chánh lần lượt thu hồi 46,9 ha, 98,3 ha, 121,6 ha và 105,2 ha.").figures
    first, again = [f for f in found if f.value == 372]
    # (the land recovered: what was done to it says which land, tests/test_stop63_classes.py)
    assert first.subject == again.subject == "diện tích đất thu hồi"
    assert next(f for f in found if f.value == 46.9).subject.startswith("diện tích đất")


def test_the_thing_measured_before_two_denominators_is_the_subject() -> None:
    found = _by_value("Mỗi hộ tái định cư được hỗ trợ 30 kg gạo/nhân khẩu/tháng.")
    assert found[30].unit == "kg/nhân khẩu/tháng" and found[30].subject == "gạo"


def test_items_that_each_say_their_label_and_verb_share_the_last_unit() -> None:
    found = _by_value("Năm học này, mầm non thiếu 74, tiểu học thiếu 81 và THCS thiếu 31 giáo viên.")
    assert found[74].unit == "giáo viên" and found[81].unit == "giáo viên"
    assert "tiểu học" in found[81].subject


def test_a_bare_number_of_a_rate_named_by_its_two_nouns_is_in_that_rate() -> None:
    found = _by_value("Tỷ lệ giáo viên/lớp ở bậc tiểu học chỉ đạt 1,21.")
    assert found[1.21].unit == "giáo viên/lớp" and found[1.21].kind == "measure"
    found = _by_value("Năm 2024, tỷ lệ bác sĩ/vạn dân của tỉnh là 9,8.")
    assert found[9.8].unit == "bác sĩ/vạn dân"


def test_every_item_of_a_list_of_world_prices_is_of_no_place() -> None:
    text = ("Liên Bộ Công Thương - Tài chính vừa có Công văn về việc điều hành kinh doanh xăng dầu trong cả nước. Theo đó, "
            "bình quân giá thành phẩm xăng dầu thế giới trong kỳ là 95,8 USD/thùng "
            "xăng RON92; 98,7 USD/thùng xăng RON95, tăng 2,6% so với kỳ trước; 102,4 USD/thùng dầu điêzen; 87,5 USD/thùng "
            "dầu hỏa và 503,2 USD/tấn dầu madút.")
    found = _by_value("Giá xăng giảm nhẹ\n\n" + text, "2024-04-04")
    assert all(found[v].location is None for v in (95.8, 98.7, 102.4, 87.5, 503.2))


def test_the_days_of_a_year_are_what_is_counted_not_a_period() -> None:
    found = _by_value("Tỉnh phấn đấu đến năm 2025 có ít nhất 80% số ngày trong năm có chỉ số chất lượng không khí ở mức tốt.",
                      "2024-07-20")
    assert found[80].period.text == "đến năm 2025" and found[80].status == "target"


def test_a_reduction_of_an_amount_named_by_its_noun_is_its_own_claim() -> None:
    found = _by_value("Mục tiêu đến năm 2025, 100% xã được cảnh báo sớm, đạt 95% và giảm ít nhất 50% thiệt hại về người.")
    assert found[95].change is None and found[50].approx == "at_least"


def test_a_value_column_over_place_rows_names_its_cells_rather_than_nothing() -> None:
    text = ("Năm 2023, Chiến dịch thu hút 68.450 lượt đoàn viên tham gia. Kết quả tại một số địa phương như sau:\n\n"
            "Quận, huyện\nTình nguyện viên (lượt)\nGiá trị (triệu đồng)\nHải Châu\n9.820\n3.150\nThanh Khê\n8.640\n2.470\n")
    found = _by_value(text, "2023-09-01")
    assert found[3_150_000_000].subject == "giá trị" and found[3_150_000_000].location == "Hải Châu"
