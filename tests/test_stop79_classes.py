"""Rules from the probe sets 1237-1242 and on (the last stop's sealed measure, opened at the seventy-ninth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_name_after_o_or_tai_is_a_district_of_the_province_the_text_names() -> None:
    # (`Văn Giang`, `Đông Anh` are no bare names: `anh Văn Giang` is a man; after `ở`/`tại` they say where)
    found = _by_value("Hưng Yên - Năm 2024, diện tích hoa ly ở Văn Giang đạt 112 ha.\n")
    assert found[112].location == "Văn Giang"
    found = _by_value("Hà Nội - Tháng 5, lượng khách tham quan tại Đông Anh đạt 12.000 lượt.\n")
    assert found[12_000].location == "Đông Anh"
    # (a province's whole spread over a district stays the province's; a man named so is no place)
    assert _by_value("Năm 2024, tỉnh Hưng Yên có 300 ha ly, tập trung ở Văn Giang.\n")[300].location == "Hưng Yên"
    assert _by_value("Năm 2024, anh Văn Giang ở Hưng Yên trồng 5 ha ly.\n")[5].location == "Hưng Yên"
    # (nor where people go to work)
    found = _by_value("Tại bến đò Vân Phúc (huyện Phúc Thọ), mỗi ngày có 700 lượt khách, phần lớn là công nhân "
                      "đi làm ở Mê Linh. Giá vé chỉ 5.000 đồng/người.\n")
    assert found[5000].location == "Phúc Thọ"


def test_a_works_sited_in_a_park_of_a_district_is_in_that_district_whatever_its_firms_seat() -> None:
    # (`ở khu công nghiệp X, huyện Y`: a site and its district, small to large; `(trụ sở tại Z)` says where the firm is
    # registered, and `Nhà máy` in the next sentence is the same works)
    found = _by_value("Công ty cổ phần Sữa Phương Nam (trụ sở tại Long An) vừa khánh thành nhà máy ở khu công nghiệp "
                      "Long Hậu, huyện Cần Giuộc, tổng vốn đầu tư khoảng 1.500 tỷ đồng. Nhà máy rộng 8,5 ha.\n")
    assert found[1.5e12].location == "Cần Giuộc"
    assert found[8.5].location == "Cần Giuộc"


def test_a_firm_placed_in_a_district_after_a_papers_tag_and_a_time_is_there_for_its_sentence() -> None:
    # (`VOV.VN - Từ đầu năm đến nay, Công ty … ở huyện Đơn Dương …`: the tag and the time open the sentence, the firm is
    # what it speaks of)
    found = _by_value("Lâm Đồng: Bí đỏ xuất ngoại\n\nVOV.VN - Từ đầu năm đến nay, Công ty TNHH Nông sản Lâm Viên ở huyện "
                      "Đơn Dương đã xuất khẩu 2.600 tấn bí đỏ, tăng 30% so với cùng kỳ, doanh thu đạt 46 tỷ đồng.\n")
    assert found[46e9].location == "Đơn Dương"


def _table_totals(text: str) -> dict[str, float | None]:
    return {f.subject: f.total for f in extract(text, published="2024-10-10").figures if f.rule.startswith("table:")}


def test_rows_after_a_trong_do_row_are_parts_when_they_add_up_to_the_whole() -> None:
    text = ("Sản lượng giống nhuyễn thể của tỉnh\nĐơn vị tính: triệu con\nLoại giống | Năm 2022 | Năm 2023\n"
            "Tổng số | 9.850 | 11.200\nTrong đó: Ngao giống | 9.420 | 10.650\nHàu giống | 310 | 420\n"
            "Giống khác | 120 | 130\n")
    totals = _table_totals(text)
    assert totals["Hàu giống năm 2022"] == 9.85e9 and totals["Giống khác năm 2023"] == 11.2e9
    # (rows that do not add up with the first part to the whole are the whole's siblings, or parts of a part)
    text = ("Kết quả khai thác\nĐơn vị tính: tấn\nChỉ tiêu | Năm 2023 | Kế hoạch năm 2024\n"
            "Sản lượng khai thác | 74.860 | 76.000\nTrong đó: mực các loại | 17.930 | 18.500\n"
            "Mực chế biến xuất khẩu | 5.210 | 5.600\n")
    totals = _table_totals(text)
    assert totals["mực các loại năm 2023"] == 74_860
    assert totals["Mực chế biến xuất khẩu năm 2023"] is None


def test_a_part_after_its_whole_in_one_sentence_is_where_the_whole_is() -> None:
    # (in an article on the province, the sentence's place is the district it names)
    found = _by_value("Tỉnh Vĩnh Phúc có 16.300 ha cây vụ đông. Những ngày này, nông dân huyện Vĩnh Tường đang thu hoạch "
                      "khoảng 650 ha rau vụ đông, trong đó có hơn 200 ha bắp cải.\n")
    assert found[650].location == "Vĩnh Tường" and found[200].location == "Vĩnh Tường"


def test_a_caption_above_a_one_cell_per_line_table_with_a_unit_column_is_no_header_cell() -> None:
    text = ("Kết quả phát triển nhóm trẻ độc lập tư thục\nChỉ tiêu\nĐơn vị tính\nNăm 2023\nƯớc thực hiện 2024\n"
            "Kế hoạch 2025\nSố nhóm trẻ\nNhóm\n168\n181\n190\nSố trẻ\nTrẻ\n5.920\n6.450\n7.000\n"
            "Trong đó: con công nhân\nTrẻ\n4.310\n4.870\n5.400\nTỷ lệ nhóm trẻ được cấp phép\n%\n84,5\n90,1\n100\n")
    cells = {f.value: f for f in extract(text, published="2024-12-20").figures if f.rule.startswith("table:")}
    assert len(cells) == 12
    assert cells[4870].total == 6450 and cells[4870].unit.lower() == "trẻ"
    assert cells[181].status == "estimate" and cells[181].period.text == "Ước thực hiện 2024"
    assert cells[7000].status == "target" and cells[7000].unit.lower() == "trẻ"
    assert cells[84.5].unit == "%" and cells[84.5].period.text == "Năm 2023"


def test_the_level_word_says_which_province_a_shared_district_name_is_of() -> None:
    # (`huyện Tân Phú` is Đồng Nai's; TP Hồ Chí Minh's Tân Phú is a quận: an article that names both provinces)
    text = ("BÁO ĐỒNG NAI\n\nHiện 46 cá thể gấu đang được chăm sóc ở huyện Tân Phú.\n\nNăm 2025, trung tâm tiếp nhận "
            "thêm 8 cá thể gấu từ các hộ nuôi ở Bình Dương, TP Hồ Chí Minh.\n")
    assert _by_value(text)[46].location == "Tân Phú"


def test_diem_counts_sites_under_a_caption_of_so_diem_and_after_sites_counted_bare() -> None:
    # (`Số điểm sạc, đổi pin`: the number of sites where something is, no score)
    text = ("Số điểm sạc, đổi pin xe hai bánh đến tháng 6/2025\nĐơn vị tính: điểm\nKhu vực\nTrạm sạc\nTủ đổi pin\n"
            "Quận 1\n86\n42\nQuận Bình Thạnh\n74\n35\nTổng cộng\n160\n77\n")
    cells = [f for f in extract(text, published="2025-07-01").figures if f.rule.startswith("table:")]
    assert cells and all(f.kind == "count" for f in cells)
    # (`312 điểm nghi biến động rừng`, then `298 điểm` of them verified: the same sites)
    found = _by_value("Năm 2024, hệ thống đã phát hiện 312 điểm nghi biến động rừng. Lực lượng kiểm lâm đã xác minh "
                      "thực địa 298 điểm, đạt 95,5%.\n")
    assert found[298].kind == "count"
    # (a score stays a score)
    assert _by_value("Điểm trung bình môn Toán đạt 6,5 điểm.\n")[6.5].kind == "measure"


def test_what_a_firm_sited_in_a_district_does_in_the_paragraphs_after_is_there() -> None:
    # (an agency's dateline, then the firm said where it is; the next paragraphs speak of it again by its kind or its head)
    text = ("Doanh nghiệp Hải Phòng đưa áo phao ra thế giới\n\nHải Phòng, 14/11/2023 (TTXVN) - Công ty cổ phần Thiết bị "
            "cứu sinh Hải Đăng tại huyện An Dương, thành phố Hải Phòng hiện sản xuất khoảng 25.000 áo phao mỗi tháng.\n\n"
            "Theo ông Phạm Đức Hải, Giám đốc công ty, 10 tháng năm 2023, doanh nghiệp đạt doanh thu 86,4 tỷ đồng.\n\n"
            "Nhà máy có 3 dây chuyền may với 420 công nhân.\n")
    found = _by_value(text)
    assert {found[v].location for v in (25_000, 86.4e9, 3, 420)} == {"An Dương"}
    # (where it was founded is no place of its figures after)
    text = ("Đà Nẵng phát triển trạm đo mưa\n\nCông ty TNHH Trường An được thành lập năm 2019 tại Khu công viên phần mềm "
            "số 2, quận Hải Châu. Từ năm 2019 đến nay, công ty đã lắp đặt hơn 1.200 trạm.\n\n"
            "Công ty có 46 kỹ sư, kỹ thuật viên.\n")
    assert _by_value(text)[46].location == "Đà Nẵng"


def test_a_place_set_outside_or_measured_against_is_no_place_of_the_figure() -> None:
    # (`ngoài Hà Nội và TP HCM`: outside them; `bằng 40-50% ở Hà Nội`: their rent is the yardstick)
    text = ("Cửa hàng tiện lợi đổ về tỉnh lẻ\n\nSau thời gian tập trung ở hai đô thị lớn, các chuỗi cửa hàng tiện lợi "
            "đang mở điểm bán tại các tỉnh, nơi chi phí thuê mặt bằng chỉ bằng 40-50% ở Hà Nội, TP HCM.\n\n"
            "Chuỗi Sao Việt Mart hiện có 1.260 cửa hàng, trong đó 58% nằm ngoài Hà Nội và TP HCM.\n")
    found = _by_value(text)
    assert all(found[v].location not in ("Hà Nội", "TP. Hồ Chí Minh") for v in (40, 1260, 58))
    # (a sentence opening with a place it sets aside still speaks of another)
    assert _by_value("Ngoài Lâm Đồng, Cao Bằng hiện có 3.100 ha dâu tằm.\n")[3100].location == "Cao Bằng"


def test_a_paragraph_that_opens_with_a_firm_said_where_it_is_tells_of_it_there() -> None:
    # (a paper's tag written close, `(GLO)-`; the works by what it stands next to, then its district)
    text = ("Gia Lai: chủ động giống chuối sạch bệnh\n\n(GLO)- Công ty CP Nông nghiệp Ia Grai Xanh vừa đưa vào vận hành "
            "phòng nuôi cấy mô chuối cạnh Tỉnh lộ 664, huyện Ia Grai, với tổng vốn đầu tư gần 35 tỷ đồng. Phòng thí "
            "nghiệm rộng 2.500 m2, gồm 12 phòng cấy.\n\nToàn tỉnh Gia Lai có 9.200 ha chuối.\n")
    found = _by_value(text)
    assert found[35e9].location == "Ia Grai" and found[2500].location == "Ia Grai"
    assert found[9200].location == "Gia Lai"
    # (not a firm whose address brackets give its district: its province's works)
    text = ("Sơn La: kết quả vụ mía\n\nCông ty CP Mía đường Sơn La (Km 34, Quốc lộ 6, huyện Mai Sơn) vào vụ ngày "
            "25/11/2023. Tổng lượng mía ép 468.300 tấn.\n")
    assert _by_value(text)[468_300].location == "Sơn La"


def test_a_paragraph_where_the_head_of_a_body_placed_before_speaks_is_in_its_district() -> None:
    text = ("Tỉnh Sơn La có 86.000 ha cây ăn quả.\n\nTại huyện Yên Châu, Hợp tác xã Xoài Hoa Mai ở xã Chiềng Khoi có "
            "27 thành viên.\n\nÔng Lò Văn Khiêm, Giám đốc hợp tác xã cho biết, năm 2023, sản lượng xoài của hợp tác xã "
            "đạt 720 tấn.\n")
    assert _by_value(text)[720].location == "Yên Châu"


def test_a_sentence_opening_at_a_firms_site_in_a_district_is_there() -> None:
    # (`Tại nhà máy của Công ty … ở quận Ô Môn, …`: where the sentence happens, the site and the firm named on the way)
    text = ("Một doanh nghiệp ở Cần Thơ làm than sinh học từ vỏ trấu.\n\nTại nhà máy của Công ty cổ phần Than sinh học "
            "Cửu Long ở quận Ô Môn, ba lò nhiệt phân mỗi giờ nạp 1,8 tấn trấu, nhiệt độ trong lò duy trì ở 550-600 độ C.\n")
    found = _by_value(text)
    assert found[1.8].location == "Ô Môn" and found[550].location == "Ô Môn"


def test_am_before_a_temperature_says_below_zero() -> None:
    found = {f.text: f.value for f in extract("Nhiệt độ ở Sa Pa xuống âm 1,5 độ C; đỉnh Mẫu Sơn âm 2 độ C.\n").figures}
    assert found == {"âm 1,5 độ C": -1.5, "âm 2 độ C": -2}
    # (`âm` before money is no sign: a word of its own)
    assert {f.value for f in extract("Năm 2024 có 12 hộ âm vốn 50 triệu đồng.\n").figures} == {12, 50e6}


def test_a_slash_a_verb_phrase_away_from_the_unit_joins_two_nouns_no_denominator() -> None:
    # (`viên sắt/axit folic`: iron or folic acid tablets, what the people were given)
    found = _by_value("Năm 2024, hơn 8.600 người được cấp phát và hướng dẫn uống viên sắt/axit folic, đạt 93,4%.\n")
    assert found[8600].unit == "người" and found[8600].kind == "count"
    # (a thing right after the unit and the slash is a rate's denominator; a span of time is one however far)
    assert _by_value("Có thời điểm bệnh viện phải kê 2 người bệnh/giường.\n")[2].unit == "người bệnh/giường"
    assert _by_value("Mỗi trợ giúp viên thực hiện khoảng 38 vụ việc tham gia tố tụng/năm.\n")[38].kind == "measure"
