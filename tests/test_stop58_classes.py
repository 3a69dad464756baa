"""Rules from the probe sets 433-438 (opened at the fifty-eighth stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


_COMMUNE_REPORT = """ỦY BAN NHÂN DÂN
XÃ KHÔI KỲ
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khôi Kỳ, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác giảm nghèo 6 tháng đầu năm 2024

Thực hiện Công văn số 102/UBND-LĐTBXH ngày 02/7/2024 của UBND huyện {district}, UBND xã Khôi Kỳ báo cáo như sau:
Trong 6 tháng đầu năm, toàn xã có 38 hộ thoát nghèo; số hộ nghèo còn 112 hộ, chiếm 4,2% tổng số hộ.
"""


def test_a_communes_own_report_is_about_the_district_it_answers() -> None:
    found = _by_value(_COMMUNE_REPORT.format(district="Đại Từ"))
    assert found[38].location == "Đại Từ" and found[112].location == "Đại Từ"
    # (the same report in a province's letterhead is about the province)
    found = _by_value(_COMMUNE_REPORT.format(district="Đại Từ").replace("XÃ KHÔI KỲ", "TỈNH THÁI NGUYÊN", 1))
    assert found[38].location == "Thái Nguyên"


def test_a_communes_report_that_names_no_district_takes_its_province() -> None:
    text = _COMMUNE_REPORT.replace("của UBND huyện {district}", "của UBND tỉnh Thái Nguyên")
    assert _by_value(text)[38].location == "Thái Nguyên"
    # (and no place at all when it names none)
    text = _COMMUNE_REPORT.replace("của UBND huyện {district}", "của cấp trên")
    assert _by_value(text)[38].location is None


def test_a_bare_unit_noun_stands_for_the_one_thing_the_article_names_with_it() -> None:
    text = ("Đến nay, toàn tỉnh đã thành lập 1.528 tổ công nghệ số cộng đồng, tăng 318 tổ so với năm 2023. Các huyện "
            "có nhiều tổ nhất là Văn Bàn (236 tổ) và Bảo Yên (198 tổ). Năm 2025, tỉnh phấn đấu 100% tổ công nghệ số "
            "cộng đồng được tập huấn.")
    found = _by_value(text)
    assert found[236].subject == "tổ công nghệ số cộng đồng"
    assert found[198].subject == "tổ công nghệ số cộng đồng"
    # (two different things of that noun, neither counted last in the list's paragraph: the bare one stays bare; a list
    # whose lead names the noun alone right after a count of one of them speaks of that one, tests/test_stop70_classes.py)
    text = ("Năm 2024, tỉnh có 1.528 tổ công nghệ số cộng đồng và 2.100 tổ an ninh trật tự cơ sở.\n\n"
            "Các huyện có nhiều tổ nhất là Văn Bàn (236 tổ) và Bảo Yên (198 tổ).")
    assert _by_value(text)[236].subject == "tổ"


def test_a_unit_noun_before_a_capitalised_word_is_a_proper_name() -> None:
    text = ("Phòng Văn hóa - Thông tin huyện cho biết năm 2024 huyện có 85 cơ sở lưu trú với 1.650 phòng. Phòng Văn hóa "
            "- Thông tin đề nghị các cơ sở nâng cấp 120 phòng.")
    assert "Văn hóa" not in (_by_value(text)[1650].subject or "")


def test_a_count_named_by_a_rate_before_it_is_that_rate() -> None:
    found = _by_value("Năm 2023, số giường bệnh trên 1 vạn dân (không tính giường trạm y tế xã) đạt 32,0 giường, "
                      "vượt chỉ tiêu được giao.")
    assert (found[32].kind, found[32].unit) == ("measure", "giường/1 vạn dân")
    # (a rate said after the last item of a list is every item's; a fraction of beds is no count)
    found = _by_value("Năm 2024, ngành y tế phấn đấu đạt 32,5 giường bệnh và 14,2 bác sĩ trên 1 vạn dân.")
    assert (found[32.5].kind, found[32.5].unit) == ("measure", "giường bệnh/1 vạn dân")
    assert found[14.2].kind == "measure"
    # (a fraction of things is the rate its paragraph named before)
    found = _by_value("Đến năm 2025, tỉnh phấn đấu đạt 32 giường bệnh/vạn dân; năm 2023 chỉ số này mới đạt 28,6 giường.")
    assert (found[28.6].kind, found[28.6].unit) == ("measure", "giường/vạn dân")


def test_a_whole_count_is_no_rate_of_another_figures_unit() -> None:
    found = _by_value("Đến cuối tháng 9/2024, trung tâm có 62 bác sĩ, đạt 3,4 bác sĩ/vạn dân, trong khi nhu cầu cần "
                      "thêm từ 15 đến 20 bác sĩ.")
    assert (found[15].kind, found[15].unit) == ("count", "bác sĩ")
    assert (found[62].kind, found[62].unit) == ("count", "bác sĩ")
    found = _by_value("Tỉnh có 2.500 giường bệnh và 9,1 bác sĩ/vạn dân.")
    assert found[2500].kind == "count"


def test_parts_after_semicolons_that_complete_the_whole_are_its_parts() -> None:
    found = _by_value("Đến nay, toàn huyện có gần 36.700 ha nuôi tôm, trong đó diện tích tôm - lúa khoảng 28.900 ha, "
                      "chiếm 78,7%; diện tích nuôi tôm quảng canh cải tiến hơn 7.500 ha; nuôi thâm canh, siêu thâm canh "
                      "265 ha.")
    assert (found[28900].total, found[7500].total, found[265].total) == (36700, 36700, 36700)
    # (items that leave most of the whole untold are siblings after the `;`)
    found = _by_value("Toàn tỉnh có 36.700 ha lúa, trong đó lúa chất lượng cao 28.900 ha; diện tích ngô 2.500 ha.")
    assert found[28900].total == 36700 and found[2500].total is None


def test_a_tables_unit_in_its_captions_last_bracket() -> None:
    text = ("Bảng: Giá gạo xuất khẩu theo chủng loại (USD/tấn)\nChủng loại\tTháng 6/2023\tTháng 6/2024\n"
            "Gạo 5% tấm\t508\t585\nGạo nếp\t640\t712")
    found = _by_value(text)
    assert (found[712].kind, found[712].unit) == ("money", "USD/tấn")
    # (a bracket of other words gives no unit)
    text = "Kết quả tiếp công dân (lũy kế)\nĐơn vị | Số lượt | Số vụ việc\nHuyện A | 120 | 86\nHuyện B | 95 | 70"
    assert _by_value(text)[120].kind == "count"


def test_a_rate_noun_in_a_bracket_is_no_multiplier() -> None:
    text = ("Tỷ lệ hoàn thành kế hoạch theo năm (tỷ lệ %)\nNăm\tKế hoạch\tHoàn thành\n2023\t100\t62,5\n"
            "2024\t100\t71,3")
    found = _by_value(text)
    assert (found[62.5].kind, found[62.5].unit) == ("percent", "%")
    assert not [v for v in found if v > 1000]


def test_a_byline_after_a_papers_initials_dates_the_article() -> None:
    text = ("Đối thoại giải quyết khiếu nại đất đai\nBBG - Thu Hương | 06:45, 08/11/2024\n\n"
            "Từ đầu năm đến nay, tỉnh đã tổ chức 23 buổi đối thoại với người dân.")
    doc = extract(text)
    assert str(doc.published) == "2024-11-08"
    assert str(doc.figures[0].period.end) == "2024-11-08"


def test_a_percent_of_a_named_whole_in_a_column_header_is_a_percent() -> None:
    text = ("Dung tích các hồ chứa thủy lợi đến ngày 30/6/2024\nHồ chứa | Dung tích (triệu m3) | Tỷ lệ (% thiết kế)\n"
            "Hồ Ia Mơr | 120,5 | 68,2\nHồ Ayun Hạ | 198,4 | 80,1")
    found = _by_value(text)
    assert (found[68.2].kind, found[68.2].unit) == ("percent", "%")
    assert found[120500000].unit == "m3"


def test_more_or_less_than_the_long_term_average_is_a_change_against_it() -> None:
    found = _by_value("Tháng 5/2024, lượng mưa tại Buôn Ma Thuột là 210 mm, nhiều hơn TBNC là 40 mm; nhiệt độ trung "
                      "bình là 24,8°C, cao hơn TBNC 1,2°C.")
    assert (found[210].change.value, found[210].change.direction, found[210].change.baseline) == (40, "increase", "TBNC")
    assert found[24.8].change.value == 1.2
    assert 40 not in found and 1.2 not in found
    # (more than no yardstick is no change: `nhiều hơn 14 hộ` alone)
    assert _by_value("Năm 2024, xã có 120 hộ nuôi tôm, nhiều hơn 14 hộ.")[120].change is None


def test_what_a_story_says_of_a_person_stays_in_the_district_that_placed_them() -> None:
    text = ("Cà Mau đẩy mạnh nuôi tôm siêu thâm canh\nNăm 2024, toàn tỉnh Cà Mau có 2.100 ha nuôi tôm siêu thâm canh.\n\n"
            "Gia đình ông Nguyễn Văn Tư ở ấp Tân Điền, xã Tân Trung, huyện Đầm Dơi có 3 ao nuôi tôm. Vụ này, gia đình "
            "ông thu hoạch gần 28 tấn tôm, lãi khoảng 1,4 tỷ đồng.")
    found = _by_value(text)
    assert found[2100].location == "Cà Mau"
    assert (found[28].location, found[1400000000].location) == ("Đầm Dơi", "Đầm Dơi")
    # (a family at large is no person said again: the province)
    text = text.replace("Vụ này, gia đình ông thu hoạch", "Bình quân mỗi hộ nuôi tôm trong tỉnh thu hoạch")
    assert _by_value(text)[28].location == "Cà Mau"


def test_a_districts_own_body_as_the_source_reports_on_the_district() -> None:
    text = ("Quảng Ngãi: Diêm dân được mùa\nGiá muối tại Quảng Ngãi tăng mạnh trong tháng 5.\n\nTheo UBND thị xã Đức "
            "Phổ, cánh đồng muối Sa Huỳnh hiện có khoảng 110 ha với hơn 400 hộ diêm dân. Năm nay sản lượng đạt 9.600 "
            "tấn.")
    found = _by_value(text)
    assert {found[v].location for v in (110, 400, 9600)} == {"Đức Phổ"}
    # (a province's department reporting on the province: the province)
    text = text.replace("UBND thị xã Đức Phổ", "Sở Nông nghiệp và Phát triển nông thôn tỉnh")
    assert _by_value(text)[110].location == "Quảng Ngãi"


def test_a_district_named_bare_with_its_province_in_brackets_is_the_figures_place() -> None:
    text = ("Nắng nóng ở Tây Nguyên\nNgày 25/4, nhiệt độ cao nhất tại Ea H'leo (Đắk Lắk) 36,8°C, Ayun Pa (Gia Lai) "
            "37,2°C.")
    found = _by_value(text)
    assert (found[36.8].location, found[37.2].location) == ("Ea H'leo", "Ayun Pa")
    # (a list of districts that shares one bracket is spread over them: the province)
    text = ("Công ty đang quản lý 9.865 ha đất tại các huyện Chư Sê, Chư Pưh và Phú Thiện (tỉnh Gia Lai), trong đó "
            "diện tích vườn cây cao su 8.420 ha.")
    assert _by_value(text)[8420].location == "Gia Lai"


def test_a_year_ranked_before_dates_nothing() -> None:
    text = ("Năm 2023 nóng thứ hai\nNhiệt độ trung bình năm 2023 trên cả nước cao hơn trung bình nhiều năm 0,8°C, là "
            "năm nóng thứ hai, sau năm 2019.\n\nTrong năm, cả nước ghi nhận 112 trạm có nhiệt độ vượt giá trị lịch sử.")
    assert str(_by_value(text)[112].period.start) == "2023-01-01"


def test_a_street_address_with_its_city_in_brackets_is_a_venue() -> None:
    text = ("Cổng Thông tin điện tử tỉnh Nghệ An\n\nHội Khuyến học tỉnh tổng kết năm 2023\n\nSáng 15/1, tại Hội trường "
            "số 2, số 16 đường Trường Thi (thành phố Vinh), Hội Khuyến học tỉnh Nghệ An tổ chức hội nghị tổng kết năm "
            "2023.\n\nNăm 2023, toàn tỉnh có 586.420 hội viên khuyến học.")
    assert _by_value(text)[586420].location == "Nghệ An"


def test_a_stretch_of_the_calendar_is_no_part_of_a_subject() -> None:
    found = _by_value("Tỉnh phấn đấu 6 tháng cuối năm 2024 hoàn thành thêm 2.100 căn nhà ở xã hội.")
    assert "2024" not in found[2100].subject and "hoàn thành" in found[2100].subject
    assert _by_value("Số hộ thoát nghèo năm 2024 của huyện là 320 hộ.")[320].subject == "hộ thoát nghèo của huyện"


def test_nouns_coordinated_after_a_unit_share_what_is_said_of_it() -> None:
    found = _by_value("Năm 2024, toàn tỉnh đã tiêm phòng dại cho 154.800 con chó, mèo, đạt 78% tổng đàn.")
    assert found[154800].subject == "con chó, mèo được tiêm phòng dại"


def test_an_allotted_resource_column_is_no_plan() -> None:
    text = ("Công suất sử dụng giường bệnh năm 2024\nBệnh viện | Giường được giao | Giường thực kê | Công suất (%)\n"
            "Bệnh viện Đa khoa tỉnh | 1.100 | 1.380 | 126,3\nBệnh viện Sản - Nhi | 500 | 620 | 118,7")
    assert _by_value(text)[1100].status == "actual"
    text = ("Kết quả thu ngân sách năm 2024 (tỷ đồng)\nHuyện | Tỉnh giao | Thực hiện\nHuyện A | 1.100 | 1.380\n"
            "Huyện B | 500 | 620")
    assert _by_value(text)[1100000000000].status == "target"


def test_a_plan_columns_bracket_under_a_unit_line_names_its_column_not_a_unit() -> None:
    text = ("Kết quả một số chỉ tiêu thể dục thể thao quần chúng theo địa bàn\nĐơn vị tính: %\nĐịa bàn | Người tập luyện "
            "thường xuyên | Kế hoạch năm 2023 (người tập luyện)\nThành phố Tây Ninh | 42,5 | 42,0\nHòa Thành | 39,7 | 39,0")
    found = _by_value(text)
    assert (found[42].kind, found[42].unit, found[42].status) == ("percent", "%", "target")


def test_the_rows_a_caption_counts_are_no_indicator() -> None:
    text = ("Kết quả của 4 đơn vị dẫn đầu như sau:\nĐơn vị tính: huy chương\nĐơn vị | HCV | HCB\n"
            "Thành phố Hải Dương | 48 | 36\nThị xã Kinh Môn | 29 | 31")
    assert _by_value(text)[48].subject == "HCV"


def test_a_headline_that_ranks_a_province_over_a_national_event_held_there() -> None:
    text = ("Bế mạc Đại hội Thể thao toàn quốc lần thứ IX: Hà Nội dẫn đầu toàn đoàn\n\nTối 20/12, tại Cung Thể thao Quần "
            "Ngựa (Hà Nội), Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ bế mạc Đại hội Thể thao toàn quốc lần thứ IX năm "
            "2022. Đại hội có hơn 10.000 vận động viên của 65 đoàn tranh tài ở 43 môn.")
    assert _by_value(text)[10000].location == "Việt Nam"


def test_floor_area_keeps_its_floor_in_the_unit() -> None:
    found = _by_value("Năm 2024, diện tích nhà ở bình quân đạt 27,5 m2 sàn/người.")
    assert (found[27.5].kind, found[27.5].unit) == ("measure", "m2 sàn/người")


def test_who_forecasts_is_no_part_of_the_subject() -> None:
    found = _by_value("Các chuyên gia dự báo giá heo hơi có thể duy trì ở mức 63.000-67.000 đồng/kg.")
    assert found[63000].subject.startswith("giá heo hơi")


def test_a_balance_column_named_with_its_date_is_as_of_that_date() -> None:
    text = ("Đến 30/9/2024, dư nợ các chương trình như sau:\nĐơn vị tính: triệu đồng\nChương trình | Dư nợ 31/12/2023 | "
            "Dư nợ 30/9/2024\nCho vay hộ nghèo | 812.450 | 845.210\nCho vay hộ cận nghèo | 596.380 | 641.025")
    period = _by_value(text)[845210000000].period
    assert (period.start, str(period.end)) == (None, "2024-09-30")


def test_a_venue_named_by_what_it_is_is_no_place_of_the_article() -> None:
    text = ("Trao 450 suất học bổng cho học sinh miền núi\n\n(QNO) - Sáng 8/9, tại Trường Phổ thông Dân tộc nội trú THCS Nam "
            "Trà My, Tỉnh đoàn phối hợp Hội Khuyến học tỉnh tổ chức Lễ trao học bổng năm 2024.\n\nTại buổi lễ, 450 học "
            "sinh có hoàn cảnh khó khăn được nhận học bổng với tổng trị giá 1,35 tỷ đồng.")
    assert _by_value(text)[1350000000].location == "Quảng Nam"


def test_a_headline_comparing_provinces_over_one_ranked_in_the_country_is_national() -> None:
    text = ("Các tỉnh phía Bắc dẫn đầu thu hút FDI năm 2024\n\nBắc Ninh lần đầu vượt TP HCM và Hà Nội, trở thành địa "
            "phương thu hút vốn đầu tư nước ngoài lớn nhất cả nước.\n\nNăm 2024, tổng vốn FDI "
            "đăng ký đạt 38,23 tỷ USD, giảm 3% so với năm 2023.")
    assert _by_value(text)[38230000000].location == "Việt Nam"


def test_exact_parts_after_semicolons_must_add_up_exactly() -> None:
    found = _by_value("Hội thi nhận 67 giải pháp, trong đó lĩnh vực nông nghiệp có 24 giải pháp; cơ khí 18 giải pháp; giáo "
                      "dục 13 giải pháp; y tế 7 giải pháp và môi trường 4 giải pháp.")
    assert found[7].total is None


def test_an_article_naming_one_province_only_is_about_it() -> None:
    text = ("Doanh nghiệp dệt nhuộm bị phạt 1,32 tỷ đồng vì xả thải vượt chuẩn\n\nCông ty dệt nhuộm tại KCN Tân Kim xả "
            "nước thải vượt quy chuẩn nhiều lần ra kênh.\n\nNgày 14/11, Chủ tịch UBND tỉnh Long An ký quyết định xử phạt "
            "1,32 tỷ đồng đối với công ty. Nhà máy xả khoảng 1.800 m³ nước thải mỗi ngày.\n\nNăm 2022, công ty từng bị "
            "phạt 450 triệu đồng; Sở Tài nguyên và Môi trường Long An đã kiểm tra 12 lần.")
    assert _by_value(text)[1800].location == "Long An"
