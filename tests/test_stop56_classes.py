"""Rules from the probe sets 367-372 (opened at the fifty-sixth stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_change_after_the_owners_count_is_the_owned_figures() -> None:
    found = _by_value("Năm 2024, huyện đã hỗ trợ 320 hộ thuộc 12 xã, tăng 15% so với năm 2023.")
    assert found[320].change is not None and found[320].change.value == 15
    assert found[12].change is None
    found = _by_value("Năm 2024, trường tiếp nhận 3.200 lượt học sinh của 27 trường, tăng gần gấp đôi năm 2023.")
    assert (found[3200].change.value, found[3200].change.unit) == (2, "lần")
    # (a change counted in the owners' noun is theirs)
    found = _by_value("Năm 2024, trung tâm tiếp nhận 968 cá thể thuộc 64 loài, tăng 5 loài so với năm 2023.")
    assert found[64].change is not None and found[64].change.value == 5
    assert found[968].change is None
    found = _by_value("Năm 2024, cuộc thi thu hút 26.500 bài dự thi của 315 trường học, tăng 20 trường so với năm trước.")
    assert found[315].change is not None and found[26500].change is None


def test_a_district_placed_in_its_province_is_the_paragraphs_place() -> None:
    text = ("Năm 2024, UBND xã Tân Lập (huyện Mộc Châu, tỉnh Sơn La) có 5 công chức. Cả năm, xã tiếp nhận 5.860 hồ sơ, "
            "tăng 6,3% so với năm 2023.\n\nTỉnh Sơn La có 12 huyện.")
    found = _by_value(text)
    assert found[5].location == found[5860].location == "Mộc Châu"
    # (a province named on its own goes on being the place)
    assert found[12].location == "Sơn La"
    found = _by_value("Năm 2024, tỉnh Sơn La có 5 công chức. Cả năm, tỉnh tiếp nhận 5.860 hồ sơ.")
    assert found[5860].location == "Sơn La"


def test_the_sentence_that_introduces_a_table_after_a_percent_is_its_caption() -> None:
    text = ("Năm 2023, khách quốc tế chi tiêu bình quân 1.690 USD/lượt, trong đó chi cho các dịch vụ về đêm chiếm khoảng "
            "22%. Kết quả tại một số địa phương:\n\nĐịa phương\tSố tuyến phố đi bộ\tLượt khách về đêm năm 2023 (triệu "
            "lượt)\nHà Nội\t12\t18,4\nQuảng Ninh\t5\t4,6\n")
    found = _by_value(text)
    assert found[18.4e6].subject == "lượt khách về đêm năm 2023"
    assert found[4.6e6].location == "Quảng Ninh"


def test_a_row_labels_bracket_of_no_unit_under_a_unit_line_is_a_kind() -> None:
    text = ("Đơn vị tính: triệu con\nLoại giống | Năm 2023 | Năm 2024\nCá rô phi (đơn tính) | 1.250 | 1.420\n"
            "Tôm sú (giống) | 850 | 910\nCá tra (tấn) | 40 | 45\nSố trại giống (trại) | 12 | 15\n")
    found = _by_value(text)
    assert (found[1.25e9].unit, found[910e6].unit) == ("con", "con")
    assert found[1.25e9].subject.startswith("Cá rô phi (đơn tính)")
    # (a unit the lexicon knows, or the noun the label counts named again, is the row's unit)
    assert (found[40].unit, found[15].unit) == ("tấn", "trại")


def test_a_table_cell_times_its_units_multiplier_is_the_number_written() -> None:
    text = ("Kết quả các hội chợ năm 2024:\n\nHội chợ\nSố gian hàng\nDoanh thu (tỷ đồng)\nHội chợ OCOP\n320\n15,6\n"
            "Hội chợ nông sản\n150\n8,2\nHội chợ Xuân\n120\n64,9\n")
    values = [f.value for f in extract(text).figures if f.kind == "money"]
    assert values == [15_600_000_000, 8_200_000_000, 64_900_000_000]


def test_a_city_that_names_an_event_is_no_narrower_place() -> None:
    text = ("UBND TỈNH ĐẮK LẮK\nSỞ CÔNG THƯƠNG\n\nNăm 2024, Sở đã phối hợp tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 "
            "với 320 gian hàng của 280 doanh nghiệp.")
    found = _by_value(text)
    assert found[320].location == found[280].location == "Đắk Lắk"
    # (a province that names an event is where it is held)
    found = _by_value("Lễ hội Pháo hoa quốc tế Đà Nẵng năm 2024 thu hút hơn 75.000 lượt khách mua vé.")
    assert found[75000].location == "Đà Nẵng"
    # (a city said as where, not in a name, is the place)
    found = _by_value("UBND TỈNH ĐẮK LẮK\n\nNăm 2024, thành phố Buôn Ma Thuột có 320 gian hàng bán cà phê.")
    assert found[320].location == "Buôn Ma Thuột"


def test_where_goods_were_bought_from_is_no_place_of_the_figures() -> None:
    text = ("Năm 2024, các cơ sở nuôi tôm của tỉnh Bạc Liêu nhập hơn 1,2 tỷ con tôm giống từ Ninh Thuận và Bình Thuận. "
            "Toàn tỉnh có 120 trại sản xuất giống.")
    found = _by_value(text)
    assert found[1.2e9].location == found[120].location == "Bạc Liêu"
    # (where they were sent is the same: no place of the buyer's figures; a place said as where is)
    found = _by_value("Năm 2024, Ninh Thuận có 120 trại sản xuất giống, bán 8 tỷ con giống cho Bạc Liêu.")
    assert found[120].location == "Ninh Thuận"


def test_what_was_so_by_a_past_year_is_a_result() -> None:
    found = _by_value("Đến năm 2023, toàn tỉnh có 1.250 nhà văn hóa thôn.", published="2024-10-10")
    assert found[1250].status == "actual"
    # (a year not yet past, or a plan said before it, keeps the target)
    assert _by_value("Đến năm 2025, toàn tỉnh có 1.500 nhà văn hóa thôn.", published="2024-10-10")[1500].status == "target"
    found = _by_value("Mục tiêu đến năm 2023, toàn tỉnh có 1.250 nhà văn hóa thôn.", published="2024-10-10")
    assert found[1250].status == "target"


def test_a_place_a_distance_is_measured_from_is_no_place_of_the_figures() -> None:
    text = ("BÁO LONG AN\n\nNăm 2024, cảng cạn nằm cách TP Hồ Chí Minh 30 km, có diện tích 40 ha.\n\n"
            "Tỉnh Long An có 20 cụm công nghiệp.")
    found = _by_value(text)
    assert found[30].location == found[40].location == "Long An"
    # (a distance from a district's centre says the place lies in it)
    found = _by_value("Năm 2024, trường ở xã Mường Lống, cách trung tâm huyện Kỳ Sơn khoảng 45 km, đón 486 học sinh.")
    assert found[486].location == "Kỳ Sơn"


def test_a_table_cell_said_out_of_a_whole_is_a_part_of_it() -> None:
    text = ("Bảng: Kết quả xây dựng đời sống văn hóa năm 2024\nXã | Gia đình văn hóa | Thôn văn hóa | Ngày công nhận\n"
            "Xã Đồng Văn | 2.180 | 10/12 | 3/12\nXã Tề Lỗ | 1.950 | 7/8 | 15/3\n")
    found = _by_value(text)
    assert (found[10].total, found[7].total, found[10].unit) == (12, 8, "thôn")
    # (a day and month under a column of dates is no part of a whole)
    assert 3 not in found and 15 not in found


def test_places_and_facilities_are_no_part_of_a_count_of_people() -> None:
    found = _by_value("Trong số 3.840 phạm nhân được đặc xá, có 2.150 người thuộc 12 trại giam và 31 tỉnh, thành phố.")
    assert found[2150].total == 3840
    assert found[12].total is None and found[31].total is None
    # (cases are counted as people: `trường hợp` is no school)
    found = _by_value("Năm 2024, có 1.932 người được hỗ trợ, trong đó 1.215 trường hợp là người cao tuổi.")
    assert found[1215].total == 1932


def test_a_span_with_an_as_of_date_in_brackets_runs_to_that_date() -> None:
    found = _by_value("Giai đoạn 2021-2025 (tính đến 30/9), tỉnh đã hỗ trợ 1.250 người.", published="2024-11-20")
    period = found[1250].period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2021-01-01", "2024-09-30")
    # (a date outside the span is no point in it)
    period = _by_value("Năm 2023 (tính đến 30/9/2024), tỉnh cấp 320 giấy phép.", published="2024-11-20")[320].period
    assert period.end.isoformat() != "2024-09-30" or period.start is None


def test_a_share_of_a_plan_said_in_money_is_the_amounts() -> None:
    found = _by_value("Năm 2024, tỉnh đã chi 45 tỷ đồng hỗ trợ 1.200 học sinh, đạt 78% kế hoạch (kế hoạch 58 tỷ đồng).")
    assert (found[45e9].percent, found[45e9].target.value) == (78, 58e9)
    assert found[1200].percent is None and found[1200].target is None
    # (a plan in the count's own noun is the count's)
    found = _by_value("Năm 2024, tỉnh chi 45 tỷ đồng cấp 1.200 thẻ, đạt 78% kế hoạch (1.540 thẻ).")
    assert found[1200].percent == 78 and found[45e9].percent is None


def test_a_list_of_named_items_opened_after_tai_or_with_a_verb_shares_its_unit() -> None:
    for text in ("Số trẻ ra lớp tại huyện Ba Vì 3.200 trẻ, huyện Phúc Thọ 2.800, huyện Đan Phượng 2.150.",
                 "Năm 2024, huyện Ba Vì có 3.200 trẻ, huyện Phúc Thọ 2.800, huyện Đan Phượng 2.150."):
        found = _by_value(text)
        assert (found[2800].unit, found[2150].unit) == ("trẻ", "trẻ"), text
        assert found[2150].location == "Đan Phượng"


def test_the_ends_of_a_stretch_of_provinces_are_no_place_of_the_figures() -> None:
    text = ("Ban Chỉ đạo quốc gia về phòng chống thiên tai cho biết đã sơ tán 12.500 hộ dân tại 6 tỉnh từ Quảng Trị đến "
            "Bình Định.\n\nTại Quảng Ngãi, mưa lớn làm 3 người chết.")
    found = _by_value(text)
    assert found[12500].location != "Quảng Trị" and found[3].location == "Quảng Ngãi"
    # (a place said alone after `từ` is still where: `khách từ Hà Nội` is no stretch)
    found = _by_value("Năm 2024, Hà Nội đón 1.200 đoàn khách.")
    assert found[1200].location == "Hà Nội"
