"""p865-4: ministry site (Bộ Công Thương), national public lighting and energy saving."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tiết kiệm năng lượng

Chiếu sáng công cộng hiệu suất cao: Tiềm năng tiết kiệm điện còn lớn

Ngày đăng: 05/06/2025 | Lượt xem: 1.047

Theo số liệu tổng hợp của Bộ Công Thương, tính đến hết năm 2024, cả nước có khoảng 3,2 triệu bộ đèn chiếu sáng công cộng, trong đó đèn LED chiếm khoảng 58%. Điện năng tiêu thụ cho chiếu sáng công cộng năm 2024 ước đạt 2,9 tỷ kWh, chiếm khoảng 1% tổng điện thương phẩm.

Các địa phương có tỷ lệ đèn LED cao nhất lần lượt là Đà Nẵng (96%), Hà Nội (89%) và TP. Hồ Chí Minh (87%). Ngược lại, vẫn còn 14/63 tỉnh, thành phố có tỷ lệ đèn LED dưới 40%.

Trong giai đoạn 2019-2024, thông qua Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả (VNEEP3) ban hành theo Quyết định số 280/QĐ-TTg, các địa phương đã thay thế hơn 850.000 bộ đèn, tiết kiệm trên 410 triệu kWh mỗi năm, tương đương giảm khoảng 280.000 tấn CO2. Đèn LED tiết kiệm 40-60% điện năng so với đèn sodium cùng độ sáng và có tuổi thọ gấp 3-4 lần.

Mục tiêu đến năm 2025, tỷ lệ đèn LED trong chiếu sáng công cộng đạt 70%; đến năm 2030 đạt trên 90%, đồng thời tiết kiệm 8-10% tổng điện năng tiêu thụ cho chiếu sáng so với năm 2019. Dự kiến nhu cầu vốn cho giai đoạn 2026-2030 khoảng 12.000 tỷ đồng, chủ yếu huy động từ xã hội hóa và các hợp đồng dịch vụ năng lượng (ESCO).

Hội thảo "Chiếu sáng hiệu quả" lần thứ 3 dự kiến tổ chức tại Đà Nẵng vào tháng 9/2025.

Vụ Tiết kiệm năng lượng và Phát triển bền vững
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội - Điện thoại: 024.2220.2358
"""

END24 = P("tính đến hết năm 2024", end="2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G1924 = P("giai đoạn 2019-2024", "2019-01-01", "2024-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("khoảng 3,2 triệu bộ đèn", "3,2", 3200000, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", END24,
      approx="about"),
    F("chiếm khoảng 58%", "58", 58, "percent", "%", "tỷ lệ đèn LED", END24, approx="about"),
    F("ước đạt 2,9 tỷ kWh", "2,9", 2900000000, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng công cộng", Y24,
      percent=1, status="estimate"),
    F("Đà Nẵng (96%)", "96", 96, "percent", "%", "tỷ lệ đèn LED", I(END24), location="Đà Nẵng"),
    F("Hà Nội (89%)", "89", 89, "percent", "%", "tỷ lệ đèn LED", I(END24), location="Hà Nội"),
    F("Hồ Chí Minh (87%)", "87", 87, "percent", "%", "tỷ lệ đèn LED", I(END24), location="Hồ Chí Minh"),
    F("14/63 tỉnh", "14", 14, "count", "tỉnh, thành phố", "tỉnh, thành phố có tỷ lệ đèn LED dưới 40%", I(END24),
      total=63),
    F("dưới 40%", "40", 40, "percent", "%", "tỷ lệ đèn LED", approx="under", optional=True),
    F("hơn 850.000 bộ đèn", "850.000", 850000, "count", "bộ đèn", "bộ đèn được thay thế", G1924, approx="over"),
    F("trên 410 triệu kWh", "410", 410000000, "measure", "kWh/năm", "điện năng tiết kiệm mỗi năm", G1924,
      approx="over"),
    F("khoảng 280.000 tấn", "280.000", 280000, "measure", "tấn CO2", "lượng phát thải CO2 giảm", G1924,
      approx="about"),
    F("tiết kiệm 40-60%", "40", 40, "percent", "%", "điện năng đèn LED tiết kiệm so với đèn sodium", value_max=60),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "tuổi thọ đèn LED so với đèn sodium", value_max=4),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ đèn LED trong chiếu sáng công cộng",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ đèn LED trong chiếu sáng công cộng", T30, approx="over",
      status="target"),
    F("tiết kiệm 8-10%", "8", 8, "percent", "%", "tổng điện năng tiêu thụ cho chiếu sáng tiết kiệm so với năm 2019",
      T30, value_max=10, status="target"),
    F("khoảng 12.000 tỷ đồng", "12.000", 12000000000000, "money", "đồng", "nhu cầu vốn",
      P("giai đoạn 2026-2030", "2026-01-01", "2030-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Công Thương), 'Ngày đăng: 05/06/2025 | Lượt xem: 1.047': national public-lighting stock and LED share.",
    "Location Việt Nam; list items (Đà Nẵng, Hà Nội, TP. Hồ Chí Minh) take their own location, subject = the list's indicator.",
    "'chiếm khoảng 1% tổng điện thương phẩm' is 2,9 tỷ kWh's percent; 'dưới 40%' is a category threshold -> optional.",
    "'tiết kiệm 40-60% ... so với đèn sodium' is a rate without a base amount -> percent figure; 'gấp 3-4 lần' -> multiple range.",
    "'410 triệu kWh mỗi năm' -> unit kWh/năm. 'lần thứ 3', 'Quyết định số 280/QĐ-TTg', 'tháng 9/2025', address, phone: not figures.",
]

write("p865-4", TEXT, NOTES, FIGS, published="2025-06-05", location="Việt Nam")
