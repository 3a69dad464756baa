"""p987-2: huyện Vân Đồn (Quảng Ninh) district portal, pearl farms and farm tourism in Q1/2025."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN - TỈNH QUẢNG NINH
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Năm, 10/04/2025 - 14:20

Quý I, trang trại ngọc trai thu hút hơn 9.000 lượt khách

Quý I/2025, trên địa bàn huyện có 6 doanh nghiệp và 23 hộ gia đình nuôi trai cấy ngọc với tổng diện tích khoảng 310 ha mặt nước, phân bố tại các xã Quan Lạn (125 ha), Minh Châu (98 ha), Bản Sen (52 ha) và Thắng Lợi (35 ha).

Trong quý, các cơ sở thu hoạch 215 kg ngọc trai, bằng 108% cùng kỳ năm 2024; giá trị sản lượng ước khoảng 32 tỷ đồng. Các cơ sở đã cấy nhân cho 64.500 con trai mẹ, tỷ lệ trai nhả nhân dưới 15%.

Hoạt động du lịch trải nghiệm tại các trang trại ngọc trai đón hơn 9.000 lượt khách, tăng 2.100 lượt so với cùng kỳ; trong đó khách quốc tế chiếm 62%. Doanh thu bán sản phẩm ngọc trai tại các điểm tham quan đạt 18,6 tỷ đồng. Giá vé tham quan trang trại từ 150.000-250.000 đồng/người. Nghề nuôi trai tạo việc làm cho khoảng 420 lao động địa phương với thu nhập từ 6 đến 9 triệu đồng/người/tháng.

Ông Phạm Văn Ba, Chủ tịch Hội Nghề cá huyện cho biết, nhiều hộ ở thôn 8, xã Minh Châu đã chuyển từ khai thác hải sản sang nuôi trai, đưa khách theo Tỉnh lộ 334 ra bè tham quan.

Thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy, năm 2025 huyện phấn đấu đón 45.000 lượt khách đến các trang trại ngọc trai, sản lượng ngọc trai đạt 900 kg. Dự kiến đến cuối năm, huyện sẽ hoàn thành giao khu vực biển cho thêm 12 cơ sở nuôi trai.

Thu Hà (Trung tâm Truyền thông và Văn hóa huyện)
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
TQ = P("Trong quý", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích mặt nước nuôi trai cấy ngọc"

FIGS = [
    F("thu hút hơn 9.000 lượt khách", "9.000", 9000, "count", "lượt khách", "lượt khách đến trang trại ngọc trai",
      P("Quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp nuôi trai cấy ngọc", Q1),
    F("và 23 hộ gia đình", "23", 23, "count", "hộ gia đình", "hộ gia đình nuôi trai cấy ngọc", Q1),
    F("khoảng 310 ha", "310", 310, "measure", "ha", AREA, Q1, approx="about"),
    F("Quan Lạn (125 ha)", "125", 125, "measure", "ha", AREA, Q1, total=310),
    F("Minh Châu (98 ha)", "98", 98, "measure", "ha", AREA, Q1, total=310),
    F("Bản Sen (52 ha)", "52", 52, "measure", "ha", AREA, Q1, total=310),
    F("Thắng Lợi (35 ha)", "35", 35, "measure", "ha", AREA, Q1, total=310),
    F("thu hoạch 215 kg", "215", 215, "measure", "kg", "ngọc trai thu hoạch", TQ, percent=108),
    F("ước khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "giá trị sản lượng ngọc trai", TQ,
      approx="about", status="estimate"),
    F("cho 64.500 con", "64.500", 64500, "count", "con", "trai mẹ được cấy nhân", I(TQ)),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ trai nhả nhân", I(TQ), approx="under"),
    F("đón hơn 9.000 lượt khách", "9.000", 9000, "count", "lượt khách",
      "lượt khách du lịch trải nghiệm tại các trang trại ngọc trai", I(Q1), approx="over",
      change=C("increase", 2100, "lượt", "cùng kỳ")),
    F("chiếm 62%", "62", 62, "percent", "%", "khách quốc tế trong lượt khách đến trang trại ngọc trai", I(Q1)),
    F("đạt 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng",
      "doanh thu bán sản phẩm ngọc trai tại các điểm tham quan", I(Q1)),
    F("từ 150.000-250.000", "150.000", 150000, "money", "đồng/người", "giá vé tham quan trang trại",
      value_max=250000),
    F("khoảng 420 lao động", "420", 420, "count", "lao động", "lao động địa phương có việc làm từ nghề nuôi trai",
      approx="about"),
    F("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của lao động nuôi trai",
      value_max=9e6),
    F("đón 45.000 lượt khách", "45.000", 45000, "count", "lượt khách", "lượt khách đến các trang trại ngọc trai",
      Y25, status="target"),
    F("đạt 900 kg", "900", 900, "measure", "kg", "sản lượng ngọc trai", Y25, status="target"),
    F("thêm 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở nuôi trai được giao khu vực biển",
      P("đến cuối năm", None, "2025-12-31"), status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Vân Đồn (Quảng Ninh): nuôi trai cấy ngọc và du lịch trang trại ngọc trai quý I/2025 (district portal).",
    "Location: the district Vân Đồn, also for the bracketed commune items (FIGURES.md: location is a province, city or district),",
    "which take total 310 since they add up to it. 'bằng 108% cùng kỳ' is the percent of 215 kg. 'Trong quý' = Q1 2025 (same sentence).",
    "'khách quốc tế chiếm 62%' is a share of a different (unstated) part, so a percent figure of its own.",
    "Distractors: Thứ Năm 10/04/2025 - 14:20, Phạm Văn Ba, thôn 8, Tỉnh lộ 334, Nghị quyết số 05-NQ/HU.",
]

write("p987-2", TEXT, FIGS, NOTES, published="2025-04-10", location="Vân Đồn")
