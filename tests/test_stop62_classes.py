"""Rules from the probe sets 559-564 (the last stop's measure, opened at the sixty-second stop) and from the error classes
of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_table_written_one_cell_per_line_whose_rows_open_with_a_code_is_read() -> None:
    # (a code column, `Mã hàng`, holds identifiers: each row opens with one, and no code is a figure)
    text = ("Kim ngạch xuất khẩu một số mặt hàng chủ lực quý I/2024 của tỉnh Bình Dương như sau.\n\n"
            "Đơn vị tính: triệu USD\n\nMã HS\nMặt hàng\nQuý I/2023\nQuý I/2024\n"
            "9403\nĐồ gỗ nội thất\n412,5\n498,2\n6403\nGiày dép\n305,1\n331,8\n8517\nĐiện thoại linh kiện\n120,4\n97,6\n")
    found = _by_value(text)
    assert not {9403, 6403, 8517} & set(found)
    assert found[498_200_000].unit == "USD" and "Giày dép" in found[331_800_000].subject
    assert found[97_600_000].period.text == "Quý I/2024"


def test_places_given_out_as_a_quota_are_a_plan() -> None:
    found = _by_value("Năm 2024, Trường Đại học Vinh được giao 6.200 chỉ tiêu tuyển sinh đại học chính quy; đến ngày "
                      "30/9/2024 có 5.480 thí sinh nhập học.")
    assert found[6200].status == "target" and found[5480].status == "actual"
    found = _by_value("Sở đề nghị giao cho huyện 320 chỉ tiêu biên chế giáo viên năm 2025, trong đó 120 chỉ tiêu mầm non.")
    assert found[320].status == "target" and found[120].status == "target"
    # (indicators of a plan counted are facts: `đạt 24 chỉ tiêu chủ yếu`)
    assert _by_value("Năm 2023, huyện được giao 24 chỉ tiêu chủ yếu, đạt và vượt 20 chỉ tiêu.")[20].status == "actual"


def test_a_distance_at_sea_is_measured_in_nautical_miles() -> None:
    found = _by_value("Năm 2024, các tàu tuần tra đã hành trình 9.846,5 hải lý.")
    assert found[9846.5].kind == "measure" and found[9846.5].unit == "hải lý"


def test_a_place_a_distance_is_measured_from_is_neither_where_nor_what_the_article_is_about() -> None:
    text = ("Cứu 14 ngư dân trên tàu cá chìm cách Lý Sơn 70 hải lý\n\nQuảng Ngãi - Tàu cá QNg 95479 TS bị sóng đánh chìm "
            "khi đang khai thác cách đảo Lý Sơn khoảng 70 hải lý về phía đông, 14 thuyền viên được tàu bạn cứu sau gần 6 "
            "giờ trôi dạt.\n\nTừ đầu năm đến nay, trên vùng biển tỉnh xảy ra 37 vụ tai nạn tàu cá.\n")
    figures = extract(text).figures
    assert {f.location for f in figures} == {"Quảng Ngãi"}
    distance = next(f for f in figures if f.value == 70 and "về phía" in f.sentence[f.end - f.start + 200:] + f.sentence)
    assert distance.subject == "khoảng cách đến đảo Lý Sơn" or "Lý Sơn" in distance.subject
    found = _by_value("Trường cách trung tâm huyện hơn 40 km, có 320 học sinh. Người dân làm đường bằng cách đổ 20 km đá.")
    assert found[40].subject == "khoảng cách đến trung tâm huyện" and found[40].approx == "over"
    assert not (found[20].subject or "").startswith("khoảng cách")


def test_today_is_the_day_of_publication_and_up_to_today_is_as_of_it() -> None:
    found = _by_value("Chiều nay, nhiệt độ tại trạm Láng lên 39,6 độ C. Tính đến 9 giờ sáng nay, toàn tỉnh đã di dời 1.260 "
                      "hộ.", published="2024-06-12")
    assert str(found[39.6].period.start) == str(found[39.6].period.end) == "2024-06-12"
    assert found[1260].period.start is None and str(found[1260].period.end) == "2024-06-12"


def test_the_average_a_level_is_set_against_and_a_record_s_year_do_not_date_it() -> None:
    text = ("Năm 2023 nóng thứ 2 trong lịch sử quan trắc\n\nTheo báo cáo, nhiệt độ trung bình năm 2023 trên phạm vi toàn "
            "quốc cao hơn trung bình giai đoạn 1991-2020 khoảng 0,8°C, xếp thứ 2 trong chuỗi số liệu quan trắc, sau năm "
            "2019. Nhiệt độ cao nhất đạt 44,2°C tại Tương Dương (Nghệ An) ngày 7/5/2023, vượt giá trị kỷ lục 43,4°C ghi "
            "nhận năm 2019.\n\nTrong năm, trên Biển Đông xuất hiện 10 cơn bão.\n")
    found = _by_value(text, published="2024-01-12")
    assert found[0.8].period.text == "năm 2023"
    assert str(found[44.2].period.start) == "2023-05-07"
    assert str(found[10].period.start) == "2023-01-01"


def test_a_range_of_temperatures_may_open_below_zero() -> None:
    found = _by_value("Nhiệt độ thấp nhất ở vùng núi cao phổ biến từ -1 đến 2°C, có nơi dưới -2,1°C.")
    assert found[-1].value_max == 2 and -2.1 in found and 1 not in found


def test_a_bare_name_the_article_s_province_has_a_district_of_is_that_district() -> None:
    text = ("Cổng thông tin điện tử tỉnh Quảng Bình\n\nTrong tháng 10/2024, trên địa bàn tỉnh xảy ra 2 đợt mưa lớn. Tổng "
            "lượng mưa tháng phổ biến từ 750 đến 1.100 mm; một số nơi cao hơn như Lệ Thủy (1.236,4 mm), Quảng Ninh "
            "(1.187 mm).\n\nNhiệt độ trung bình tháng 24,8°C.\n")
    found = _by_value(text)
    assert found[24.8].location == "Quảng Bình" and found[1187].location == "Quảng Ninh"
    # (the province by its level is the province)
    found = _by_value("Cổng thông tin điện tử tỉnh Quảng Bình\n\nĐoàn công tác của tỉnh đã học tập kinh nghiệm tại tỉnh "
                      "Quảng Ninh. Năm 2023, Quảng Ninh đón 15,8 triệu lượt khách.\n")
    assert found[15_800_000].location == "Quảng Ninh"


def test_the_lead_of_the_bank_for_social_policies_reports_on_the_country() -> None:
    text = ("Hơn 620.000 lao động được vay vốn tạo việc làm trong 9 tháng\n\nDoanh số cho vay giải quyết việc làm 9 tháng "
            "qua đạt 27.450 tỷ đồng, tăng 18,5% so với cùng kỳ năm ngoái, theo Ngân hàng Chính sách xã hội (NHCSXH).\n")
    assert _by_value(text, published="2024-10-08")[27_450_000_000_000].location == "Việt Nam"
    text = ("Báo Quảng Bình điện tử\n\nVốn tín dụng chính sách tiếp sức cho người nghèo\n\n(QBĐT) - Đến ngày 30/9/2023, "
            "tổng nguồn vốn của Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh đạt 5.812 tỷ đồng.\n")
    assert _by_value(text)[5_812_000_000_000].location == "Quảng Bình"


def test_the_centre_of_a_city_a_distance_is_measured_from_places_nothing_but_a_district_s_centre_does() -> None:
    text = ("Cổng thông tin điện tử huyện Mai Châu\n\nBản Lác cách trung tâm Hà Nội khoảng 140 km theo Quốc lộ 6, mỗi năm "
            "đón 45.000 lượt khách.\n")
    assert {f.location for f in extract(text).figures} == {"Mai Châu"}
    text = ("Nghệ An - Trường PTDTBT THCS Mường Lống cách trung tâm huyện Kỳ Sơn khoảng 45 km, năm học mới đón 486 học "
            "sinh.\n")
    assert _by_value(text)[486].location == "Kỳ Sơn"


def test_a_change_in_a_count_s_head_noun_is_that_count_s_when_it_counts_the_noun_of_a_kind() -> None:
    found = _by_value("Trong quý III, Cục Quản lý thị trường kiểm tra 435 vụ, xử lý 358 vụ vi phạm, tăng 12 vụ so với quý "
                      "II/2024.")
    assert found[358].change.value == 12 and found[435].change is None
    # (a figure of another noun still leaves the change to the count of its noun)
    found = _by_value("Năm 2023, tỉnh có 150 vụ cháy, làm 3 người chết, giảm 20 vụ so với năm 2022.")
    assert found[150].change.value == 20


def test_the_parts_after_a_count_of_a_kind_count_into_it_not_into_the_bare_count_before() -> None:
    found = _by_value("Năm 2024, lực lượng quản lý thị trường đã kiểm tra 1.236 vụ, phát hiện và xử lý 1.128 vụ vi phạm, "
                      "tăng 6,4% so với năm 2023. Trong đó, 412 vụ buôn lậu, vận chuyển hàng cấm; 286 vụ sản xuất hàng giả.")
    assert found[412].total == 1128 and found[286].total == 1128


def test_a_share_of_the_count_it_names_as_its_base_is_the_fewer_count_s_own() -> None:
    found = _by_value("Năm 2023, lực lượng Quản lý thị trường đã kiểm tra 52.369 vụ, phát hiện và xử lý 44.563 vụ vi phạm, "
                      "chiếm 85,1% số vụ kiểm tra.")
    assert found[44563].percent == 85.1 and found[52369].percent is None
    found = _by_value("Năm 2024, tỉnh sơ tán 12.436 hộ với 38.912 người, đạt 96,3% số hộ theo phương án.")
    assert found[12436].percent == 96.3


def test_the_spot_in_a_commune_before_the_district_where_goods_were_seized_places_them() -> None:
    text = ("Cổng thông tin điện tử tỉnh Lạng Sơn\n\nNăm 2024, toàn tỉnh phát hiện 1.128 vụ vi phạm. Ngày 14/5/2024, Đội "
            "Quản lý thị trường số 4 kiểm tra xe tải tại Km 18 Quốc lộ 1A, xã Hợp Thành, huyện Cao Lộc, phát hiện 2.400 "
            "đôi giày giả mạo nhãn hiệu, trị giá gần 850 triệu đồng.\n")
    found = _by_value(text)
    assert found[1128].location == "Lạng Sơn"
    assert found[2400].location == "Cao Lộc" and found[850_000_000].location == "Cao Lộc"


def test_a_ranking_goes_on_with_bare_numbers_after_the_next_names() -> None:
    found = _by_value("Năm 2024, nhiều nhất là Hà Nội với 47 sự cố, tiếp đến Phú Thọ 22, Bắc Giang 18 và Thái Nguyên 15.")
    assert [found[v].unit for v in (47, 22, 18, 15)] == ["sự cố"] * 4
    assert found[18].location == "Bắc Giang"


def test_a_percent_change_after_what_an_amount_is_given_to_is_the_amount_s() -> None:
    found = _by_value("Năm 2024, tỉnh bố trí 186,5 tỷ đồng cho 24 công trình đê điều, tăng 12,4% so với năm 2023.")
    assert found[186_500_000_000].change.value == 12.4 and found[24].change is None
    # (unless it says it is of the count: `tăng 23,5% về số hộ`)
    found = _by_value("Quý I/2024, các địa phương đã giao 486,7 ha đất sản xuất cho 2.318 hộ thiếu đất, tăng 23,5% về số hộ "
                      "so với cùng kỳ năm 2023.")
    assert found[2318].change.value == 23.5 and found[486.7].change is None


def test_the_second_half_of_a_compound_name_is_no_place() -> None:
    text = ("Cổng thông tin điện tử Thành phố Hồ Chí Minh\n\nTP Hồ Chí Minh: 3 nhà máy xử lý nước thải\n\nHiện thành phố "
            "có 3 nhà máy xử lý nước thải là Bình Hưng (469.000 m³/ngày đêm), Bình Hưng Hòa (30.000 m³/ngày đêm) và Tham "
            "Lương - Bến Cát (131.000 m³/ngày đêm). Tỷ lệ nước thải được xử lý đạt khoảng 17,6%.\n")
    found = _by_value(text)
    assert found[131_000].location == "TP. Hồ Chí Minh" and found[17.6].location == "TP. Hồ Chí Minh"


def test_a_foreign_government_that_funds_a_work_is_no_scope_of_its_figures() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG\n\nĐức Trọng: Hơn 4.800 hộ dân đấu nối nước thải\n\nHệ thống được đầu tư "
            "từ nguồn vốn ODA của Chính phủ Đan Mạch với tổng mức đầu tư hơn 312 tỷ đồng.\n")
    assert _by_value(text)[312_000_000_000].location == "Đức Trọng"


def test_the_amount_a_share_is_of_named_as_the_plan_s_is_the_target() -> None:
    found = _by_value("Đến nay, toàn huyện có 4.826 hộ dân đấu nối, đạt 80,4% so với 6.000 hộ theo kế hoạch.")
    assert 6000 not in found and found[4826].target.value == 6000 and found[4826].target.met is False


def test_a_heading_above_a_count_does_not_name_it_for_the_parts() -> None:
    found = _by_value("2. Kiểm tra, xử lý vi phạm\nLực lượng quản lý thị trường đã kiểm tra 215 cơ sở, xử phạt 187 cơ sở "
                      "(chiếm 87%), trong đó vi phạm về niêm yết giá 64 cơ sở, ghi nhãn hàng hóa 52 cơ sở.")
    assert found[64].total == 187 and found[52].total == 187


def test_a_count_said_again_from_the_headline_is_no_whole_of_itself() -> None:
    text = ("Cả nước có 159 bệnh viện có đơn vị đột quỵ đạt chuẩn quốc tế\n\nTính đến tháng 9/2024, cả nước có 276 bệnh "
            "viện có khả năng điều trị tái thông mạch máu não. Trong đó, 159 bệnh viện có đơn vị đột quỵ đạt chuẩn, gồm 23 "
            "bệnh viện hạng Kim cương, 51 bệnh viện hạng Bạch kim và 85 bệnh viện hạng Vàng.\n")
    said = [f for f in extract(text).figures if f.value == 159]
    assert said[-1].total == 276


def test_a_national_event_s_headline_ranking_a_province_is_about_the_country() -> None:
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nBế mạc Hội khỏe Phù Đổng toàn quốc lần thứ X: Hà Nội dẫn đầu với 151 HCV\n\n"
            "(Moet.gov.vn) - Tối 27/8, tại Nhà thi đấu tỉnh Quảng Nam, Bộ Giáo dục và Đào tạo tổ chức Lễ bế mạc Hội khỏe "
            "Phù Đổng toàn quốc lần thứ X năm 2024.\n\nHơn 3.900 vận động viên học sinh của 63 tỉnh, thành phố đã tranh "
            "tài ở 11 môn thi đấu.\n")
    assert _by_value(text, published="2024-08-28")[3900].location == "Việt Nam"


def test_a_national_event_by_its_initials_is_the_level_of_what_the_province_takes_part_in() -> None:
    text = ("Cổng thông tin điện tử tỉnh Hà Tĩnh\n\nNăm 2024, tỉnh có 120 câu lạc bộ thể thao. Dự kiến tuyển chọn 186 vận "
            "động viên tham dự HKPĐ toàn quốc lần thứ X năm 2024.\n")
    assert _by_value(text)[186].location == "Hà Tĩnh"


def test_how_far_orders_run_is_not_the_period_of_the_firms_that_hold_them() -> None:
    found = _by_value("Theo khảo sát, khoảng 80% doanh nghiệp đã có đơn hàng đến hết quý I/2025.", published="2024-10-20")
    assert found[80].status == "actual" and found[80].period is None


def test_two_kinds_of_what_a_count_counts_after_a_comma_are_one_noun_phrase() -> None:
    found = _by_value("Năm 2024, huyện thay thế 142 cầu khỉ, cầu tạm bằng cầu bê tông.")
    assert found[142].subject.startswith("cầu khỉ, cầu tạm")
    found = _by_value("Huyện hoàn thành xóa 2.896 nhà tạm, nhà dột nát.")
    assert found[2896].subject == "nhà tạm, nhà dột nát"
    # (not the items of a list, each with its count: `đơn tố cáo 643 đơn, đơn kiến nghị, phản ánh 12.489 đơn`)
    found = _by_value("Phân loại theo nội dung: đơn khiếu nại 214 đơn, đơn tố cáo 63 đơn, đơn kiến nghị, phản ánh 769 đơn.")
    assert found[63].subject == "đơn tố cáo" and "kiến nghị" in found[769].subject
    # (nor a money amount's word: `685 tỷ đồng, tỷ lệ nợ xấu là 1,42%`)
    found = _by_value("Tổng dư nợ đạt 8.685 tỷ đồng, tỷ lệ nợ xấu là 1,42% tổng dư nợ.")
    assert "tỷ lệ" in found[1.42].subject


def test_a_column_s_unit_in_brackets_is_a_unit_of_measure_and_what_it_weighs() -> None:
    text = ("Bảng 1. Kết quả kiểm kê theo lĩnh vực năm 2023\nLĩnh vực | Số cơ sở | Lượng phát thải (tấn CO2tđ)\n"
            "Công Thương | 49 | 2.986.410\nXây dựng | 8 | 301.750\n")
    found = _by_value(text)
    assert found[2_986_410].unit == "tấn CO2tđ" and found[2_986_410].kind == "measure"


def test_the_sentence_that_introduces_a_table_is_its_caption_after_a_sentence_ending_in_a_year() -> None:
    text = ("Năm 2023, toàn tỉnh đưa 6.124 lao động đi làm việc ở nước ngoài, tăng 9,8% so với năm 2022. Số lao động tại "
            "một số huyện như sau:\n\nĐơn vị tính: người\n\nHuyện\nNăm 2022\nNăm 2023\nThái Thụy\n1.032\n1.148\nTiền Hải\n894\n"
            "967\n")
    found = _by_value(text)
    assert "6.124" not in found[1148].subject and "lao động" in found[1148].subject


def test_the_lower_end_of_a_change_s_range_borrows_the_upper_s_multiplier() -> None:
    found = _by_value("Giá vàng miếng SJC ở mức 82,5 triệu đồng/lượng, cao hơn giá thế giới khoảng 16-17 triệu đồng/lượng.")
    assert found[82_500_000].change.value == 16_000_000


def test_a_span_of_years_may_say_its_second_year_bare() -> None:
    found = _by_value("Số loài chim ghi nhận từ năm 2020 đến 2024 dao động từ 49 đến 58 loài.")
    assert str(found[49].period.end) == "2024-12-31"


def test_bare_numbers_in_the_brackets_of_listed_parts_that_add_up_count_what_the_whole_counts() -> None:
    found = _by_value("Năm 2024, trung tâm cứu hộ 41 cá thể, gồm tê tê Java (34), voọc chà vá chân nâu (5) và gấu ngựa (2).")
    assert [found[v].unit for v in (34, 5, 2)] == ["cá thể"] * 3 and found[5].total == 41
    # (numbers that do not add up are no parts of it)
    assert 3 not in _by_value("Năm 2024 có 41 cá thể, gồm tê tê Java (34), voọc (5) và gấu ngựa (3).")


def test_a_province_s_radio_and_television_station_reports_on_the_province() -> None:
    text = ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG\nThời sự > Xã hội\n\nHơn 1.500 lao động về nước được tư vấn việc làm\n\n"
            "(HDTV) - Sáng 19/3, Trung tâm Dịch vụ việc làm tổ chức phiên giao dịch việc làm, thu hút 42 doanh nghiệp.\n")
    assert _by_value(text)[42].location == "Hải Dương"


def test_remains_and_animals_are_counted_without_the_segmenter() -> None:
    found = _by_value("Ba nghĩa trang lần lượt tiếp nhận, an táng 6, 5 và 4 hài cốt liệt sĩ.")
    assert [found[v].unit for v in (6, 5, 4)] == ["hài cốt liệt sĩ"] * 3


def test_a_landmark_named_after_a_district_is_not_what_a_city_s_article_is_about() -> None:
    text = ("Kinh tế đêm Bến Ninh Kiều: doanh thu năm 2023 đạt hơn 420 tỷ đồng\n\n(CT) - Năm 2023, khu vực Chợ đêm Ninh "
            "Kiều và phố đi bộ Bến Ninh Kiều của TP Cần Thơ đón khoảng 2,9 triệu lượt khách.\n")
    assert {f.location for f in extract(text).figures} == {"Cần Thơ"}


def test_the_address_in_brackets_of_a_place_named_aside_is_not_what_the_article_is_about() -> None:
    text = ("SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH\n\nBa tuyến phố đi bộ đón 11,6 triệu lượt khách năm 2024\n\nNăm 2024, ba "
            "tuyến phố đi bộ đón tổng cộng 11,6 triệu lượt khách; khách quốc tế chiếm 41,5%, tập trung chủ yếu ở phố Tây "
            "Bùi Viện (phường Phạm Ngũ Lão, quận 1).\n")
    assert _by_value(text)[11_600_000].location == "TP. Hồ Chí Minh"
    # (the address of what the sentence is about says where that is)
    text = ("Báo Bắc Ninh\n\nLàng nghề gỗ Đồng Kỵ thu hơn 5.000 tỷ đồng\n\n(BNO) - Năm 2022, làng nghề gỗ mỹ nghệ Đồng Kỵ "
            "(phường Đồng Kỵ, thành phố Từ Sơn) đạt tổng doanh thu hơn 5.000 tỷ đồng.\n")
    assert _by_value(text)[5_000_000_000_000].location == "Từ Sơn"


def test_a_province_s_report_whose_title_names_a_district_is_about_the_district() -> None:
    text = ("UBND TỈNH KIÊN GIANG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 287/BC-UBND            Kiên Giang, ngày "
            "08 tháng 10 năm 2024\n\nBÁO CÁO\nKết quả phát triển kinh tế ban đêm tại thành phố Phú Quốc 9 tháng năm 2024\n\n"
            "9 tháng năm 2024, các khu dịch vụ ban đêm ước đón 2,74 triệu lượt khách, đạt 78,3% kế hoạch năm.\n")
    assert _by_value(text)[2_740_000].location == "Phú Quốc"


def test_points_after_an_index_are_a_score_and_sites_stay_sites() -> None:
    text = ("Năm 2024, toàn tỉnh có 18 điểm quan trắc nước mặt. 9 tháng năm 2024, chỉ số WQI trung bình đạt 41 điểm, tăng "
            "6 điểm so với cùng kỳ năm 2023.")
    found = _by_value(text)
    assert found[41].kind == "measure" and found[18].kind == "count"
    # (a place said with `tại` counts sites whatever index the sentence names)
    found = _by_value("Chỉ số chất lượng nước (VN_WQI) tại 31/42 điểm đạt mức tốt (từ 76 đến 100 điểm).")
    assert found[31].kind == "count" and found[76].kind == "measure"


def test_a_column_of_what_was_done_against_a_plan_is_done_in_a_plan_s_table() -> None:
    text = ("Bảng 1. Một số chỉ tiêu chủ yếu (kế hoạch giao tại Quyết định số 45/QĐ-UBND ngày 15/01/2024)\n"
            "TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Ước TH 9 tháng | So KH (%)\n"
            "1 | Sản lượng thủy sản chế biến | Tấn | 95.000 | 67.850 | 71,4\n"
            "2 | Kim ngạch xuất khẩu thủy sản | Triệu USD | 1.000 | 642,5 | 64,3\n")
    found = _by_value(text, published="2024-10-05")
    assert found[95_000].status == "target" and found[71.4].status == "actual"


def test_a_column_of_sites_counts_them() -> None:
    text = ("Bảng: Sạt lở đất theo huyện\nHuyện | Điểm sạt lở (điểm) | Hộ phải di dời (hộ)\nBát Xát | 126 | 48\n"
            "Sa Pa | 94 | 31\n")
    found = _by_value(text)
    assert found[126].kind == "count" and found[94].kind == "count"


def test_the_ends_of_a_crossing_are_not_where_its_figures_are() -> None:
    text = ("Phà Cát Lái đông nghẹt, khách chờ hơn 40 phút\n\nTP HCM - Ngày đầu kỳ nghỉ lễ, lượng người qua phà Cát Lái từ "
            "TP Thủ Đức sang huyện Nhơn Trạch (Đồng Nai) cao gấp gần 2 lần ngày thường.\n\nTừ 5h đến 12h trưa nay phà đã "
            "vận chuyển khoảng 38.000 lượt người.\n")
    assert _by_value(text, published="2024-04-27")[38_000].location == "TP. Hồ Chí Minh"


def test_money_per_a_round_sum_per_a_time_is_a_rate_not_a_part_of_a_whole() -> None:
    found = _by_value("Các đối tượng cho vay góp ngày với mức lãi từ 3.000 đến 5.000 đồng/1 triệu đồng/ngày.")
    assert found[3000].total is None and found[3000].unit == "đồng/1 triệu đồng/ngày"
    # (a sum of a sum is still a part of it: `giải ngân 120 tỷ đồng/150 tỷ đồng`)
    assert _by_value("Đã giải ngân 120 tỷ đồng/150 tỷ đồng.")[120_000_000_000].total == 150_000_000_000


def test_a_column_unit_line_may_pair_each_name_and_unit_with_a_dash() -> None:
    text = ("Diện tích, sản lượng bưởi năm 2024\nĐơn vị tính: diện tích - ha; sản lượng - tấn\nHuyện | Tổng diện tích | "
            "Sản lượng\nChợ Lách | 3.215 | 38.120\nMỏ Cày Bắc | 2.870 | 33.460\n")
    found = _by_value(text)
    assert found[3215].unit == "ha" and found[38_120].unit == "tấn" and found[38_120].kind == "measure"


def test_a_plan_after_a_semicolon_that_names_its_own_year_is_a_claim_of_its_own() -> None:
    found = _by_value("Số tiền chậm đóng BHXH đến 31/12/2023 là 214,3 tỷ đồng; kế hoạch năm 2024 giảm xuống dưới 150 tỷ "
                      "đồng.")
    assert found[214_300_000_000].target is None and found[150_000_000_000].status == "target"


def test_the_length_a_route_has_is_a_figure_a_race_s_distance_is_not() -> None:
    found = _by_value("Tuyến dài nhất là tuyến 17 Long Biên – Nội Bài, đi qua Quốc lộ 5, với cự ly 42,5 km.")
    assert found[42.5].unit == "km"
    assert 10 not in _by_value("Vận động viên giành huy chương vàng cự ly 10 km.")


def test_the_share_of_a_need_that_is_met_is_the_rate_of_meeting_it() -> None:
    found = _by_value("Vận tải hành khách công cộng mới đáp ứng khoảng 19,5% nhu cầu đi lại của người dân Thủ đô.")
    assert found[19.5].subject.startswith("tỷ lệ đáp ứng nhu cầu đi lại")


def test_a_week_of_the_year_by_its_number_dates_what_it_saw_and_is_no_count() -> None:
    found = _by_value("Tuần 28 ghi nhận 146 ca sốt xuất huyết.", published="2024-07-16")
    assert 28 not in found and str(found[146].period.start) == "2024-07-08"
