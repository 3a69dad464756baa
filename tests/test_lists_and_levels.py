"""Lists of named items, levels a change led to, and the places and subjects they take (rules from probe sets
211-216, each written from a language fact and checked here on sentences of its own)."""
from __future__ import annotations

from dtextract import extract


def _figs(text: str, **kw):
    return {f.text: f for f in extract(text, **kw).figures}


def test_bare_numbers_after_named_items_take_the_first_items_unit() -> None:
    figs = _figs("Số khách hàng: huyện Tân Kỳ 12.500 khách hàng, huyện Anh Sơn 9.800 và huyện Con Cuông 7.200.")
    assert (figs["9.800"].unit, figs["9.800"].location) == ("khách hàng", "Anh Sơn")
    assert (figs["7.200"].unit, figs["7.200"].location) == ("khách hàng", "Con Cuông")
    # (the list may open with `trong đó`)
    figs = _figs("Công ty phát triển mới 6.420 khách hàng, trong đó huyện Bình Sơn 1.830 khách hàng, Sơn Tịnh 1.215.")
    assert figs["1.215"].unit == "khách hàng" and figs["1.215"].total == 6420
    # a number after a multiplier word is not read so: `500 triệu đồng, …` names no unit for a bare number
    assert "2023" not in _figs("Huyện đã chi 500 triệu đồng, Quyết định 2023 của UBND.")


def test_a_lead_bracket_gives_the_unit_of_a_price_list() -> None:
    figs = _figs("Giá gas bán lẻ từ 1/12/2024 (đồng/bình 12kg): Petrolimex 470.000; Saigon Petro 446.000.")
    assert [(f.value, f.unit) for f in figs.values()] == [(470000, "đồng/bình"), (446000, "đồng/bình")]
    # (a bracket that names something gives none)
    assert not _figs("Chỉ số sẵn sàng ứng dụng CNTT (ICT index): các năm 2019, 2020 xếp thứ 2.").get("2020")


def test_a_change_then_the_levels_it_went_from_and_to() -> None:
    figs = _figs("Giá điện bình quân tăng 4,8%, từ 2.006,79 đồng/kWh lên 2.103,11 đồng/kWh.")
    assert "4,8%" not in figs
    new = figs["2.103,11 đồng"]
    assert (new.change.direction, new.change.value, new.change.unit) == ("increase", 4.8, "%")
    assert figs["2.006,79 đồng"].change is None
    assert new.subject == figs["2.006,79 đồng"].subject == "Giá điện bình quân"
    # a price's change said in money without its per-unit
    figs = _figs("Dầu hỏa tăng 140 đồng, lên 19.420 đồng/lít.")
    assert "140 đồng" not in figs
    assert (figs["19.420 đồng"].change.value, figs["19.420 đồng"].subject) == (140, "Dầu hỏa")
    # the object of the verb is what changed; a degree adverb is not
    figs = _figs("Mô hình giảm lượng giống gieo sạ từ 150-200 kg/ha xuống còn 80-100 kg/ha.")
    assert {f.subject for f in figs.values()} == {"lượng giống gieo sạ"}
    figs = _figs("Huyện Quỳnh Lưu có số vụ bạo lực gia đình giảm mạnh nhất, từ 24 vụ xuống còn 13 vụ.")
    assert "mạnh" not in (figs["13 vụ"].subject or "")
    # a range of the change is no level it went from
    (fig,) = extract("Phấn đấu kéo giảm từ 5 đến 10% số người chết.").figures
    assert fig.subject == "số người chết"


def test_counts_of_times_each_way_are_siblings() -> None:
    figs = _figs("Trong 13 kỳ điều hành, giá xăng giảm 6 kỳ, tăng 4 kỳ, giữ nguyên 3 kỳ.")
    assert figs["6 kỳ"].change is None and figs["13 kỳ"].change is None
    assert figs["4 kỳ"].total == 13
    # (a change clause after figures of another kind is still their change)
    figs = _figs("Xảy ra 198 vụ, làm chết 121 người; so với cùng kỳ giảm 23 vụ, giảm 9 người.")
    assert (figs["198 vụ"].change.value, figs["121 người"].change.value) == (23, 9)


def test_share_of_plan_completed() -> None:
    (fig,) = extract("Năm 2023, doanh thu đạt 980 tỷ đồng, hoàn thành 104% kế hoạch năm.").figures
    assert fig.percent == 104
    # the work's progress, or a plan of something else, is a figure of its own
    assert len(extract("Dự án có tổng vốn 45 tỷ đồng, hoàn thành 80% khối lượng.").figures) == 2
    figs = _figs("Huyện phấn đấu thành lập 3 CĐCS, hoàn thành 100% chỉ tiêu thu kinh phí công đoàn.")
    assert figs["3 CĐCS"].percent is None and "100%" in figs


def test_an_amount_restated_in_another_currency_is_stepped_over() -> None:
    figs = _figs("Dự án có tổng vốn 120 triệu USD (khoảng 2.900 tỷ đồng), tăng 15% so với dự kiến ban đầu.")
    assert figs["120 triệu USD"].change.value == 15 and "15%" not in figs


