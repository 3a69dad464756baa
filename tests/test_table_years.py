"""Which year a table's yearless rows take, and a table's place and unit from its labels and caption (rules from
probe sets 217-222, each written from a language fact and checked here on tables of its own)."""
from __future__ import annotations

import datetime as dt

from dtextract import extract


def _figs(text: str, **kw):
    return {f.text: f for f in extract(text, **kw).figures}


def _dates(f):
    return (f.period.start, f.period.end) if f.period else None


def test_quarters_as_rows_under_years_as_columns_are_that_years_quarters() -> None:
    text = ("Kiều hối về Nghệ An theo quý\n\nBảng: Kiều hối theo quý (Đơn vị tính: triệu USD)\n"
            "Quý | Năm 2023 | Năm 2024\nQuý I | 110 | 125\nQuý II | 105 | 130\nQuý III | 98 | 120\n")
    figs = _figs(text)
    assert _dates(figs["110"]) == (dt.date(2023, 1, 1), dt.date(2023, 3, 31))
    assert _dates(figs["130"]) == (dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    assert figs["130"].value == 130e6 and figs["130"].unit == "USD"
    # (rows that are whole years themselves keep the column's reading: a year under a year is no part of it)
    figs = _figs("Chỉ tiêu | Năm 2023 | Năm 2024\nKhách quốc tế | 1.200 | 1.450\nKhách nội địa | 8.300 | 9.100\n")
    assert _dates(figs["1.450"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_comparisons_yardstick_year_does_not_date_the_months_below_it() -> None:
    text = ("Từ đầu năm đến nay, lực lượng CSGT tỉnh Nam Định đã xử lý 4.520 trường hợp vi phạm, tăng 12,3% so với "
            "cùng kỳ năm 2023. Kết quả theo tháng như sau:\n\nTháng | Số trường hợp vi phạm | Tiền phạt (triệu đồng)\n"
            "Tháng 1 | 1.420 | 3.150\nTháng 2 | 1.380 | 2.980\n")
    figs = _figs(text, published="2024-04-05")
    assert _dates(figs["1.420"]) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    # a year the text reports on still dates them
    text = ("Năm 2023, tỉnh Nam Định xử lý 15.200 trường hợp vi phạm.\n\nTháng | Số trường hợp vi phạm | Tiền phạt (triệu đồng)\n"
            "Tháng 1 | 1.420 | 3.150\nTháng 2 | 1.380 | 2.980\n")
    assert _dates(_figs(text, published="2024-04-05")["1.420"]) == (dt.date(2023, 1, 1), dt.date(2023, 1, 31))
    # and a header column of the same months a year before is that year's
    text = ("Lũy kế 9 tháng, sân bay Phù Cát đón 1,2 triệu lượt khách.\n\nSản lượng khách theo tháng\n"
            "Đơn vị tính: lượt khách\nTháng\nHành khách\nCùng kỳ 2023\nTháng 7\n145.000\n135.000\nTháng 8\n152.000\n141.000\n")
    figs = _figs(text, published="2024-10-10")
    assert _dates(figs["145.000"]) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31))
    assert _dates(figs["135.000"]) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))


