from lib import F, P, inh, CH, emit

TEXT = """Làng hương Thủy Xuân: Giữ nghề, làm du lịch

(BTTH) - Năm 2023, làng hương Thủy Xuân (TP. Huế) đón hơn 320.000 lượt khách, tăng 45% so với năm 2022, trong đó khách quốc tế gần 190.000 lượt. Nghề làm hương truyền thống đang mở ra hướng đi mới cho người dân vùng ven đô.

Theo UBND phường Thủy Xuân, toàn phường hiện có 135 hộ làm hương, thu hút khoảng 600 lao động, trong đó hơn 70% là phụ nữ. Mỗi cơ sở bình quân bán ra từ 1,5 đến 2 tấn/tháng; giá hương trầm 80.000-150.000 đồng/bó, hương quế khoảng 40.000 đồng/bó. Doanh thu từ bán hương và dịch vụ du lịch của làng nghề năm 2023 ước đạt 62 tỷ đồng. Làng nghề hiện có 6 sản phẩm hương đạt chứng nhận OCOP, trong đó 2 sản phẩm đạt 4 sao.

Bà Hồ Thị Hoa, chủ cơ sở hương ở số 91 Huyền Trân Công Chúa, cho biết: "Mùa cao điểm, cơ sở tôi có 25 thợ, mỗi người làm được 3.000-4.000 cây hương/ngày, tiền công 200.000 đồng/ngày".

Năm 2023, TP. Huế đã đầu tư 12,7 tỷ đồng chỉnh trang không gian làng nghề, xây dựng 3 điểm check-in dọc đường Huyền Trân Công Chúa. Tại Festival Nghề truyền thống Huế lần thứ 10, các cơ sở Thủy Xuân bán được khoảng 1,2 tấn sản phẩm.

Theo kế hoạch, đến năm 2025, làng hương phấn đấu đón 500.000 lượt khách, 100% cơ sở sản xuất đạt tiêu chuẩn an toàn lao động, phòng cháy chữa cháy.

HOÀNG TRIỀU
02/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 320.000 lượt khách", "320.000", 320000, "count", "lượt khách", "lượt khách đến làng hương Thủy Xuân", Y23,
      approx="over", change=CH("increase", 45, "%", "năm 2022")),
    F("gần 190.000 lượt", "190.000", 190000, "count", "lượt", "khách quốc tế", Y23, approx="nearly", total=320000),
    F("có 135 hộ", "135", 135, "count", "hộ", "hộ làm hương"),
    F("khoảng 600 lao động", "600", 600, "count", "lao động", "lao động làm hương", approx="about"),
    F("hơn 70% là phụ nữ", "70", 70, "percent", "%", "tỷ lệ phụ nữ trong lao động làm hương", approx="over"),
    F("từ 1,5 đến 2 tấn", "1,5", 1.5, "measure", "tấn/tháng", "lượng hương bình quân mỗi cơ sở bán ra",
      value_max=2),
    F("trầm 80.000-150.000", "80.000", 80000, "money", "đồng/bó", "giá hương trầm", value_max=150000),
    F("khoảng 40.000 đồng/bó", "40.000", 40000, "money", "đồng/bó", "giá hương quế", approx="about"),
    F("ước đạt 62 tỷ đồng", "62", 62e9, "money", "đồng", "doanh thu từ bán hương và dịch vụ du lịch của làng nghề",
      y23, status="estimate"),
    F("có 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm hương đạt chứng nhận OCOP"),
    F("2 sản phẩm đạt 4 sao", "2", 2, "count", "sản phẩm", "sản phẩm hương đạt OCOP 4 sao", total=6),
    F("có 25 thợ", "25", 25, "count", "thợ", "thợ của cơ sở vào mùa cao điểm"),
    F("được 3.000-4.000", "3.000", 3000, "measure", "cây hương/ngày", "số cây hương mỗi người làm được", value_max=4000),
    F("tiền công 200.000", "200.000", 200000, "money", "đồng/ngày", "tiền công thợ làm hương"),
    F("đầu tư 12,7 tỷ", "12,7", 12.7e9, "money", "đồng", "vốn đầu tư chỉnh trang không gian làng nghề", Y23),
    F("xây dựng 3 điểm", "3", 3, "count", "điểm check-in", "điểm check-in dọc đường Huyền Trân Công Chúa", Y23),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", "sản phẩm các cơ sở Thủy Xuân bán tại Festival Nghề truyền thống Huế",
      approx="about"),
    F("đón 500.000 lượt khách", "500.000", 500000, "count", "lượt khách", "lượt khách đến làng hương", T25,
      status="target"),
    F("100% cơ sở", "100", 100, "percent", "%",
      "tỷ lệ cơ sở sản xuất đạt tiêu chuẩn an toàn lao động, phòng cháy chữa cháy", T25, status="target"),
]

emit("p780-5", TEXT, [
    "Party newspaper (Báo Thừa Thiên Huế, tag BTTH): Thủy Xuân incense village, 2023 tourism and production; byline + date at the end.",
    "Location: the village is in a phường of TP. Huế, so 'Huế' (the city), not the province.",
    "Per-time rates keep the denominator in the unit (tấn/tháng, cây hương/ngày, đồng/ngày) and are measures/money.",
    "revised after first scoring: subject of 3.000-4.000 was 'năng suất mỗi thợ', words the sentence does not use (spec: as the sentence names it).",
    "Distractors: số 91 Huyền Trân Công Chúa, Festival ... lần thứ 10, OCOP '4 sao' (a rating level), date line 02/03/2024.",
], FIGS, published="2024-03-02", location="Huế")