def test_a_signing_venue_is_no_figures_place() -> None:
    (fig,) = extract("Hiệp định vay được ký kết tại Hà Nội ngày 12/3/2024, với tổng vốn vay 150 triệu USD.").figures
    assert fig.location != "Hà Nội"
    (fig,) = extract("Chiều 15/8, tại Hà Nội, Bộ Tài chính và JICA ký hiệp định vay trị giá 41,6 tỷ yên.").figures
    assert fig.location != "Hà Nội"
    # (a registration is no signing)
    (fig,) = extract("Có 120 doanh nghiệp đăng ký tại Hà Nội trong tháng.").figures
    assert fig.location == "Hà Nội"


def test_subjects_of_lists_and_coordinated_figures() -> None:
    figs = _figs("Mức trích lập Quỹ bình ổn giá: xăng RON95 200 đồng/lít, dầu diesel 100 đồng/lít.")
    assert figs["100 đồng"].subject == "Mức trích lập Quỹ bình ổn giá dầu diesel"
    figs = _figs("Thiệt hại về nhà ở tập trung chủ yếu tại các huyện: Hải Lăng 420 căn, Gio Linh 120 căn.")
    assert figs["120 căn"].subject.startswith("Thiệt hại về nhà")
    figs = _figs("Thiệt hại theo địa phương: huyện Lục Yên khoảng 720 tỷ đồng, Văn Yên 540 tỷ đồng.")
    assert (figs["540 tỷ đồng"].subject, figs["540 tỷ đồng"].location) == ("Thiệt hại", "Văn Yên")
    figs = _figs("Về nông nghiệp, 850 ha lúa và 120 ha rau màu bị ngập.")
    assert figs["850 ha"].subject == "diện tích lúa bị ngập"
    figs = _figs("Bão làm 12 căn nhà và 3 phòng học bị sập.")
    assert figs["12 căn nhà"].subject == "căn nhà bị sập"
    # (a purpose clause's passive is not the items')
    figs = _figs("Huyện chuẩn bị 20 tấn gạo và 3 xuồng máy để cứu trợ những thôn bị cô lập.")
    assert "cô lập" not in (figs["20 tấn"].subject or "")
    (rate,) = [f for f in extract("Cổ tức năm 2023 được chi trả bằng tiền với tỷ lệ 8% trên vốn điều lệ.").figures]
    assert rate.subject.startswith("tỷ lệ Cổ tức")
    (rate,) = extract("Bộ Công Thương dẫn đầu với tỷ lệ 83,48%.").figures
    assert not rate.subject.startswith("tỷ lệ Bộ")


def test_places_listed_with_their_figures() -> None:
    figs = _figs("Thiệt hại nặng nhất là huyện Hải Lăng với 1.200 ha, Triệu Phong 950 ha, Gio Linh 600 ha.")
    assert figs["950 ha"].location == "Triệu Phong"
    figs = _figs("Xử lý 23 vụ khai thác cát trái phép, tập trung ở Anh Sơn (9 vụ), Tân Kỳ (6 vụ) và Quỳ Hợp (5 vụ).")
    assert [figs[t].location for t in ("9 vụ", "6 vụ", "5 vụ")] == ["Anh Sơn", "Tân Kỳ", "Quỳ Hợp"]
    assert figs["23 vụ khai thác"].location not in ("Tân Kỳ", "Quỳ Hợp")
    # districts ranked with their figures after `lần lượt` are not the district a later `huyện` speaks of
    text = ("Huyện Hải Hậu đạt 91,35 điểm, xếp thứ 2. Dẫn đầu là huyện Giao Thủy với 92,8 điểm; thành phố Nam Định "
            "và huyện Xuân Trường lần lượt xếp thứ 3 và 4.\n\nNăm 2024, toàn huyện có 214.560 người được cấp thẻ "
            "căn cước.")
    assert _figs(text)["214.560 người"].location == "Hải Hậu"


def test_route_names_and_restated_wholes() -> None:
    figs = _figs("Tuyến đường sắt Hà Nội - Lào Cai vận chuyển 1,2 triệu lượt hành khách trong năm 2023.")
    assert figs["1,2 triệu lượt hành khách"].location not in ("Hà Nội", "Lào Cai")
    figs = _figs("Tổ công tác lập biên bản 17 vụ khai thác cát trái phép. Trong số 17 vụ vi phạm, có 11 vụ do đối "
                 "tượng ngoài huyện thực hiện.")
    assert sum(f.value == 17 for f in figs.values()) == 1 and figs["11 vụ"].total == 17
    (fig,) = extract("Số thuê bao băng rộng cố định (FTTH) đạt 5,84 triệu.").figures
    assert fig.unit == "thuê bao"


