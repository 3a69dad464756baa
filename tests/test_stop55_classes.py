"""Rules from the probe sets 307-318 (opened at the fifty-fifth stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_fraction_of_times_is_a_ratio_measured() -> None:
    found = _by_value("Năm 2024, hệ số khả năng thanh toán nợ đến hạn của các doanh nghiệp đạt 1,74 lần; đoàn đã kiểm "
                      "tra 12 lần.")
    assert (found[1.74].kind, found[1.74].unit) == ("measure", "lần")
    assert found[1.74].subject.startswith("hệ số khả năng thanh toán")
    # (whole times are acts counted, and a fraction after `gấp` is a multiple)
    assert found[12].kind == "count"
    assert extract("Doanh thu năm 2024 gấp 2,5 lần năm 2020.").figures[0].kind == "multiple"


def test_a_plan_of_the_year_in_billions_is_no_year() -> None:
    found = _by_value("Năm 2024, lợi nhuận sau thuế ước đạt 94,3 tỷ đồng (kế hoạch năm 118 tỷ đồng).")
    assert found[94.3e9].target is not None and found[94.3e9].target.value == 118e9
    # (the year before `tỷ lệ` is a year, not a number of billions)
    assert [f.value for f in extract("Phấn đấu cuối 2024 tỷ lệ hộ nghèo giảm trên 4%.").figures] == [4]


def test_a_counted_things_kind_written_against_the_slash_is_of_the_unit() -> None:
    found = _by_value("Bình quân mỗi ngày có khoảng 450 lượt xe hàng/ngày qua cửa khẩu; nhà máy đường có công suất "
                      "18.000 tấn mía/ngày.")
    assert (found[450].kind, found[450].unit) == ("measure", "lượt xe hàng/ngày")
    # (a material weighed is not of its unit)
    assert found[18000].unit == "tấn/ngày"
    # (nor a word after a space before the slash)
    assert _by_value("Cửa khẩu thông quan 450 lượt xe / ngày.")[450].unit == "lượt xe/ngày"


def test_a_change_said_of_every_item_is_each_items() -> None:
    text = ("Sáng nay, giá cà phê tại Đắk Lắk là 120.500 đồng/kg, Gia Lai 120.300 đồng/kg, Lâm Đồng 119.800 đồng/kg, "
            "cùng tăng 1.500 đồng/kg so với hôm qua.")
    found = _by_value(text)
    assert sorted(found) == [119800, 120300, 120500]
    assert all(f.change is not None and (f.change.direction, f.change.value) == ("increase", 1500)
               for f in found.values())
    # (without `cùng`/`đều` the change is the last item's only)
    found = _by_value(text.replace("cùng tăng", "tăng"))
    assert found[119800].change is not None and found[120500].change is None
    # (nor is it of a figure of another unit before the list)
    found = _by_value("Toàn tỉnh có 12.000 ha cà phê; giá tại Đắk Lắk 120.500 đồng/kg, Gia Lai 120.300 đồng/kg, đều "
                      "giảm 500 đồng/kg.")
    assert found[12000].change is None and found[120500].change.direction == "decrease"


def test_a_number_before_a_places_name_is_part_of_a_name() -> None:
    found = _by_value("Năm 2024, Công ty Xuất nhập khẩu 2-9 Đắk Lắk xuất khẩu 120.000 tấn cà phê; Kho bạc Nhà nước khu "
                      "vực 3 Hà Nội có 40 cán bộ.")
    assert sorted(found) == [40, 120000]
    # (a capitalised word that is no place may still be what is counted: medals, a document's name)
    assert [f.unit for f in extract("Đội tuyển giành 2 Vàng, 3 Bạc.").figures] == ["Vàng", "Bạc"]


def test_gia_lai_districts_are_spelled_as_the_state_writes_them() -> None:
    found = _by_value("Năm 2024, huyện Đăk Đoa có 12.000 ha cà phê, huyện Đăk Pơ có 300 ha.")
    assert (found[12000].location, found[300].location) == ("Đak Đoa", "Đak Pơ")


def test_a_province_in_a_bodys_name_is_not_where_its_work_in_a_district_is() -> None:
    text = ("Huyện Nhơn Trạch: nhiều vụ cháy trong mùa khô\n\nNgày đăng: 12/04/2024\n\nTừ đầu năm đến nay, trên địa bàn "
            "huyện Nhơn Trạch xảy ra 9 vụ cháy.\n\nPhòng Cảnh sát PCCC và CNCH Công an tỉnh Đồng Nai đã kiểm tra 145 cơ "
            "sở, xử phạt 12 cơ sở vi phạm.\n\nCông an huyện đã tổ chức 30 buổi tuyên truyền.\n")
    assert {f.location for f in extract(text).figures} == {"Nhơn Trạch"}
    # (unless the sentence speaks of the whole province)
    found = _by_value(text.replace("đã kiểm tra 145 cơ sở", "đã kiểm tra 145 cơ sở trên toàn tỉnh"))
    assert found[145].location == "Đồng Nai"
    # (and a body that opens its sentence as the source reports its own work, where it is)
    text = ("Công an huyện Yên Lạc: đăng ký xe tại cấp huyện\n\nNgày đăng: 20/12/2023\n\nNăm 2023, Công an huyện Yên Lạc "
            "đăng ký 3.200 xe.\n\nTheo Trung tâm Đăng kiểm xe cơ giới tỉnh Vĩnh Phúc, 11 tháng năm 2023 trung tâm đã "
            "kiểm định 21.463 lượt xe.\n")
    assert _by_value(text)[21463].location == "Vĩnh Phúc"


def test_the_area_a_figure_happened_in_said_after_it_is_its_place() -> None:
    text = ("Huyện Krông Pắc: trợ giúp pháp lý\n\nCập nhật: 12/11/2024\n\nTrong 10 tháng năm 2024, Trung tâm Trợ giúp pháp "
            "lý nhà nước tỉnh Đắk Lắk đã thực hiện 56 vụ việc trợ giúp pháp lý cho người dân trên địa bàn huyện Krông Pắc.\n")
    assert _by_value(text)[56].location == "Krông Pắc"


def test_a_first_column_of_years_and_a_part_of_a_year_labels_the_rows() -> None:
    text = ("Số đơn đăng ký nhãn hiệu của tỉnh qua các năm như sau:\n\n"
            "Năm | Số đơn nộp | Số văn bằng được cấp | Tăng/giảm (%)\n2021 | 245 | 180 | 5,2\n2022 | 268 | 201 | 9,4\n"
            "2023 | 221 | 176 | -17,6\n"
            "9 tháng năm 2024 | 190 | 150 | 12,1\n")
    found = _by_value(text)
    assert sorted(found) == [-17.6, 5.2, 9.4, 12.1, 150, 176, 180, 190, 201, 221, 245, 268]   # (no year, no column lost)
    assert (found[245].period.start.isoformat(), found[190].period.end.isoformat()) == ("2021-01-01", "2024-09-30")
    assert found[190].unit == "đơn"


def test_a_part_that_is_only_a_partners_name_is_the_wholes_to_that_partner() -> None:
    found = _by_value("Năm 2024, vải thiều xuất khẩu đạt 38.000 tấn, trong đó thị trường Trung Quốc 30.000 tấn, Nhật Bản "
                      "1.200 tấn, Mỹ 800 tấn.")
    assert found[1200].subject == "vải thiều xuất khẩu Nhật Bản" and found[1200].total == 38000
    # (a product's initials are no partner: the part names itself)
    assert "xuất khẩu" not in _by_value("Năm 2024, nhà máy sản xuất 1,2 triệu tấn sản phẩm, trong đó LPG 98 nghìn tấn.")[
        98000].subject


def test_ripe_is_no_nine() -> None:
    assert [f.value for f in extract("Vải thiều chín sớm có giá 45.000 đồng/kg, vải chín muộn 30.000 đồng/kg.").figures] \
        == [45000, 30000]


def test_ranges_of_ages_under_an_age_corner_label_the_rows() -> None:
    lines = ("Tỷ lệ người biết chữ theo độ tuổi (Đơn vị tính: %)\n\nĐộ tuổi\nMức độ 1\nMức độ 2\n15-25\n99,2\n98,1\n"
             "15-35\n98,7\n97,3\n15-60\n97,5\n95,8\n")
    piped = ("Tỷ lệ người biết chữ theo độ tuổi (%):\n\nĐộ tuổi | Mức độ 1 | Mức độ 2\n15-25 | 99,2 | 98,1\n"
             "15-35 | 98,7 | 97,3\n15-60 | 97,5 | 95,8\n")
    for text in (lines, piped):
        found = _by_value(text)
        assert sorted(found) == [95.8, 97.3, 97.5, 98.1, 98.7, 99.2]      # (no age is a figure)
        assert "15-35" in found[97.3].subject and "2" in found[97.3].subject


def test_a_bracket_of_labels_and_bare_numbers_breaks_a_count_down_and_is_stepped_over() -> None:
    found = _by_value("Năm 2025, toàn tỉnh có 1.850 thanh niên nhập ngũ (Quân đội 1.650, Công an 200), đạt 100% chỉ tiêu.")
    assert sorted(found) == [200, 1650, 1850]
    assert (found[1650].unit, found[1650].total) == ("thanh niên", 1850) and "Quân đội" in found[1650].subject
    assert found[1850].percent == 100
    # (numbers that do not add up to the count are no breakdown of it)
    assert 1650 not in _by_value("Năm 2025, toàn tỉnh có 1.850 thanh niên nhập ngũ (Quân đội 1.650, Công an 150).")


def test_a_day_named_for_the_country_does_not_make_an_article_national() -> None:
    text = ("BÁO QUẢNG NINH ĐIỆN TỬ\n\nHưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3: tiếp nhận 125 đơn khiếu "
            "nại\n\nCập nhật: 15/03/2024 08:10\n\nNhân dịp Ngày Quyền của người tiêu dùng Việt Nam năm 2024, Sở Công "
            "Thương cho biết năm 2023 đã tiếp nhận 125 đơn khiếu nại, giải quyết thành công 110 vụ việc.\n\nThanh tra "
            "Sở đã kiểm tra 86 cơ sở kinh doanh.\n")
    assert {f.location for f in extract(text).figures} == {"Quảng Ninh"}
    # (the country as what the lead speaks of still makes it national)
    text = text.replace("Nhân dịp Ngày Quyền của người tiêu dùng Việt Nam năm 2024, Sở Công Thương cho biết năm 2023",
                        "Theo Bộ Công Thương, năm 2023 cả nước")
    assert _by_value(text)[110].location == "Việt Nam"


def test_a_clinical_target_level_is_no_plan() -> None:
    found = _by_value("Năm 2024, tỷ lệ người bệnh đái tháo đường đạt đường huyết mục tiêu là 48%; mục tiêu năm 2025 là "
                      "55%.")
    assert found[48].status == "actual" and found[48].target is not None and found[48].target.value == 55


def test_an_article_may_close_with_its_date_under_the_byline() -> None:
    body = "\n\n".join(f"Đoạn {k}: thị xã đã kiểm tra {k * 10 + 7} doanh nghiệp sử dụng lao động nước ngoài trên địa "
                       f"bàn, phát hiện {k + 2} doanh nghiệp vi phạm về giấy phép lao động." for k in range(1, 17))
    text = f"Trang thông tin điện tử thị xã Phú Mỹ\n\nQuản lý lao động nước ngoài\n\n{body}\n\nNgọc Trâm (Phòng LĐ-TB&XH)\n22/11/2024\n"
    assert len(text) > 2000 and extract(text).published == "2024-11-22"
    # (a date in the article's last sentence is no dateline)
    text = text.replace("\n\nNgọc Trâm (Phòng LĐ-TB&XH)\n22/11/2024\n", " Ngày 22/11/2024, đoàn kết thúc kiểm tra.\n")
    assert extract(text).published is None


def test_a_rate_in_a_row_labels_brackets_is_its_unit() -> None:
    text = ("Tình hình sốt xuất huyết 9 tháng năm 2024\n\nChỉ tiêu | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)\n"
            "Số ca mắc (ca) | 1.250 | 980 | 78,4\nTỷ lệ mắc (ca/100.000 dân) | 85,2 | 66,7 | 78,3\n"
            "Số ca tử vong (ca) | 2 | 1 | 50,0\n")
    found = _by_value(text)
    assert (found[66.7].kind, found[66.7].unit) == ("measure", "ca/100.000 dân")
    assert found[78.3].unit == "%"      # (the comparison column's cells are percents still)


def test_the_lead_of_a_list_of_places_names_what_its_first_item_counts() -> None:
    found = _by_value("Năm 2024, số ca mắc tập trung tại các huyện Chư Sê 320 ca, Đak Đoa 210 ca; toàn tỉnh có 45 quỹ tín "
                      "dụng nhân dân, nhiều nhất là Thái Bình 12 quỹ, Nam Định 9 quỹ.")
    assert found[320].subject == found[210].subject and "tập trung" not in found[320].subject
    assert found[12].subject == found[9].subject


def test_counted_things_named_together_on_the_unit_line_are_every_columns_unit() -> None:
    text = ("Kết quả giải quyết án năm 2024\n\nĐơn vị tính: vụ, việc\n\nLoại án | Thụ lý | Đã giải quyết | Tỷ lệ (%)\n"
            "Hình sự | 1.250 | 1.180 | 94,4\nDân sự | 2.300 | 2.050 | 89,1\nHành chính | 120 | 98 | 81,7\n")
    found = _by_value(text)
    assert (found[2300].unit, found[98].unit, found[89.1].unit) == ("vụ, việc", "vụ, việc", "%")
    # (units that rows name are the rows' own)
    text = ("Tai nạn giao thông năm 2024\n\nĐơn vị tính: vụ, người\n\nChỉ tiêu | Năm 2023 | Năm 2024\nSố vụ | 12 | 9\n"
            "Số người chết | 5 | 3\nSố người bị thương | 8 | 4\n")
    assert _by_value(text)[5].unit == "người"


def test_a_columns_comparison_base_does_not_date_its_cells() -> None:
    text = ("Chỉ số giá tiêu dùng tháng 01/2025 của tỉnh\n\nĐơn vị tính: %\n\nNhóm hàng | So với kỳ gốc 2019 | So với cùng "
            "tháng năm trước | So với tháng trước\nChỉ số chung | 112,45 | 103,21 | 100,85\nLương thực | 118,20 | 104,10 | "
            "101,20\nThực phẩm | 115,30 | 105,40 | 102,10\n")
    found = _by_value(text)
    assert {(f.period.start.isoformat(), f.period.end.isoformat()) for f in found.values()} == {("2025-01-01",
                                                                                                "2025-01-31")}


def test_a_digit_in_a_parameters_name_is_no_number_of_the_lead() -> None:
    found = _by_value("Năm 2024, nồng độ BOD5 trung bình là 12,5 mg/l; nồng độ NH4+ tại điểm đo là 0,45 mg/l.")
    assert "BOD5" in found[12.5].subject and "NH4+" in found[0.45].subject
