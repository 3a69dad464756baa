"""Rules from the probe sets 391-396 (opened at the fifty-seventh stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_change_said_with_its_noun_goes_to_the_figure_said_with_it() -> None:
    found = _by_value("Năm 2024, thành phố xảy ra 36 vụ cháy, làm chết 12 người, bị thương 20 người, giảm 8 vụ, "
                      "giảm 3 người chết so với năm 2023.")
    assert found[36].change.value == 8
    assert (found[12].change.value, found[12].change.direction) == (3, "decrease")
    assert found[20].change is None
    found = _by_value("Năm 2024, thành phố xảy ra 36 vụ cháy, làm chết 12 người, bị thương 20 người, giảm 8 vụ, "
                      "tăng 4 người bị thương so với năm 2023.")
    assert found[12].change is None
    assert (found[20].change.value, found[20].change.direction) == (4, "increase")


def test_a_count_after_a_change_verb_has_no_share_in_its_bracket() -> None:
    found = _by_value("Quý I/2024, tỉnh xảy ra 120 vụ cháy, làm chết 14 người; so với quý I/2023, tăng 11 vụ (10,09%), "
                      "giảm 3 người chết (17,65%).")
    assert found[120].change.value == 11 and found[120].change.direction == "increase"
    assert found[14].change.value == 3
    assert 11 not in found and 3 not in found
    # (the bracket is the change again in percent: a figure of its own, not a share of a part)
    assert found[10.09].kind == "percent" and found[10.09].percent is None


def test_changes_in_percent_that_name_what_changed_go_to_their_figures() -> None:
    found = _by_value("Năm 2024, toàn tỉnh xảy ra 412 vụ, làm chết 150 người, bị thương 301 người; so với năm 2023 "
                      "tăng 2,1% số vụ, giảm 3,4% số người chết và giảm 1,2% số người bị thương.")
    assert [(found[v].change.value, found[v].change.direction) for v in (412, 150, 301)] == \
        [(2.1, "increase"), (3.4, "decrease"), (1.2, "decrease")]
    assert {found[v].change.baseline for v in (412, 150, 301)} == {"năm 2023"}
    assert not {2.1, 3.4, 1.2} & set(found)


def test_a_yardstick_with_a_year_is_the_changes_baseline_as_written() -> None:
    found = _by_value("Năm 2024, tỉnh có 36 vụ cháy, làm chết 12 người, bị thương 20 người; so với dịp lễ năm 2023, "
                      "tăng 8 vụ, giảm 3 người chết và tăng 4 người bị thương.")
    assert found[36].change.baseline == "dịp lễ năm 2023"


def test_a_holiday_named_without_its_dates_is_the_range_said_before() -> None:
    text = ("Trong 5 ngày nghỉ lễ (từ 27/4 đến 1/5/2024), toàn tỉnh xảy ra 21 vụ tai nạn giao thông. Riêng ngày 1/5 "
            "xảy ra 6 vụ.\n\nTrong dịp lễ, lực lượng chức năng đã xử lý 5.812 trường hợp vi phạm.")
    found = _by_value(text, published="2024-05-02")
    period = found[5812].period
    assert (str(period.start), str(period.end)) == ("2024-04-27", "2024-05-01")
    text = ("Từ ngày 8/2 đến hết ngày 14/2/2024, toàn tỉnh xảy ra 9 vụ tai nạn giao thông. Những ngày Tết, lực lượng "
            "chức năng đã xử lý 3.128 trường hợp vi phạm.")
    period = _by_value(text, published="2024-02-15")[3128].period
    assert (str(period.start), str(period.end)) == ("2024-02-08", "2024-02-14")
    # (not a holiday of its own year, nor a yardstick, nor a holiday with no range before it)
    text = ("Từ ngày 27/4 đến 1/5/2024 xảy ra 21 vụ tai nạn. Năm 2023, dịp lễ năm 2023 có 18 vụ tai nạn.")
    assert _by_value(text, published="2024-05-02")[18].period.text != "dịp lễ"
    found = _by_value("Trong dịp lễ, lực lượng chức năng đã xử lý 5.812 trường hợp vi phạm.", published="2024-05-02")
    assert found[5812].period is None or found[5812].period.start != "2024-04-27"


def test_a_same_period_column_with_its_year_is_the_same_part_of_that_year() -> None:
    text = ("Biểu 1. Một số chỉ tiêu\nChỉ tiêu | Đơn vị tính | Cùng kỳ năm 2023 | Ước thực hiện 9 tháng năm 2024\n"
            "Số trang trại | Trang trại | 41 | 46\nLao động | Người | 1.210 | 1.375\n")
    found = _by_value(text)
    assert (str(found[41].period.start), str(found[41].period.end)) == ("2023-01-01", "2023-09-30")
    assert (str(found[1375].period.start), str(found[1375].period.end)) == ("2024-01-01", "2024-09-30")
    # (beside whole years, the whole year it names)
    text = ("Chỉ tiêu | Đơn vị tính | Cùng kỳ năm 2023 | Năm 2024\nSố trang trại | Trang trại | 41 | 46\n"
            "Lao động | Người | 1.210 | 1.375\n")
    assert str(_by_value(text)[41].period.end) == "2023-12-31"


def test_a_classifier_in_a_row_labels_bracket_is_the_rows_unit_under_a_unit_line() -> None:
    text = ("Đơn vị tính: lượt\nNội dung | Năm 2023 | Năm 2024\nBạn đọc đến thư viện | 35.000 | 41.260\n"
            "Sách trao tặng (bản) | 8.000 | 9.450\nThẻ cấp mới (thẻ) | 610 | 725\n")
    found = _by_value(text)
    assert (found[41260].unit, found[9450].unit, found[725].unit) == ("lượt", "bản", "thẻ")


def test_a_note_in_brackets_that_closes_a_sentence_dates_its_figures() -> None:
    found = _by_value("Kho tài liệu số lớn nhất là Hà Nội với khoảng 412.000 trang, Đà Nẵng 215.000 trang và Cần Thơ "
                      "98.000 trang (số liệu tính đến tháng 6/2024).", published="2024-10-10")
    assert {str(found[v].period.end) for v in (412000, 215000, 98000)} == {"2024-06-30"}
    # (a bracket of a figure's own is no note on the sentence)
    found = _by_value("Thư viện có khoảng 412.000 trang tài liệu số (năm 2023 là 380.000 trang).")
    assert found[412000].period is None


def test_a_list_opened_by_a_bare_district_names_its_other_districts() -> None:
    found = _by_value("Trong quý, Thư viện tỉnh Lâm Đồng luân chuyển 9.800 bản sách, trong đó Đà Lạt 1.500 bản, "
                      "Bảo Lộc 1.450 bản, Đức Trọng 1.200 bản, Lâm Hà 1.050 bản.")
    assert [found[v].location for v in (1500, 1450, 1200, 1050)] == ["Đà Lạt", "Bảo Lộc", "Đức Trọng", "Lâm Hà"]
    # (a person's name that is also a district's is none outside such a list)
    found = _by_value("Năm 2024, tỉnh Lâm Đồng có 9.800 hộ trồng cà phê; ông Lâm Hà có 1.050 cây.")
    assert found[1050].location == "Lâm Đồng"


def test_a_papers_province_tag_over_a_lead_on_one_of_its_districts() -> None:
    text = ("Thứ sáu, 14/6/2024, 07:30 (GMT+7)\n\nLàng gốm chật vật tìm thợ trẻ\n\nHà Nội - Hơn 60% hộ dân ở làng gốm "
            "Kim Lan, huyện Gia Lâm làm nghề, song phần lớn là người cao tuổi.\n\nLàng có khoảng 1.300 hộ, doanh thu năm "
            "2023 đạt trên 150 tỷ đồng.")
    found = _by_value(text)
    assert {found[v].location for v in (60, 1300, 150e9)} == {"Gia Lâm"}
    # (a tag over a lead that names no district is the province's)
    text = ("Thứ sáu, 14/6/2024, 07:30 (GMT+7)\n\nLàng gốm chật vật tìm thợ trẻ\n\nHà Nội - Hơn 60% hộ dân ở các làng "
            "nghề làm nghề, song phần lớn là người cao tuổi.\n\nCác làng có khoảng 1.300 hộ.")
    assert _by_value(text)[1300].location == "Hà Nội"


def test_a_district_that_opens_a_sentence_as_where_is_the_place_of_the_next() -> None:
    text = ("Năm 2023, toàn tỉnh Quảng Nam có 56 làng nghề. Tại huyện Tây Giang, hợp tác xã dệt thổ cẩm hiện có 42 thành "
            "viên. Năm 2023, doanh thu của hợp tác xã đạt gần 1,2 tỷ đồng.")
    found = _by_value(text)
    assert (found[56].location, found[42].location, found[1.2e9].location) == ("Quảng Nam", "Tây Giang", "Tây Giang")
    # (an aside that places what `Riêng` sets apart is its own sentence's place only)
    text = ("Năm 2023, toàn tỉnh Quảng Nam có 56 làng nghề. Riêng làng lụa Mã Châu (thị trấn Nam Phước, huyện Duy "
            "Xuyên) hiện còn 28 hộ dệt. Thu nhập của lao động làng nghề đạt 5,8 triệu đồng/người/tháng.")
    found = _by_value(text)
    assert (found[28].location, found[5.8e6].location) == ("Duy Xuyên", "Quảng Nam")


def test_offices_forms_and_land_named_by_numbers_are_no_figures() -> None:
    found = _by_value("Năm 2024, Phòng Công chứng số 3 công chứng 8.500 hợp đồng; Sở cấp 12.450 Phiếu lý lịch tư pháp "
                      "số 1 và 3.210 phiếu số 2.")
    assert set(found) == {8500, 12450, 3210}
    found = _by_value("Năm 2024, huyện chuyển đổi 35 ha đất hai lúa sang trồng ngô.")
    assert set(found) == {35}


def test_first_in_a_ranking_said_in_words_is_a_rank_with_no_share() -> None:
    found = _by_value("Năm 2023, ngành điều Việt Nam giữ vị trí số một thế giới về xuất khẩu nhân điều, chiếm hơn 80% "
                      "thị phần toàn cầu.")
    assert (found[1].kind, found[1].percent) == ("rank", None)
    assert found[80].kind == "percent" and found[80].approx == "over"


def test_three_amounts_with_their_units_take_three_changes_in_order() -> None:
    found = _by_value("Năm 2024, phà vận chuyển 19,8 triệu lượt khách, 10,6 triệu lượt xe máy và 1,1 triệu lượt ô tô, "
                      "tăng lần lượt 3%, 2,5% và 6,2% so với cùng kỳ.")
    assert [found[v].change.value for v in (19.8e6, 10.6e6, 1.1e6)] == [3, 2.5, 6.2]
    assert not {3, 2.5, 6.2} & set(found)


def test_a_lead_that_lists_districts_is_about_their_province() -> None:
    text = ("LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NAM\n\nLiên minh Hợp tác xã tỉnh: 9 tháng thành lập mới 19 hợp tác xã\n\n"
            "Trong 9 tháng năm 2024, Liên minh Hợp tác xã tỉnh đã hỗ trợ thành lập mới 19 hợp tác xã, đạt 76% kế hoạch "
            "năm, tập trung ở các địa phương: Điện Bàn (5 hợp tác xã), Duy Xuyên (4), Thăng Bình (4).\n\n"
            "Đến nay, toàn tỉnh có 428 hợp tác xã và 956 tổ hợp tác. Liên minh đã đưa 46 hợp tác xã tham gia hội chợ.")
    found = _by_value(text)
    assert (found[428].location, found[46].location) == ("Quảng Nam", "Quảng Nam")
    assert (found[5].location, found[5].status) == ("Điện Bàn", "actual")


def test_a_meeting_held_by_a_body_with_a_comma_in_its_name_is_only_its_venue() -> None:
    text = ("BỘ Y TẾ\nTin tức - Sự kiện\n\nTổng kết công tác phòng, chống HIV/AIDS năm 2023\n\nNgày 28/2, tại Hà Nội, Cục "
            "Phòng, chống HIV/AIDS (Bộ Y tế) tổ chức Hội nghị tổng kết công tác năm 2023.\n\nTrong 11 tháng năm 2023, "
            "toàn quốc phát hiện mới 10.961 người nhiễm HIV.\n\nNam giới chiếm 83,7% số người nhiễm HIV mới.")
    found = _by_value(text)
    assert (found[10961].location, found[83.7].location) == ("Việt Nam", "Việt Nam")


def test_a_paragraph_that_opens_with_a_province_goes_on_about_it() -> None:
    text = ("Theo Cục Lâm nghiệp, cả nước có 155.290 ha rừng ngập mặn.\n\nKiên Giang hiện đứng thứ 3 vùng về diện tích "
            "rừng ngập mặn. Dự án đã trồng mới 1.350 ha tại ba huyện, trong đó An Minh 610 ha, An Biên 480 ha, Kiên "
            "Lương 260 ha. Tổng vốn dự án khoảng 4,6 triệu EUR.\n\nNgân hàng Thế giới ước tính Việt Nam có thể bán 57 "
            "triệu tín chỉ carbon mỗi năm.")
    found = _by_value(text, published="2024-12-10")
    assert (found[1350].location, found[4.6e6].location) == ("Kiên Giang", "Kiên Giang")
    assert [found[v].location for v in (610, 480, 260)] == ["An Minh", "An Biên", "Kiên Lương"]
    assert found[155290].location == found[57e6].location == "Việt Nam"


def test_a_national_marker_capitalised_in_a_name_is_no_place() -> None:
    found = _by_value("Năm 2024, Trung tâm Thánh Mẫu Toàn quốc La Vang đón 2,1 triệu lượt khách.")
    assert found[2.1e6].location != "Việt Nam"
    assert _by_value("Năm 2024, Toàn quốc có 12 trường đạt chuẩn.")[12].location == "Việt Nam"


def test_what_is_collected_is_an_amount_in_the_tables_money_unit() -> None:
    text = ("Kết quả thu phí năm 2024:\nĐơn vị tính: triệu đồng\nQuận | Số thu quý III/2024 | Số thu 9 tháng năm 2024\n"
            "Hoàn Kiếm | 4.250 | 11.800\nBa Đình | 2.130 | 6.420\n")
    found = _by_value(text)
    assert (found[4.25e9].kind, found[4.25e9].unit) == ("money", "đồng")
    assert found[6.42e9].location == "Ba Đình"


def test_a_unit_line_of_two_kinds_gives_the_unnamed_column_the_other() -> None:
    text = ("Kết quả chi trả năm 2024:\nĐơn vị tính: người; triệu đồng\nĐối tượng | Số người hưởng | Kinh phí chi trả | "
            "Qua tài khoản (%)\nNgười cao tuổi | 1.200 | 540 | 27,5\nNgười khuyết tật | 860 | 612 | 21,3\n")
    found = _by_value(text)
    assert (found[1200].unit, found[540e6].unit, found[27.5].unit) == ("người", "đồng", "%")
    # (the same things counted twice over, `vụ, việc`, are every column's)
    text = ("Đơn vị tính: vụ, việc\nLoại án | Thụ lý | Đã giải quyết | Còn lại | Tỷ lệ giải quyết (%)\n"
            "Hình sự | 1.358 | 1.331 | 27 | 98,01\nDân sự | 2.186 | 1.885 | 301 | 86,23\n")
    assert _by_value(text)[1331].unit == "vụ, việc"


def test_since_the_start_of_a_quarter_runs_to_the_publication_date() -> None:
    found = _by_value("Từ đầu quý III/2024 đến nay, toàn tỉnh tiêm phòng cúm gia cầm cho 1,2 triệu con.",
                      published="2024-09-20")
    assert (str(found[1.2e6].period.start), str(found[1.2e6].period.end)) == ("2024-07-01", "2024-09-20")


def test_an_average_change_is_the_figures_and_another_indicators_change_its_own() -> None:
    found = _by_value("Đến cuối năm 2024, công ty có 125.000 khách hàng, tăng bình quân 8,6%/năm giai đoạn 2021-2024.",
                      published="2025-01-10")
    assert found[125000].change.value == 8.6 and 8.6 not in found
    found = _by_value("Phấn đấu đến năm 2025, mỗi xã có ít nhất 1 tủ sách cộng đồng và số lượt bạn đọc tăng 10%/năm.")
    assert found[1].change is None and found[10].kind == "percent"


def test_a_rate_of_what_a_count_owns_is_no_change_of_the_count() -> None:
    found = _by_value("Lương hưu của 12.500 người được điều chỉnh tăng 15% từ ngày 1/7/2024.")
    assert found[12500].change is None and found[15].kind == "percent"
    found = _by_value("Năm 2024, huyện hỗ trợ 320 hộ của 12 xã, tăng 15% so với năm 2023.")
    assert found[320].change.value == 15


def test_a_change_said_again_after_tuc_and_a_cane_grade_between() -> None:
    found = _by_value("Mức trợ cấp tăng từ 360.000 đồng lên 500.000 đồng/tháng, tức tăng 38,9%.")
    assert found[500000].change.value == 38.9 and 38.9 not in found
    found = _by_value("Giá mía đạt 1.200.000 đồng/tấn (10 CCS), cao hơn niên vụ trước 150.000 đồng/tấn.")
    assert found[1200000].change.value == 150000 and set(found) == {1200000}


def test_a_period_in_a_closed_aside_and_a_lunar_day_date_nothing_after() -> None:
    found = _by_value("Năm 2023, bảo tàng đón 85.000 lượt khách (năm 2022 là 61.000 lượt). Trong số này có 12.000 lượt "
                      "khách quốc tế.")
    assert found[12000].period.text == "Năm 2023" and found[61000].period.text == "năm 2022"
    found = _by_value("Lễ hội đền Hùng năm 2024 diễn ra vào ngày 10 tháng 3 âm lịch, thu hút 1,2 triệu lượt khách.")
    assert found[1.2e6].period.text == "năm 2024"


def test_per_month_in_a_year_and_a_quakes_magnitude() -> None:
    found = _by_value("Thu nhập bình quân một người một tháng năm 2024 đạt 4,9 triệu đồng.")
    assert (str(found[4.9e6].period.start), str(found[4.9e6].period.end)) == ("2024-01-01", "2024-12-31")
    found = _by_value("Ngày 12/5/2024, tại huyện Kon Plông xảy ra trận động đất có độ lớn 4,2 độ richter.")
    assert (found[4.2].kind, found[4.2].unit) == ("measure", "độ richter")


def test_a_place_in_the_brackets_that_close_a_row_label_is_the_rows() -> None:
    text = ("Mực nước một số hồ chứa ngày 15/10/2024:\nĐơn vị tính: m\nHồ chứa | Mực nước | Mực nước dâng bình thường\n"
            "Hồ Trị An (Đồng Nai) | 61,2 | 62,0\nHồ Thác Mơ (Bình Phước) | 217,5 | 218,0\n")
    found = _by_value(text)
    assert (found[61.2].location, found[218].location) == ("Đồng Nai", "Bình Phước")


def test_a_census_moment_with_its_hour_is_an_as_of_date_and_a_zero_led_code_no_count() -> None:
    found = _by_value("Tại thời điểm 0 giờ ngày 1/4/2024, dân số toàn tỉnh là 1.320.500 người.")
    assert (found[1320500].period.start, str(found[1320500].period.end)) == (None, "2024-04-01")
    found = _by_value("Năm 2024, diện tích bơ 034 trồng xen cà phê đạt 1.250 ha.")
    assert set(found) == {1250}


def test_the_places_a_figure_is_spread_over_count_what_it_counts() -> None:
    found = _by_value("Tổng đàn trâu của tỉnh đạt 125.000 con, tập trung ở các huyện: Bảo Lạc 18.500 con, Nguyên Bình "
                      "15.200 con, Hà Quảng 12.800 con.")
    assert {found[v].subject for v in (18500, 15200, 12800)} == {found[125000].subject}
    assert found[15200].location == "Nguyên Bình"


def test_a_population_is_counted_in_people_without_the_word_again() -> None:
    found = _by_value("Dân số trung bình năm 2024 của tỉnh là 1.320.500 người.")
    # (its year is the period, no part of what is counted: see test_stop58_classes)
    assert found[1320500].subject == "Dân số trung bình của tỉnh"


def test_a_papers_section_path_before_its_dateline_and_a_column_of_workdays() -> None:
    text = ("BÁO BÌNH DƯƠNG | Xã hội | Thứ Ba, 12/03/2024 - 14:20\n\nCháy lớn tại công ty sản xuất mút xốp\n\n"
            "Lực lượng chức năng đã giải cứu 8 công nhân mắc kẹt.")
    assert str(extract(text).published) == "2024-03-12"
    text = ("Kết quả làm đường giao thông nông thôn năm 2024:\nHuyện | Đường bê tông (km) | Đất hiến (m2) | Ngày công\n"
            "Bảo Lâm | 12,5 | 3.200 | 1.450\nDi Linh | 9,8 | 2.100 | 980\n")
    assert _by_value(text)[1450].unit == "ngày công"


def test_values_listed_in_one_unit_share_the_noun_said_after_the_last() -> None:
    found = _by_value("Năm 2024, các huyện Bảo Lâm, Di Linh và Lâm Hà lần lượt bê tông hóa 12,5 km, 9,8 km và 7,2 km "
                      "đường giao thông nông thôn.")
    assert {found[v].subject for v in (12.5, 9.8, 7.2)} == {"đường giao thông nông thôn"}
    assert [found[v].location for v in (12.5, 9.8, 7.2)] == ["Bảo Lâm", "Di Linh", "Lâm Hà"]


def test_about_a_range_and_bare_numbers_after_the_places_a_count_names() -> None:
    found = _by_value("Năm 2024, tỷ lệ thanh toán không dùng tiền mặt đạt khoảng từ 20 đến 25%.")
    assert (found[20].value_max, found[20].approx) == (25, "about")
    found = _by_value("Năm 2024, toàn tỉnh có 1.250 tình nguyện viên tham gia, nhiều nhất là các huyện Lục Ngạn (320), "
                      "Lục Nam (285) và Yên Thế (210).")
    assert [(found[v].unit, found[v].location) for v in (320, 285, 210)] == \
        [("tình nguyện viên", "Lục Ngạn"), ("tình nguyện viên", "Lục Nam"), ("tình nguyện viên", "Yên Thế")]