def test_table_years_periods_and_commune_rows() -> None:
    text = ("Năm 2024, giải ngân vốn ODA tăng 12% so với năm 2023.\nKết quả giải ngân vốn ODA (Đơn vị tính: tỷ đồng):\n"
            "| Dự án | Kế hoạch 2024 | Giải ngân 6 tháng | Tỷ lệ (%) |\n| Cấp nước Đồng Hới | 120 | 54 | 45 |\n"
            "| Đường ven biển | 80 | 30 | 37,5 |\n| Kè sông Gianh | 60 | 21 | 35 |\n")
    cells = {f.value: f for f in extract(text).figures}
    assert str(cells[54e9].period.start) == "2024-01-01"      # a yearless header takes the header's year, not 2023
    assert cells[45].period.text == cells[54e9].period.text      # a comparison column: the period of what was done
    text = ("Huyện Hải Hậu tổ chức chấm điểm 35 xã, thị trấn. Kết quả một số đơn vị (đơn vị tính: điểm):\n"
            "Xã, thị trấn\tNăm 2023\tNăm 2024\nXã Hải Minh\t80,25\t93,75\nXã Hải Xuân\t78,0\t90,5\n"
            "Xã Hải Lộc\t69,5\t71,25\n")
    assert {f.location for f in extract(text).figures if f.unit == "điểm"} == {"Hải Hậu"}


def test_an_amount_of_goods_names_what_was_done_to_it() -> None:
    figs = _figs("Riêng huyện Vĩnh Cửu khai thác 7,6 triệu m³ đá, chiếm 43,6% sản lượng toàn tỉnh.")
    assert figs["7,6 triệu m³"].subject == "đá khai thác"
    figs = _figs("Bộ Tài chính xuất cấp không thu tiền 5.135,4 tấn gạo cho 6 địa phương.")
    assert figs["5.135,4 tấn"].subject == "gạo xuất cấp không thu tiền"
    # (an amount with no such verb before it is what is weighed)
    (fig,) = extract("Năm 2023, toàn huyện có 5.860 tấn chè.").figures
    assert fig.subject == "chè"


def test_changes_in_the_units_of_a_list_of_counts_are_each_ones_in_order() -> None:
    text = ("Quý III, xảy ra 68 vụ tai nạn, làm chết 45 người, bị thương 39 người, giảm lần lượt 9 vụ, 6 người và 11 người "
            "so với cùng kỳ năm 2023.")
    figs = _figs(text)
    assert set(figs) == {"68 vụ tai nạn", "45 người", "39 người"}
    assert [(f.change.direction, f.change.value, f.change.unit, f.change.baseline) for f in figs.values()] == [
        ("decrease", 9, "vụ", "cùng kỳ năm 2023"), ("decrease", 6, "người", "cùng kỳ năm 2023"),
        ("decrease", 11, "người", "cùng kỳ năm 2023")]
    # (without `lần lượt`, the units say the order; units that differ pair nothing)
    figs = _figs("Xảy ra 68 vụ, làm chết 45 người, bị thương 39 người; giảm 9 vụ, 6 người và 11 người so với cùng kỳ.")
    assert figs["39 người"].change.value == 11
    figs = _figs("Xảy ra 12 vụ cháy, thiệt hại 3 tỷ đồng, giảm 2 vụ, 5 người.")
    assert figs["3 tỷ đồng"].change is None


def test_a_capacity_named_bare_is_that_of_the_works_named_before_its_bracket_or_voi() -> None:
    figs = _figs("Khu xử lý chất thải Thanh Thủy (công suất 300 tấn/ngày) đã đi vào hoạt động.")
    assert figs["300 tấn"].subject == "công suất Khu xử lý chất thải Thanh Thủy"
    figs = _figs("Năm 2024, tỉnh khởi công Nhà máy xử lý rác thải phát điện với công suất 500 tấn/ngày.")
    assert figs["500 tấn"].subject == "công suất nhà máy xử lý rác thải phát điện"
    # (a place before the bracket is the location, no owner)
    figs = _figs("Huyện Tân Uyên (diện tích 612 km²) có 12 xã.")
    assert not (figs["612 km²"].subject or "").endswith("Tân Uyên")


def test_what_is_spread_over_places_named_right_after_names_their_bracketed_counts() -> None:
    figs = _figs("Đại lý bảo hiểm tập trung chủ yếu ở TP Hà Tĩnh (1.240 người), huyện Cẩm Xuyên (402 người) và thị xã "
                 "Hồng Lĩnh (315 người).")
    assert [(figs[t].subject, figs[t].location) for t in ("402 người", "315 người")] == [
        ("Đại lý bảo hiểm", "Cẩm Xuyên"), ("Đại lý bảo hiểm", "Hồng Lĩnh")]
    # (a set said before, `Các dự án …`, is named where it was said, not by the words that refer back to it)
    figs = _figs("Năm 2024, tỉnh có 12 dự án nhà ở xã hội. Các dự án tập trung ở thành phố Thanh Hóa (5 dự án), "
                 "thị xã Nghi Sơn (4 dự án).")
    assert figs["4 dự án"].subject != "Các dự án"
