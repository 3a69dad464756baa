"""Rules from the probe sets 1429-1434 and on (the last stop's sealed measure, opened at the eighty-third stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_year_heading_a_column_with_its_unit_dates_no_prose_after_the_table() -> None:
    # (a table written one cell per line, `Năm 2022 (tỷ đồng)` / `Ước thực hiện 2023 (tỷ đồng)`: the older year heads
    # the column the table compares with; `Trong năm` after it is the report's year)
    text = ("Năm 2023, doanh thu du lịch toàn tỉnh ước đạt 5.200 tỷ đồng.\n\n"
            "Doanh thu theo loại hình\nLoại hình\nNăm 2022 (tỷ đồng)\nƯớc thực hiện 2023 (tỷ đồng)\n"
            "Lưu trú\n1.820,5\n2.040,0\nLữ hành\n960,2\n1.105,4\n\n"
            "Trong năm, toàn tỉnh đón 4,1 triệu lượt khách, công nhận thêm 12 điểm du lịch cộng đồng.")
    found = _by_value(text, published="2024-01-10")
    assert (str(found[12].period.start), str(found[12].period.end)) == ("2023-01-01", "2023-12-31")
    # (a heading alone on its line over prose dates what follows it)
    found = _by_value("Năm 2022\nToàn tỉnh có 9 mỏ sắt đang khai thác.\n\nTrong năm, Sở cấp mới 2 giấy phép.",
                      published="2024-01-10")
    assert str(found[2].period.start) == "2022-01-01"


def test_luan_phien_is_in_turn_not_a_session_so_the_range_after_it_is_whole() -> None:
    # (`khai thác luân phiên 5-6 ha`: five to six hectares a year, in rotation; `phiên 5` is no session's number)
    found = _by_value("Gia đình có ba chục ha keo, mỗi năm khai thác luân phiên 5-6 ha, thu lãi khoảng 300 triệu đồng.")
    assert (found[5].value_max, found[5].unit) == (6, "ha")
    # (a session's number is still none: `phiên 5 của Hội đồng`)
    found = _by_value("Tại phiên 5 của Hội đồng, 27 đại biểu đã phát biểu.")
    assert 5 not in found and 27 in found
