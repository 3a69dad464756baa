"""Rules from the probe sets 781-786 (the last stop's sealed measure, opened at the sixty-eighth stop) and from the error
classes of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract
from dtextract.places import find_places


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_verb_of_making_keeps_its_new() -> None:
    assert _by_value("Năm 2023, hợp tác xã đã đóng mới 37 ghe chở khách.")[37].subject == "ghe chở khách đóng mới"
    assert "cấp mới" in _by_value("Năm 2023, sở đã cấp mới 12 giấy phép bến.")[12].subject
    # (`việc làm mới` is new jobs: `mới` goes with the noun, not with `làm`)
    assert "mới" not in _by_value("Năm 2024, huyện tạo việc làm mới cho 1.240 lao động.")[1240].subject


def test_many_doers_said_by_what_they_do_to_the_counted_noun_are_still_doers() -> None:
    found = _by_value("Năm 2024, các cơ sở đóng sửa ghe xuồng ven sông đã đóng mới 61 ghe.")
    assert found[61].subject == "ghe đóng mới"
    # (a doer that is the counted thing's own system names it: kept)
    found = _by_value("Năm 2025, hệ thống xe điện công cộng sẽ mở rộng lên 900 xe.")
    assert "công cộng" in found[900].subject


def test_a_lifespan_or_the_time_a_thing_takes_is_measured() -> None:
    found = _by_value("Mái tôn chống nóng có tuổi thọ đạt 15-20 năm.")
    assert found[15].unit == "năm" and found[15].value_max == 20 and found[15].kind == "measure"
    found = _by_value("Mỗi chuyến hàng lên bản mất 2-3 ngày đi bộ.")
    assert found[2].unit == "ngày" and found[2].value_max == 3
    # (a span a figure falls in still only says when)
    assert 3 not in _by_value("Trong 3 năm, xã trồng mới 40 ha rừng.")


def test_tieng_is_hours() -> None:
    found = _by_value("Đoàn cứu hộ mất gần 6 tiếng mới tiếp cận được hiện trường.")
    assert found[6].kind == "measure" and found[6].unit == "tiếng"


def test_a_hectare_pass_is_area() -> None:
    found = _by_value("Vụ Hè Thu 2024, các tổ dịch vụ đã bay phun 8.420 lượt ha.")
    assert found[8420].kind == "measure" and found[8420].unit == "lượt ha"


def test_a_region_or_an_ocean_that_opens_with_a_provinces_name_names_no_province() -> None:
    assert [m.name for m in find_places("Sen được trồng nhiều ở vùng Đồng Tháp Mười.")] == []
    assert [m.name for m in find_places("Tàu cá vươn khơi ra Thái Bình Dương.")] == []
    # (the province and its district written as such stay)
    assert {m.name for m in find_places("huyện Tháp Mười, tỉnh Đồng Tháp")} == {"Tháp Mười", "Đồng Tháp"}


def test_a_street_address_that_runs_into_its_clauses_predicate_places_the_body() -> None:
    found = _by_value("Bảo tàng Mỹ thuật ở số 66 Nguyễn Thái Học, quận Ba Đình, Hà Nội hiện trưng bày 2.000 hiện vật.")
    assert found[2000].location == "Hà Nội"


def test_a_unit_line_of_one_unit_per_column_stands_in_column_order() -> None:
    text = ("Đơn vị tính: buổi; lượt người; triệu đồng\n"
            "Đơn vị | Buổi diễn | Khán giả | Doanh thu\n"
            "Đoàn Chèo tỉnh | 120 | 54.300 | 2.150\n"
            "Đoàn Cải lương tỉnh | 98 | 41.200 | 1.730\n")
    found = _by_value(text, "2025-01-10")
    assert (found[120].unit, found[54300].unit, found[2150e6].unit) == ("buổi", "lượt người", "đồng")
    # (a part column takes its whole's unit when another column names its own)
    text = ("Đơn vị tính: trạm; ha\n"
            "Huyện | Số trạm bơm | Diện tích tưới | Trong đó: lúa\n"
            "Kiến Xương | 46 | 8.120 | 6.900\n"
            "Tiền Hải | 39 | 7.450 | 6.100\n")
    found = _by_value(text, "2025-01-10")
    assert (found[46].unit, found[8120].unit, found[6900].unit) == ("trạm", "ha", "ha")
    assert found[6900].total == 8120


def test_columns_that_differ_only_in_their_period_take_one_unit_of_the_line() -> None:
    text = ("Đơn vị tính: ha, tấn\n"
            "Huyện\nDiện tích năm 2022\nDiện tích năm 2023\nSản lượng năm 2023\n"
            "Bảo Lâm\n410\n455\n3.120\n"
            "Di Linh\n280\n301\n2.040\n")
    found = _by_value(text, "2024-03-01")
    assert (found[410].unit, found[455].unit, found[3120].unit) == ("ha", "ha", "tấn")
    # (counted things named together stay the unit of every column, as one)
    text = ("Đơn vị tính: vụ, việc\n"
            "Loại án | Thụ lý năm 2022 | Thụ lý năm 2023 | Giải quyết năm 2023\n"
            "Dân sự | 812 | 905 | 770\n"
            "Hành chính | 64 | 71 | 52\n")
    assert _by_value(text, "2024-03-01")[905].unit == "vụ, việc"


def test_a_same_period_column_named_by_its_year_alone_is_that_part_of_the_year() -> None:
    text = ("Đơn vị tính: tấn\n"
            "Huyện | 6 tháng 2024 | Cùng kỳ 2023\n"
            "Gia Lâm | 1.120 | 1.040\n"
            "Đông Anh | 860 | 790\n")
    found = _by_value(text, "2024-07-10")
    assert (str(found[1040].period.start), str(found[1040].period.end)) == ("2023-01-01", "2023-06-30")


def test_another_crops_season_dates_as_a_crop_season() -> None:
    found = _by_value("Vụ dưa hấu Đông Xuân 2023 - 2024, nông dân xuống giống 640 ha.")
    assert (str(found[640].period.start), str(found[640].period.end)) == ("2023-01-01", "2024-12-31")


def test_dieem_before_an_abbreviation_of_a_kind_of_site_counts_sites() -> None:
    assert _by_value("Huyện hiện có 27 điểm BĐVHX đang phục vụ người dân.")[27].kind == "count"
    # (a score on a test or an index stays a score)
    assert _by_value("Năm 2023, tỉnh đạt 66 điểm PCI.")[66].kind == "measure"
    # (a bare `N điểm` after a clause that spoke of sites counts them)
    found = _by_value("Thị xã có điểm du lịch cộng đồng ở 3 xã với tổng cộng 11 điểm, gồm Hương Vân (5 điểm) và "
                      "Hương Hồ (6 điểm).")
    assert found[11].kind == "count" and found[5].kind == "count"


def test_a_district_lead_with_a_share_of_the_provinces_whole_stays_the_districts() -> None:
    found = _by_value("Năm 2024, nông dân huyện Nghi Lộc trồng 2.340 ha lạc, chiếm gần 18% diện tích lạc toàn tỉnh. "
                      "Năng suất bình quân đạt 24 tạ/ha.", "2024-09-01")
    assert found[24].location == "Nghi Lộc"


def test_a_national_event_or_tourist_area_does_not_make_a_one_province_article_national() -> None:
    text = ("Võ đường giữa lòng phố\n\n"
            "Trong con hẻm số 45 đường Lê Văn Sỹ, TP HCM, câu lạc bộ quyền Anh vẫn sáng đèn mỗi tối dù xung quanh có "
            "nhiều phòng tập.\n\n"
            "Câu lạc bộ hiện có 86 võ sinh, trong đó 12 em từng đoạt huy chương tại giải trẻ toàn quốc. Theo Liên đoàn "
            "Quyền Anh TP HCM, thành phố có 140 câu lạc bộ, tập trung ở quận 3 và quận Tân Bình.")
    assert _by_value(text, "2024-09-01")[86].location == "TP. Hồ Chí Minh"
    text = ("Hồ Thác Bà đón 300.000 lượt khách\n\n"
            "6 tháng đầu năm 2024, Khu du lịch quốc gia hồ Thác Bà đón hơn 300.000 lượt khách, tăng 12% so với cùng kỳ. "
            "Tại huyện Yên Bình, 24 homestay phục vụ khách, thêm 5 cơ sở ở thành phố Yên Bái.")
    assert _by_value(text, "2024-07-10")[300000].location == "Yên Bái"


def test_a_site_named_after_a_place_of_the_articles_one_province_adds_to_its_marks() -> None:
    text = ("Vịnh Hạ Long đón khách trở lại\n\n"
            "Từ đầu năm đến nay, các tàu du lịch trên vịnh Hạ Long đã đón hơn 1,9 triệu lượt khách.\n\n"
            "Năm 2025, Quảng Ninh đặt mục tiêu đón 3 triệu lượt khách tham quan vịnh.")
    assert _by_value(text, "2024-10-01")[1_900_000].location == "Quảng Ninh"


def test_a_paragraph_that_places_its_subject_in_brackets_places_the_article() -> None:
    text = ("Làng gốm níu chân khách Tây\n\n"
            "Làng gốm bên sông đón hơn 60.000 lượt khách năm ngoái, thu khoảng 20 tỷ đồng.\n\n"
            "Làng gốm Thanh Hà (phường Thanh Hà, TP Hội An, Quảng Nam) có lịch sử hơn 500 năm, hiện có 40 hộ làm gốm.\n\n"
            "Cả nước có hơn 300 làng gốm, nhưng ít làng gắn với du lịch.")
    assert _by_value(text, "2025-03-16")[60000].location == "Hội An"


def test_a_bare_district_name_that_runs_into_a_provinces_is_none() -> None:
    assert [m.name for m in find_places("Khu công nghiệp phía Bắc Hà Nội")] == ["Hà Nội"]
    assert [m.name for m in find_places("chợ phiên Bắc Hà đông vui")] == ["Bắc Hà"]
