"""Rules from the probe sets 529-534 (the last stop's measure, opened at the sixty-first stop) and from the error classes
of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


_DISTRICT_PORTAL = ("Cổng thông tin điện tử huyện Tiên Du\n\n"
                    "Ngày 12/3/2024, Tổ công tác của Phòng Cảnh sát giao thông Công an tỉnh Bắc Ninh làm việc tại huyện "
                    "Tiên Du.\n\nQuý I/2024, lực lượng chức năng đã lập biên bản 1.284 trường hợp vi phạm, phạt tiền hơn "
                    "2,15 tỷ đồng.\n")


def test_a_province_ending_a_body_s_name_is_not_the_place_of_the_sentences_after_it() -> None:
    # (a district's portal: the provincial police's name says whose body it is, not where the next sentence's work was)
    found = {f.value: f for f in extract(_DISTRICT_PORTAL).figures}
    assert found[1284].location == "Tiên Du" and found[2_150_000_000].location == "Tiên Du"
    # (so is a facility named with its province, said after a figure: the people are the district's)
    text = ("Cổng thông tin điện tử huyện Tiên Du\n\nHiện huyện có 14 người đang cai nghiện tại Cơ sở cai nghiện ma túy "
            "số 1 tỉnh Bắc Ninh.\n")
    assert {f.value: f for f in extract(text).figures}[14].location == "Tiên Du"


def test_a_body_whose_report_the_sentence_opens_with_still_places_its_own_work() -> None:
    text = ("Cổng thông tin điện tử huyện Tiên Du\n\nTheo Trung tâm Đăng kiểm xe cơ giới Bắc Ninh, năm 2023 trung tâm đã "
            "kiểm định 21.463 lượt xe. Trung tâm có 2 dây chuyền kiểm định.\n")
    assert {f.value: f for f in extract(text).figures}[2].location == "Bắc Ninh"


def test_a_place_patients_are_sent_to_is_not_the_place_of_the_figures_after_it() -> None:
    text = ("Cổng thông tin điện tử tỉnh Bắc Giang\n\nNăm 2023, chi khám chữa bệnh BHYT của tỉnh Bắc Giang tăng cao, chủ "
            "yếu do số lượt chuyển tuyến ra Hà Nội còn nhiều. Qua giám định, BHXH tỉnh đã từ chối thanh toán gần 19,8 "
            "tỷ đồng.\n")
    assert {f.value: f for f in extract(text).figures}[19_800_000_000].location == "Bắc Giang"


def test_the_next_figure_of_the_same_clause_is_at_the_scene_a_place_word_gave() -> None:
    text = ("Cổng thông tin điện tử tỉnh Nghệ An\n\nTang vật thu giữ gồm 96 bánh heroin. Đáng chú ý, ngày 12/4/2024, tại "
            "Km 7 trên Quốc lộ 48 thuộc địa bàn huyện Quế Phong, lực lượng chức năng bắt quả tang 2 đối tượng vận chuyển "
            "20 bánh heroin.\n")
    found = {f.value: f for f in extract(text).figures}
    assert found[2].location == "Quế Phong" and found[20].location == "Quế Phong"


def test_a_change_whose_clause_names_its_indicator_goes_to_the_figure_counting_it() -> None:
    found = _by_value("Năm 2023, cả nước xảy ra 1.873 vụ cháy, làm 68 người chết, 87 người bị thương; số vụ cháy giảm "
                      "7,5% so với năm 2022 nhưng số người chết tăng 13 người.")
    assert 7.5 not in found and found[1873].change.value == 7.5 and found[1873].change.direction == "decrease"
    assert found[68].change.value == 13 and found[68].change.direction == "increase"
    assert found[87].change is None
    found = _by_value("Năm 2023 xảy ra 120 vụ tai nạn giao thông, làm chết 168 người, bị thương 121 người; so với năm "
                      "2022, số vụ giảm 18 vụ, số người chết giảm 11 người.")
    assert found[168].change.value == 11 and found[121].change is None


def test_the_yardstick_s_own_value_takes_no_change() -> None:
    found = _by_value("So với quý II/2024 (38 người), số người trở về tăng 21,1%.")
    assert found[38].change is None


def test_changes_in_their_order_after_a_yardstick_said_first() -> None:
    found = _by_value("Năm 2023, cả nước xảy ra 11.628 vụ, làm chết 6.300 người, bị thương 8.820 người; so với năm 2022 "
                      "giảm lần lượt 3,2%, 2,1% và 4,7%.")
    assert [found[v].change.value for v in (11_628, 6_300, 8_820)] == [3.2, 2.1, 4.7]
    assert found[6_300].change.baseline == "năm 2022" and 4.7 not in found


def test_ages_are_no_parts_of_an_age() -> None:
    found = _by_value("Tuổi thọ trung bình của người dân là 73,7 tuổi, trong đó nam 71,1 tuổi, nữ 76,5 tuổi.")
    assert found[71.1].total is None and found[76.5].total is None


def test_a_threshold_bracket_after_a_count_is_stepped_over() -> None:
    found = _by_value("Năm 2023, toàn tỉnh có 41.236 người cao tuổi (từ 60 tuổi trở lên), chiếm 16,8% dân số.")
    assert found[41_236].percent == 16.8 and 16.8 not in found


def test_ranks_over_a_region_and_the_world_without_a_ranking_verb() -> None:
    found = _by_value("Việt Nam là quốc gia đông dân thứ 3 khu vực Đông Nam Á và thứ 15 thế giới.")
    assert found[3].kind == "rank" and found[15].kind == "rank"
    # (an edition over a region is still no figure)
    assert set(_by_value("Giải đấu lần thứ 3 khu vực Đông Nam Á thu hút 500 vận động viên.")) == {500}


def test_retail_before_a_count_of_months_is_no_numeral_s_le() -> None:
    found = _by_value("Tổng mức bán lẻ 6 tháng đầu năm của Nghệ An ước đạt hơn 51 nghìn tỷ đồng.", "2024-07-20")
    period = found[51_000_000_000_000].period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2024-01-01", "2024-06-30")


def test_fairs_are_counted_by_their_two_word_noun() -> None:
    found = _by_value("Hạ Long, Cẩm Phả, Uông Bí lần lượt tổ chức 6, 4 và 3 hội chợ, phiên chợ Tết.")
    assert [found[v].unit for v in (6, 4, 3)] == ["hội chợ"] * 3


def test_parts_that_add_up_to_their_whole_leave_the_items_after_a_semicolon_siblings() -> None:
    found = _by_value("Năm 2024, toàn tỉnh có 382 chợ, trong đó 7 chợ hạng I, 41 chợ hạng II và 334 chợ hạng III; 28 siêu "
                      "thị và 6 trung tâm thương mại.")
    assert found[334].total == 382 and found[28].total is None and found[6].total is None
    # (the whole is named by its own noun, not by its first part's longer name)
    assert found[382].subject == "chợ"
    # (items that open with their number and do not yet complete the whole go on with the list, as before)
    found = _by_value("Toàn tỉnh có 27.346 người có công, trong đó 9.812 thương binh; 1.536 bệnh binh.")
    assert found[1536].total == 27_346



def test_a_table_column_of_where_each_row_was_done_places_the_row() -> None:
    text = ("Vụ Mùa 2023, Trung tâm Khuyến nông tỉnh Thanh Hóa triển khai 3 mô hình trình diễn giống lúa.\n\n"
            "Kết quả cụ thể như sau:\n\nGiống\nĐịa điểm\nQuy mô (ha)\nNăng suất (tạ/ha)\nĐối chứng (tạ/ha)\n"
            "Thái Xuyên 111\nYên Định\n25\n64,2\n56,8\nHà Phát 3\nThọ Xuân\n20\n61,5\n55,0\n"
            "J02\nNga Sơn\n15\n58,7\n54,3\n\nCác mô hình đều cho năng suất cao.\n")
    found = {f.value: f for f in extract(text).figures}
    assert found[64.2].location == "Yên Định" and found[20].location == "Thọ Xuân" and found[54.3].location == "Nga Sơn"


def test_a_port_named_with_its_province_does_not_place_a_district_s_figures() -> None:
    text = ("Cổng thông tin điện tử huyện Cần Giuộc\n\nTrong quý I/2024, Cảng quốc tế Long An (xã Tân Tập) tiếp nhận 186 "
            "lượt tàu; sản lượng hàng hóa thông qua đạt 1.935.000 tấn.\n")
    found = {f.value: f for f in extract(text).figures}
    assert found[186].location == "Cần Giuộc" and found[1_935_000].location == "Cần Giuộc"


def test_places_that_have_much_of_something_name_what_their_respective_figures_count() -> None:
    found = _by_value("Các huyện có nhiều người được điều dưỡng là Quỳnh Phụ, Hưng Hà và Thái Thụy, với lần lượt 1.486, "
                      "1.352 và 1.207 người.")
    assert [found[v].subject for v in (1486, 1352, 1207)] == ["người được điều dưỡng"] * 3
    assert found[1352].location == "Hưng Hà"


def test_what_was_done_most_at_the_places_listed_after_it_names_their_figures() -> None:
    found = _by_value("Quà Tết được phân bổ nhiều nhất tại các huyện Hải Lăng (7.215 suất), Triệu Phong (6.930 suất) và "
                      "Vĩnh Linh (5.106 suất).")
    assert [found[v].subject for v in (7215, 6930, 5106)] == ["Quà Tết được phân bổ"] * 3
    assert found[6930].location == "Triệu Phong"


def test_a_change_in_brackets_after_a_listed_place_is_the_growth_the_lead_names() -> None:
    found = _by_value("Một số khu vực có lượng hàng container tăng cao như Hải Phòng (tăng 18%), Bà Rịa - Vũng Tàu (tăng "
                      "26%) và Đà Nẵng (tăng 12%).")
    assert [found[v].subject for v in (18, 26, 12)] == ["lượng hàng container tăng"] * 3
    assert found[26].location == "Bà Rịa - Vũng Tàu"


def test_a_listed_length_that_names_its_thing_is_not_an_earlier_figure_s_indicator() -> None:
    found = _by_value("Hệ thống thoát nước hiện có trạm bơm Yên Sở công suất 90 m³/s, 45 hồ điều hòa, khoảng 1.200 km cống, "
                      "147 km mương và 39 km sông thoát nước.")
    assert found[90].subject == "công suất"
    assert [found[v].subject for v in (1200, 147, 39)] == ["cống", "mương", "sông thoát nước"]


def test_a_change_by_as_much_as_is_the_figure_s_change() -> None:
    found = _by_value("Lượng cát đổ về chỉ còn khoảng 4 triệu tấn/năm, giảm tới 90% so với thập niên 1990.")
    assert 90 not in found and found[4_000_000].change.value == 90 and found[4_000_000].change.direction == "decrease"


def test_times_after_a_comparison_with_its_yardstick_named_are_a_multiple() -> None:
    found = _by_value("Tại một số phiên, giá trúng cao hơn giá khởi điểm từ 20 đến 35 lần.")
    assert found[20].kind == "multiple" and found[20].value_max == 35
    found = _by_value("Khối lượng khai thác thực tế vượt kê khai từ 1,3 đến 1,8 lần.")
    assert found[1.3].kind == "multiple"
    # (exceeding a plan a number of times, with no range, may count times: left a count)
    assert _by_value("Năm nay tỉnh đã kiểm tra vượt kế hoạch 3 lần.")[3].kind == "count"


def test_a_count_of_the_places_things_were_sent_to_leaves_the_change_to_the_things() -> None:
    found = _by_value("Năm 2023, thư viện luân chuyển 5.640 bản sách xuống 18 xã, gấp 2,1 lần năm trước.")
    assert found[5640].change.value == 2.1 and found[18].change is None


def test_things_the_sentence_opens_with_and_spreads_over_places_are_what_the_places_count() -> None:
    found = _by_value("Các mỏ đang hoạt động tập trung trên sông Tiền và sông Hậu, gồm huyện Chợ Mới (7 mỏ), An Phú (5 mỏ) "
                      "và thị xã Tân Châu (3 mỏ).")
    assert [found[v].subject for v in (7, 5, 3)] == ["mỏ đang hoạt động"] * 3


def test_a_district_named_by_its_number_is_a_list_item() -> None:
    found = _by_value("Năm 2024, thành phố di dời 815 căn, tập trung tại Quận 8 (342 căn), quận Bình Thạnh (205 căn) và "
                      "Quận 4 (118 căn).")
    assert found[342].subject == found[118].subject == found[205].subject


def test_places_with_the_most_people_name_what_their_visits_count() -> None:
    found = _by_value("Các địa phương có đông tình nguyện viên nhất gồm TP. Vinh (14.200 lượt), Diễn Châu (9.850 lượt) và "
                      "Yên Thành (8.015 lượt).")
    assert [found[v].subject for v in (14_200, 9_850, 8_015)] == ["lượt tình nguyện viên"] * 3


def test_bracketed_amounts_of_listed_places_that_add_up_to_an_amount_before_them_are_its_parts() -> None:
    found = _by_value("Ngành nông nghiệp đã tổ chức 64 lớp tập huấn cho 3.150 nông dân tại các huyện Hải Lăng (22 lớp), "
                      "Triệu Phong (19 lớp), Gio Linh (14 lớp) và Cam Lộ (9 lớp).")
    assert [found[v].total for v in (22, 19, 14, 9)] == [64] * 4
    # (some of the places only, not adding up: no whole)
    found = _by_value("Toàn tỉnh có 120 lớp học, tập trung tại Hải Lăng (22 lớp), Triệu Phong (19 lớp).")
    assert found[22].total is None


def test_a_part_whose_clause_says_no_status_takes_its_estimated_whole_s() -> None:
    found = _by_value("Tính chung 10 tháng năm 2024, tổng mức bán lẻ ước đạt 203.517,2 tỷ đồng. Xét theo ngành hoạt động, "
                      "trong 10 tháng: doanh thu bán lẻ hàng hóa đạt 150.912,6 tỷ đồng; doanh thu dịch vụ đạt 52.604,6 tỷ "
                      "đồng.", "2024-11-20")
    part = found[150_912_600_000_000]
    assert part.total == 203_517_200_000_000 and part.status == "estimate"


def test_a_package_s_code_is_no_figure_and_tells_no_number_style() -> None:
    found = _by_value("Theo Cục Hàng không, gói thầu 5.10 gồm đường cất hạ cánh dài 4.000 m, đường lăn dài 2.600 m.")
    assert set(found) == {4000, 2600}


def test_a_bare_number_of_thousands_after_an_item_said_in_millions_is_the_item_s_count() -> None:
    found = _by_value("Dẫn đầu là TP Hồ Chí Minh với 1,8 triệu tài khoản, tiếp đến là Hà Nội 1,1 triệu và Bình Dương "
                      "486.000.")
    assert found[486_000].unit == "tài khoản" and found[486_000].location == "Bình Dương"


def test_people_said_with_the_households_the_cue_follows_are_the_whole_of_people_parts() -> None:
    found = _by_value("Làng gốm Bàu Trúc hiện có 420 hộ với khoảng 650 thợ gốm, trong đó có 1 Nghệ nhân nhân dân và 14 "
                      "Nghệ nhân ưu tú.")
    assert found[14].total == 650 and found[1].total == 650


def test_a_district_s_name_in_a_resettlement_area_s_name_places_nothing() -> None:
    found = _by_value("Khu tái định cư Lộc An - Bình Sơn rộng 282 ha, đã bố trí 4.420 lô đất.")
    assert found[282].location is None and found[4420].location is None


def test_a_second_list_after_a_respective_one_is_in_the_same_order_of_places() -> None:
    found = _by_value("Về tỷ lệ kích hoạt tài khoản, Bắc Ninh, Hà Nam và Đà Nẵng lần lượt xếp thứ 1, 2 và 3 toàn quốc với "
                      "96,8%, 95,1% và 94,7%.")
    assert [found[v].location for v in (96.8, 95.1, 94.7)] == ["Bắc Ninh", "Hà Nam", "Đà Nẵng"]


def test_an_amount_named_after_voi_is_that_amount() -> None:
    found = _by_value("Tỉnh đã lắp đặt 18 bể bơi di động tại các trường học như Trường Tiểu học Mỹ An 2, Trường THCS Phú "
                      "Thành A với tổng kinh phí hơn 2,7 tỷ đồng.")
    assert found[2_700_000_000].subject == "tổng kinh phí"
    found = _by_value("Năm 2023, 2.315 trẻ em có hoàn cảnh đặc biệt được hỗ trợ tiền mặt với mức từ 500.000 đến 1 triệu "
                      "đồng/em.")
    assert found[500_000].subject == "mức hỗ trợ tiền mặt"


def test_a_same_period_column_spans_the_part_of_the_year_the_table_reports() -> None:
    text = ("Bảng 1. Một số chỉ tiêu lâm nghiệp 9 tháng năm 2024\n"
            "Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Cùng kỳ năm 2023\n"
            "Trồng rừng tập trung | ha | 7.500 | 6.120 | 5.840\n"
            "Khai thác gỗ rừng trồng | m³ | 1.150.000 | 842.300 | 796.500\n")
    found = {f.value: f for f in extract(text, published="2024-10-15").figures}
    period = found[5840].period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2023-01-01", "2023-09-30")


def test_a_planned_quarter_is_not_the_quarter_a_later_trong_quy_reports_on() -> None:
    text = ("Kết quả đăng ký cư trú quý III/2024\n\nTrong quý III/2024, Công an tỉnh tiếp nhận 27.648 hồ sơ.\n\n"
            "Thủ tục | Quý III/2024 | Kế hoạch quý IV/2024\nĐăng ký thường trú | 5.730 | 5.500\n"
            "Đăng ký tạm trú | 13.905 | 13.000\n\nTrong quý, ứng dụng tiếp nhận 386.512 lượt khai báo lưu trú.\n")
    found = {f.value: f for f in extract(text, published="2024-10-10").figures}
    period = found[386_512].period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2024-07-01", "2024-09-30")


def test_a_province_s_letter_whose_body_runs_on_to_a_second_line_reports_on_the_province() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 214/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\nTình hình "
            "tai nạn lao động 6 tháng đầu năm 2024\n\nCác vụ tai nạn lao động xảy ra chủ yếu tại các khu công nghiệp "
            "Yên Phong, Quế Võ. Toàn tỉnh xảy ra 46 vụ tai nạn lao động, làm chết 12 người.\n")
    found = {f.value: f for f in extract(text, published="2024-07-15").figures}
    assert found[46].location == "Bắc Ninh"


def test_a_column_of_things_counted_by_their_acronym_at_a_date_is_as_of_that_date() -> None:
    text = ("Bảng: Số lượng máy ATM, POS theo huyện\nĐơn vị tính: máy\nHuyện | ATM 31/12/2023 | ATM 30/6/2024\n"
            "Châu Thành | 21 | 22\nBa Tri | 18 | 19\n")
    found = {f.value: f for f in extract(text).figures}
    assert found[21].period.start is None and found[21].period.end.isoformat() == "2023-12-31"


def test_changes_in_order_after_two_counts_named_by_an_acronym() -> None:
    found = _by_value("Đến 30/6/2024, toàn tỉnh có 168 máy ATM và 2.946 máy POS, tăng lần lượt 6 máy và 412 máy so với "
                      "cuối năm 2023.")
    assert found[168].change.value == 6 and found[2946].change.value == 412 and 412 not in found


def test_places_listed_before_a_month_then_lan_luot_pair_with_its_figures() -> None:
    found = _by_value("Công suất phòng khách sạn tại Phú Quốc, Đà Nẵng và Nha Trang trong tháng 6 lần lượt đạt 85%, 80% "
                      "và 78%.")
    assert [found[v].location for v in (85, 80, 78)] == ["Phú Quốc", "Đà Nẵng", "Nha Trang"]


def test_people_after_a_cue_that_follows_firms_are_parts_of_the_people_counted_with_them() -> None:
    found = _by_value("Năm 2024, các doanh nghiệp đã huấn luyện an toàn cho 9.874 người lao động tại 1.426 doanh nghiệp, "
                      "trong đó 6.120 người là đoàn viên công đoàn.")
    assert found[6120].total == 9874


def test_a_change_whose_clause_names_the_counted_noun_goes_to_the_figure_of_its_kind() -> None:
    found = _by_value("Năm 2024, thành phố xảy ra 41 vụ tai nạn lao động làm 43 người bị nạn, trong đó 8 người chết; số vụ "
                      "giảm 10,9% so với cùng kỳ.")
    assert found[41].change.value == 10.9 and 10.9 not in found


def test_a_range_of_voltage_classes_names_lines_and_is_no_figure() -> None:
    assert set(_by_value("EVN đã đóng điện 247 công trình lưới điện từ 110 kV đến 500 kV.")) == {247}


def test_a_body_that_plans_a_work_with_ke_hoach_as_its_verb_states_a_target() -> None:
    found = _by_value("Vụ Mùa năm 2024, tỉnh kế hoạch gieo cấy 74.000 ha lúa, trong đó lúa chất lượng cao 45.000 ha.")
    assert found[74_000].status == "target" and found[45_000].status == "target"
    # (`chất lượng cao` is a quality: no height)
    assert found[45_000].subject == "diện tích lúa chất lượng cao"


def test_land_said_with_va_after_a_sum_is_the_land_the_same_verb_did() -> None:
    found = _by_value("Qua thanh tra, phát hiện vi phạm về kinh tế 182.436 tỷ đồng và 3.862 ha đất; kiến nghị thu hồi "
                      "61.278 tỷ đồng và 1.145 ha đất.")
    assert found[1145].subject == "diện tích đất kiến nghị thu hồi"


def test_a_field_in_a_district_that_opens_a_paragraph_after_a_time_places_its_sentences() -> None:
    text = ("Báo Đồng Tháp\n\nTỉnh Đồng Tháp thu hoạch lúa hè thu.\n\nNhững ngày này, trên cánh đồng ấp 3, xã Tân Hòa, huyện "
            "Lai Vung, máy gặt đập liên hợp hoạt động liên tục. Ông Trần Văn Hai vừa thu hoạch 3 ha lúa OM 18, năng suất "
            "6,8 tấn/ha.\n")
    found = {f.value: f for f in extract(text).figures}
    assert found[3].location == "Lai Vung" and found[6.8].location == "Lai Vung"


def test_a_change_after_the_places_a_count_happened_in_said_as_a_part_of_all_is_the_count_s() -> None:
    found = _by_value("Năm 2024, cả nước ghi nhận 48.716 ca mắc sốt xuất huyết tại 62/63 tỉnh, thành phố, tăng 23,5% so với "
                      "cùng kỳ.")
    assert found[48_716].change.value == 23.5 and found[62].change is None


def test_both_and_the_first_day_of_a_night_are_no_figures() -> None:
    assert set(_by_value("Cả hai bệnh đều có xu hướng tăng, với 1.200 ca mắc.")) == {1200}
    assert set(_by_value("Đêm 21 rạng sáng 22/9, mưa lớn gây ngập 1.200 ngôi nhà.")) == {1200}


def test_a_bracket_after_a_threshold_breaks_down_the_count_before_it() -> None:
    found = _by_value("Xã hiện có 9 trang trại gà quy mô từ 10.000 con trở lên (ấp 2 có 4 trang trại, ấp 5 có 3 trang trại, "
                      "ấp Suối Đá có 2 trang trại).")
    assert [found[v].total for v in (4, 3, 2)] == [9] * 3
    assert found[10_000].unit == "con" and found[10_000].approx == "at_least"


def test_the_school_year_a_report_is_about() -> None:
    found = _by_value("Năm học 2023-2024, toàn huyện có 112 trường học. Trong năm học, huyện đã đầu tư hơn 36,5 tỷ đồng.")
    period = found[36_500_000_000].period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2023-09-01", "2024-05-31")
    period = _by_value("Năm học này, thành phố có 75 học sinh đoạt giải quốc gia.", "2024-08-28")[75].period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2023-09-01", "2024-05-31")


def test_a_threshold_in_a_count_s_words_leaves_the_change_after_it_to_the_count() -> None:
    found = _by_value("Trong quý III/2024, mạng lưới trạm địa chấn quốc gia ghi nhận 64 trận động đất có độ lớn từ 2,5 trở "
                      "lên trên lãnh thổ và vùng biển Việt Nam, tăng 18,5% so với cùng kỳ năm 2023.")
    assert found[64].change.value == 18.5 and 18.5 not in found
    # (`cả ba … trong đó hai` is a whole and its part: counted)
    found = _by_value("Cả ba đề tài đều được đánh giá đạt, trong đó hai đề tài xếp loại khá.")
    assert found[2].total == 3


def test_the_highest_rate_is_the_rate_the_sentence_before_gave() -> None:
    found = _by_value("Tính đến ngày 15/11/2023, toàn thành phố đã lập hồ sơ sức khỏe điện tử cho 1.024.376 người, đạt 82,7% "
                      "dân số. Trong đó, quận Ninh Kiều đạt tỷ lệ cao nhất với 91,4%, tiếp đến là quận Bình Thủy (88,6%).")
    assert found[91.4].subject == found[88.6].subject == "tỷ lệ người được lập hồ sơ sức khỏe điện tử"
