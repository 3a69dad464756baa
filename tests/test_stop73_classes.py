"""Rules from the probe sets 985-1002 (the last stop's sealed measure, opened at the seventy-third stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_headlines_bare_name_is_the_city_the_lead_names_by_its_level_word() -> None:
    text = ("Ghe đò trên sông Hương: Huế có thêm 14 bến đón khách\n\n"
            "Năm 2024, trên địa bàn thành phố Huế có 38 bến đò chở khách du lịch, tăng 14 bến so với năm 2023. "
            "Các bến đã đón 215.000 lượt khách.\n")
    found = _by_value(text, published="2024-12-20")
    assert found[38].location == "Huế" and found[215_000].location == "Huế"
    # (a lead that names the province is about the province, whatever the headline calls it)
    text = text.replace("trên địa bàn thành phố Huế", "trên địa bàn tỉnh Thừa Thiên Huế")
    assert _by_value(text, published="2024-12-20")[215_000].location == "Thừa Thiên Huế"


def test_toan_thanh_pho_after_the_city_named_by_its_level_word_is_the_citys() -> None:
    text = ("Thừa Thiên Huế chăm sóc cây xanh đô thị\n\n"
            "Năm 2024, các địa phương trên địa bàn tỉnh Thừa Thiên Huế đã trồng mới 21.000 cây xanh. "
            "Hiện nay, khu vực nội thị thành phố Huế có 4.200 cây bóng mát. Toàn thành phố có 51 công viên, "
            "vườn hoa.\n")
    found = _by_value(text, published="2024-12-20")
    assert found[21_000].location == "Thừa Thiên Huế"
    assert found[51].location == "Huế"


def test_a_day_then_the_fields_of_a_district_places_the_paragraph() -> None:
    text = ("Nông dân Sóc Trăng trúng mùa hành tím\n\n"
            "Vụ hành năm nay, toàn tỉnh Sóc Trăng xuống giống 4.200 ha.\n\n"
            "Sáng 10/1, trên cánh đồng xã Vĩnh Hải, thị xã Vĩnh Châu, bà Lâm Thị Nga đang thu hoạch hành. "
            "Bà trồng 1,2 ha, năng suất khoảng 24 tấn/ha.\n")
    found = _by_value(text, published="2025-01-12")
    assert found[4_200].location == "Sóc Trăng"
    assert found[1.2].location == "Vĩnh Châu" and found[24].location == "Vĩnh Châu"
    # (the day of a meeting and its venue place no figure: `Ngày 8/1, tại Hà Nội, Bộ … tổ chức hội nghị`)
    text = ("Cả nước có 1.612 điểm hiến máu\n\n"
            "Ngày 8/1/2024, tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết. Năm 2023, toàn quốc có 1.612 điểm hiến "
            "máu.\n\nNăm 2023, các điểm đã tiếp nhận 412.000 đơn vị máu.\n")
    assert _by_value(text, published="2024-01-09")[412_000].location == "Việt Nam"


def test_a_column_naming_a_unit_of_the_unit_line_by_its_classifier_takes_it() -> None:
    text = ("Năm 2024, các đoàn đã kiểm tra 150 lượt cơ sở, lấy 52 mẫu phân bón. Kết quả theo địa bàn:\n\n"
            "Đơn vị tính: lượt cơ sở, mẫu\n"
            "Địa bàn | Số lượt kiểm tra | Số mẫu lấy | Số mẫu không đạt\n"
            "Huyện Châu Thành | 80 | 27 | 3\n"
            "Huyện Mỹ Xuyên | 70 | 25 | 4\n")
    found = _by_value(text)
    assert found[80].unit == "lượt cơ sở" and found[27].unit == "mẫu" and found[3].unit == "mẫu"
    # (two units of the line opening with the word say nothing of which is the column's)
    text = text.replace("lượt cơ sở, mẫu", "lượt cơ sở, lượt người, mẫu")
    assert _by_value(text)[80].unit != "lượt cơ sở"


def test_places_ranked_by_a_thing_said_with_a_comma_pair_with_the_numbers_after_lan_luot() -> None:
    text = ("Bắc Giang đẩy mạnh cho vay học sinh, sinh viên\n\n"
            "Các huyện Lục Ngạn, Lục Nam và Yên Thế có số học sinh, sinh viên được vay lớn nhất, lần lượt là 286, "
            "241 và 198 em.\n")
    found = _by_value(text)
    assert [found[v].location for v in (286, 241, 198)] == ["Lục Ngạn", "Lục Nam", "Yên Thế"]


def test_a_purpose_mid_sentence_leaves_the_main_clause_that_says_done_actual() -> None:
    text = ("Ông Lê Văn Tâm cho biết, để đạt mục tiêu đến cuối năm 2024 có 60% người hưởng nhận qua tài khoản, "
            "Bảo hiểm xã hội tỉnh đã phối hợp với 9 ngân hàng tổ chức 840 hội nghị tuyên truyền.")
    found = _by_value(text)
    assert found[60].status == "target"
    assert found[9].status == "actual" and found[840].status == "actual"
    # (what is needed to reach the aim is part of the plan)
    text = ("Ông Lê Văn Tâm cho biết, để đạt mục tiêu đến cuối năm 2024 có 60% người hưởng nhận qua tài khoản, "
            "tỉnh cần tổ chức thêm 840 hội nghị tuyên truyền.")
    assert _by_value(text)[840].status == "target"


def test_a_departments_banner_listing_its_fields_with_commas_names_its_province() -> None:
    text = ("CHI CỤC CHĂN NUÔI, THỦY SẢN VÀ THÚ Y HÀ NỘI\n"
            "Trang chủ / Tin hoạt động / Thủy sản\n\n"
            "Phát triển nghề nuôi cá cảnh\n\n"
            "Năm 2023, toàn thành phố có 312 hộ nuôi cá cảnh, tập trung tại quận Hoàng Mai, các huyện Thanh Trì, "
            "Gia Lâm. Tổng sản lượng cá cảnh đạt 21,4 triệu con.\n\n"
            "Khoảng 15% sản lượng được xuất khẩu qua các doanh nghiệp tại TP Hồ Chí Minh và Hải Phòng.\n")
    found = _by_value(text)
    assert found[312].location == "Hà Nội" and found[21_400_000].location == "Hà Nội"


def test_toan_xa_speaks_of_the_commune_named_last_in_the_district_the_text_placed_it_in() -> None:
    text = ("(BRVT) - Long Sơn thay phao xốp\n\n"
            "6 tháng đầu năm 2024, người nuôi hàu thuộc xã Long Sơn (TP Vũng Tàu) đã thay thế 46.300 quả phao xốp.\n\n"
            "Toàn xã hiện có 1.086 hộ nuôi với 6.950 lồng bè.\n\n"
            "Toàn tỉnh có 2.400 hộ nuôi hàu.\n")
    found = _by_value(text, published="2024-07-19")
    assert found[1_086].location == "Vũng Tàu" and found[6_950].location == "Vũng Tàu"
    assert found[2_400].location == "Bà Rịa - Vũng Tàu"


def test_a_junction_named_after_a_place_names_no_place() -> None:
    text = ("Đà Nẵng xây thêm cầu vượt bộ hành\n\n"
            "Năm 2024, thành phố Đà Nẵng xây 3 cầu vượt bộ hành, trong đó 1 cầu tại nút giao Ngã ba Huế. "
            "Mỗi ngày có khoảng 1.300 lượt học sinh qua cầu.\n\n"
            "Tổng kinh phí các cầu là 24 tỷ đồng.\n")
    found = _by_value(text)
    assert found[1_300].location == "Đà Nẵng" and found[24_000_000_000].location == "Đà Nẵng"


def test_a_district_by_the_initial_of_its_level_word_in_a_place_column_is_the_district() -> None:
    text = ("Kết quả thoát nước năm 2024:\n\n"
            "Đơn vị tính: km\n"
            "Địa phương | Cống mới | Nạo vét\n"
            "H. Phú Vang | 12,2 | 0,9\n"
            "TX. Hương Trà | 5 | 1,2\n")
    found = _by_value(text, published="2024-05-01")
    assert found[12.2].location == "Phú Vang" and found[5].location == "Hương Trà"
