"""Rules from the probe sets 1339-1344 and on (the last stop's sealed measure, opened at the eighty-first stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_year_heading_a_tables_column_dates_none_of_the_prose_after_the_table() -> None:
    # (`Địa bàn | Năm 2022 | Ước 2023`: the table compares the years; `Trong năm, …` after it is of the year the report
    # spoke of before the table)
    text = ("Báo cáo kết quả công tác năm 2023\n\nNăm 2023, dân số trung bình toàn tỉnh ước 1.250.000 người.\n\n"
            "Địa bàn | Năm 2022 | Ước thực hiện 2023\nHuyện A | 1.200 | 1.150\nHuyện B | 900 | 880\n\n"
            "Trong năm, toàn tỉnh tổ chức 640 buổi truyền thông tại cộng đồng.\n")
    found = _by_value(text, published="2023-12-15")
    assert (str(found[640].period.start), str(found[640].period.end)) == ("2023-01-01", "2023-12-31")
    # (a year said in the prose before it still dates it)
    text = text.replace("Địa bàn | Năm 2022 | Ước thực hiện 2023", "Địa bàn | Ước thực hiện 2023 | Năm 2022")
    found = _by_value(text, published="2023-12-15")
    assert (str(found[640].period.start), str(found[640].period.end)) == ("2023-01-01", "2023-12-31")


def test_this_year_said_in_words_dates_the_yearless_months_after_it() -> None:
    # (`từ tháng 4/2022 đến nay … . Riêng 8 tháng đầu năm nay, … . Tháng 7, …`: the month is of now's year)
    text = ("Chương trình triển khai từ tháng 4/2022 đến nay đã thu về hơn 41 tấn pin cũ. Riêng 8 tháng đầu năm nay, "
            "chương trình thu được 13,7 tấn. Tháng 7, chương trình mở rộng thêm 3 quận.")
    found = _by_value(text, published="2024-09-12")
    assert str(found[3].period.start) == "2024-07-01"
    # (a year said in digits before still dates what follows it)
    found = _by_value(text.replace("Riêng 8 tháng đầu năm nay", "Riêng 8 tháng đầu năm 2023"), published="2024-09-12")
    assert str(found[3].period.start) == "2023-07-01"


def test_the_horizon_of_the_plan_a_count_is_said_against_is_not_its_period() -> None:
    # (`theo quy hoạch giai đoạn đến năm 2020`: which plan; the count holds `đến nay`)
    text = ("Cục Thủy sản cho biết, đến nay cả nước đã thành lập 12/16 khu bảo tồn biển theo quy hoạch giai đoạn đến "
            "năm 2020.")
    found = _by_value(text, published="2025-06-09")
    assert str(found[12].period.end) == "2025-06-09"
    # (a count said by that year is still of it)
    found = _by_value("Đến năm 2020, cả nước đã thành lập 12 khu bảo tồn biển.", published="2025-06-09")
    assert str(found[12].period.end) == "2020-12-31"


def test_times_a_limit_is_exceeded_by_named_by_its_code_are_a_multiple() -> None:
    # (`vượt quy chuẩn QCVN 08:2023/BTNMT từ 2 đến 3 lần`, `vượt QCVN 40:2011/BTNMT 1,5 lần`)
    found = _by_value("Trong đó 11 hồ ô nhiễm nặng, hàm lượng COD vượt quy chuẩn QCVN 08:2023/BTNMT từ 2 đến 3 lần.")
    assert found[2].kind == "multiple" and found[2].value_max == 3
    found = _by_value("Nước thải của cơ sở có thông số COD vượt QCVN 40:2011/BTNMT 1,5 lần.")
    assert found[1.5].kind == "multiple"
    # (times an act is done stay a count)
    assert _by_value("Đoàn đã kiểm tra 3 lần trong năm.")[3].kind == "count"


def test_the_colon_inside_a_standards_code_ends_no_clause_of_the_subject() -> None:
    # (`vượt QCVN 26:2010/BTNMT`: the code is one name, the subject reads through it)
    found = _by_value("Số điểm vượt QCVN 26:2010/BTNMT là 12 điểm.")
    assert found[12].subject == "điểm vượt QCVN 26:2010/BTNMT"
    # (a colon between words still opens what follows)
    assert _by_value("Cơ cấu: nông nghiệp chiếm 12%.")[12].subject == "Cơ cấu nông nghiệp"


def test_a_works_placed_in_the_lead_goes_on_there_when_the_next_paragraph_says_it_again_as_the_works() -> None:
    # (`(BQNg) - Sau hơn 18 tháng thi công, Trạm ra đa … tại xã Nghĩa Kỳ (huyện Tư Nghĩa) …` / `Theo Ban Quản lý dự án,
    # công trình có tổng mức đầu tư …`: a paper's tag in mixed case, a source, then the works by the word for any works)
    text = ("Báo Quảng Ngãi điện tử\n\nĐưa vào vận hành Trạm ra đa thời tiết Quảng Ngãi\n\n(BQNg) - Sau hơn 18 tháng thi "
            "công, Trạm ra đa thời tiết Quảng Ngãi tại xã Nghĩa Kỳ (huyện Tư Nghĩa) đã chính thức đi vào hoạt động.\n\n"
            "Theo Ban Quản lý dự án, công trình có tổng mức đầu tư 256,7 tỷ đồng, gồm tháp ra đa cao 42 m.\n\n"
            "Hiện toàn tỉnh có 146 trạm đo mưa tự động.\n")
    found = _by_value(text)
    assert found[256.7e9].location == "Tư Nghĩa"
    assert found[42].location == "Tư Nghĩa"
    assert found[146].location == "Quảng Ngãi"
    # (a festival said after its source is no works: `Theo Ban tổ chức, hội năm nay …` stays the city's)
    text = ("Hội xuân thư pháp\n\nTP HCM - Năm nay, Hội Xuân thư pháp có 60 gian hàng.\n\nTừ sáng sớm, dãy gian hàng dọc "
            "đường Phạm Ngọc Thạch (quận 1) đã đông khách, ông đồ trẻ nhất hội viết 80 chữ.\n\nTheo Ban tổ chức, hội năm "
            "nay dự kiến đón khoảng 200.000 lượt khách.\n")
    assert _by_value(text)[200000].location == "TP. Hồ Chí Minh"


def test_a_district_said_with_a_site_beside_it_shares_what_both_did_which_is_the_provinces() -> None:
    # (`tại Vườn quốc gia Phong Nha - Kẻ Bàng và huyện Minh Hóa ước đón 41.870 lượt khách`: the two together)
    text = ("Du lịch mạo hiểm tăng trưởng\n\nNăm 2024, các tuyến du lịch mạo hiểm tại Vườn quốc gia Phong Nha - Kẻ Bàng và "
            "huyện Minh Hóa ước đón 41.870 lượt khách, tăng 12,6% so với năm 2023.\n\nTuyến zipline dài 400 m.\n")
    found = _by_value(text)
    assert found[41870].location == "Quảng Bình"
    assert found[400].location == "Quảng Bình"
    # (a district said alone is where it is)
    found = _by_value(text.replace("tại Vườn quốc gia Phong Nha - Kẻ Bàng và huyện Minh Hóa", "tại huyện Minh Hóa"))
    assert found[41870].location == "Minh Hóa"


def test_bronze_medals_in_a_tally_after_gold_and_silver_are_counted_not_money() -> None:
    # (`(3 vàng, 3 bạc, 5 đồng)`: the medals' words left out after `huy chương`)
    found = _by_value("Đoàn Quảng Nam giành 11 huy chương (3 vàng, 3 bạc, 5 đồng).")
    assert found[5].kind == "count"
    # (money after gold and silver in other measures stays money)
    assert _by_value("Họ bán 3 chỉ vàng, 2 lượng bạc và 5 đồng.")[5].kind == "money"


def test_school_levels_said_by_their_initials_coordinate_but_label_a_lists_next_item_alone() -> None:
    # (`trường tiểu học, THCS`, `học sinh THCS, THPT`: one group of schools or pupils)
    found = _by_value("Hiện toàn tỉnh có khoảng 96.000 học sinh THCS, THPT đi xe đạp điện đến trường.")
    assert found[96000].subject == "học sinh THCS, THPT đi xe đạp điện đến trường"
    # (the label of the next item of a list, right before its number)
    found = _by_value("Trong đó, mầm non có 198.320 học sinh, tiểu học 74.905 học sinh, THCS 13.225 học sinh.")
    assert found[13225].subject == "học sinh THCS"
    # (nor the level that opens a school's name, `THPT Trần Phú`: the next item of a list of schools)
    found = _by_value("Trường THPT Lê Lợi tuyển 630 học sinh, THPT Trần Phú tuyển 585 học sinh.")
    assert "Lê Lợi" not in found[585].subject


def test_a_colon_inside_a_code_ends_no_clause_of_the_articles_structure_either() -> None:
    # (the structure's clauses read as the subject's do: `vượt QCVN 08:2023/BTNMT 2,5 lần` is one clause)
    from dtextract.structure import Structure, pipe_row

    text = "Nồng độ bụi vượt QCVN 08:2023/BTNMT 2,5 lần."
    assert Structure.of(text).clause_start(text.index("2,5")) == 0
    text = "Cơ cấu: nông nghiệp chiếm 12%."
    assert Structure.of(text).clause_start(text.index("12")) == len("Cơ cấu:")
    # (a row of a table with `|` between its cells, as the table reader and the period scanner read it)
    assert pipe_row("Địa bàn | Năm 2023 | Ước thực hiện 2024") and not pipe_row("Xem thêm | Chia sẻ")
