"""Rules from the probe sets 853-864 (the last stop's sealed measure, opened at the seventieth stop, and the sets written
in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_things_that_passed_or_failed_are_counted_as_such() -> None:
    found = _by_value("Đội kiểm tra lấy 620 mẫu nước mắm, trong đó 583 mẫu đạt và 37 mẫu không đạt.")
    assert found[583].subject == "mẫu đạt" and found[37].subject == "mẫu không đạt"
    found = _by_value("Năm 2023, huyện kiểm định 1.140 cân điện tử; có 96 chiếc không đạt, phải hiệu chỉnh lại.")
    assert found[96].subject.endswith("không đạt")
    # (`đạt` whose object is the number, or follows after `và vượt`, is a claim, not a pass)
    found = _by_value("Năm 2024, có 4/4 chỉ tiêu đạt và vượt kế hoạch.")
    assert found[4].subject != "chỉ tiêu đạt"


def test_the_rate_of_those_that_fail_keeps_its_words() -> None:
    found = _by_value("Qua kiểm tra, nhóm cân đã dùng trên 8 năm có tỷ lệ không đạt 19,4%.")
    assert found[19.4].subject == "tỷ lệ không đạt"
    found = _by_value("Tỷ lệ không đạt ở nhóm bình gas sản xuất trước năm 2010 là 14,2%.")
    assert found[14.2].subject.startswith("Tỷ lệ không đạt ở nhóm bình gas")


def test_a_pass_fail_column_counts_the_tables_things() -> None:
    text = ("Kết quả kiểm định cân tại các chợ 6 tháng đầu năm 2024 như sau:\n\n"
            "Đơn vị tính: chiếc\n"
            "Chợ | Số cân kiểm định | Đạt | Không đạt\n"
            "Chợ Đông Ba | 412 | 380 | 32\n"
            "Chợ An Cựu | 260 | 241 | 19\n")
    found = _by_value(text)
    # (the row's label, a market, opens each cell's subject)
    assert found[380].subject.endswith(" chiếc đạt") and found[32].subject.endswith(" chiếc không đạt")
    assert found[412].subject.endswith(" số cân kiểm định")
