"""Rules from the probe sets 1075-1092 (the last stop's sealed measure, opened at the seventy-fifth stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_sites_counted_with_the_areas_they_are_named_with_are_sites_after() -> None:
    text = ("Hiện toàn huyện có 52 khu, điểm tắm suối, tăng 9 điểm so với năm 2023, tập trung tại xã Bản Lầm (21 điểm) "
            "và xã Nậm Tăm (14 điểm); trong đó 17 điểm đã được cấp phép, 35 điểm đang hoàn thiện hồ sơ.\n")
    found = _by_value(text)
    for value in (21, 14, 17, 35):
        assert found[value].kind == "count", value
    # (a score in a paragraph that counts no site stays a score)
    text = "Năm học 2023-2024, điểm trung bình môn Toán của huyện đạt 6,2; có 35 điểm 10 được chấm.\n"
    assert _by_value(text)[6.2].kind != "count"


def test_a_bare_count_of_sites_that_does_something_is_of_the_sites_counted_before() -> None:
    text = "Thành phố có 40 điểm giữ xe thông minh. Hiện 12 điểm đã được cấp phép, 9 điểm sử dụng vỉa hè.\n"
    found = _by_value(text)
    assert found[12].kind == "count" and found[9].kind == "count"
    # (a score said with what it is compared with stays a score)
    text = "Chỉ số PCI của tỉnh đạt 65,4 điểm, tăng 1,2 điểm so với năm trước.\n"
    assert _by_value(text)[65.4].kind == "measure"


def test_visitors_said_with_where_they_come_from_do_not_place_the_figures() -> None:
    text = ("Thác nước hút khách cuối tuần\n\n"
            "Những năm gần đây, thác Dải Yếm trở thành điểm đến cuối tuần của khách từ Hà Nội và các tỉnh lân cận.\n\n"
            "Vào dịp cuối tuần, mỗi điểm cắm trại quanh thác đón từ 100 đến 300 khách.\n\n"
            "Theo UBND huyện Mộc Châu, năm 2023 thác đón 86.000 lượt khách.\n")
    found = _by_value(text)
    assert found[100].location != "Hà Nội"
    assert found[86_000].location == "Mộc Châu"


def test_a_distance_from_a_city_centre_leaves_the_site_in_its_district() -> None:
    text = ("Homestay ven đô Hà Nội hút khách\n\n"
            "Khu homestay của anh Tuấn ở xã Yên Bài, huyện Ba Vì, cách trung tâm Hà Nội khoảng 60 km, có 18 phòng nghỉ. "
            "Tổng vốn đầu tư khoảng 5 tỷ đồng.\n\n"
            "Theo Sở Du lịch Hà Nội, năm 2024 thành phố có 1.250 cơ sở lưu trú homestay.\n")
    found = _by_value(text, published="2024-10-10")
    assert found[18].location == "Ba Vì" and found[5_000_000_000].location == "Ba Vì"
    assert found[1_250].location == "Hà Nội"


def test_a_plan_below_what_fell_short_of_it_is_the_gap() -> None:
    found = _by_value("Năm 2024, dư nợ đạt khoảng 595 tỷ đồng, thấp hơn kế hoạch khoảng 5 tỷ đồng.")
    d = found[595_000_000_000]
    assert d.target is None
    assert d.change is not None and d.change.direction == "decrease" and d.change.value == 5_000_000_000
    # (a plan above what fell short of it is the plan)
    d = _by_value("Thu ngân sách đạt 4.200 tỷ đồng, thấp hơn kế hoạch 5.000 tỷ đồng.")[4_200_000_000_000]
    assert d.target is not None and d.target.value == 5_000_000_000_000 and d.target.met is False


def test_a_part_that_counts_its_wholes_noun_leaves_other_nouns_after_the_semicolon_alone() -> None:
    text = ("Toàn tỉnh có 3.150 mô hình kinh tế của hội viên, trong đó 812 mô hình có thu nhập trên 200 triệu "
            "đồng/năm; 18 doanh nghiệp và 44 hợp tác xã do hội viên làm chủ.")
    found = _by_value(text)
    assert found[812].total == 3_150
    assert found[18].total is None and found[44].total is None
    # (a list of other nouns right after the cue still breaks the whole down)
    text = "Toàn tỉnh có 27.346 người có công, trong đó 9.812 thương binh; 1.536 bệnh binh."
    assert _by_value(text)[1_536].total == 27_346


def test_a_pole_counted_by_cần_is_a_thing_not_the_verb_need() -> None:
    found = _by_value("Năm 2025, tỉnh lắp thêm 14 cần chắn tự động tại các đường ngang dân sinh.")
    assert found[14].unit.startswith("cần chắn")


def test_a_bare_cụ_thể_is_no_caption_of_the_table_after_it() -> None:
    text = ("Năm 2024, các khu du lịch đón 190.000 lượt khách, tăng 12% so với năm 2023. Cụ thể:\n"
            "Đơn vị tính: lượt khách\nĐịa phương | Năm 2023 | Năm 2024\nHuyện A Lưới | 48.200 | 61.500\n"
            "Huyện Nam Đông | 39.600 | 52.300\n")
    found = _by_value(text)
    assert found[61_500].subject and "Cụ thể" not in found[61_500].subject


def test_a_unit_line_that_names_one_column_gives_that_column_its_unit() -> None:
    text = ("Kết quả cho vay ủy thác đến 30/6/2024\nĐơn vị tính dư nợ: triệu đồng\n"
            "Địa phương | Số tổ | Số hộ còn dư nợ | Dư nợ\nCam Lộ | 41 | 1.820 | 76.300\nĐakrông | 37 | 1.540 | 64.900\n")
    found = _by_value(text)
    assert found[76_300_000_000].kind == "money"
    assert found[1_820].kind == "count" and found[1_820].unit != "đồng"


def test_a_cooperative_placed_in_a_district_places_what_is_said_of_it_after() -> None:
    text = ("Cà phê đặc sản Đắk Lắk lên sàn\n\n"
            "Từ một tổ 5 thành viên, đến nay Hợp tác xã Nông nghiệp Ea Kmát (TP. Buôn Ma Thuột) đã trở thành đơn vị "
            "bán cà phê qua mạng hiệu quả nhất tỉnh.\n\n"
            "Năm 2024, HTX bán được 26 tấn cà phê rang xay, doanh thu đạt 7,4 tỷ đồng.\n\n"
            "Theo Sở Công Thương, toàn tỉnh hiện có 172 sản phẩm OCOP.\n")
    found = _by_value(text, published="2025-03-02")
    assert found[26].location == "Buôn Ma Thuột" and found[7_400_000_000].location == "Buôn Ma Thuột"
    assert found[172].location == "Đắk Lắk"
    # (such bodies counted say nothing of the one named before)
    text = text.replace("Năm 2024, HTX bán được", "Năm 2024, 64 HTX bán được")
    assert _by_value(text, published="2025-03-02")[26].location == "Đắk Lắk"


def test_sites_said_as_a_set_after_trong_số_are_counted() -> None:
    found = _by_value("Trong số 96 điểm thuộc mạng lưới quan trắc của tỉnh, có 41 điểm vượt quy chuẩn.")
    assert found[96].kind == "count" and found[41].total == 96


def test_a_list_of_bare_districts_with_their_figures_in_brackets_is_read_back_from_a_known_one() -> None:
    text = ("Toàn tỉnh có 3.900 ha lúa tham gia bảo hiểm, tập trung ở vùng Đồng Tháp Mười gồm Tân Hưng (1.400 ha), "
            "Vĩnh Hưng (1.100 ha), Mộc Hóa (800 ha) và Tân Thạnh (600 ha).")
    found = _by_value(text)
    assert found[1_400].location == "Tân Hưng" and found[1_100].location == "Vĩnh Hưng"


def test_parts_in_a_bracket_that_opens_with_a_label_add_up_to_the_figure_before() -> None:
    text = ("Toàn quận có 120 ha trồng đào, quất (Nhật Tân 50 ha, Phú Thượng 40 ha, Tứ Liên 30 ha), giảm 8 ha so với "
            "năm 2024.")
    found = _by_value(text)
    assert found[50].total == 120 and found[30].total == 120
    # (items that do not add up are no parts)
    text = text.replace("Tứ Liên 30 ha", "Tứ Liên 20 ha")
    assert _by_value(text)[50].total is None


def test_a_period_in_a_bracket_with_its_own_figure_dates_only_that_figure() -> None:
    text = ("6 tháng năm 2024, toàn tỉnh xảy ra 12 vụ cháy (6 tháng năm 2023 là 17 vụ), làm 3 người bị thương; "
            "thiệt hại khoảng 2,4 tỷ đồng.")
    found = _by_value(text)
    assert found[17].period.text == "6 tháng năm 2023"
    assert found[3].period.text == "6 tháng năm 2024" and found[2_400_000_000].period.text == "6 tháng năm 2024"
    # (a bracket of a period alone dates what it follows, and the sentence with it)
    text = "Dịp Tết Nguyên đán (từ ngày 8/2 đến ngày 14/2/2024), các điểm du lịch đón 185.000 lượt khách."
    assert _by_value(text)[185_000].period is not None


def test_nhiều_nhất_without_a_noun_counts_what_the_count_before_counts() -> None:
    text = ("Năm 2024, Cục đã cấp hơn 4,8 triệu thị thực điện tử. Các quốc tịch được cấp nhiều nhất lần lượt là "
            "Trung Quốc (1,05 triệu), Ấn Độ (498.000), Đài Loan (Trung Quốc) (312.000) và Úc (276.000).")
    found = _by_value(text)
    assert found[498_000].unit == "thị thực điện tử" and found[276_000].unit == "thị thực điện tử"
    assert 312_000 in found


def test_all_of_a_set_after_trên_is_on_them_not_over() -> None:
    found = _by_value("Năm 2024, Cục đã kết nối 1.920 camera trên 63/63 tỉnh, thành phố; có trên 40/63 tỉnh đạt chuẩn.")
    assert found[63].approx == "exact" and found[40].approx == "over"


def test_a_gap_in_times_to_a_yardstick_named_in_words_is_a_change() -> None:
    d = _by_value("Chi tiêu của khách quốc tế khoảng 150 USD/ngày, cao hơn khách nội địa khoảng 2,1 lần.")[150]
    assert d.change is not None and d.change.value == 2.1 and d.change.unit == "lần"


def test_a_caption_bracket_that_gives_a_unit_per_column_gives_each_its_own() -> None:
    text = ("Kết quả theo từng Đội (Đơn vị tính: vụ; số tiền: triệu đồng):\n\nĐơn vị\nSố vụ kiểm tra\nSố tiền xử lý\n"
            "Đội QLTT số 1\n42\n228,5\nĐội QLTT số 2\n38\n164,0\n")
    found = _by_value(text)
    assert found[228_500_000].kind == "money" and found[42].kind == "count"


def test_a_caption_of_the_whole_province_places_its_table_in_the_province() -> None:
    text = ("Hiệu quả mô hình trồng nho tại Cam Ranh\n\n"
            "Năm 2024, Trung tâm Khuyến nông triển khai mô hình trồng nho tại phường Cam Nghĩa, TP Cam Ranh với quy mô "
            "2 ha, có 8 hộ tham gia.\n\nKết quả sản xuất nho toàn tỉnh:\n\nChỉ tiêu\nNăm 2023\nNăm 2024\n"
            "Diện tích (ha)\n78\n92\nSản lượng (tấn)\n1.320\n1.596\n")
    found = _by_value(text, published="2025-01-10")
    assert found[92].location == "Khánh Hòa" and found[1_596].location == "Khánh Hòa"
    # (a caption that says nothing of the whole province leaves the table the article's)
    text = text.replace("Kết quả sản xuất nho toàn tỉnh:", "Kết quả sản xuất nho của mô hình:")
    assert _by_value(text, published="2025-01-10")[92].location == "Cam Ranh"


def test_the_set_a_place_is_one_of_is_the_provinces() -> None:
    text = ("Làng chiếu Bàn Thạch (xã Duy Vinh, huyện Duy Xuyên) là một trong 3 làng nghề chiếu cói còn hoạt động "
            "của tỉnh. Năm 2023, làng có 295 hộ dệt chiếu.")
    found = _by_value(text)
    assert found[3].location == "Quảng Nam"


def test_the_year_a_series_runs_from_dates_nothing_after_it() -> None:
    text = ("Tháng 4/2024, nhiệt độ trung bình cao hơn trung bình nhiều năm 1,5 độ C, xếp thứ 2 trong chuỗi số liệu "
            "quan trắc từ năm 1961. Công suất tiêu thụ điện ngày 26/4 đạt 46.900 MW.")
    found = _by_value(text, published="2024-05-04")
    assert str(found[46_900].period.start) == "2024-04-26"


def test_the_rank_of_a_site_in_the_country_leaves_a_provincial_article_provincial() -> None:
    text = ("CHI CỤC KIỂM LÂM TỈNH LONG AN\n\nKhu bảo tồn Láng Sen: đàn chim nước phục hồi\n\n"
            "Khu bảo tồn đất ngập nước Láng Sen có diện tích 5.030 ha, là khu Ramsar thứ 9 của Việt Nam. Năm 2024, "
            "Khu bảo tồn ghi nhận 97 loài chim, khoảng 21.400 con chim nước.\n\n"
            "Địa chỉ: số 12 đường Hùng Vương, phường 2, TP Tân An, tỉnh Long An.\n")
    found = _by_value(text, published="2025-01-10")
    assert found[97].location == "Long An" and found[21_400].location == "Long An"


def test_a_district_named_after_a_plural_level_and_và_is_one_of_many() -> None:
    text = ("Quảng Trị ra quân làm sạch bờ biển\n\n"
            "9 tháng năm 2024, các huyện ven biển và huyện đảo Cồn Cỏ đã tổ chức 164 đợt ra quân làm sạch bờ biển, thu "
            "gom 212,6 tấn rác thải.\n\nNăm 2025, toàn tỉnh phấn đấu thu gom 250 tấn rác thải trên bờ biển.\n")
    found = _by_value(text, published="2024-10-15")
    assert found[164].location == "Quảng Trị" and found[212.6].location == "Quảng Trị"
    # (a district said alone is where its figures are)
    text = text.replace("các huyện ven biển và huyện đảo Cồn Cỏ", "huyện đảo Cồn Cỏ")
    assert _by_value(text, published="2024-10-15")[164].location == "Cồn Cỏ"
