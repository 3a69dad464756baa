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
