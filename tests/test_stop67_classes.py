"""Rules from the probe sets 739-744 (the last stop's sealed measure, opened at the sixty-seventh stop) and from the error
classes of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_part_column_under_a_unit_line_of_several_units_takes_its_wholes_unit() -> None:
    text = ("Bảng 3. Diện tích, sản lượng cà phê theo huyện (năm 2024)\n"
            "Đơn vị tính: ha, tấn\n"
            "Huyện | Diện tích | Trong đó kinh doanh | Sản lượng\n"
            "Krông Pắc | 2.310 | 2.050 | 6.120\n"
            "Cư M'gar | 1.840 | 1.700 | 5.030\n")
    found = {f.value: f for f in extract(text, published="2025-01-10").figures}
    assert (found[2310].unit, found[2050].unit, found[6120].unit) == ("ha", "ha", "tấn")
    assert found[1700].kind == "measure" and found[1700].total == 1840
    # (the part names its part of the whole's indicator)
    assert found[2050].subject.lower().startswith("diện tích") and "kinh doanh" in found[2050].subject
    # (as many columns as units: each in its order, as before)
    two = {f.value: f for f in extract("Đơn vị tính: ha, tấn\nHuyện | Diện tích | Sản lượng\nKrông Pắc | 2.310 | "
                                       "6.120\nCư M'gar | 1.840 | 5.030\n", published="2025-01-10").figures}
    assert (two[2310].unit, two[6120].unit) == ("ha", "tấn")


def test_a_race_run_over_a_distance_states_its_length() -> None:
    found = _by_value("Các thuyền thi đấu ở cự ly 1.500 m, mỗi thuyền có 24 tay chèo.")
    assert found[1500].unit == "m" and found[1500].kind == "measure"
    found = _by_value("Thuyền nam 22 tay chèo đua cự ly 1.600 m, thuyền nữ 16 tay chèo đua cự ly 900 m.")
    assert 1600 in found and 900 in found
    # (a distance that names the event stays no figure)
    assert 10 not in _by_value("Vận động viên Lê Văn An giành huy chương vàng cự ly 10 km.")


def test_the_districts_a_provinces_whole_is_split_into_are_its_places() -> None:
    found = _by_value("Năm 2024, diện tích chè của tỉnh Bắc Kạn đạt 2.410 ha, trong đó Na Rì 520 ha, Bạch Thông "
                      "430 ha, Ngân Sơn 390 ha.")
    assert (found[520].location, found[430].location, found[390].location) == ("Na Rì", "Bạch Thông", "Ngân Sơn")
    assert found[2410].location == "Bắc Kạn" and found[520].total == 2410
    # (one name alone after `trong đó` may be a company's: no list, no place)
    found = _by_value("Năm 2024, vốn đầu tư của tỉnh Bắc Kạn đạt 40 tỷ đồng, trong đó Ngân Sơn 12 tỷ đồng.")
    assert found[12_000_000_000].location == "Bắc Kạn"


def test_a_share_equal_to_a_place_count_out_of_all_is_that_counts() -> None:
    found = _by_value("Đến nay, cả nước có 1.240 điểm phát cơm hoạt động tại 912/1.380 trường học, đạt tỷ lệ 66,1%.")
    assert found[912].percent == 66.1 and found[1240].percent is None
    # (a share that is no such ratio stays with the count the places are of)
    found = _by_value("Có 9.846 trẻ mẫu giáo tại 42/50 trường được uống sữa, đạt 100% kế hoạch.")
    assert found[9846].percent == 100 and found[42].percent is None


def test_the_level_a_change_went_from_is_in_the_unit_of_the_level_it_reached() -> None:
    found = _by_value("Số mạnh thường quân đóng góp giảm từ 85 xuống còn 61 người.")
    assert found[85].unit == "người"
    # (the noun `số` names, said in full, stays)
    assert _by_value("Số hộ nghèo giảm từ 70 xuống còn 48 hộ.")[70].unit == "hộ nghèo"


def test_a_period_that_only_changes_follow_dates_the_figures_before_it() -> None:
    found = _by_value("Tỉnh thu gần 2,1 tỷ đồng từ bán hơn 1.300 tấn cá trong 9 tháng đầu năm, tăng 12% về lượng nhưng "
                      "giảm 4% về giá trị.", published="2024-10-05")
    assert str(found[2_100_000_000].period.start) == "2024-01-01" and str(found[1300].period.end) == "2024-09-30"


def test_the_period_of_a_shares_base_does_not_date_the_figure() -> None:
    found = _by_value("Năm 2024, 9 tháng đầu năm, tỉnh sản xuất 4,2 triệu quả trứng. Riêng quý III/2024, hợp tác xã bán "
                      "được 1,5 triệu quả, chiếm 35,7% sản lượng 9 tháng.", published="2024-10-10")
    p = found[1_500_000].period
    assert (str(p.start), str(p.end)) == ("2024-07-01", "2024-09-30")
    # (with no period before it, the one after still dates it)
    p = _by_value("Hợp tác xã bán được 1,5 triệu quả trong quý III/2024, chiếm 35,7% sản lượng.")[1_500_000].period
    assert str(p.start) == "2024-07-01"


def test_money_per_a_round_number_of_head_is_a_rate_of_money() -> None:
    found = _by_value("Giá bán vịt giống 12 triệu đồng/1.000 con.")
    assert found[12_000_000].kind == "money" and found[12_000_000].unit == "đồng/1.000 con"
    found = _by_value("Nuôi vịt chạy đồng lãi 15-20 triệu đồng/1.000 con vịt.")
    assert found[15_000_000].unit == "đồng/1.000 con" and 1000 not in found
    found = _by_value("Mỗi lứa, hộ nuôi lãi từ 18 đến 22 triệu đồng cho mỗi 1.000 con.")
    assert found[18_000_000].unit == "đồng/1.000 con" and 1000 not in found
    # (a count per a round number stays a measure)
    assert _by_value("Tỷ lệ mắc là 2,4 ca/1.000 dân.")[2.4].kind == "measure"


def test_a_headlines_round_figure_is_not_the_whole_the_cue_follows() -> None:
    text = ("Công an huyện đăng ký hơn 2.600 xe máy trong quý II\n\n"
            "Quý II/2024, Công an 21 xã trên địa bàn huyện đã đăng ký, cấp biển số cho 2.634 xe máy, xe máy điện, tăng 11% "
            "so với quý I/2024. Trong đó, đăng ký mới 1.905 xe; đăng ký sang tên 729 xe.")
    found = _by_value(text, published="2024-07-05")
    assert found[1905].total == 2634 and found[729].total == 2634


def test_a_classifier_before_the_plan_it_is_said_against_counts_alone() -> None:
    found = _by_value("Năm 2024, trung tâm đã khám đạt 1.840/2.000 lượt kế hoạch năm.")
    assert found[1840].unit == "lượt" and found[1840].target.value == 2000 and found[1840].total is None


def test_a_figure_said_again_in_another_measure_leaves_the_change_to_it() -> None:
    found = _by_value("Năm 2024, tỉnh thu hoạch 5.100 tấn khô (tương đương khoảng 40.800 tấn tươi), tăng 7,2% so với "
                      "năm 2023.")
    assert found[5100].change.value == 7.2 and 7.2 not in found


def test_a_month_inside_the_wholes_span_is_no_part_of_it() -> None:
    found = _by_value("5 tháng đầu năm, xuất khẩu chè đạt 52,4 triệu USD; trong đó tháng 5 đạt 12,1 triệu USD.",
                      published="2024-06-05")
    assert found[12_100_000].total is None
    # (unless the part says it is its share)
    found = _by_value("Từ ngày 1/2 đến 30/4/2024, khu du lịch đón khoảng 1,2 triệu lượt khách; trong đó tháng 3/2024 đón "
                      "gần 540.000 lượt, chiếm 45%.")
    assert found[540_000].total == 1_200_000


def test_a_sum_said_per_one_unit_of_land_before_it_is_a_rate() -> None:
    found = _by_value("Mỗi ha bưởi trồng theo VietGAP cho lợi nhuận khoảng 320 triệu đồng.")
    assert found[320_000_000].unit == "đồng/ha"
    # (per a span of time, the span its unit says)
    assert _by_value("Mỗi ha cho thu khoảng 250 triệu đồng/năm.")[250_000_000].unit == "đồng/năm"
    assert _by_value("Mỗi hộ được hỗ trợ 10 triệu đồng.")[10_000_000].unit == "đồng"


def test_the_province_a_clause_opens_with_after_its_year_is_the_province() -> None:
    text = ("Rong câu hồi sinh vùng ao bỏ hoang\n\n"
            "(QT) - Gần 60 hộ dân ở xã Triệu Vân, huyện Triệu Phong đã chuyển sang thả rong câu.\n\n"
            "Theo Phòng Nông nghiệp huyện Triệu Phong, năm 2023 toàn huyện nuôi 85 ha rong câu.\n\n"
            "Anh Lê Văn Hùng ở thôn 5, xã Triệu Vân cho biết, gia đình anh thả 1,2 ha rong câu.\n\n"
            "Theo kế hoạch của Sở Nông nghiệp và PTNT, năm 2024 tỉnh phấn đấu mở rộng diện tích nuôi rong câu lên "
            "300 ha.")
    found = _by_value(text, published="2024-03-01")
    assert found[85].location == "Triệu Phong" and found[300].location == "Quảng Trị"


def test_a_quote_right_after_a_person_placed_in_a_district_is_of_that_district() -> None:
    text = ("Vịt chạy đồng mùa nước nổi\n\n"
            "Tỉnh An Giang hiện có khoảng 2,1 triệu con vịt chạy đồng.\n\n"
            "Ông Trần Văn Bảy, ngụ xã Mỹ Đức (huyện Châu Phú), có đàn vịt 1.800 con. \"Mỗi ngày đàn vịt đẻ khoảng "
            "1.500 trứng, trừ chi phí còn lời hơn 2 triệu đồng\", ông Bảy nói.")
    found = _by_value(text, published="2024-09-01")
    assert found[1800].location == "Châu Phú" and found[1500].location == "Châu Phú"


def test_a_company_placed_by_its_address_in_a_district_is_there() -> None:
    text = ("Quảng Ninh phát triển rong biển\n\n"
            "Toàn tỉnh Quảng Ninh có khoảng 500 ha nuôi rong biển.\n\n"
            "Công ty CP Thủy sản Hải Long (cụm công nghiệp Đông Xá, huyện Vân Đồn) đã đầu tư nhà máy chế biến rong "
            "biển công suất 3.000 tấn nguyên liệu/năm, tổng vốn 45 tỷ đồng.")
    found = _by_value(text, published="2024-03-01")
    assert found[45_000_000_000].location == "Vân Đồn"


def test_a_commune_portal_is_about_the_district_its_banner_names() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ LẬP - HUYỆN TÂN PHÚ - TỈNH ĐỒNG NAI\nTin hoạt động xã\n"
            "Ngày đăng: 22/11/2023 | Lượt xem: 418\n\n"
            "HTX Ca cao Phú Lập: 10 tháng cung ứng 96 tấn hạt lên men\n\n"
            "Tính đến tháng 10/2023, Hợp tác xã Ca cao Phú Lập có 47 thành viên, liên kết với 121 hộ trồng ca cao.")
    found = _by_value(text)
    assert found[47].location == "Tân Phú"


def test_a_district_spoken_of_after_the_province_a_share_is_of_is_the_district() -> None:
    text = ("Châu Đức: hạt ca cao lên men lên ngôi\n\n"
            "Huyện Châu Đức hiện có 412 ha ca cao, chiếm 71% diện tích ca cao toàn tỉnh Bà Rịa - Vũng Tàu. Quý I/2024, "
            "nông dân trong huyện thu hoạch khoảng 86 tấn hạt khô, tăng 14% so với cùng kỳ.")
    assert _by_value(text, published="2024-04-10")[86].location == "Châu Đức"


def test_a_provinces_paper_on_its_district_speaks_of_the_province_by_tinh() -> None:
    text = ("BÁO BÀ RỊA - VŨNG TÀU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU\nKinh tế\n\n"
            "Châu Đức: nông dân lãi lớn từ ca cao\n\n"
            "Huyện Châu Đức hiện có 390 ha ca cao, chiếm 68% diện tích ca cao toàn tỉnh Bà Rịa - Vũng Tàu.\n\n"
            "Ông Nguyễn Văn Chín (ấp Sông Cầu, xã Nghĩa Thành) có 2,2 ha ca cao trồng xen điều.\n\n"
            "Theo ông Phạm Văn Bảy, Phó Chủ tịch UBND huyện, năm 2024 huyện phấn đấu trồng mới 40 ha, nâng tỷ lệ hạt "
            "lên men lên 80%. Tỉnh đặt mục tiêu đến năm 2025 nâng diện tích ca cao toàn tỉnh lên 750 ha.")
    found = _by_value(text, published="2024-04-10")
    assert found[40].location == "Châu Đức" and found[750].location == "Bà Rịa - Vũng Tàu"


def test_the_sum_of_other_things_after_a_comma_is_no_total() -> None:
    found = _by_value("Giải có sự tham gia của 28/35 xã, thị trấn, tổng số 612 vận động viên.")
    assert found[28].total == 35 and found[612].unit == "vận động viên"


def test_a_criterion_in_square_metres_leaves_the_share_to_the_count() -> None:
    found = _by_value("Toàn tỉnh có 2.940 hộ nuôi ếch quy mô nhỏ (dưới 300 m²), chiếm 31,2% tổng số hộ nuôi.")
    assert found[2940].percent == 31.2 and 31.2 not in found


def test_the_level_said_now_in_a_targets_sentence_is_actual() -> None:
    found = _by_value("Phấn đấu đến năm 2025, giảm tỷ lệ hộ nghèo từ 4,26% hiện nay xuống dưới 3%.")
    assert found[4.26].status == "actual" and found[3].status == "target"
    assert found[3].period.text == "đến năm 2025"


def test_the_main_clause_after_a_purpose_that_goes_on_doing_is_actual() -> None:
    found = _by_value("Để đạt kế hoạch năm 2025, tỉnh tiếp tục thực hiện chính sách hỗ trợ 40% lãi suất vay, tối đa 5 "
                      "triệu đồng/hộ/năm.")
    assert found[40].status == "actual" and found[5_000_000].status == "actual"


def test_a_counted_group_of_districts_is_none_of_them_alone() -> None:
    found = _by_value("Ba huyện Thanh Chương, Anh Sơn và Con Cuông có 18.450 con hươu.")
    assert found[18450].location == "Nghệ An"


def test_the_provinces_own_bodies_under_a_column_of_districts_are_the_province() -> None:
    text = ("Năm 2024, tỉnh Hòa Bình tiếp nhận 9.872 đơn vị máu.\nĐơn vị tính: đơn vị máu\n"
            "Địa phương, đơn vị | Kế hoạch năm 2024 | Thực hiện\nThành phố Hòa Bình | 3.200 | 2.915\n"
            "Huyện Lương Sơn | 1.800 | 1.402\nCơ quan, trường học cấp tỉnh | 5.900 | 4.114\n")
    found = _by_value(text, published="2024-10-10")
    assert found[4114].location == "Hòa Bình" and found[1402].location == "Lương Sơn"


def test_a_places_part_of_the_whole_is_of_the_wholes_indicator() -> None:
    found = _by_value("Tổng đàn bò của 3 huyện vùng cao là 52.300 con, gồm: Đồng Văn (21.450 con), Mèo Vạc (18.120 con), "
                      "Yên Minh (12.730 con).")
    assert found[21450].subject == "đàn bò" and found[21450].total == 52300


def test_the_agent_a_sum_is_given_by_leaves_the_change_to_the_sum() -> None:
    found = _by_value("Năm 2024, lễ hội có kinh phí 2,4 tỷ đồng do 6 doanh nghiệp tài trợ, tăng 20% so với năm 2023.")
    assert found[2_400_000_000].change.value == 20 and found[6].change is None


def test_a_number_that_ends_a_firms_name_is_no_figure() -> None:
    found = _by_value("Công ty CP Xây dựng Thành Công 36 ủng hộ 150 triệu đồng.")
    assert 36 not in found and 150_000_000 in found


def test_a_count_said_per_a_round_number_with_cu_is_a_rate() -> None:
    found = _by_value("Theo ước tính, cứ 1.000 trẻ sinh ra có khoảng 2 trẻ bị dị tật tim bẩm sinh.")
    assert 1000 not in found and found[2].unit == "trẻ/1.000 trẻ sinh ra" and found[2].kind == "measure"


def test_a_period_in_a_multiples_baseline_does_not_date_the_figure() -> None:
    found = _by_value("Mùa giải năm 2024 có 186 đội tuyển tham dự, gấp 2,1 lần mùa giải đầu tiên năm 2022.")
    assert found[186].period.text == "năm 2024"
    # (the baseline value's own year stays its own)
    found = _by_value("Năm 2024, mỗi trạm khám khoảng 11 lượt/ngày, cao hơn so với mức 8 lượt/ngày của năm 2023.")
    assert found[8].period.text == "năm 2023"


def test_a_headlines_rounded_part_is_no_whole_of_the_part() -> None:
    text = ("Năm 2023, gần 7.300 lượt ô tô không đạt kiểm định khí thải lần đầu\n\n"
            "Theo Sở Giao thông vận tải, năm 2023 các trung tâm đăng kiểm đã kiểm định 142.380 lượt phương tiện, tăng "
            "9,2% so với năm 2022. Trong đó có 7.215 lượt không đạt tiêu chuẩn khí thải ở lần kiểm định thứ nhất.")
    assert _by_value(text, published="2024-01-05")[7215].total == 142380


def test_a_wild_species_named_after_a_place_places_nothing() -> None:
    text = ("Quảng Bình bảo tồn linh trưởng\n\n"
            "Năm 2023, Vườn quốc gia Phong Nha - Kẻ Bàng ghi nhận 1.240 cá thể voọc Hà Tĩnh, tăng 85 cá thể so với năm 2022.")
    assert _by_value(text, published="2024-01-10")[1240].location == "Quảng Bình"


def test_a_bodys_alley_address_does_not_make_the_article_about_its_district() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG\nVăn hóa - Xã hội\n\n"
            "Xưởng in chữ nổi phát hành hơn 11.000 bản sách\n\n"
            "Xưởng in chữ nổi thuộc Trung tâm Giáo dục hòa nhập trẻ khiếm thị thành phố (K20 Phan Thanh, quận Thanh Khê) "
            "cho biết, năm 2023 đã in và phát hành 11.240 bản sách chữ nổi, tăng 18% so với năm 2022.\n\n"
            "Sách được cấp miễn phí cho 310 học sinh khiếm thị.")
    found = _by_value(text, published="2024-01-10")
    assert found[310].location == "Đà Nẵng"


def test_having_columns_beside_one_counted_noun_count_it() -> None:
    text = ("Năm 2024, tỉnh Quảng Trị xây dựng nhà văn hóa thôn.\n"
            "Huyện | Số thôn, bản | Có nhà văn hóa | Có khu vui chơi trẻ em\n"
            "Hải Lăng | 98 | 96 | 71\nTriệu Phong | 119 | 117 | 80\n")
    found = _by_value(text, published="2024-10-10")
    assert found[96].unit == "thôn, bản" and found[71].unit == "thôn, bản"


def test_a_price_per_one_piece_is_a_rate() -> None:
    found = _by_value("Giá trứng vịt bán tại trại giảm còn 2.100 đồng một quả.")
    assert found[2100].unit == "đồng/quả"
    assert _by_value("Mức thưởng 800.000 đồng mỗi cá nhân.")[800_000].unit == "đồng"


def test_a_count_of_whence_a_part_comes_is_no_part() -> None:
    found = _by_value("Toàn tỉnh có 15.200 lượt đoàn viên tham gia chiến dịch; trong đó có 1.840 sinh viên tình nguyện "
                      "đến từ 7 trường đại học.")
    assert found[1840].total == 15200 and found[7].total is None


def test_since_the_day_an_event_opened_runs_to_publication() -> None:
    p = _by_value("Từ ngày khai mạc 28/1 đến nay, phố ông đồ đã đón 86.000 lượt khách.", published="2024-02-06")[86000].period
    assert (str(p.start), str(p.end)) == ("2024-01-28", "2024-02-06")


def test_a_ministrys_page_on_a_national_events_results_is_about_the_country() -> None:
    text = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTrang chủ | Tin tức | Thể dục thể thao\n\n"
            "Bế mạc Giải vô địch bơi lội trẻ toàn quốc năm 2024: Hà Nội dẫn đầu với 18 huy chương vàng\n\n"
            "Ngày đăng: 28/07/2024\n\n"
            "Sau 7 ngày tranh tài tại Hạ Long (Quảng Ninh), giải đấu đã khép lại chiều 27/7. Giải quy tụ 842 vận động "
            "viên thuộc 36 đoàn.")
    assert _by_value(text)[842].location == "Việt Nam"


def test_a_headlines_place_then_colon_owns_the_localities_it_counts() -> None:
    text = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM\nTin hoạt động\n\n"
            "Quảng Nam: 4 địa phương đăng ký bắn pháo hoa Tết\n\n"
            "Dịp Tết Nguyên đán, toàn tỉnh có 4 địa phương đăng ký tổ chức bắn pháo hoa tầm thấp.")
    found = [f for f in extract(text).figures if f.value == 4]
    assert [f.location for f in found] == ["Quảng Nam", "Quảng Nam"]


def test_a_phone_number_casts_no_vote_on_the_number_style() -> None:
    text = ("Giá mỗi chiếc lồng đèn từ 120.000 đến 350.000 đồng. Quận trao tặng 3.200 phần quà.\n\n"
            "Địa chỉ: 270 Bình Thới, Phường 10. Điện thoại: (028) 3963.4512")
    found = _by_value(text)
    assert 3200 in found and 120_000 in found


def test_a_numbered_district_after_a_capitalised_word_is_a_district() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 11\nTin tức\n\n"
            "Phú Bình rộn ràng mùa lồng đèn\n\n"
            "Dịp này, UBND Quận 11 trao tặng 2.800 phần quà Trung thu cho thiếu nhi.")
    assert _by_value(text, published="2024-09-03")[2800].location == "Quận 11"
