"""Rules from the probe sets 559-564 (the last stop's measure, opened at the sixty-second stop) and from the error classes
of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_table_written_one_cell_per_line_whose_rows_open_with_a_code_is_read() -> None:
    # (a code column, `Mã hàng`, holds identifiers: each row opens with one, and no code is a figure)
    text = ("Kim ngạch xuất khẩu một số mặt hàng chủ lực quý I/2024 của tỉnh Bình Dương như sau.\n\n"
            "Đơn vị tính: triệu USD\n\nMã HS\nMặt hàng\nQuý I/2023\nQuý I/2024\n"
            "9403\nĐồ gỗ nội thất\n412,5\n498,2\n6403\nGiày dép\n305,1\n331,8\n8517\nĐiện thoại linh kiện\n120,4\n97,6\n")
    found = _by_value(text)
    assert not {9403, 6403, 8517} & set(found)
    assert found[498_200_000].unit == "USD" and "Giày dép" in found[331_800_000].subject
    assert found[97_600_000].period.text == "Quý I/2024"


def test_places_given_out_as_a_quota_are_a_plan() -> None:
    found = _by_value("Năm 2024, Trường Đại học Vinh được giao 6.200 chỉ tiêu tuyển sinh đại học chính quy; đến ngày "
                      "30/9/2024 có 5.480 thí sinh nhập học.")
    assert found[6200].status == "target" and found[5480].status == "actual"
    found = _by_value("Sở đề nghị giao cho huyện 320 chỉ tiêu biên chế giáo viên năm 2025, trong đó 120 chỉ tiêu mầm non.")
    assert found[320].status == "target" and found[120].status == "target"
    # (indicators of a plan counted are facts: `đạt 24 chỉ tiêu chủ yếu`)
    assert _by_value("Năm 2023, huyện được giao 24 chỉ tiêu chủ yếu, đạt và vượt 20 chỉ tiêu.")[20].status == "actual"


def test_a_distance_at_sea_is_measured_in_nautical_miles() -> None:
    found = _by_value("Năm 2024, các tàu tuần tra đã hành trình 9.846,5 hải lý.")
    assert found[9846.5].kind == "measure" and found[9846.5].unit == "hải lý"


def test_a_place_a_distance_is_measured_from_is_neither_where_nor_what_the_article_is_about() -> None:
    text = ("Cứu 14 ngư dân trên tàu cá chìm cách Lý Sơn 70 hải lý\n\nQuảng Ngãi - Tàu cá QNg 95479 TS bị sóng đánh chìm "
            "khi đang khai thác cách đảo Lý Sơn khoảng 70 hải lý về phía đông, 14 thuyền viên được tàu bạn cứu sau gần 6 "
            "giờ trôi dạt.\n\nTừ đầu năm đến nay, trên vùng biển tỉnh xảy ra 37 vụ tai nạn tàu cá.\n")
    figures = extract(text).figures
    assert {f.location for f in figures} == {"Quảng Ngãi"}
    distance = next(f for f in figures if f.value == 70 and "về phía" in f.sentence[f.end - f.start + 200:] + f.sentence)
    assert distance.subject == "khoảng cách đến đảo Lý Sơn" or "Lý Sơn" in distance.subject
    found = _by_value("Trường cách trung tâm huyện hơn 40 km, có 320 học sinh. Người dân làm đường bằng cách đổ 20 km đá.")
    assert found[40].subject == "khoảng cách đến trung tâm huyện" and found[40].approx == "over"
    assert not (found[20].subject or "").startswith("khoảng cách")
