"""Rules from the probe sets 853-864 (the last stop's sealed measure, opened at the seventieth stop, and the sets written
in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_things_that_passed_or_failed_are_counted_as_such() -> None:
    found = _by_value("Đội kiểm tra lấy 620 mẫu nước mắm, trong đó 583 mẫu đạt và 37 mẫu không đạt.")
    assert found[583].subject == "mẫu đạt" and found[37].subject == "mẫu không đạt"
    found = _by_value("Năm 2023, huyện kiểm định 1.140 cân điện tử; có 96 chiếc không đạt, phải hiệu chỉnh lại.")
    assert found[96].subject.endswith("không đạt")
    # (`đạt` whose object is the number, or follows after `và vượt`, is a claim, not a pass)
    found = _by_value("Năm 2024, có 4/4 chỉ tiêu đạt và vượt kế hoạch.")
    assert found[4].subject != "chỉ tiêu đạt"


def test_the_rate_of_those_that_fail_keeps_its_words() -> None:
    found = _by_value("Qua kiểm tra, nhóm cân đã dùng trên 8 năm có tỷ lệ không đạt 19,4%.")
    assert found[19.4].subject == "tỷ lệ không đạt"
    found = _by_value("Tỷ lệ không đạt ở nhóm bình gas sản xuất trước năm 2010 là 14,2%.")
    assert found[14.2].subject.startswith("Tỷ lệ không đạt ở nhóm bình gas")


def test_a_pass_fail_column_counts_the_tables_things() -> None:
    text = ("Kết quả kiểm định cân tại các chợ 6 tháng đầu năm 2024 như sau:\n\n"
            "Đơn vị tính: chiếc\n"
            "Chợ | Số cân kiểm định | Đạt | Không đạt\n"
            "Chợ Đông Ba | 412 | 380 | 32\n"
            "Chợ An Cựu | 260 | 241 | 19\n")
    found = _by_value(text)
    # (the row's label, a market, opens each cell's subject)
    assert found[380].subject.endswith(" chiếc đạt") and found[32].subject.endswith(" chiếc không đạt")
    assert found[412].subject.endswith(" số cân kiểm định")


def test_a_multiplier_before_things_counted_together_counts_each() -> None:
    text = ("Kết quả sản xuất giống cây trồng huyện Cái Bè\n"
            "Đơn vị tính: nghìn cây, bầu\n"
            "Sản phẩm\nNăm 2023\nNăm 2024\n"
            "Cây giống sầu riêng\n420\n515\n"
            "Giống ươm trong bầu\n186\n240\n"
            "Tổng cộng\n606\n755\n")
    found = _by_value(text)
    assert found[420000].unit == "cây" and found[240000].unit == "bầu"
    assert found[755000].unit == "cây, bầu"
    # (a multiplier before units of other kinds stays with its own: `nghìn tấn, ha` are two columns' units)
    text = ("Sản xuất lúa năm 2024 của huyện Cái Bè như sau:\n\n"
            "Đơn vị tính: nghìn tấn, ha\n"
            "Xã | Sản lượng | Diện tích\n"
            "Hậu Mỹ Bắc | 12,5 | 860\n"
            "Mỹ Lợi | 10,5 | 760\n")
    found = _by_value(text)
    assert found[12500].unit == "tấn" and found[860].unit == "ha"


def test_fish_named_by_a_number_word_are_no_count() -> None:
    found = _by_value("Trại nuôi cá bảy màu và cá ba sa giống, mỗi tháng xuất bán 40.000 con.")
    assert set(found) == {40000}


def test_a_sentence_stating_figures_above_a_table_names_it_only_in_its_last_clause() -> None:
    text = ("Tính đến ngày 31/10/2024, toàn tỉnh có 132 tiệm cắt tóc và 58 cơ sở gội đầu dưỡng sinh, tăng 14 cơ sở so "
            "với cuối năm 2023, phân theo địa bàn như sau:\n\n"
            "Đơn vị tính: cơ sở\n"
            "Địa phương | Cắt tóc | Gội đầu dưỡng sinh | Tổng số\n"
            "TP Tuy Hòa | 71 | 30 | 101\n"
            "Thị xã Sông Cầu | 61 | 28 | 89\n")
    found = _by_value(text)
    assert found[71].subject == "cắt tóc" and found[101].subject == "tổng số cơ sở"
    # (its period still dates the cells)
    assert found[30].period is not None and found[30].period.end.isoformat() == "2024-10-31"


def test_a_national_order_the_lead_carries_out_does_not_make_a_provinces_article_national() -> None:
    text = ("SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ HẢI PHÒNG\n"
            "Trang chủ | Tin tức | Liên hệ\n\n"
            "Kết quả bảo trì đường bộ năm 2024\n\n"
            "Thực hiện Chỉ thị số 31/CT-TTg ngày 4/9/2024 của Thủ tướng Chính phủ về bảo đảm an toàn giao thông, Sở đã "
            "rà soát các tuyến đường trên địa bàn thành phố.\n\n"
            "Năm 2024, Sở đã sửa chữa 126 km đường, giảm 14 km so với năm 2023.\n")
    found = _by_value(text)
    assert found[126].location == "Hải Phòng"
    # (a lead that speaks of the country itself stays national)
    text = ("BỘ GIAO THÔNG VẬN TẢI\n\n"
            "Kết quả bảo trì đường bộ năm 2024\n\n"
            "Thực hiện Chỉ thị số 31/CT-TTg ngày 4/9/2024 của Thủ tướng Chính phủ, cả nước đã sửa chữa 4.260 km quốc lộ.\n")
    assert _by_value(text)[4260].location == "Việt Nam"


def test_a_table_that_counts_service_points_counts_them() -> None:
    text = ("Số lượng điểm phục vụ qua các năm như sau:\n"
            "Đơn vị tính: điểm\n"
            "Loại điểm\nNăm 2023\nNăm 2024\n"
            "Bưu cục\n41\n43\n"
            "Điểm Bưu điện - Văn hóa xã\n96\n97\n")
    found = _by_value(text)
    assert found[41].kind == "count" and found[97].kind == "count"


def test_a_total_said_after_a_count_is_the_total_of_the_things_counted() -> None:
    found = _by_value("Toàn tỉnh có 42 lò sấy cà phê, tổng công suất khoảng 860 tấn/ngày, trong đó huyện Krông Năng có "
                      "12 lò.")
    assert found[860].subject == "tổng công suất lò sấy cà phê"
    # (`tổng` is kept as the text words it after `với` too)
    found = _by_value("Huyện có 5 trạm bơm với tổng công suất 3.600 m3/giờ.")
    assert found[3600].subject == "tổng công suất trạm bơm"


def test_a_unit_line_for_the_sums_gives_the_columns_without_their_own() -> None:
    text = ("Kết quả theo địa bàn:\n"
            "Đơn vị tính giá trị: tỷ đồng\n"
            "Huyện | Số cơ sở | Lao động (người) | Giá trị sản xuất\n"
            "Tiên Du | 214 | 1.380 | 96,5\n"
            "Quế Võ | 87 | 560 | 41,2\n")
    found = _by_value(text)
    assert found[96500000000].unit == "đồng" and found[214].unit == "cơ sở" and found[1380].unit == "người"


def test_a_village_whose_place_is_bracketed_after_tai_is_what_the_article_is_about() -> None:
    text = ("Làng gốm vào mùa Tết\n\n"
            "Những ngày cuối năm, không khí tại làng gốm Thanh Hà (phường Thanh Hà, thành phố Hội An) nhộn nhịp hơn. "
            "Toàn làng có 46 hộ làm gốm với khoảng 210 lao động.\n\n"
            "Năm 2024, làng đón hơn 80.000 lượt khách.\n")
    found = _by_value(text)
    assert found[46].location == "Hội An" and found[80000].location == "Hội An"


def test_how_long_a_thing_lasts_is_measured() -> None:
    found = _by_value("Mỗi lớp sơ cấp nghề may kéo dài 4 tháng, với 30 học viên.")
    assert found[4].unit == "tháng"
    found = _by_value("Có vụ tranh chấp đất đai kéo dài 5-6 năm.")
    assert found[5].value_max == 6
    # (a span the figures fall in says when)
    assert 9 not in _by_value("Trong đợt nghỉ Tết kéo dài 9 ngày, tỉnh đón 120.000 lượt khách.")


def test_degrees_alone_are_measured() -> None:
    found = _by_value("Qua khám, nhiều em bị cận thị 3,5 độ, có em tới 7 độ.")
    assert found[3.5].kind == "measure" and found[7].kind == "measure"


def test_a_so_column_that_opens_with_what_befell_counts_the_tables_noun() -> None:
    text = ("Kết quả khám theo cấp học:\n\n"
            "Cấp học\nSố học sinh được khám\nSố mắc bệnh răng miệng\n"
            "Tiểu học\n12.400\n5.310\n"
            "Trung học cơ sở\n9.820\n3.970\n")
    found = _by_value(text)
    assert found[5310].unit == "học sinh" and found[12400].unit == "học sinh"


def test_a_list_of_places_led_by_the_noun_alone_counts_what_was_counted_before() -> None:
    text = ("Đến cuối năm 2024, toàn tỉnh có 1.260 cơ sở kinh doanh dịch vụ karaoke của các huyện, thị xã. "
            "Các địa phương có nhiều cơ sở nhất lần lượt là Thủ Dầu Một (312 cơ sở), Dĩ An (248 cơ sở) và "
            "Thuận An (201 cơ sở).")
    found = _by_value(text)
    assert found[248].subject == "cơ sở kinh doanh dịch vụ karaoke" and found[248].location == "Dĩ An"


def test_the_one_province_named_by_its_level_word_is_the_one_spoken_of() -> None:
    text = ("Cầu phao mùa lũ vận hành an toàn\n\n"
            "Năm 2024, cầu phao Phong Hải đón 1,2 triệu lượt người qua lại, tăng 8% so với năm 2023.\n\n"
            "Cầu nằm trên tuyến đường liên xã, là lối đi chính của người dân phía Bắc tỉnh Quảng Trị. Lực lượng Công an "
            "tỉnh đã kiểm tra 214 phương tiện.\n")
    found = _by_value(text)
    assert found[1200000].location == "Quảng Trị" and found[214].location == "Quảng Trị"


def test_a_bridge_or_tunnel_named_after_a_place_is_no_place_of_the_figures() -> None:
    text = ("SỞ GIAO THÔNG VẬN TẢI TỈNH THANH HÓA\n\n"
            "Năm 2024, hầm đường bộ Tam Điệp đón 2,4 triệu lượt xe, tăng 5% so với năm 2023. Sở cũng phân luồng xe tải "
            "qua cầu Hàm Rồng với 820.000 lượt xe.\n")
    found = _by_value(text)
    assert found[2400000].location == "Thanh Hóa" and found[820000].location == "Thanh Hóa"


def test_communes_named_by_their_level_word_are_items_of_a_list() -> None:
    text = ("Năm 2024, toàn huyện có 860 hộ được hỗ trợ làm chuồng trại, gồm xã Tân Hòa (312 hộ), xã Tân Lợi "
            "(286 hộ) và xã Tân Phú (262 hộ).")
    found = _by_value(text)
    assert found[286].subject == "hộ được hỗ trợ làm chuồng trại"
    # (an item whose list names nothing else is its unit in that commune: a commune is no location of its own)
    found = _by_value("Các xã giáp biên tiếp tục là địa bàn trọng điểm: xã Tân Lập (41 vụ), xã Hòa Hiệp (33 vụ).")
    assert found[33].subject == "vụ xã Hòa Hiệp"


def test_a_body_said_by_its_kind_alone_is_no_part_of_what_it_gave() -> None:
    found = _by_value("Năm 2024, Dự án đã cấp miễn phí 455 kính cho học sinh nghèo.")
    assert found[455].subject == "kính cấp miễn phí"
    found = _by_value("Năm 2023, Hội đã trao tặng 85 xe lăn cho người khuyết tật.")
    assert "trao tặng" in found[85].subject and "Hội" not in found[85].subject
