"""Rules from the probe sets 1183-1200 and on (the last stop's sealed measure, opened at the seventy-eighth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_the_last_word_of_an_all_capitals_heading_is_no_index_of_the_year_below_it() -> None:
    # (`PCI 2023` names an index by its year; `CHUNG` ending a heading line and `Năm 2023` opening the next are not one)
    for heading in ("I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ SẢN XUẤT, KINH DOANH", "TÌNH HÌNH CHUNG"):
        found = _by_value(f"{heading}\nNăm 2023, trên địa bàn tỉnh có 64 cơ sở tái chế lốp xe.\n", published="2023-12-26")
        assert found[64].period is not None and found[64].period.text == "Năm 2023", heading
    found = _by_value("Chỉ số PCI 2023 của tỉnh đạt 65,2 điểm.\n")
    assert found[65.2].period.text == "PCI 2023"


def test_an_amount_in_millions_after_a_noun_of_money_is_in_dong() -> None:
    # (headlines and speech drop the currency, not the word that says the amount is money)
    found = _by_value("Làng dệt kim chạy đơn hàng Tết, thợ lành nghề nhận lương 15 triệu\n\n"
                      "Năm 2023, doanh thu của làng nghề đạt khoảng 5 tỷ.\n")
    assert found[15_000_000].kind == "money" and found[15_000_000].unit == "đồng"
    assert found[5e9].unit == "đồng" and found[5e9].approx == "about"
    assert _by_value("Thợ có thu nhập bình quân 12 triệu/tháng.\n")[12_000_000].unit == "đồng/tháng"
    # (trade and foreign investment are said in dollars; a population is no money)
    for text in ("Kim ngạch xuất khẩu năm 2023 đạt 3,2 tỷ.\n", "Vốn FDI đăng ký mới đạt 1,5 tỷ.\n",
                 "Dân số của tỉnh đạt 1,2 triệu.\n"):
        assert all(f.unit != "đồng" for f in extract(text).figures), text


def test_a_bracket_that_says_what_is_now_is_no_part_of_the_goal_around_it() -> None:
    found = _by_value("Tỉnh phấn đấu đến năm 2025 giảm ít nhất 10% số tàu lưới kéo so với năm 2020 "
                      "(hiện còn khoảng 16.800 chiếc).\n")
    assert found[10].status == "target"
    assert found[16_800].status == "actual"


def test_the_one_thing_a_purpose_makes_is_the_denominator_of_what_it_needs() -> None:
    found = _by_value("Để sản xuất 1 tấn surimi cần từ 2,8 đến 3,5 tấn cá nguyên liệu.\n")
    assert 1 not in found and found[2.8].value_max == 3.5
    found = _by_value("Muốn làm ra 1 kg chè khô, người dân phải hái 4-5 kg búp tươi.\n")
    assert 1 not in found and 4 in found
    # (not a goal of one thing, with no amount needed for it)
    assert 1 in _by_value("Để có 1 ha rừng trồng đạt chuẩn, huyện đã trồng 20 ha.\n")


def test_a_unit_line_of_things_a_column_names_together_is_one_unit() -> None:
    text = ("Kết quả phủ cáp quang theo huyện quý I/2024.\n"
            "Đơn vị tính: thôn, bản\n"
            "Huyện | Tổng số thôn, bản | Có cáp quang | Chưa có cáp quang\n"
            "Mường Nhé | 142 | 104 | 38\n"
            "Nậm Pồ | 158 | 121 | 37\n"
            "Tổng cộng | 300 | 225 | 75\n")
    found = _by_value(text)
    assert {found[v].unit for v in (142, 104, 38, 300, 225, 75)} == {"thôn, bản"}
    # (a line of one unit per column stays so, though a label names both: `Người nhận lương hưu tại điểm`)
    text = ("Đơn vị tính: điểm; người\n"
            "Huyện | Số điểm BĐVHX | Người nhận lương hưu tại điểm\n"
            "Hướng Hóa | 21 | 1.240\n"
            "Gio Linh | 18 | 1.615\n")
    found = _by_value(text)
    assert found[21].unit == "điểm" and found[1_240].unit == "người"


def test_only_one_is_a_count() -> None:
    found = _by_value("Trước đây cả làng chỉ có một trạm phát sóng 2G, nay có 3 trạm 4G.\n")
    assert found[1].unit.startswith("trạm")
    # (`chỉ một lần`: once, no count)
    assert 1 not in _by_value("Mỗi năm chỉ một lần, xã tổ chức 3 hội thi.\n")


def test_cooked_a_house_number_and_a_station_name_are_no_figures() -> None:
    found = _by_value("Cá cơm được luộc chín rồi phơi 2 nắng, mỗi mẻ 300 kg.\n"
                      "Địa chỉ: 104 đường 16 tháng 4, TP Phan Rang - Tháp Chàm\n")
    assert 9 not in found and 104 not in found and 300 in found
    found = _by_value("Đóng điện Trạm biến áp 110 kV Yên Phong 3, giảm tải cho Trạm 110 kV Yên Phong 1 vốn thường xuyên "
                      "mang tải trên 90%.\n")
    assert 3 not in found and 1 not in found and 90 in found
    # (a reading at a station is a figure)
    assert 48 in _by_value("Nồng độ bụi PM10 tại trạm Phủ Lý 48 µg/m3.\n")


def test_a_caption_that_only_says_some_main_matters_follow_names_no_indicator() -> None:
    text = ("Năm 2024, các địa phương đăng ký 1.024 việc hộ tịch có yếu tố nước ngoài. Kết quả một số việc chủ yếu:\n"
            "Đơn vị tính: việc\n"
            "Địa phương | Kết hôn | Khai sinh\n"
            "TP Bắc Ninh | 74 | 96\n"
            "TP Từ Sơn | 41 | 63\n")
    found = _by_value(text)
    assert found[74].subject.lower() == "kết hôn" and found[63].subject.lower() == "khai sinh"


def test_one_person_in_a_toll_of_dead_or_injured_is_counted() -> None:
    found = _by_value("Từ đầu năm, huyện ghi nhận 4 vụ sét đánh, làm chết một người đang thu hoạch cà phê.\n")
    assert found[1].unit == "người"
    found = _by_value("Mưa đá làm dập nát 35 ha ngô; một người dân ở xã Pá Hu, huyện Trạm Tấu bị thương.\n")
    assert found[1].unit == "người dân"
    # (a person who speaks, and a crop that died, are no toll)
    assert 1 not in _by_value("Một người dân cho biết, lúa nhà anh bị chết hết.\n")


def test_chuc_is_ten_times_the_digit_before_it_and_two_digit_words_side_by_side_a_rough_range() -> None:
    found = _by_value("Giông lốc làm tốc mái ba chục ngôi nhà.\n")
    assert found[30].unit == "ngôi nhà"
    found = _by_value("Chiều hôm đó có hai, ba chục người trú mưa tại lán.\n")
    assert found[20].value_max == 30 and found[20].approx == "about"
    # (`một chục` after a price is what the price is for, a bunch of ten or so)
    found = _by_value("Dừa khô giờ lên 110.000 đồng một chục, gần gấp đôi năm ngoái.\n")
    assert 10 not in found and found[110_000].change is not None


def test_nam_after_the_tens_is_the_year_of_a_length_not_five() -> None:
    found = _by_value("Sau hơn hai mươi năm trồng rừng, diện tích rừng phi lao của huyện đạt 2.860 ha.\n")
    assert 25 not in found and 20 not in found and 2_860 in found
    assert 25 in _by_value("Xã có hai mươi lăm hộ trồng rừng.\n")
    assert 350 in _by_value("Xã có ba trăm năm mươi hộ trồng rừng.\n")


def test_a_pair_whose_first_beats_the_second_by_the_share_of_plan_said_is_done_over_plan() -> None:
    found = _by_value("Năm 2023, toàn tỉnh trồng mới 124/120 ha rừng phòng hộ ven biển, đạt 103,3% kế hoạch.\n")
    assert found[124].target.value == 120 and found[124].target.met and found[124].total is None
    assert 120 not in found
    # (a part of its whole stays so)
    assert _by_value("Năm 2023, huyện trồng 110/120 ha rừng, đạt 91,7% kế hoạch.\n")[110].total == 120


def test_a_cooperative_or_workshop_named_after_another_province_is_no_place() -> None:
    text = ("Tỉnh Bình Định năm 2024 trao 300 xe lăn cho người khuyết tật.\n\n"
            "Tại thị xã An Nhơn, cơ sở sản xuất dụng cụ chỉnh hình Hòa Bình mỗi tháng làm ra 40 chân giả, "
            "sử dụng 12 lao động.\n")
    found = _by_value(text)
    assert found[40].location == "An Nhơn" and found[12].location == "An Nhơn"
    text = ("Tỉnh Ninh Bình có 120 doanh nghiệp làm cói.\n\n"
            "Hợp tác xã Cói xuất khẩu Hòa Bình có 85 thành viên.\n")
    assert _by_value(text)[85].location == "Ninh Bình"
    # (a headline that says what a cooperative does names its province)
    assert _by_value("HTX trẻ đưa cà phê đặc sản Đắk Lắk lên sóng, bán 38 tấn\n")[38].location == "Đắk Lắk"


def test_districts_a_list_of_industrial_parks_goes_on_with_name_parks() -> None:
    text = ("BÁO BẮC NINH ĐIỆN TỬ\n\nCác nhà máy gia dụng cần tuyển hơn 3.000 lao động\n\n"
            "(BNO) - Sau Tết, 100% doanh nghiệp lắp ráp quạt điện tại các KCN Quế Võ, Yên Phong, Thuận Thành II đã hoạt "
            "động trở lại; tỷ lệ lao động quay lại làm việc đạt 97,6%.\n")
    found = _by_value(text)
    assert found[97.6].location == "Bắc Ninh" and found[3_000].location == "Bắc Ninh"


def test_a_sentence_that_states_a_figure_in_millions_is_no_caption_of_the_table_under_it() -> None:
    text = ("1. Sản lượng\n"
            "Năm 2023, sản lượng đá vôi khai thác toàn tỉnh đạt 16,4 triệu tấn, bằng 96,5% kế hoạch.\n\n"
            "Đơn vị tính: nghìn tấn\n"
            "Huyện | Năm 2022 | Năm 2023\n"
            "Huyện Hoa Lư | 2.310 | 2.180\n"
            "Huyện Gia Viễn | 3.960 | 3.870\n")
    found = _by_value(text)
    # (the cells' subject is their column's label, not the sentence's words)
    assert "đạt" not in found[2_310_000].subject and "2022" in found[2_310_000].subject


def test_a_firm_placed_in_brackets_after_its_name_is_there_and_so_is_what_is_said_of_it() -> None:
    text = ("Cả nước có khoảng 40 nhà máy sản xuất tã giấy.\n\n"
            "Tại Hải Dương, Công ty CP Tã giấy Minh Phát (KCN Lai Vu, huyện Kim Thành) vừa nâng công suất lên 1 triệu "
            "miếng/ngày. Công ty có khoảng 700 công nhân.\n")
    found = _by_value(text)
    assert found[1_000_000].location == "Kim Thành" and found[700].location == "Kim Thành"
    assert found[40].location == "Việt Nam"


def test_a_hospital_or_a_news_programme_named_by_a_number_is_no_figure() -> None:
    found = _by_value("Bệnh viện Nhân dân 115 hiện có 2 nhân viên biết ngôn ngữ ký hiệu; bản tin thời sự 19 giờ có "
                      "phiên dịch, đã phát 78 chương trình.\n")
    assert 115 not in found and 19 not in found and 2 in found and 78 in found
    assert 115 in _by_value("Bệnh viện có 115 bác sĩ.\n")


def test_goods_and_work_said_in_pairs_are_one_noun_phrase() -> None:
    found = _by_value("Mỗi năm các cơ sở xử lý khoảng 5.200 tấn săm, lốp phế thải; huyện có 2.968 thương binh, bệnh binh "
                      "đang hưởng trợ cấp.\n")
    assert found[5_200].subject.startswith("săm, lốp")
    assert found[2_968].subject.startswith("thương binh, bệnh binh")
    # (`thu mua` goes on a list of what firms do)
    found = _by_value("Hợp tác xã liên kết với 14 doanh nghiệp, thu mua qua hợp đồng 1.200 tấn.\n")
    assert "thu mua" not in found[14].subject


def test_a_span_from_one_year_to_another_is_no_horizon() -> None:
    found = _by_value("Từ năm 2020 đến năm 2023, chương trình khuyến công đã hỗ trợ 27 cơ sở đầu tư búa máy.\n",
                      published="2024-05-10")
    assert found[27].status == "actual"
    assert _by_value("Tỉnh phấn đấu đến năm 2025 có 50 cơ sở.\n", published="2024-05-10")[50].status == "target"
