"""Rules from the probe sets 1381-1386 and on (the last stop's sealed measure, opened at the eighty-second stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_number_right_after_gap_is_a_multiple_with_or_without_lan() -> None:
    # (`lãi gấp ba nhờ …`: `gấp` says times; the cause after it is no baseline)
    found = _by_value("Diêm dân Ba Tri lãi gấp ba nhờ làm muối trên bạt.")
    assert (found[3].kind, found[3].unit) == ("multiple", "lần")
    assert "nhờ" not in (found[3].subject or "")
    found = _by_value("Giá thuê kho năm nay gấp 2,5 so với năm trước.")
    assert (found[2.5].kind, found[2.5].unit) == ("multiple", "lần")
    # (a leaflet, `tờ gấp`, is a thing counted, no multiple)
    found = _by_value("Hội phát 3.000 tờ gấp cho người dân.")
    assert found[3000].kind == "count"


def test_acts_joined_by_va_share_the_thing_the_last_one_names() -> None:
    # (`xây mới 21 và nâng cấp 37 nhà vệ sinh`: 21 toilets built, 37 upgraded)
    found = _by_value("Năm 2024, toàn tỉnh xây mới 21 và nâng cấp 37 nhà vệ sinh công cộng.")
    assert (found[21].kind, found[21].unit) == ("count", "nhà")
    found = _by_value("Năm 2024, huyện trồng mới 120 và chăm sóc 350 ha rừng phòng hộ.")
    assert (found[120].kind, found[120].unit) == ("measure", "ha")
    # (a grade before a number names a level, no act: `tàn tật độ 2, chiếm 34,9%`; nor is a share what acts share)
    found = _by_value("Trong đó 684 người bị tàn tật độ 2 và chiếm 34,9% số bệnh nhân.")
    assert 2 not in found
    found = _by_value("Đơn vị đạt 12 và chiếm 30% tổng số.")
    assert 12 not in found


def test_a_count_said_after_a_multiple_is_a_claim_of_its_own_not_its_change() -> None:
    # (`sản lượng tăng gấp 1,5 lần và giảm 60 lao động`: times change in nothing counted)
    found = _by_value("Dây chuyền tự động giúp sản lượng tăng gấp 1,5 lần và giảm 60 lao động.")
    assert found[1.5].change is None
    assert (found[60].kind, found[60].unit) == ("count", "lao động")


def test_a_quote_that_opens_on_a_district_places_its_figures_there() -> None:
    # (`Ông Tuấn cho biết: "Riêng tại TP Biên Hòa, …`: the speaker's words open where they speak of)
    text = ('Đội quản lý thị trường kiểm tra nhiều nơi trong tỉnh Đồng Nai.\n\nÔng Tuấn cho biết: "Riêng tại TP Biên '
            'Hòa, đội đã kiểm tra 38 cơ sở, xử lý 21 cơ sở vi phạm với số tiền 146 triệu đồng."')
    found = _by_value(text)
    assert [found[v].location for v in (38, 21, 146_000_000)] == ["Biên Hòa"] * 3


def test_a_shares_gap_in_points_to_a_yardstick_named_in_words_is_its_change() -> None:
    # (`đạt 82,4%, thấp hơn khu vực nội trú khoảng 4 điểm phần trăm`: the gap of the share, against the ward)
    found = _by_value("Tỷ lệ hài lòng của người bệnh ngoại trú năm 2023 đạt 82,4%, thấp hơn khu vực nội trú khoảng 4 "
                      "điểm phần trăm.")
    change = found[82.4].change
    assert (change.direction, change.value, change.unit) == ("decrease", 4, "điểm phần trăm")
    assert 4 not in found


def test_a_date_that_opens_the_sentence_after_a_documents_number_dates_what_follows() -> None:
    # (`… theo Thông tư số 24/2023/TT-BCA.` then `Đến ngày 30/6/2024, …`: the date opens a sentence, no document's)
    text = ("Từ ngày 15/8/2023 đến nay, toàn quốc đã cấp hơn 3,2 triệu biển số định danh theo Thông tư số "
            "24/2023/TT-BCA.\n\nĐến ngày 30/6/2024, cả nước quản lý 6,87 triệu xe ô tô.\n\nVề đấu giá biển số ô tô, "
            "trong 6 tháng, Cục đã tổ chức 12 phiên.")
    found = _by_value(text, published="2024-07-10")
    assert str(found[12].period.start) == "2024-01-01"
    # (a document's date said after its number on the line still dates nothing)
    found = _by_value("Theo Quyết định số 1726/QĐ-TTg ngày 29/12/2023, tỉnh được giao 120 tỷ đồng.",
                      published="2024-07-10")
    assert found[120_000_000_000].period is None


def test_a_share_said_after_the_rank_of_an_amount_is_the_amounts() -> None:
    # (`có 36.339 du học sinh, đứng thứ 3 sau Trung Quốc và Nepal, chiếm 13% tổng số`)
    found = _by_value("Việt Nam có 36.339 du học sinh, đứng thứ 3 sau Trung Quốc và Nepal, chiếm 13% tổng số.")
    assert found[36339].percent == 13
    assert 13 not in found
    # (a change after a rank is the rank's)
    found = _by_value("Năm 2023, huyện đạt 0,6824 điểm, xếp thứ 3/8 huyện, tăng 2 bậc so với năm 2022.")
    assert found[0.6824].change is None


def test_the_parts_under_trong_do_in_a_table_are_counted_in_their_wholes_unit() -> None:
    # (`2. Tổng số kinh phí (tỷ đồng)` / `Trong đó: Ngân sách tỉnh` / `Xã hội hóa`: the parts in tỷ đồng, their whole the
    # total)
    text = ("Kết quả tu bổ tượng đài giai đoạn 2022-2023\n\nChỉ tiêu\nNăm 2022\nNăm 2023\n"
            "1. Số công trình được tu bổ (công trình)\n14\n17\n2. Tổng số kinh phí (tỷ đồng)\n23,8\n30,3\n"
            "Trong đó: Ngân sách tỉnh\n18,6\n22,4\nXã hội hóa\n5,2\n7,9\n")
    found = _by_value(text, published="2024-01-10")
    for value, whole in ((18_600_000_000, 23_800_000_000), (7_900_000_000, 30_300_000_000)):
        assert (found[value].kind, found[value].unit, found[value].total) == ("money", "đồng", whole)
    assert found[14].unit == "công trình"


def test_a_change_after_the_places_an_amount_is_in_is_the_amounts() -> None:
    # (`… 120 ha ngô … của người dân ba huyện Con Cuông, Tương Dương, Quế Phong, tăng 35%`: where the amount is, counted
    # and named; the change is the amount's)
    found = _by_value("9 tháng đầu năm 2024, các đàn khỉ đã phá hoại gần 120 ha ngô, lúa nương và sắn của người dân ba "
                      "huyện Con Cuông, Tương Dương, Quế Phong, tăng 35% so với cùng kỳ năm 2023.")
    assert found[120].change.value == 35 and found[3].change is None
    found = _by_value("10 tháng năm 2024, khỉ hoang dã gây hại 186,4 ha cây trồng tại 4 huyện, 27 xã, tăng 18,6% so với "
                      "cùng kỳ.")
    assert found[186.4].change.value == 18.6 and found[27].change is None


def test_a_share_of_a_sum_of_money_after_whom_the_money_went_to_is_the_moneys() -> None:
    # (`chi hỗ trợ 1,08 tỷ đồng cho 612 hộ, bằng 72% kế hoạch vốn`)
    found = _by_value("Tính đến ngày 30/9/2024, tỉnh đã chi hỗ trợ 1,08 tỷ đồng cho 612 hộ, bằng 72% kế hoạch vốn.")
    assert found[1_080_000_000].percent == 72 and found[612].percent is None
    # (a share of the households stays theirs)
    found = _by_value("Tỉnh hỗ trợ 500 triệu đồng cho 120 hộ, chiếm 30% số hộ nghèo.")
    assert found[120].percent == 30


def test_the_year_a_multiple_is_taken_against_dates_nothing_after_it() -> None:
    # (`gấp 4 lần khi mới vận hành năm 2021`: when the baseline was; `9 tháng đầu năm` after it is of the dateline's year)
    text = ("Nhà máy xử lý 200 tấn phụ phẩm mỗi ngày, gấp 4 lần khi mới vận hành năm 2021.\n\n9 tháng đầu năm, doanh thu "
            "của công ty đạt 86 tỷ đồng.")
    found = _by_value(text, published="2024-10-16")
    assert str(found[86_000_000_000].period.start) == "2024-01-01"


def test_trieu_chung_is_a_symptom_and_no_million_unless_certificates_follow() -> None:
    found = _by_value("Huyện phát hiện thêm 5 trường hợp mang vi khuẩn bạch hầu không triệu chứng.")
    assert list(found) == [5]
    found = _by_value("Đến nay đã cấp hơn 9,3 triệu chứng thư chữ ký số.")
    assert found[9_300_000].approx == "over"
