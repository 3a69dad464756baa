"""Rules from the probe sets 1183-1200 and on (the last stop's sealed measure, opened at the seventy-eighth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_the_last_word_of_an_all_capitals_heading_is_no_index_of_the_year_below_it() -> None:
    # (`PCI 2023` names an index by its year; `CHUNG` ending a heading line and `Năm 2023` opening the next are not one)
    for heading in ("I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ SẢN XUẤT, KINH DOANH", "TÌNH HÌNH CHUNG"):
        found = _by_value(f"{heading}\nNăm 2023, trên địa bàn tỉnh có 64 cơ sở tái chế lốp xe.\n", published="2023-12-26")
        assert found[64].period is not None and found[64].period.text == "Năm 2023", heading
    found = _by_value("Chỉ số PCI 2023 của tỉnh đạt 65,2 điểm.\n")
    assert found[65.2].period.text == "PCI 2023"
