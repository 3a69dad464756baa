"""p865-1: province portal (Quảng Nam), H1/2024 LED replacement."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Quảng Nam thay hơn 12.000 bộ đèn LED chiếu sáng công cộng

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Xây dựng, 6 tháng đầu năm 2024, các địa phương trong tỉnh đã thay thế 12.450 bộ đèn cao áp sodium bằng đèn LED, đạt 62,3% kế hoạch năm, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, thành phố Tam Kỳ thay 4.120 bộ, thành phố Hội An 3.560 bộ, thị xã Điện Bàn 2.870 bộ, các huyện còn lại 1.900 bộ. Riêng tuyến Quốc lộ 40B đoạn qua Tam Kỳ đã lắp mới 310 bộ đèn LED công suất 150 W.

Tính đến ngày 30/6/2024, toàn tỉnh có khoảng 68.500 bộ đèn chiếu sáng công cộng trên gần 2.100 km đường, trong đó đèn LED chiếm 57%. Các địa phương có tỷ lệ đèn LED cao nhất là Hội An (86%), Tam Kỳ (79%) và Điện Bàn (71%); thấp nhất là huyện Nam Trà My với dưới 20%.

Nhờ chuyển đổi, 6 tháng đầu năm các địa phương tiết kiệm khoảng 2,4 triệu kWh điện, tương đương gần 4,6 tỷ đồng tiền điện. Giá điện bình quân áp dụng cho chiếu sáng công cộng hiện khoảng 1.920 đồng/kWh. Kinh phí thay thế đèn trong kỳ là 41,7 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 15 tỷ đồng, phần còn lại do ngân sách cấp huyện và xã hội hóa.

Theo Kế hoạch số 95/KH-UBND ngày 12/3/2024 của UBND tỉnh, năm 2024 toàn tỉnh phấn đấu thay thế 20.000 bộ đèn LED, nâng tỷ lệ đèn LED lên trên 65%; đến năm 2025, tỷ lệ này đạt 80%.

Nguyễn Hà - Trung tâm Thông tin tỉnh

Cổng thông tin điện tử tỉnh Quảng Nam - Địa chỉ: 62 Hùng Vương, TP Tam Kỳ - Điện thoại: 0235.3810.526
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "bộ đèn cao áp sodium thay thế bằng đèn LED"

FIGS = [
    F("thay hơn 12.000 bộ đèn LED", "12.000", 12000, "count", "bộ đèn LED", "bộ đèn LED chiếu sáng công cộng thay thế",
      approx="over"),
    F("thay thế 12.450 bộ đèn", "12.450", 12450, "count", "bộ đèn", SUBJ, H1, percent=62.3,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("Tam Kỳ thay 4.120 bộ", "4.120", 4120, "count", "bộ", SUBJ, I(H1), total=12450, location="Tam Kỳ"),
    F("Hội An 3.560 bộ", "3.560", 3560, "count", "bộ", SUBJ, I(H1), total=12450, location="Hội An"),
    F("Điện Bàn 2.870 bộ", "2.870", 2870, "count", "bộ", SUBJ, I(H1), total=12450, location="Điện Bàn"),
    F("còn lại 1.900 bộ", "1.900", 1900, "count", "bộ", SUBJ + " các huyện còn lại", I(H1), total=12450),
    F("lắp mới 310 bộ đèn LED", "310", 310, "count", "bộ đèn LED", "bộ đèn LED lắp mới tuyến Quốc lộ 40B", I(H1),
      location="Tam Kỳ"),
    F("công suất 150 W", "150", 150, "measure", "W", "công suất bộ đèn LED", optional=True, location="Tam Kỳ"),
    F("khoảng 68.500 bộ đèn", "68.500", 68500, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", ASOF,
      approx="about"),
    F("gần 2.100 km", "2.100", 2100, "measure", "km", "đường có đèn chiếu sáng công cộng", ASOF, approx="nearly"),
    F("đèn LED chiếm 57%", "57", 57, "percent", "%", "tỷ lệ đèn LED", ASOF),
    F("Hội An (86%)", "86", 86, "percent", "%", "tỷ lệ đèn LED", I(ASOF), location="Hội An"),
    F("Tam Kỳ (79%)", "79", 79, "percent", "%", "tỷ lệ đèn LED", I(ASOF), location="Tam Kỳ"),
    F("Điện Bàn (71%)", "71", 71, "percent", "%", "tỷ lệ đèn LED", I(ASOF), location="Điện Bàn"),
    F("với dưới 20%", "20", 20, "percent", "%", "tỷ lệ đèn LED", I(ASOF), approx="under", location="Nam Trà My"),
    F("khoảng 2,4 triệu kWh", "2,4", 2400000, "measure", "kWh", "điện năng tiết kiệm nhờ chuyển đổi đèn LED", H1b,
      approx="about"),
    F("gần 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "tiền điện tiết kiệm", H1b, approx="nearly"),
    F("khoảng 1.920 đồng/kWh", "1.920", 1920, "money", "đồng/kWh",
      "giá điện bình quân áp dụng cho chiếu sáng công cộng", approx="about"),
    F("là 41,7 tỷ đồng", "41,7", 41700000000, "money", "đồng", "kinh phí thay thế đèn", I(H1)),
    F("hỗ trợ 15 tỷ đồng", "15", 15000000000, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí thay thế đèn", I(H1),
      total=41700000000),
    F("thay thế 20.000 bộ đèn LED", "20.000", 20000, "count", "bộ đèn LED", "bộ đèn LED thay thế", Y24,
      status="target"),
    F("lên trên 65%", "65", 65, "percent", "%", "tỷ lệ đèn LED", Y24, approx="over", status="target"),
    F("này đạt 80%", "80", 80, "percent", "%", "tỷ lệ đèn LED", P("đến năm 2025", end="2025-12-31"),
      status="target"),
]

NOTES = [
    "Quảng Nam province portal (breadcrumb, 'Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316'): H1/2024 LED replacement.",
    "Tam Kỳ/Hội An/Điện Bàn/các huyện còn lại add up to 12.450 after 'Trong đó' -> total 12450 (period inherited).",
    "'đèn LED chiếm 57%' is the share of a part with no base amount of its own -> a percent figure, not 68.500's percent.",
    "'150W' is the lamp specification -> optional. 'Quốc lộ 40B', 'Kế hoạch số 95/KH-UBND', phone, address, views: not figures.",
]

write("p865-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Quảng Nam")