def test_a_caption_with_its_unit_in_brackets_is_no_header_cell_of_one_cell_per_line_rows() -> None:
    text = ("Nghệ An thu hút kiều hối.\n\nKiều hối theo quốc gia gửi về (ĐVT: triệu USD)\nQuốc gia\nNăm 2023\nNăm 2024\n"
            "Hoa Kỳ\n110\n125\nNhật Bản\n105\n130\n")
    figs = _figs(text)
    assert [(f.value, f.unit) for f in figs.values()] == [(110e6, "USD"), (125e6, "USD"), (105e6, "USD"), (130e6, "USD")]
    assert _dates(figs["125"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_row_named_by_a_units_number_takes_the_place_it_covers() -> None:
    text = ("Kết quả bầu cử đại biểu HĐND tỉnh Quảng Nam\n\nĐơn vị bầu cử | Số cử tri | Tỷ lệ đi bầu (%)\n"
            "Số 1 - Huyện Duy Xuyên | 85.420 | 99,12\nSố 2 - Huyện Điện Bàn | 120.330 | 98,85\n"
            "Đơn vị số 3 (huyện Đại Lộc) | 96.150 | 99,40\n")
    figs = _figs(text)
    assert [f.location for f in figs.values()] == ["Duy Xuyên"] * 2 + ["Điện Bàn"] * 2 + ["Đại Lộc"] * 2
    assert figs["85.420"].unit == "cử tri" and figs["99,12"].unit == "%"
    # (a number with no place after it names none)
    figs = _figs("Kết quả bầu cử tỉnh Quảng Nam\n\nTổ bầu cử | Số cử tri\nSố 1 | 1.420\nSố 2 | 1.380\n")
    assert {f.location for f in figs.values()} <= {"Quảng Nam", None}


def test_a_units_number_and_the_place_beside_it_in_two_cells() -> None:
    text = ("Kết quả bầu cử đại biểu HĐND tỉnh Quảng Nam\n\nĐơn vị bầu cử | Địa bàn | Số cử tri | Tỷ lệ đi bầu (%)\n"
            "Số 1 | Huyện Duy Xuyên | 85.420 | 99,12\nSố 2 | Huyện Điện Bàn | 120.330 | 98,85\n")
    figs = _figs(text)
    assert [f.location for f in figs.values()] == ["Duy Xuyên"] * 2 + ["Điện Bàn"] * 2
    # (a text cell beside a number that is no place leaves the row as it was)
    figs = _figs("Kết quả bầu cử tỉnh Quảng Nam\n\nTổ | Ghi chú | Số cử tri\nSố 1 | Đủ | 1.420\nSố 2 | Thiếu | 1.380\n")
    assert {f.location for f in figs.values()} <= {"Quảng Nam", None}


def test_a_date_alone_over_a_column_is_an_as_of_date_and_a_note_after_the_unit_is_no_unit() -> None:
    text = ("Đến 30/6/2024, các chỉ tiêu ngoại tệ trên địa bàn tỉnh như sau:\n"
            "Bảng 1. Một số chỉ tiêu ngoại tệ (Đơn vị tính: tỷ đồng, quy đổi)\n"
            "TT | Chỉ tiêu | 31/12/2023 | 30/6/2024\n1 | Huy động vốn ngoại tệ | 1.842 | 1.967\n"
            "2 | Dư nợ cho vay ngoại tệ | 612 | 574\n")
    figs = _figs(text)
    assert (figs["1.967"].value, figs["1.967"].unit) == (1967e9, "đồng")
    assert _dates(figs["612"]) == (None, dt.date(2023, 12, 31))
    # (a month over a column is the month)
    figs = _figs("Chỉ tiêu | Tháng 5/2024 | Tháng 6/2024\nHuy động vốn | 1.842 | 1.967\nDư nợ | 612 | 574\n")
    assert _dates(figs["1.967"]) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))


def test_a_months_row_takes_no_unit_from_its_label() -> None:
    text = ("Quý III năm 2024, Đội CSGT lập biên bản 3.684 trường hợp vi phạm, tăng 6,3% so với quý III năm 2023.\n\n"
            "Bảng 1. Kết quả xử lý vi phạm theo tháng\nTháng | Trường hợp vi phạm | Tiền phạt (triệu đồng)\n"
            "Tháng 7 | 1.152 | 1.987,5\nTháng 8 | 1.236 | 2.104,0\n")
    figs = _figs(text)
    assert (figs["1.152"].kind, figs["1.152"].unit) == ("count", "trường hợp")
    assert _dates(figs["1.236"]) == (dt.date(2024, 8, 1), dt.date(2024, 8, 31))


def test_with_no_year_and_no_date_a_same_period_yardstick_says_the_year() -> None:
    text = ("Quý I, toàn tỉnh xử lý 4.520 trường hợp vi phạm, tăng 12,3% so với cùng kỳ năm 2023.\n\n"
            "Tháng | Số trường hợp vi phạm | Tiền phạt (triệu đồng)\nTháng 1 | 1.420 | 3.150\nTháng 2 | 1.380 | 2.980\n")
    assert _dates(_figs(text)["1.420"]) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))


