"""Rules from the probe sets 709-714 (the last stop's sealed measure, opened at the sixty-sixth stop) and from the error
classes of the sets written in it (715-720), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract
from dtextract.tables import build_table, Cell, figures_of


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_first_column_of_classes_named_by_a_measure_labels_the_rows() -> None:
    text = ("Bảng 2. Kết quả theo hạng cân (Đơn vị tính: người)\n"
            "Hạng cân | Đăng ký | Thi đấu | Đạt huy chương\n"
            "48 kg | 36 | 34 | 4\n"
            "52 kg | 41 | 40 | 4\n"
            "Tổng | 77 | 74 | 8\n")
    found = extract(text, published="2024-07-01").figures
    values = sorted(f.value for f in found)
    # (the row labels are no figures the columns are shifted by: every count is read, under its own column)
    assert 36 in values and 41 in values and 77 in values
    by = {(f.value, f.subject): f for f in found}
    assert any(s and s.startswith("Hạng cân 48 kg") and "đăng ký" in s for (_, s) in by)
    # (a first column of bare counts beside counts is no label column)
    plain = extract("Năm | Đăng ký | Thi đấu\n2023 | 36 | 34\n2024 | 41 | 40\n", published="2024-07-01").figures
    assert {f.value for f in plain} >= {36, 34, 41, 40}


def test_quang_duong_is_a_distance_not_a_road() -> None:
    found = _by_value("Năm học qua, đội xe đã chạy an toàn tổng quãng đường 12.480,5 km.")
    assert found[12480.5].unit == "km"
    # (a road by its number stays an address)
    assert 20 not in _by_value("Đoàn trồng 2.000 cây xanh dọc đường 20 của thị trấn.")


def test_a_change_in_nguoi_is_of_the_figure_said_with_what_befell_them() -> None:
    found = _by_value("Năm 2024, huyện xảy ra 14 vụ đuối nước, làm chết 6 cháu, bị thương 2 cháu; so với năm 2023 giảm "
                      "3 vụ, giảm 1 người chết và giảm 4 người bị thương.")
    assert found[6].change.value == 1 and found[2].change.value == 4 and found[14].change.value == 3
    assert 1 not in found and 4 not in found
    # (said of no deed, the change stays with the figure it follows, whoever that counts)
    found = _by_value("Hội có 5.120 hội viên; 860 tình nguyện viên tham gia, tăng 40 người so với năm 2023.")
    assert found[860].change.value == 40 and found[5120].change is None


def test_nha_o_is_one_noun() -> None:
    found = _by_value("Năm 2024, tỉnh hoàn thành 12 dự án nhà ở với 3.100 căn.")
    assert found[12].subject.endswith("nhà ở")


def test_a_change_of_what_the_counted_have_is_no_change_of_the_count() -> None:
    found = _by_value("Toàn tỉnh có 340 hợp tác xã có doanh thu tăng trên 15% so với năm 2023.")
    assert found[340].change is None and 15 in found
    # (a change said of the count itself stays)
    assert _by_value("Toàn tỉnh có 340 hợp tác xã, tăng 15% so với năm 2023.")[340].change.value == 15


def test_a_hedged_set_opening_a_sentence_is_the_whole_of_its_parts() -> None:
    found = _by_value("Trong gần 1.200 lao động được khảo sát, chỉ khoảng 300 người có hợp đồng dài hạn.")
    assert found[300].total == 1200


def test_hien_before_the_figure_said_again_is_now() -> None:
    found = _by_value("Tỉnh phấn đấu đến năm 2025 có 70% xã có điểm bưu điện văn hóa hoạt động hiệu quả, hiện tỷ lệ này "
                      "mới đạt 48%.")
    assert found[70].status == "target" and found[48].status == "actual"


def test_a_plan_in_another_noun_is_of_the_figure_counting_it() -> None:
    found = _by_value("Năm 2024, đoàn kiểm tra 120 cơ sở với 3.400 lao động, đạt 80% kế hoạch (kế hoạch 150 cơ sở).")
    assert found[120].percent == 80 and found[120].target.value == 150
    assert found[3400].percent is None and found[3400].target is None


def test_a_list_of_communes_shares_its_first_item_s_unit() -> None:
    found = _by_value("Huyện tổ chức 3 điểm thi: xã Phong Thổ (120 thí sinh), xã Mường So (95) và xã Khổng Lào (88).")
    assert found[95].unit == "thí sinh" and found[88].unit == "thí sinh"


def test_examples_after_nhu_break_down_no_whole() -> None:
    found = _by_value("Toàn tỉnh có 800 cơ sở, trong đó 500 cơ sở nằm ở các huyện đồng bằng như huyện Yên Thành (140), "
                      "huyện Diễn Châu (120) và huyện Quỳnh Lưu (90).")
    assert found[140].unit == "cơ sở" and found[140].total is None and found[500].total == 800


def test_initials_in_brackets_name_the_parts_counted_by_them() -> None:
    found = _by_value("Năm 2024, tỉnh cấp 52.300 giấy chứng nhận quyền sử dụng đất (GCN); trong đó GCN lần đầu 12.100, "
                      "GCN cấp đổi 40.200.")
    assert found[12100].unit == "GCN" and found[12100].total == 52300 and found[40200].unit == "GCN"


def test_parts_after_gom_each_a_label_and_a_bare_number() -> None:
    found = _by_value("Năm 2024, Sở đã cấp 5.210 giấy phép, gồm cấp mới 3.100, gia hạn 1.800 và cấp lại 310.")
    assert found[1800].unit == "giấy phép" and found[1800].total == 5210 and found[310].total == 5210
    # (numbers that do not add up to it are no parts)
    assert 1900 not in _by_value("Năm 2024, Sở đã cấp 5.210 giấy phép, gồm cấp mới 3.100, gia hạn 1.900.")


def test_a_bare_ty_le_after_a_count_is_its_share() -> None:
    assert _by_value("Kỳ thi có 2.400 học sinh đỗ, tỷ lệ 91,5%.")[2400].percent == 91.5


def test_a_plant_named_after_its_province_places_the_article() -> None:
    text = ("Nhà máy đốt rác phát điện Hậu Giang xử lý 52.000 tấn rác\n\n"
            "Năm 2023, Nhà máy đốt rác phát điện Hậu Giang tiếp nhận 52.000 tấn rác, tăng 4% so với năm 2022.\n\n"
            "Nhà máy xử lý khoảng 60% lượng rác phát sinh. Với kết quả này, Hậu Giang xếp thứ 5 khu vực về tỷ lệ rác "
            "được đốt.\n\nChi phí xử lý là 250.000 đồng/tấn, thấp hơn mức trần của Bộ Xây dựng.")
    assert _by_value(text, published="2024-01-15")[52000].location == "Hậu Giang"


def test_a_bare_thanh_pho_speaks_of_the_city_named_last() -> None:
    found = _by_value("Trong dịp lễ, TP. Đồng Hới đón khoảng 27.000 lượt khách; doanh thu du lịch của thành phố ước đạt "
                      "85 tỷ đồng.", published="2024-06-25")
    assert found[85_000_000_000].location == "Đồng Hới"
    text = ("Bộ Văn hóa phối hợp với UBND thành phố Đà Nẵng tổ chức liên hoan. Các hãng phim trong cả nước gửi 131 tác "
            "phẩm. Ban Tổ chức đã tổ chức 86 suất chiếu miễn phí tại 4 rạp trên địa bàn thành phố.")
    assert _by_value(text, published="2023-11-30")[86].location == "Đà Nẵng"


def test_a_caption_that_heads_results_by_unit_names_no_indicator() -> None:
    text = ("Bảng 1. Kết quả 6 tháng đầu năm 2024 theo đơn vị\n"
            "STT | Huyện | Tảo hôn (cặp) | Hội nghị (cuộc)\n"
            "1 | Sìn Hồ | 14 | 12\n"
            "2 | Mường Tè | 11 | 9\n")
    found = {f.value: f for f in extract(text, published="2024-07-10").figures}
    assert found[14].subject.lower() == "tảo hôn" and found[14].location == "Sìn Hồ"


def test_bracketed_parts_after_their_labels_that_add_up_are_parts() -> None:
    found = _by_value("Công ty đã lắp 900 đồng hồ nước cho hộ nghèo (560 đồng hồ) và hộ cận nghèo (340 đồng hồ).")
    assert found[560].total == 900 and found[340].total == 900
    found = _by_value("Mức khấu trừ là 1,5% (1% thuế giá trị gia tăng và 0,5% thuế thu nhập cá nhân).")
    assert found[1].total == 1.5 and found[0.5].total == 1.5
    # (parts that do not add up to it are not read so)
    found = _by_value("Công ty đã lắp 900 đồng hồ nước cho hộ nghèo (560 đồng hồ) và hộ cận nghèo (300 đồng hồ).")
    assert found[560].total is None


def test_a_range_goes_on_past_an_aside_on_its_lower_end() -> None:
    found = _by_value("Giá vé từ 45.000 đồng (suất chiếu buổi sáng) đến 180.000 đồng (ghế đôi).")
    assert found[45000].value_max == 180000 and 180000 not in found


def test_a_count_per_a_round_thousand_of_any_noun_is_a_rate() -> None:
    found = _by_value("Tỷ lệ sự cố năm 2024 là 1,8 vụ/1.000 thang máy.")
    assert found[1.8].kind == "measure" and found[1.8].unit == "vụ/1.000 thang máy" and found[1.8].total is None
    # (a part over a whole that is not round is no rate)
    assert _by_value("Đã giải quyết 780 hồ sơ/1.250 hồ sơ tiếp nhận.")[780].total == 1250


def test_named_items_each_with_a_bare_number_share_the_lead_s_noun() -> None:
    found = _by_value("Các huyện có nhiều hộ nghèo nhất là Mường Tè 1.250, Sìn Hồ 980 và Nậm Nhùn 640.")
    assert found[1250].unit == "hộ nghèo" and found[640].location == "Nậm Nhùn"
    found = _by_value("Các quận có nhiều cơ sở vi phạm nhất gồm Tân Bình (42 cơ sở), Gò Vấp (28) và quận 7 (16).")
    assert found[16].unit == "cơ sở"


def test_a_party_paper_s_masthead_places_the_article() -> None:
    text = ("BÁO BẠC LIÊU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẠC LIÊU\nKinh tế\n\n"
            "Cảng cá Gành Hào: công suất 600 tàu\n\n"
            "Là một trong 5 cảng cá loại I của cả nước, cảng cá Gành Hào được đầu tư hơn 320 tỷ đồng, tiếp nhận 4.500 "
            "lượt tàu mỗi năm.\n")
    found = _by_value(text, published="2024-03-01")
    assert found[320_000_000_000].location == "Bạc Liêu"


def test_a_pitch_named_by_its_players_is_no_count() -> None:
    found = _by_value("Xã có 3 sân bóng đá 7 người và 1 sân 11 người.")
    assert 3 in found and 7 not in found and 11 not in found


def test_a_ranking_of_shares_names_each_item_s_share() -> None:
    found = _by_value("Xe máy chiếm tỷ trọng lớn nhất với 62,4%, tiếp đến là ô tô con 21,3% và xe tải 9,8%.")
    assert found[62.4].subject == "xe máy tỷ trọng" and found[21.3].subject == "ô tô con tỷ trọng"
    assert found[9.8].subject == "xe tải tỷ trọng"


def test_a_change_after_the_last_part_of_a_gom_list_is_the_whole_s() -> None:
    found = _by_value("Năm 2024, tỉnh xây mới 52 nhà văn hóa, gồm 30 nhà văn hóa thôn và 22 nhà văn hóa xã, tăng 8 nhà so "
                      "với năm 2023.")
    assert found[52].change.value == 8 and found[22].change is None
    # (after `trong đó` a part is a clause of its own: the change is the part's)
    found = _by_value("Toàn tỉnh có 52 nhà văn hóa, trong đó 22 nhà văn hóa xã, tăng 8 nhà so với năm 2023.")
    assert found[22].change.value == 8


def test_a_commune_portal_s_banner_names_where_it_is() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIM CHUNG - HUYỆN ĐÔNG ANH\nTin tức - Sự kiện\nNgày đăng: 05/08/2024\n\n"
            "Xã Kim Chung: 100% nhà trọ ký cam kết an toàn\n\n"
            "Sáng 02/8, UBND xã tổ chức hội nghị. Xã hiện có 486 hộ kinh doanh nhà trọ với 7.350 phòng.\n")
    assert _by_value(text)[486].location is not None


def test_a_test_s_parameter_is_no_plan() -> None:
    found = _by_value("Chỉ tiêu vi phạm phổ biến nhất là Coliform, chiếm 38,5% số mẫu không đạt.")
    assert found[38.5].status == "actual"


def test_bivalves_and_a_verb_after_a_name_s_number_are_no_figures() -> None:
    found = _by_value("Xuất khẩu nhuyễn thể hai mảnh vỏ năm 2024 đạt 95 triệu USD.")
    assert 2 not in found and 95_000_000 in found
    found = _by_value("Năm 2023, xã Kỳ Sơn 2 bắt đầu nuôi dúi với 18 hộ.")
    assert 2 not in found and found[18].unit == "hộ"


def test_a_national_forest_names_no_national_body() -> None:
    text = ("Cổng thông tin điện tử tỉnh Quảng Ninh\nLễ hội Xuân Yên Tử 2024: đón hơn 1,1 triệu lượt du khách\n"
            "Cập nhật: 08/05/2024 10:25\n\nTheo báo cáo của Ban Quản lý di tích và rừng quốc gia Yên Tử, từ ngày 10/2 "
            "đến ngày 5/5/2024, khu di tích đã đón hơn 1,1 triệu lượt du khách, tăng 12,5% so với cùng kỳ năm 2023.\n")
    assert _by_value(text)[1_100_000].location == "Quảng Ninh"


def test_a_person_placed_in_a_district_keeps_it_in_a_national_article() -> None:
    text = ("Cả nước có khoảng 7 triệu ha lúa mỗi năm, phần lớn rơm rạ bị đốt bỏ ngoài đồng.\n\n"
            "Anh Nguyễn Văn Tám, ở huyện Vĩnh Thạnh, TP Cần Thơ, vừa bán rơm của 5 ha lúa. Mỗi ha thu được khoảng 70 "
            "cuộn, anh lãi hơn 1,2 triệu đồng/ha.\n")
    assert _by_value(text, published="2024-08-01")[1_200_000].location == "Vĩnh Thạnh"


def test_two_shares_said_in_parallel_share_the_predicate_after_them() -> None:
    found = _by_value("Năm 2024, có 92% đám cưới và 97% đám tang thực hiện nếp sống văn minh.")
    assert found[92].subject == "đám cưới thực hiện nếp sống văn minh"
    assert found[97].subject == "đám tang thực hiện nếp sống văn minh"


def test_places_a_spread_lists_with_bare_numbers_count_what_is_spread() -> None:
    found = _by_value("Có 9 doanh nghiệp nợ lương. Các doanh nghiệp nợ lương tập trung tại các huyện Trảng Bom (4), Nhơn "
                      "Trạch (3) và Long Thành (2).")
    assert found[3].unit == "doanh nghiệp" and found[3].location == "Nhơn Trạch"


def test_the_first_item_of_a_list_is_no_whole_of_the_rest() -> None:
    found = _by_value("Thị trường chính là EU (chiếm 38%), Nhật Bản (21%) và Hoa Kỳ (17%).")
    assert found[21].total is None and found[17].total is None


def test_a_period_alone_in_brackets_after_a_figure_is_its_own() -> None:
    found = _by_value("Năm 2024, lượt thuê xe lần lượt là 31.450 lượt (quý I), 34.120 lượt (quý II) và 38.600 lượt (quý "
                      "III).")
    assert found[34120].period.text == "quý II" and found[38600].period.text == "quý III"
    # (spans listed in brackets date the things counted, not the figure)
    found = _by_value("6 tháng đầu năm 2024, Sở đã tổ chức 2 đợt quan trắc (tháng 3 và tháng 5).")
    assert found[2].period.text == "6 tháng đầu năm 2024"


def test_a_distance_from_a_city_s_centre_is_a_point_of_reference() -> None:
    text = ("Sáng 13/11, tại xã Cát Hiệp, huyện Phù Cát, công ty khởi công khu nghỉ dưỡng suối khoáng nóng. Dự án cách "
            "trung tâm TP Quy Nhơn khoảng 35 km, có tổng diện tích 98,6 ha.")
    assert _by_value(text, published="2024-11-14")[98.6].location == "Phù Cát"
