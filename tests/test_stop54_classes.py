"""Rules from the probe sets 277-282 (opened at the fifty-fourth stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_writer_with_a_district_body_in_brackets_signs_for_the_district() -> None:
    text = ("Hội Lim năm 2024 đón hơn 200.000 lượt khách\n\nSau 3 ngày, lễ hội đã đón hơn 200.000 lượt khách, tăng 5% so "
            "với năm trước. Ban Tổ chức đã xử lý 14 trường hợp vi phạm.\n\n"
            "Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện Tiên Du)\n15/02/2024\n")
    assert {f.location for f in _by_value(text).values()} == {"Tiên Du"}
    # (a bracket that names no body is no signature)
    assert {f.location for f in _by_value(text.replace("(Trung tâm Văn hóa - Thông tin và Thể thao huyện Tiên Du)",
                                                       "(tổng hợp)")).values()} == {None}


def test_the_next_items_label_is_not_coordinated_with_a_unit() -> None:
    text = ("Huyện huy động 900 người tham gia, trong đó công an xã 300 người, bộ đội biên phòng 250 người, "
            "đoàn viên thanh niên 350 người.")
    found = _by_value(text)
    assert "bộ đội" not in found[300].subject and "công an xã" in found[300].subject
    assert "đoàn viên" not in found[250].subject and "bộ đội biên phòng" in found[250].subject
    # (nouns of one class after a comma still stand together with the unit: no number of that unit follows)
    assert extract("Năm nay có 1.200 cán bộ, chiến sĩ tham gia diễn tập.").figures[0].subject.startswith(
        "cán bộ, chiến sĩ")


def test_a_ministry_with_a_comma_in_its_name_holds_a_meeting_at_a_venue() -> None:
    text = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nTổng kết công tác gia đình: nhiều kết quả nổi bật\n\nSáng 20/12, tại Hà "
            "Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết công tác gia đình. Theo báo cáo của Vụ Gia "
            "đình, tính đến tháng 11/2024, cả nước có 2.150 câu lạc bộ gia đình phát triển bền vững.\n\nBộ đã công nhận "
            "589 mô hình phòng, chống bạo lực gia đình.\n")
    assert {f.location for f in _by_value(text).values()} == {"Việt Nam"}
    # (a provincial body holding a meeting in its own city: the venue is no reason for a national place)
    text = ("Sáng 20/12, tại TP Thanh Hóa, Sở Y tế tổ chức hội nghị tổng kết. Năm 2024, toàn tỉnh có 640 trạm y tế xã "
            "đạt chuẩn.\n")
    assert _by_value(text)[640].location == "Thanh Hóa"


def test_a_table_heads_earlier_year_is_a_comparison_not_the_year_of_what_follows() -> None:
    text = ("Kết quả cấp phép 9 tháng năm 2024\n\nĐơn vị tính: giấy phép\nNội dung | 9 tháng năm 2024 | 9 tháng năm "
            "2023\nGiấy phép in | 11 | 9\nGiấy phép xuất bản | 161 | 143\n\nTừ tháng 7 đến tháng 9, Thanh tra Sở kiểm tra 15 cơ sở in.\n")
    found = _by_value(text, published="2024-10-07")
    assert (str(found[15].period.start), str(found[15].period.end)) == ("2024-07-01", "2024-09-30")
    assert str(found[9].period.start) == "2023-01-01"
    # (an earlier year said in a sentence of its own does date what follows it)
    text = "Năm 2024 tỉnh đón 3 triệu lượt khách.\n\nNăm 2023, tỉnh thu 120 tỷ đồng. Trong tháng 12, tỉnh thu 14 tỷ đồng."
    assert str(_by_value(text, published="2024-12-30")[14e9].period.start) == "2023-12-01"


def test_a_surname_after_a_province_opens_a_persons_name() -> None:
    text = "Phó Chủ tịch UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh cho biết năm 2024 công ty nộp ngân sách 250 tỷ đồng."
    assert extract(text).figures[0].location == "Hà Tĩnh"
    text = "Giám đốc Sở Tài chính Hà Tĩnh Trần Đức Thọ cho biết năm 2024 tỉnh có 25 hợp tác xã."
    assert extract(text).figures[0].location == "Hà Tĩnh"
    # (a district after its province, with no surname between them, is still a place)
    assert extract("Tỉnh Hà Tĩnh, huyện Đức Thọ có 25 hợp tác xã.").figures[0].location in ("Đức Thọ", "Hà Tĩnh")


def test_a_national_plans_name_does_not_make_a_figure_national() -> None:
    text = ("Lâm Đồng: Cảng hàng không Liên Khương đón 1,2 triệu lượt khách\n\nThực hiện Quy hoạch tổng thể phát triển hệ "
            "thống cảng hàng không, sân bay toàn quốc, năm 2024 Cảng hàng không Liên Khương đón 1,2 triệu lượt khách, "
            "tăng 12%.\n")
    assert {f.location for f in extract(text).figures} == {"Lâm Đồng"}
    # (a programme named before what the sentence says of the country leaves the country its own)
    text = "Theo Chương trình Chống lao Quốc gia, mỗi năm cả nước có khoảng 172.000 người mắc lao mới."
    assert extract(text).figures[0].location == "Việt Nam"


def test_the_ends_of_a_route_are_not_where_its_figures_are() -> None:
    text = ("Cảng hàng không Phù Cát (Bình Định) đón 1,5 triệu lượt khách năm 2024.\n\nHiện đường bay Phù Cát - Hà Nội "
            "khai thác 42 chuyến/tuần. Vietjet mở thêm đường bay đi Cần Thơ với tần suất 7 chuyến/tuần.\n")
    found = _by_value(text)
    assert found[42].location != "Hà Nội" and found[7].location != "Cần Thơ"
    # (a place after `đi` that is no route's end still places: `đi Hà Nội` of people is not a route)
    assert extract("Huyện Mê Linh (Hà Nội) có 1.200 lao động đi làm việc.").figures[0].location in ("Mê Linh", "Hà Nội")


def test_a_unit_line_that_lists_units_gives_them_to_the_columns_in_order() -> None:
    text = ("Kết quả sản xuất muối năm 2024\nĐơn vị tính: ha, tấn\nHuyện | Diện tích | Sản lượng\nBạc Liêu | 1.200 | 85.000"
            "\nĐông Hải | 950 | 62.000\n")
    found = _by_value(text)
    assert (found[950].unit, found[950].kind) == ("ha", "measure")
    assert (found[85000].unit, found[85000].kind) == ("tấn", "measure")
    # (more units than columns of numbers: no order to read them in)
    text = text.replace("ha, tấn", "ha, tấn, triệu đồng")
    assert _by_value(text)[950].unit != "ha"


def test_a_table_one_cell_per_line_with_years_as_row_labels() -> None:
    text = ("Diện tích và sản lượng hồ tiêu của tỉnh qua các năm như sau:\n\nNăm\nDiện tích (ha)\nSản lượng (tấn)\n2022\n"
            "15.200\n38.500\n2023\n15.800\n40.100\nKế hoạch 2025\n16.500\n42.000\n\nNgành nông nghiệp đặt mục tiêu nâng "
            "giá trị xuất khẩu.\n")
    found = _by_value(text, published="2024-05-01")
    assert (found[38500].unit, str(found[38500].period.start)) == ("tấn", "2022-01-01")
    assert (found[15800].unit, str(found[15800].period.start)) == ("ha", "2023-01-01")
    # (the row of a year's plan holds targets)
    assert (found[42000].status, found[40100].status) == ("target", "actual")


def test_the_year_a_record_was_set_does_not_date_what_follows() -> None:
    text = ("Mực nước sông Gianh tại Mai Hóa là 6,85 m, thấp hơn đỉnh lũ lịch sử năm 2020 là 1,2 m. Ngày 17/10, mực nước "
            "giảm còn 5,1 m.")
    assert str(_by_value(text, published="2024-10-25")[5.1].period.start) == "2024-10-17"
    # (a year said of the facts themselves still dates the day after it)
    text = "Năm 2020, mực nước đỉnh lũ là 8,05 m. Ngày 17/10, mực nước giảm còn 5,1 m."
    assert str(_by_value(text, published="2024-10-25")[5.1].period.start) == "2020-10-17"


def test_a_national_certificate_or_relic_level_makes_no_article_national() -> None:
    text = ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TP ĐÀ NẴNG\n\nĐánh giá, cấp chứng chỉ kỹ năng nghề quốc gia cho 1.250 người "
            "lao động\n\nNăm 2024, Trung tâm đã cấp chứng chỉ kỹ năng nghề quốc gia cho 1.250 người lao động, tăng 15% so "
            "với năm 2023.\n\nTỷ lệ đạt yêu cầu là 92,4%.\n")
    assert {f.location for f in extract(text).figures} == {"Đà Nẵng"}


def test_in_places_an_amount_is_of_the_indicator_before_it() -> None:
    text = ("Tỉnh Quảng Bình có mưa to, lượng mưa phổ biến 80-150 mm, có nơi trên 200 mm như: Tuyên Hóa 215 mm, Minh Hóa "
            "198 mm.")
    found = _by_value(text)
    assert found[200].subject == found[215].subject == "lượng mưa"
    assert found[215].location == "Tuyên Hóa"


def test_a_change_after_a_bracketed_share_is_the_figures_own() -> None:
    found = _by_value("Dư nợ cho vay đạt 48.250 tỷ đồng (chiếm 52% tổng dư nợ), tăng 6,8% so với cuối năm 2023.")
    figure = found[48250e9]
    assert (figure.percent, figure.change.value, figure.change.unit) == (52, 6.8, "%")
    assert 6.8 not in found
    # (a bracket with a figure and a verb of its own still holds a figure of its own)
    found = _by_value("Dư nợ đạt 48.250 tỷ đồng (cuối năm 2023 đạt 45.100 tỷ đồng), tăng 6,8% so với cuối năm 2023.")
    assert found[48250e9].change.value == 6.8 and 45100e9 in found


def test_in_an_article_on_the_country_a_paragraph_that_opens_where_it_happens_stays_there() -> None:
    text = ("Thu ngân sách cả nước 10 tháng đạt 1,7 triệu tỷ đồng\n\nTheo Bộ Tài chính, 10 tháng năm 2024, tổng thu ngân "
            "sách nhà nước cả nước đạt 1,7 triệu tỷ đồng, bằng 100,1% dự toán.\n\nỞ Hà Nội, thu ngân sách đạt 380.000 tỷ "
            "đồng. Thu từ đất đạt 45.000 tỷ đồng.\n\nCả nước có 920.000 doanh nghiệp đang hoạt động.\n")
    found = _by_value(text)
    assert found[45000e9].location == "Hà Nội"
    assert found[920000].location == "Việt Nam"


def test_places_listed_by_what_they_did_most_of_share_that_indicator() -> None:
    text = ("Mỗi suất quà trị giá 500.000 đồng. Các địa phương vận động được nhiều tiền, hàng là: Cái Bè (1,2 tỷ đồng), "
            "Cai Lậy (980 triệu đồng), Chợ Gạo (750 triệu đồng).")
    found = _by_value(text)
    assert found[980e6].subject == found[750e6].subject == "tiền, hàng vận động"
    assert found[980e6].location == "Cai Lậy"


def test_named_items_after_a_lead_that_names_their_group_share_its_indicator() -> None:
    text = ("Điểm chuẩn cao nhất thuộc về các trường: THPT Phan Châu Trinh (42,5 điểm), THPT Hoàng Hoa Thám (40,25 điểm), "
            "THPT Trần Phú (39,75 điểm).")
    assert {f.subject for f in extract(text).figures} == {"Điểm chuẩn"}
    text = "Chỉ tiêu tuyển sinh của các trường như sau: THPT Phan Châu Trinh 630 học sinh, THPT Trần Phú 585 học sinh."
    assert _by_value(text)[585].subject.startswith("Chỉ tiêu tuyển sinh")


def test_a_table_cell_with_a_plus_sign_is_a_figure() -> None:
    text = ("Tình hình tai nạn giao thông năm 2024\nChỉ tiêu | Năm 2024 | So với năm 2023\nSố vụ | 412 | -35\n"
            "Số người chết | 198 | +12\nSố người bị thương | 286 | -20\n")
    found = {f.text: f.value for f in extract(text).figures}
    assert (found["+12"], found["-35"]) == (12, -35)


def test_an_item_named_by_another_of_the_kind_before_it_is_that_indicator() -> None:
    text = ("Từ ngày 1/7/2024, mức lương tối thiểu tháng vùng I là 4.960.000 đồng, vùng II là 4.410.000 đồng, vùng III "
            "là 3.860.000 đồng và vùng IV là 3.450.000 đồng.")
    found = _by_value(text)
    assert found[4410000].subject == "mức lương tối thiểu tháng vùng II"
    assert found[3450000].subject == "mức lương tối thiểu tháng vùng IV"


def test_a_firm_named_after_its_province_places_the_article_that_reports_on_it() -> None:
    text = ("Công ty Xổ số kiến thiết Bình Dương nộp ngân sách hơn 1.600 tỷ đồng\n\nNgày 11/1, Công ty TNHH MTV Xổ số kiến "
            "thiết Bình Dương tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Lộc Hà.\n\n"
            "Năm 2023 công ty phát hành 572 triệu vé, tiêu thụ được 548,6 triệu vé.\n")
    # (`Nguyễn Lộc Hà` is a person, whatever place is named later in the text)
    assert {f.location for f in extract(text).figures} == {"Bình Dương"}


def test_a_plan_column_that_names_no_indicator_is_the_plan_of_the_column_before_it() -> None:
    text = ("Bảng 1. Kết quả sản xuất muối theo địa bàn\nĐơn vị tính: diện tích (ha); sản lượng (tấn)\nĐịa bàn | Diện tích | "
            "Sản lượng 6 tháng | Kế hoạch năm 2024 | Đạt so với kế hoạch (%)\nNinh Hải | 1.240 | 98.600 | 140.000 | 70,4\n"
            "Thuận Nam | 1.985 | 236.500 | 330.000 | 71,7\n")
    plan = _by_value(text, published="2024-07-05")[140000]
    assert (plan.unit, plan.kind, plan.status) == ("tấn", "measure", "target")
    assert "kế hoạch sản lượng năm 2024" in plan.subject


def test_the_destinations_a_route_list_connects_are_not_where_its_figures_are() -> None:
    text = ("Cảng hàng không Đồng Hới đón hơn 520 nghìn lượt khách\n\nHiện cảng khai thác 4 đường bay nội địa kết nối Hà "
            "Nội, TP Hồ Chí Minh, Hải Phòng, Cần Thơ với tần suất bình quân 12 chuyến/ngày. Phấn đấu mở thêm 2 đường bay "
            "đến Đà Nẵng và Hải Phòng; sản lượng hành khách đạt trên 250.000 lượt.\n")
    found = _by_value(text)
    assert found[12].location not in ("Cần Thơ", "Hà Nội") and found[250000].location != "Hải Phòng"


def test_a_clause_that_goes_on_as_the_one_before_it_leaves_out_what_its_share_is_of() -> None:
    text = ("Khu vực miền Nam có 21 công ty, doanh thu chiếm 84,2% tổng doanh thu xổ số; khu vực miền Trung có 14 công ty, "
            "chiếm 9,1%; khu vực miền Bắc có 28 công ty tham gia Hội đồng xổ số miền Bắc, chiếm 6,7%.")
    found = _by_value(text)
    assert 9.1 in found and 6.7 in found and found[14].percent is None
    # (a share right after a count of its own is the count's)
    assert _by_value("Toàn tỉnh có 1.250 hộ nghèo, chiếm 2,1% tổng số hộ.")[1250].percent == 2.1


def test_the_year_a_multiple_is_of_is_its_baseline_not_its_period() -> None:
    text = ("Năm 2023, doanh thu của công ty tăng 11,4% so với năm 2022 và gấp hơn 1,5 lần năm 2021, đứng thứ 3 trong 14 "
            "công ty xổ số khu vực miền Trung.")
    found = _by_value(text)
    assert str(found[1.5].period.start) == str(found[3].period.start) == "2023-01-01"


def test_units_of_one_level_counted_together_are_the_counts_own() -> None:
    text = ("Đến 30/9/2024, có 4/21 xã, thị trấn được công nhận không có tệ nạn ma túy (kế hoạch năm 2024 là 6 xã).")
    found = _by_value(text)
    assert found[4].target is not None and found[4].target.value == 6 and 6 not in found
    # (`trên` after a size named a few words before it is over, not per)
    assert _by_value("Tại huyện Lộc Ninh, 12/16 xã, thị trấn có diện tích cao su trên 1.000 ha.")[12].kind == "count"


def test_a_table_one_cell_per_line_with_years_as_column_heads() -> None:
    text = ("Số lượng chợ, siêu thị trên địa bàn tỉnh qua các năm như sau:\n\nĐơn vị tính: cơ sở\nLoại hình\n2022\n2023\n"
            "2024\nChợ hạng I\n4\n5\n5\nChợ hạng II\n18\n19\n21\nSiêu thị\n12\n15\n17\n\nNăm 2025, tỉnh phấn đấu có thêm 3 "
            "siêu thị.\n")
    cells = [f for f in extract(text, published="2025-01-10").figures if f.unit == "cơ sở"]
    assert len(cells) == 9
    assert {(f.value, str(f.period.start)) for f in cells if f.subject.startswith("Chợ hạng II")} == {
        (18, "2022-01-01"), (19, "2023-01-01"), (21, "2024-01-01")}


def test_a_unit_line_with_a_unit_for_most_columns_and_pairs_for_the_others() -> None:
    text = ("Kết quả thi hành án dân sự 12 tháng\nĐơn vị tính: việc; tiền: triệu đồng\nĐơn vị | Số việc thụ lý | Số tiền "
            "thụ lý | Tỷ lệ về tiền (%)\nHuyện Kim Sơn | 1.250 | 85.400 | 41,4\nHuyện Yên Mô | 860 | 61.200 | 38,2\n")
    found = _by_value(text)
    assert (found[85400e6].kind, found[85400e6].unit) == ("money", "đồng")
    assert (found[1250].unit, found[41.4].unit) == ("việc", "%")
