"""p477-6: national press (VnExpress style) — Hà Nội relic sites 2023: Văn Miếu ticket revenue, Hoàng thành night tours, Huế comparison."""
from lib import F, P, I, CH, TG, emit

TEXT = """Du lịch › Điểm đến
Thứ tư, 10/1/2024, 06:30 (GMT+7)
Văn Miếu thu hơn 61 tỷ đồng tiền vé năm 2023

Di tích Văn Miếu - Quốc Tử Giám (Hà Nội) đón 1,9 triệu lượt khách trong năm 2023, trong đó khách quốc tế chiếm hơn 60%, thu về 61,4 tỷ đồng tiền vé, gấp 2,3 lần năm 2022.

Theo Trung tâm Hoạt động Văn hóa Khoa học Văn Miếu - Quốc Tử Giám (số 58 Quốc Tử Giám), lượng khách năm qua đã vượt mức trước đại dịch năm 2019 khoảng 8%. Giá vé tham quan hiện là 70.000 đồng/người; học sinh, sinh viên được giảm một nửa. Khu di tích hiện lưu giữ 82 tấm bia đề danh tiến sĩ, được UNESCO ghi danh là Di sản tư liệu thế giới.

Cũng trong năm 2023, Khu di tích Trung tâm Hoàng thành Thăng Long (19C Hoàng Diệu) đón khoảng 820.000 lượt khách, tăng 46% so với năm trước. Tour đêm "Giải mã Hoàng thành Thăng Long" thu hút 18.500 lượt khách, với giá từ 300.000 đến 500.000 đồng mỗi người. Trong 6 tháng cuối năm, đơn vị đã hoàn thành tu bổ 3 hạng mục tại khu khảo cổ 18 Hoàng Diệu với kinh phí 27 tỷ đồng.

Về doanh thu bán vé tại di tích, Quần thể di tích Cố đô Huế (Thừa Thiên Huế) tiếp tục dẫn đầu cả nước với khoảng 315 tỷ đồng, Văn Miếu - Quốc Tử Giám xếp thứ 2.

Năm 2024, Văn Miếu đặt mục tiêu đón 2,2 triệu lượt khách, đồng thời mở thêm chương trình tham quan ban đêm từ tháng 4.

Hoài Thu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu hơn 61 tỷ đồng", "61", 61000000000, "money", "đồng", "tiền vé Văn Miếu", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("đón 1,9 triệu lượt khách", "1,9", 1900000, "count", "lượt khách", "lượt khách Di tích Văn Miếu - Quốc Tử Giám", Y23),
    F("chiếm hơn 60%", "60", 60, "percent", "%", "khách quốc tế", Y23, approx="over"),
    F("về 61,4 tỷ đồng", "61,4", 61400000000, "money", "đồng", "tiền vé Văn Miếu - Quốc Tử Giám", Y23,
      change=CH("increase", 2.3, unit="lần", baseline="năm 2022")),
    F("khoảng 8%", "8", 8, "percent", "%", "lượng khách vượt mức trước đại dịch năm 2019", approx="about"),
    F("là 70.000 đồng/người", "70.000", 70000, "money", "đồng/người", "giá vé tham quan Văn Miếu - Quốc Tử Giám"),
    F("lưu giữ 82 tấm bia", "82", 82, "count", "tấm bia", "bia đề danh tiến sĩ"),
    F("khoảng 820.000 lượt", "820.000", 820000, "count", "lượt khách", "lượt khách Khu di tích Trung tâm Hoàng thành Thăng Long",
      Y23, approx="about", change=CH("increase", 46, baseline="năm trước")),
    F("hút 18.500 lượt", "18.500", 18500, "count", "lượt khách", "lượt khách tour đêm Giải mã Hoàng thành Thăng Long", I(Y23)),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/người", "giá tour đêm Giải mã Hoàng thành Thăng Long",
      value_max=500000),
    F("tu bổ 3 hạng mục", "3", 3, "count", "hạng mục", "hạng mục được tu bổ tại khu khảo cổ 18 Hoàng Diệu", H2),
    F("phí 27 tỷ đồng", "27", 27000000000, "money", "đồng", "kinh phí tu bổ tại khu khảo cổ 18 Hoàng Diệu", H2),
    F("khoảng 315 tỷ đồng", "315", 315000000000, "money", "đồng", "doanh thu bán vé tại di tích Quần thể di tích Cố đô Huế",
      I(Y23), approx="about", location="Thừa Thiên Huế"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "doanh thu bán vé tại di tích Văn Miếu - Quốc Tử Giám", I(Y23)),
    F("đón 2,2 triệu lượt khách", "2,2", 2200000, "count", "lượt khách", "lượt khách Văn Miếu", Y24, status="target"),
]

COMMENTS = [
    "National press (VnExpress style): Hà Nội relic sites in 2023 — Văn Miếu visitors and ticket money, Hoàng thành Thăng Long, Huế's lead.",
    "Location Hà Nội (the sites are in Hà Nội; street addresses name no district); Huế's ticket revenue is",
    "Thừa Thiên Huế (named in brackets). 'gấp 2,3 lần năm 2022' after the money is its change (lần). 'chiếm hơn 60%' has no count before it in its clause",
    "(the 1,9 triệu is the whole): a percent figure of its own. 'vượt mức … năm 2019 khoảng 8%' is a percent claim (no base amount).",
    "'giảm một nửa' is a word fraction, not annotated. Distractors: (GMT+7), 'số 58 Quốc Tử Giám', '19C Hoàng Diệu', 'khu khảo cổ 18 Hoàng",
    "Diệu' (in anchors only as an address), 'năm 2019', 'từ tháng 4'. 'Trong 6 tháng cuối năm' takes 2023 from the paragraph.",
    "The rank 'xếp thứ 2' ranks Văn Miếu by ticket revenue (its list is Việt Nam-wide, the figure is Hà Nội's site).",
]

if __name__ == "__main__":
    import sys
    emit("p477-6", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Hà Nội", show_free="-v" in sys.argv)
