"""Rules from the probe sets 937-954 (the last stop's sealed measure, opened at the seventy-second stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_the_one_province_named_only_as_an_orders_issuer_is_the_province_that_acts() -> None:
    text = ("Vườn quốc gia Lò Gò đón thêm đàn voọc\n\n"
            "Theo Ban Quản lý Vườn quốc gia Lò Gò, trong năm 2024 đơn vị đã ghi nhận 42 cá thể voọc bạc về kiếm ăn "
            "ở các tiểu khu phía nam, tăng 9 cá thể so với năm trước.\n\n"
            "Thực hiện Kế hoạch số 88/KH-UBND ngày 3/3/2024 của UBND tỉnh Tây Ninh, năm 2024 tỉnh đã bố trí 2,1 tỷ "
            "đồng cho công tác bảo tồn.\n")
    found = _by_value(text)
    assert found[42].location == "Tây Ninh" and found[2_100_000_000].location == "Tây Ninh"
    # (a province the text never speaks of as `tỉnh` is no place the article is about)
    text = text.replace("năm 2024 tỉnh đã bố trí", "năm 2024 Ban đã được cấp")
    assert _by_value(text)[42].location is None


def test_a_column_naming_no_quantity_of_the_unit_line_takes_the_one_no_column_names() -> None:
    text = ("Năm 2024, toàn tỉnh thả nuôi 236 ha tôm càng xanh. Kết quả theo địa phương như sau:\n\n"
            "Đơn vị tính: diện tích (ha); sản lượng (tấn)\n"
            "Địa phương | Diện tích thả nuôi | Tôm thịt | Tôm giống\n"
            "Huyện Ninh Hải | 128 | 412,5 | 39\n"
            "Huyện Thuận Nam | 108 | 305,2 | 22\n")
    found = _by_value(text)
    assert (found[128].unit, found[412.5].unit, found[39].unit) == ("ha", "tấn", "tấn")
    assert found[412.5].kind == "measure"
    # (two quantities no column names leave the columns' units unsaid: which is which is not known)
    text = text.replace("sản lượng (tấn)", "sản lượng (tấn); giá trị (triệu đồng)")
    assert _by_value(text)[412.5].unit != "tấn"


def test_sites_inspected_or_at_fault_and_sim_cards_counted_in_a_table() -> None:
    text = ("Năm 2024, Sở Thông tin và Truyền thông kiểm tra 39 điểm cung cấp dịch vụ viễn thông. "
            "Kết quả theo địa bàn:\n\n"
            "Địa bàn\nĐiểm kiểm tra\nĐiểm vi phạm\nSIM thu giữ\n"
            "Mỹ Xuyên\n21\n3\n620\nKế Sách\n18\n2\n410\n")
    found = _by_value(text)
    assert (found[21].kind, found[3].kind) == ("count", "count")
    assert found[620].unit == "SIM" and found[620].kind == "count"
    # (a score is still a score: `Điểm trung bình`)
    text = ("Kết quả thi tốt nghiệp năm 2024 theo huyện:\n\nHuyện\nĐiểm trung bình\nThí sinh dự thi\n"
            "Mỹ Xuyên\n6,75\n1.820\nKế Sách\n6,42\n1.510\n")
    assert _by_value(text)[6.75].kind == "measure"


def test_a_park_a_place_column_lists_beside_districts_is_of_the_article_s_place() -> None:
    text = ("Năm 2024, tỉnh Kiên Giang triển khai phòng cháy rừng tràm trên địa bàn các huyện.\n\n"
            "Diện tích rừng tràm có nguy cơ cháy cao theo địa bàn:\n"
            "Đơn vị tính: ha\n"
            "Địa bàn | Diện tích rừng tràm | Cấp V\n"
            "VQG U Minh Thượng | 8.038 | 5.412\n"
            "Huyện An Minh | 10.245 | 3.905\n"
            "Huyện An Biên | 5.830 | 1.950\n")
    found = _by_value(text)
    assert found[5412].location == "Kiên Giang" and "U Minh Thượng" in found[5412].subject
    assert found[3905].location == "An Minh"


def test_a_specialty_named_after_its_district_in_a_headline_names_no_place() -> None:
    text = ("Cổng Thông tin điện tử tỉnh Quảng Ninh\n\n"
            "Miến dong Bình Liêu vào vụ Tết\n\n"
            "Năm 2024, toàn tỉnh Quảng Ninh có khoảng 420 ha dong riềng, tăng 35 ha so với năm 2023. Dong riềng được "
            "trồng tập trung ở các huyện Bình Liêu (310 ha), Tiên Yên (70 ha) và Ba Chẽ (40 ha).\n\n"
            "Theo Sở Nông nghiệp và Phát triển nông thôn, sản lượng miến vụ năm nay ước đạt 1.350 tấn.\n")
    found = _by_value(text)
    assert found[1350].location == "Quảng Ninh" and found[420].location == "Quảng Ninh"
    assert found[310].location == "Bình Liêu"


def test_numbers_in_millions_alone_in_brackets_count_the_list_lead_s_thing() -> None:
    text = ("Các tỉnh có số hội viên đông nhất lần lượt là Thanh Hóa (1,2 triệu), Nghệ An (0,9 triệu) và "
            "Đồng Nai (0,6 triệu).")
    found = _by_value(text)
    assert {v: found[v].unit for v in (1_200_000, 900_000, 600_000)} == dict.fromkeys((1_200_000, 900_000, 600_000),
                                                                                      "hội viên")
    # (a name that goes on in small letters after its capital is an item too: `Phật giáo (14,1 triệu)`)
    text = "Các tôn giáo có số tín đồ đông nhất lần lượt là Phật giáo (14,1 triệu), Công giáo (7,2 triệu)."
    assert set(_by_value(text)) == {14_100_000, 7_200_000}


def test_classes_are_no_part_of_people_and_learners_with_them_are() -> None:
    text = ("Tổng số học viên tham gia là 940 người; trong đó tiếng Khmer có 21 lớp với 615 học viên, tiếng Chăm có "
            "9 lớp với 325 học viên.")
    found = _by_value(text)
    assert found[21].total is None and found[9].total is None
    assert found[615].total == 940 and found[325].total == 940


def test_clubs_by_their_initials_are_a_column_s_unit() -> None:
    text = ("Số câu lạc bộ một số môn tiêu biểu như sau:\n\n"
            "Môn\nNăm 2022 (CLB)\nNăm 2024 (CLB)\nHội viên năm 2024 (người)\n"
            "Bóng đá\n126\n148\n3.920\nCầu lông\n203\n236\n4.115\n")
    found = _by_value(text)
    assert (found[126].unit, found[236].unit, found[4115].unit) == ("CLB", "CLB", "người")


def test_a_person_placed_by_the_commune_body_they_serve_in_and_no_other_person() -> None:
    text = ("TP HCM có hơn 4.000 tổ hòa giải ở cơ sở.\n\n"
            "Ông Trần Văn Tư, 68 tuổi, tổ trưởng tổ hòa giải khu phố 2, phường Hiệp Phú (TP Thủ Đức), cho biết mỗi năm "
            "tổ nhận khoảng 30 vụ việc.\n")
    assert _by_value(text)[30].location == "Thủ Đức"
    # (a later paragraph of another person, by another title, is not carried there)
    text = ("Hà Nội có hơn 5.000 tổ hòa giải ở cơ sở.\n\n"
            "Bà Nguyễn Thị Lan, 62 tuổi, ở xã Minh Phú (Sóc Sơn), cho biết gia đình dùng bếp than hơn 20 năm nay.\n\n"
            "PGS.TS Lê Minh Tâm cho biết bụi trong bếp cao gấp 3 lần quy chuẩn. Theo ông, mức hỗ trợ mới đáp ứng "
            "khoảng 30% chi phí mua bếp điện.\n")
    assert _by_value(text)[30].location == "Hà Nội"


def test_one_weight_left_on_a_unit_line_is_every_product_column_s() -> None:
    text = ("Năm 2024, toàn tỉnh có 120 cơ sở chế biến. Kết quả cụ thể:\n\n"
            "Đơn vị tính: cơ sở; tấn\n"
            "Địa bàn | Số cơ sở | Bột sắn | Sắn lát\n"
            "Huyện Tân Châu | 64 | 13.200 | 19.800\n"
            "Huyện Dương Minh Châu | 56 | 9.700 | 14.600\n")
    found = _by_value(text)
    assert (found[64].unit, found[13_200].unit, found[14_600].unit) == ("cơ sở", "tấn", "tấn")
    assert found[13_200].kind == "measure"


def test_where_a_firm_stands_after_o_is_no_part_of_its_name() -> None:
    text = ("Sợi chuối miền Tây ra thế giới\n\n"
            "Mỗi tháng, nhà máy của Công ty TNHH Sợi Mekong ở huyện Cái Bè (Tiền Giang) xuất đi khoảng 40 tấn sợi "
            "chuối sang Nhật Bản.\n\n"
            "Ông Trần Văn Tư, Giám đốc công ty, cho biết năm 2024 doanh nghiệp đạt doanh thu 26 tỷ đồng.\n")
    found = _by_value(text)
    assert found[40].location == "Cái Bè" and found[26_000_000_000].location == "Cái Bè"


def test_where_a_person_worked_before_coming_home_is_not_where_the_farm_is() -> None:
    text = ("Làm giàu từ trang trại nuôi dê\n\n"
            "Anh Lê Văn Tư, 36 tuổi, ở xã Sông Trầu, huyện Trảng Bom (Đồng Nai) đầu tư trang trại nuôi dê với "
            "600 con.\n\n"
            "Sau 6 năm làm kỹ sư cơ khí tại TP HCM, năm 2020 anh Tư về quê thuê 2 ha đất, vay 800 triệu đồng xây "
            "chuồng.\n")
    found = _by_value(text)
    assert found[2].location == "Trảng Bom" and found[800_000_000].location == "Trảng Bom"


def test_a_percent_sign_ends_a_unit_list_and_the_one_count_left_is_every_counted_column_s() -> None:
    text = ("Kết quả năm 2024 tại các huyện như sau:\n"
            "Đơn vị tính: ca, %\n"
            "Huyện | Trẻ đẻ sống | Sinh tại cơ sở y tế | Tỷ lệ sinh tại cơ sở y tế\n"
            "Bảo Lạc | 1.120 | 905 | 80,8\n"
            "Bảo Lâm | 1.430 | 1.190 | 83,2\n")
    found = _by_value(text)
    assert (found[1120].unit, found[905].unit, found[80.8].unit) == ("ca", "ca", "%")
    assert found[80.8].kind == "percent"


def test_a_column_headed_by_a_classifier_and_its_noun_counts_them() -> None:
    text = ("Năm 2024, các cảng cá đón hơn 12.000 lượt tàu. Kết quả tại từng cảng như sau:\n\n"
            "Cảng cá\nLượt tàu cập cảng\nSản lượng (tấn)\nGiấy xác nhận nguồn gốc\n"
            "Cửa Hội\n6.846\n15.310\n312\nLạch Quèn\n5.925\n11.880\n196\n")
    found = _by_value(text)
    assert (found[6846].unit, found[15_310].unit, found[312].unit) == ("lượt tàu", "tấn", "giấy xác nhận")