def test_a_row_that_names_one_body_counts_what_its_column_says() -> None:
    text = ("Tình hình sử dụng giường bệnh năm 2024\nBệnh viện | Giường kế hoạch | Giường thực kê\n"
            "Bệnh viện Đa khoa tỉnh | 850 | 1.020\nBệnh viện Sản Nhi | 400 | 480\nTrung tâm Y tế huyện Lục Yên | 150 | 170\n")
    assert {f.unit for f in extract(text).figures} == {"giường"}
    # (rows that are kinds of what is counted keep their own noun)
    figs = _figs("Nhân lực y tế\nChỉ tiêu | Năm 2023 | Năm 2024\nBác sĩ | 1.200 | 1.300\nDược sĩ đại học | 150 | 170\n")
    assert (figs["1.300"].unit, figs["170"].unit) == ("bác sĩ", "dược sĩ đại học")


def test_a_plans_columns_to_a_horizon_are_targets_up_to_its_end() -> None:
    text = ("Một số chỉ tiêu quy hoạch tỉnh Bắc Ninh\nChỉ tiêu | Hiện trạng 2023 | Quy hoạch đến năm 2030\n"
            "Dân số (nghìn người) | 1.488 | 1.900\nTỷ lệ đô thị hóa (%) | 52 | 75\n")
    figs = _figs(text)
    assert (figs["75"].status, _dates(figs["75"])) == ("target", (None, dt.date(2030, 12, 31)))
    assert (figs["52"].status, _dates(figs["52"])) == ("actual", (dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    figs = _figs("Nghiệp vụ | 6 tháng 2023 | 6 tháng 2024\nNhân thọ | 1.250 | 1.180\nPhi nhân thọ | 980 | 1.060\n")
    assert _dates(figs["1.060"]) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_a_column_of_places_beside_the_labels_places_each_row() -> None:
    text = ("Năm 2024, tỉnh Bình Dương vận hành 4 nhà máy xử lý rác.\n\n"
            "Nhà máy\tĐịa bàn\tCông suất (tấn/ngày)\tVốn đầu tư (tỷ đồng)\n"
            "Nhà máy xử lý rác Nam Bình Dương\tThị xã Bến Cát\t1.200\t850\n"
            "Nhà máy đốt rác phát điện Tân Uyên\tThành phố Tân Uyên\t600\t1.100\n")
    figs = _figs(text)
    assert [(f.location, f.subject) for f in (figs["1.200"], figs["1.100"])] == [
        ("Bến Cát", "Nhà máy xử lý rác Nam Bình Dương công suất"), ("Tân Uyên", "Nhà máy đốt rác phát điện Tân Uyên vốn đầu tư")]
    # (communes in such a column are no figure's place: FIGURES.md names provinces, cities and districts)
    text = text.replace("Thị xã Bến Cát", "Xã An Tây").replace("Thành phố Tân Uyên", "Xã Bạch Đằng")
    assert {f.location for f in extract(text).figures} == {"Bình Dương"}


def test_a_column_of_the_whole_country_beside_the_provinces_own() -> None:
    text = ("Điểm trung bình các môn thi tốt nghiệp THPT của tỉnh Nam Định\nĐơn vị tính: điểm\n"
            "Môn thi\tNăm 2023\tNăm 2024\tCả nước 2024\nToán\t7,12\t7,45\t6,45\nNgữ văn\t7,35\t7,62\t7,23\n")
    figs = _figs(text)
    assert [figs[t].location for t in ("7,12", "7,45", "6,45")] == ["Nam Định", "Nam Định", "Việt Nam"]
    assert _dates(figs["6,45"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_ages_over_rows_are_age_groups_not_values() -> None:
    text = ("Năm 2024, huyện tổ chức mừng thọ cho 2.450 người cao tuổi.\n\nKết quả mừng thọ năm 2024\nĐộ tuổi\n"
            "Số người được mừng thọ (người)\nQuà tặng (nghìn đồng/người)\n70 tuổi\n820\n500\n75 tuổi\n610\n500\n"
            "Từ 100 tuổi trở lên\n12\n2.000\n")
    figs = extract(text).figures
    assert "70 tuổi" not in {f.text for f in figs}
    by = {f.text: f for f in figs}
    assert (by["820"].unit, by["12"].unit) == ("người", "người") and "70 tuổi" in by["820"].subject
    assert by["2.000"].value == 2_000_000
