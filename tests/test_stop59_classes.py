"""Rules from the probe sets 463-474 (opened at the fifty-ninth stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_town_of_a_district_is_not_a_district_of_its_own() -> None:
    # (Cát Bà is a town and an island of huyện Cát Hải, no district-level unit)
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI\n\nTừ đầu năm đến nay, khách du lịch đến Cát Bà đạt 2,1 triệu lượt. "
            "Thị trấn Cát Bà hiện có 3 nhà máy nước.")
    found = _by_value(text, "2024-10-01")
    assert found[2_100_000].location == "Cát Hải" and found[3].location == "Cát Hải"


def test_a_headline_naming_two_districts_side_by_side_is_about_their_province() -> None:
    text = ("Yên Thế, Lục Ngạn đẩy mạnh trồng rừng gỗ lớn\n\n(BBG) - Năm 2024, ngành lâm nghiệp tỉnh Bắc Giang đặt "
            "nhiều chỉ tiêu mới.\n\nToàn tỉnh trồng được 9.200 ha rừng tập trung, trong đó huyện Lục Ngạn 2.100 ha.")
    found = _by_value(text, "2024-12-20")
    assert found[9200].location == "Bắc Giang"
    assert found[2100].location == "Lục Ngạn"
    # (a headline naming one district is about it; what the whole province did stays the province's)
    found = _by_value(text.replace("Yên Thế, Lục Ngạn", "Lục Ngạn", 1), "2024-12-20")
    assert found[9200].location == "Bắc Giang" and found[2100].location == "Lục Ngạn"
    found = _by_value(text.replace("Yên Thế, Lục Ngạn", "Lục Ngạn", 1).replace("Toàn tỉnh trồng", "Huyện trồng"),
                      "2024-12-20")
    assert found[9200].location == "Lục Ngạn"


def test_every_place_of_a_list_of_partners_is_a_partner() -> None:
    text = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM\n\nNăm 2023, Sở phối hợp với UBND các huyện Tây Giang, "
            "Nam Giang, Đông Giang và thành phố Hội An tổ chức 14 lớp tập huấn cho 685 học viên.")
    found = _by_value(text, "2024-03-15")
    assert found[14].location == "Quảng Nam" and found[685].location == "Quảng Nam"
    # (places a figure is of, not worked with, keep theirs)
    text = text.replace("Sở phối hợp với UBND các huyện Tây Giang, Nam Giang, Đông Giang và thành phố Hội An tổ chức",
                        "tại huyện Nam Giang, Sở tổ chức")
    assert _by_value(text, "2024-03-15")[14].location == "Nam Giang"


def test_a_money_unit_of_a_unit_line_goes_to_every_column_that_names_money() -> None:
    text = ("Kết quả đấu giá quyền sử dụng đất 6 tháng đầu năm 2024\nĐơn vị tính: thửa; tỷ đồng\n"
            "Xã | Số thửa đưa ra | Số thửa trúng | Giá khởi điểm | Tiền trúng đấu giá\n"
            "Đông La | 40 | 38 | 84,2 | 187,6\nLa Phù | 36 | 32 | 79,9 | 202,8\n")
    found = _by_value(text, "2024-07-15")
    assert found[84_200_000_000].unit == "đồng" and found[187_600_000_000].kind == "money"
    assert found[38].unit == "thửa"
    # (a column that names no amount of money does not take it)
    text = text.replace("Giá khởi điểm", "Diện tích đất").replace("Tiền trúng đấu giá", "Số hộ tham gia")
    found = _by_value(text, "2024-07-15")
    assert not any(f.kind == "money" for f in found.values())


def test_a_columns_bracketed_unit_of_places_stands_under_a_unit_line_of_people() -> None:
    text = ("Bảng 1. Tình hình đối tượng tại các cơ sở năm 2024\nĐơn vị tính: người\n"
            "Cơ sở | Công suất (chỗ) | Đang nuôi dưỡng\nTrung tâm Bảo trợ xã hội | 250 | 231\n"
            "Cơ sở cai nghiện | 200 | 143\n")
    found = _by_value(text, "2024-10-01")
    assert found[250].unit == "chỗ" and found[231].unit == "người"


def test_bare_numbers_after_sentence_case_names_go_on_with_the_list() -> None:
    text = ("Năm 2024, toàn tỉnh có 312 điểm 10, trong đó môn Giáo dục công dân có 256 điểm 10, Lịch sử 31, Địa lý 18 "
            "và Toán 7.")
    found = _by_value(text, "2024-07-20")
    assert found[31].unit == "điểm 10" and found[18].unit == "điểm 10" and found[7].unit == "điểm 10"
    assert found[31].total == 312


def test_a_communes_own_portal_stands_for_its_district() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ XUÂN\nHuyện Kỳ Anh - Tỉnh Hà Tĩnh\nĐăng lúc: 15:10 - 25/10/2024\n\n"
            "Kỳ Xuân: Thu Quỹ phòng, chống thiên tai 9 tháng\n\n9 tháng năm 2024, xã Kỳ Xuân thu Quỹ phòng, chống thiên "
            "tai được 126,3 triệu đồng. Xã dự trữ 3,5 tấn gạo.")
    found = _by_value(text)
    assert found[126_300_000].location == "Kỳ Anh" and found[3.5].location == "Kỳ Anh"
    # (a district's portal stays the district's, a province's the province's)
    found = _by_value(text.replace("XÃ KỲ XUÂN", "TỈNH HÀ TĨNH", 1).replace("Huyện Kỳ Anh - Tỉnh Hà Tĩnh\n", ""))
    assert found[126_300_000].location == "Hà Tĩnh"


def test_the_street_address_of_a_body_named_by_its_province_places_nothing() -> None:
    text = ("Theo Trung tâm Dịch vụ việc làm Hà Nội (số 215 Trung Kính, quận Cầu Giấy), quý I/2024 đơn vị tổ chức "
            "32 phiên giao dịch việc làm.")
    assert _by_value(text, "2024-04-20")[32].location == "Hà Nội"
    # (a venue's address does say where its figures are)
    text = "Rạp Tháng Tám (số 2 Trần Hưng Đạo, quận Hồng Bàng) năm 2024 đã đón 126.000 lượt khán giả."
    assert _by_value(text, "2024-12-20")[126_000].location == "Hồng Bàng"


def test_bare_names_listed_after_a_district_are_its_provinces_districts() -> None:
    text = ("Năm 2024, thành phố Hà Nội tổ chức nhiều phiên giao dịch việc làm lưu động. Sóc Sơn, Ba Vì và Mỹ Đức lần "
            "lượt có 4, 3 và 2 phiên.")
    found = _by_value(text, "2024-12-20")
    assert [found[v].location for v in (4, 3, 2)] == ["Sóc Sơn", "Ba Vì", "Mỹ Đức"]


def test_a_share_of_the_economy_or_the_population_measures_what_its_clause_names() -> None:
    text = ("Tính đến ngày 31/12/2023, nợ công ở mức khoảng 37% GDP, nợ Chính phủ khoảng 34% GDP. Năm 2023, số người "
            "hiến máu tương đương khoảng 1,6% dân số.")
    found = _by_value(text, "2024-03-01")
    assert found[34].subject == "nợ Chính phủ so với GDP"
    assert found[1.6].subject.lower() == "số người hiến máu so với dân số"
    # (a rate named as such is of its whole, without the one who strives for it; a share of a set of people is of it)
    found = _by_value("Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93% dân số, khoảng 15% dân số có bảo hiểm "
                      "thương mại.", "2024-03-01")
    assert found[93].subject == "tỷ lệ bao phủ BHYT dân số"
    assert "so với" not in found[15].subject


def test_credentials_said_together_are_one_qualifier() -> None:
    text = ("Tỷ lệ lao động qua đào tạo năm 2023 ước đạt 68%, trong đó có bằng cấp, chứng chỉ đạt 27,6%, tăng 0,7 điểm "
            "phần trăm so với năm 2022.")
    subject = _by_value(text, "2024-01-10")[27.6].subject
    assert "bằng cấp, chứng chỉ" in subject and subject.lower().startswith("tỷ lệ lao động qua đào tạo")


def test_a_programme_named_by_its_goal_plans_nothing() -> None:
    text = ("Năm 2023, ngân sách trung ương bố trí 1.250 tỷ đồng cho Chương trình mục tiêu chống xuống cấp, tu bổ di "
            "tích, hỗ trợ tu bổ 118 di tích tại 42 tỉnh, thành phố.")
    found = _by_value(text, "2024-01-10")
    assert found[118].status == "actual" and found[42].status == "actual"
    # (a goal set for the programme is a plan)
    text = "Chương trình đặt mục tiêu đến năm 2025 tu bổ 200 di tích."
    assert _by_value(text, "2024-01-10")[200].status == "target"


def test_rows_of_a_kind_of_what_a_column_counts_count_it_in_every_column() -> None:
    text = ("Kết quả rà soát an toàn hồ chứa năm 2024\nLoại hồ | Số hồ | Có quy trình vận hành | Hư hỏng, xuống cấp\n"
            "Hồ lớn | 12 | 11 | 3\nHồ vừa | 38 | 35 | 9\nCộng | 50 | 46 | 12\n")
    found = _by_value(text, "2024-10-01")
    assert found[35].unit == "hồ" and found[9].unit == "hồ" and found[46].unit == "hồ"
    # (rows that are no kind of it take nothing from it)
    text = text.replace("Hồ lớn", "Vùng núi").replace("Hồ vừa", "Vùng đồng bằng")
    assert _by_value(text, "2024-10-01")[35].unit != "hồ"


def test_a_time_said_first_leaves_a_set_named_again_at_the_head() -> None:
    text = ("Toàn tỉnh hiện có 1.061 hồ chứa thủy lợi với tổng dung tích khoảng 2,1 tỷ m3. Tính đến ngày 15/12/2023, "
            "trong số này có 625 hồ đã tích đầy nước, 348 hồ tích được trên một nửa dung tích và 88 hồ tích dưới một "
            "nửa dung tích.")
    found = _by_value(text, "2023-12-20")
    assert [found[v].total for v in (625, 348, 88)] == [1061, 1061, 1061]
    # (an opening that says more than its time is no head: the parts of `trong đó` there are that clause's)
    text = "Hiện toàn tỉnh có 88 làng nghề, trong đó 28 làng nghề truyền thống; có 176 sản phẩm OCOP, trong đó 41 sản phẩm 4 sao."
    assert _by_value(text, "2023-12-20")[41].total == 176


def test_a_sum_of_money_said_only_as_such_is_the_money_of_what_was_counted() -> None:
    found = _by_value("Năm 2023, có 14 doanh nghiệp nợ lương của 4.126 người lao động với số tiền 23,47 tỷ đồng.",
                      "2024-01-10")
    assert found[23_470_000_000].subject == "số tiền nợ lương"
    found = _by_value("Năm 2024, tỉnh có 1.462 giao dịch nộp phí, lệ phí trực tuyến, tổng số tiền gần 9,6 tỷ đồng.",
                      "2024-12-10")
    assert found[9_600_000_000].subject == "tổng số tiền nộp phí, lệ phí trực tuyến"
    # (a sum that names what it is keeps its own name)
    found = _by_value("Năm 2023, xử phạt 120 vụ, thu tiền phạt 2,5 tỷ đồng.", "2024-01-10")
    assert "tiền phạt" in found[2_500_000_000].subject
    # (things acted on: the money is the deed's, not theirs)
    found = _by_value("Năm 2024, Sở kiến nghị xử phạt 5 doanh nghiệp khai thác vượt công suất với tổng số tiền hơn 1,2 "
                      "tỷ đồng.", "2024-12-10")
    assert "khai thác" not in found[1_200_000_000].subject


def test_a_sentence_of_clauses_over_a_table_names_it_in_its_last() -> None:
    text = ("Năm 2023, tổng diện tích cây công nghiệp lâu năm toàn tỉnh đạt 208.750 ha. Ba cây chủ lực là cà phê, hồ tiêu "
            "và điều; diện tích tại một số địa phương như sau:\n\nĐơn vị tính: ha\n\nĐịa phương\nCà phê\nHồ tiêu\n"
            "Đắk Mil\n22.640\n6.150\nĐắk Song\n18.300\n9.870\n")
    found = _by_value(text, "2024-01-10")
    assert found[22_640].subject.lower() == "diện tích cà phê" and found[9870].subject.lower() == "diện tích hồ tiêu"


def test_a_price_per_a_unit_of_measure_said_with_moi_keeps_it_in_its_unit() -> None:
    found = _by_value("Năm 2024, mức giá thấp nhất là 2,3 triệu đồng mỗi m2 tại xã Thạnh An.", "2024-11-01")
    assert found[2_300_000].unit == "đồng/m2" and "mỗi" not in (found[2_300_000].subject or "")
    # (`mỗi` before a time or a recipient says when or whose, no unit)
    found = _by_value("Năm 2024, mức thưởng là 1,5 triệu đồng mỗi tập thể và 800.000 đồng mỗi tháng.", "2024-11-01")
    assert found[1_500_000].unit == "đồng" and found[800_000].unit == "đồng"


def test_a_qualifier_before_a_respectively_list_is_each_items() -> None:
    found = _by_value("Năm 2023 và 2024, số người hiến máu lần lượt khoảng 1.400 và 1.700 người.", "2024-12-01")
    assert found[1400].approx == "about" and found[1700].approx == "about"
    # (not a qualifier of one figure before a companion of its own)
    found = _by_value("Năm 2024, số hộ nghèo giảm còn khoảng 1.400 hộ và 1.700 nhân khẩu.", "2024-12-01")
    assert found[1700].approx == "exact"


def test_a_change_by_volume_is_the_amounts_not_its_worths() -> None:
    text = ("Riêng tháng 12/2023, xuất khẩu cao su ước đạt 245.000 tấn, trị giá 337 triệu USD, tăng 8,6% về lượng so "
            "với tháng 11/2023.")
    found = _by_value(text, "2024-01-10")
    assert found[245_000].change is not None and found[245_000].change.value == 8.6
    assert found[337_000_000].change is None
    # (a change said with no `về lượng` stays the worth's)
    found = _by_value(text.replace(" về lượng", ""), "2024-01-10")
    assert found[337_000_000].change is not None and found[245_000].change is None


def test_a_multiple_said_first_is_the_change_of_the_level_it_led_to() -> None:
    found = _by_value("Năm 2024, xuất khẩu cua, ghẹ tăng gấp 2,6 lần, lên 107 triệu USD.", "2025-01-10")
    assert 2.6 not in found
    change = found[107_000_000].change
    assert change is not None and (change.direction, change.value, change.unit) == ("increase", 2.6, "lần")


def test_a_persons_home_province_places_nothing() -> None:
    text = ("Năm 2024, một công ty ở Bình Dương nợ lương 1.100 công nhân. Chị Lê Thị Hoa (38 tuổi, quê Thanh Hóa), công "
            "nhân tổ may, cho biết mỗi người chỉ được tạm ứng 2 triệu đồng/tháng.")
    assert _by_value(text, "2024-02-01")[2_000_000].location == "Bình Dương"


def test_bare_bracketed_numbers_after_places_count_what_the_lead_says_they_have() -> None:
    text = ("Năm 2024, các địa phương dẫn đầu về số người nộp thuế sử dụng hóa đơn từ máy tính tiền là TP Hồ Chí Minh "
            "(14.275), Hà Nội (11.902) và Đà Nẵng (3.120).")
    found = _by_value(text, "2024-12-01")
    assert found[11_902].unit == "người nộp thuế" and found[11_902].location == "Hà Nội"
    # (a lead that says no number of anything gives no unit)
    assert 12 not in _by_value("Năm 2024, các địa phương tiêu biểu là Hà Nội (12), Huế (9).", "2024-12-01")


def test_a_share_in_brackets_is_its_amounts_when_another_item_says_its_share() -> None:
    text = ("Năm 2024, vốn đầu tư đã giải ngân 2.795 tỷ đồng (45%), trong khi vốn sự nghiệp chỉ đạt 817 tỷ đồng, tương "
            "đương 26,4%.")
    found = _by_value(text, "2024-12-01")
    assert found[2_795_000_000_000].percent == 45 and 45 not in found


def test_a_gap_of_a_measure_to_a_yardstick_is_its_change() -> None:
    text = ("Năm 2024, ranh mặn xâm nhập vào sông chính từ 55 đến 62 km, sâu hơn cùng kỳ năm 2023 khoảng 5-8 km. Số vụ "
            "tai nạn là 120 vụ, nhiều hơn cùng kỳ năm 2023 15 vụ.")
    found = _by_value(text, "2024-12-01")
    assert found[55].change is not None and found[55].change.direction == "increase"
    assert found[120].change is not None and found[120].change.value == 15


def test_what_was_done_by_a_day_after_a_plan_is_done() -> None:
    text = ("Năm 2024 Hà Nội được giao tuyển dụng 4.850 giáo viên, tính đến ngày 20/8 đã tuyển được 2.236 người.")
    found = _by_value(text, "2024-08-25")
    assert found[4850].status == "target" and found[2236].status == "actual"


def test_names_listed_as_communes_with_their_figures_are_no_districts() -> None:
    text = ("Cổng thông tin điện tử huyện Thanh Chương\n\nThanh Chương: 6 tháng đầu năm 2024, 72,4% hồ sơ cấp xã được "
            "nộp trực tuyến\n\nMột số xã có tỷ lệ hồ sơ trực tuyến cao như Thanh Đồng (91,2%), Thanh Ngọc (88,7%), Đồng "
            "Văn (86,05%). Huyện đã chọn hai xã Thanh Đồng và Đồng Văn làm điểm, hỗ trợ 1,86 tỷ đồng.")
    found = _by_value(text, "2024-07-10")
    assert found[86.05].location == "Thanh Chương" and found[1_860_000_000].location == "Thanh Chương"


def test_a_change_after_the_sources_a_count_came_from_is_the_counts() -> None:
    found = _by_value("Quý III/2024, thị trường đón gần 4.100 căn từ 7 dự án, giảm 11% so với quý trước.", "2024-10-20")
    assert found[4100].change is not None and found[7].change is None
    # (a range after `từ` is no source)
    found = _by_value("Chi phí tiêm đủ 5 mũi vắc xin khoảng từ 1,2 đến 1,5 triệu đồng, cao hơn gấp đôi so với điểm tiêm "
                      "công lập.", "2024-10-20")
    assert found[5].change is None
