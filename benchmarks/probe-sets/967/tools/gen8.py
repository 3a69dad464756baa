"""p967-8: Báo Bắc Kạn online, (BKg) tag, Ba Bể / thác Đầu Đẳng during the 30/4-1/5 holiday, 2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC KẠN ĐIỆN TỬ
Kinh tế > Du lịch
Ba Bể đón hơn 18 nghìn lượt khách dịp nghỉ lễ
Thứ Hai, 05/05/2025 - 15:40

(BKg) - Trong kỳ nghỉ lễ 30/4 - 1/5 (từ 30/4 đến 4/5), Vườn quốc gia Ba Bể đón 18.450 lượt khách, tăng 23% so với dịp lễ năm 2024; trong đó khách quốc tế 1.320 lượt. Tổng doanh thu du lịch ước đạt 9,2 tỷ đồng.

Tuyến thuyền tham quan thác Đầu Đẳng, động Puông, ao Tiên phục vụ khoảng 6.800 lượt khách, với 126 thuyền máy hoạt động liên tục. Giá thuê thuyền được niêm yết 750.000 đồng/thuyền (tối đa 12 người), không tăng so với năm trước. Các homestay tại thôn Pác Ngòi, Bó Lù (xã Nam Mẫu) kín phòng, công suất đạt 95-100%. Giá vé tham quan Vườn quốc gia giữ ở mức 60.000 đồng/người.

Trước đó, huyện đã tổ chức 3 đoàn kiểm tra an toàn trên hồ và khu vực thác, yêu cầu 100% du khách đi thuyền mặc áo phao. Đường dây nóng hỗ trợ du khách 0209.3894.026 tiếp nhận 17 cuộc gọi, chủ yếu hỏi thông tin phòng nghỉ.

Toàn tỉnh Bắc Kạn trong dịp nghỉ lễ đón khoảng 52.000 lượt khách, doanh thu ước đạt 24 tỷ đồng. Riêng huyện Ba Bể chiếm hơn 35% lượng khách của tỉnh.

Từ đầu năm đến nay, huyện Ba Bể đón khoảng 215.000 lượt khách, đạt 43% kế hoạch năm. Năm 2025, huyện phấn đấu đón 500.000 lượt khách, doanh thu du lịch đạt 280 tỷ đồng. Lễ hội Lồng tồng Ba Bể lần thứ 5 dự kiến tổ chức vào tháng 8, trên tuyến Quốc lộ 279 sẽ có thêm biển chỉ dẫn đến thác Đầu Đẳng.

Thu Hà
"""

H = P("từ 30/4 đến 4/5", "2025-04-30", "2025-05-04")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-05")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BK = "Bắc Kạn"

FIGS = [
    F("hơn 18 nghìn lượt khách", "18", 18000, "count", "lượt khách", "lượt khách dịp nghỉ lễ", approx="over"),
    F("đón 18.450 lượt khách", "18.450", 18450, "count", "lượt khách", "lượt khách Vườn quốc gia Ba Bể", H,
      change=C("increase", 23, "%", "dịp lễ năm 2024")),
    F("quốc tế 1.320 lượt", "1.320", 1320, "count", "lượt", "khách quốc tế", H, total=18450),
    F("ước đạt 9,2 tỷ đồng", "9,2", 9.2e9, "money", "đồng", "tổng doanh thu du lịch", I(H), status="estimate"),
    F("khoảng 6.800 lượt khách", "6.800", 6800, "count", "lượt khách",
      "lượt khách tuyến thuyền tham quan thác Đầu Đẳng, động Puông, ao Tiên", I(H), approx="about"),
    F("với 126 thuyền máy", "126", 126, "count", "thuyền máy", "thuyền máy hoạt động", I(H)),
    F("750.000 đồng/thuyền", "750.000", 750000, "money", "đồng/thuyền", "giá thuê thuyền"),
    F("tối đa 12 người", "12", 12, "measure", "người", "sức chở của thuyền", approx="at_most", optional=True),
    F("đạt 95-100%", "95", 95, "percent", "%", "công suất phòng các homestay tại thôn Pác Ngòi, Bó Lù", I(H),
      value_max=100),
    F("mức 60.000 đồng/người", "60.000", 60000, "money", "đồng/người", "giá vé tham quan Vườn quốc gia"),
    F("tổ chức 3 đoàn kiểm tra", "3", 3, "count", "đoàn kiểm tra", "đoàn kiểm tra an toàn trên hồ và khu vực thác"),
    F("yêu cầu 100% du khách", "100", 100, "percent", "%", "du khách đi thuyền mặc áo phao", optional=True),
    F("tiếp nhận 17 cuộc gọi", "17", 17, "count", "cuộc gọi", "cuộc gọi đường dây nóng tiếp nhận", I(H)),
    F("khoảng 52.000 lượt khách", "52.000", 52000, "count", "lượt khách", "lượt khách dịp nghỉ lễ", I(H), approx="about",
      location=BK),
    F("ước đạt 24 tỷ đồng", "24", 24e9, "money", "đồng", "doanh thu", I(H), status="estimate", location=BK),
    F("hơn 35% lượng khách", "35", 35, "percent", "%", "lượng khách của huyện Ba Bể trong lượng khách của tỉnh", I(H),
      approx="over"),
    F("khoảng 215.000 lượt khách", "215.000", 215000, "count", "lượt khách", "lượt khách", YTD, approx="about", percent=43),
    F("đón 500.000 lượt khách", "500.000", 500000, "count", "lượt khách", "lượt khách", Y25, status="target"),
    F("đạt 280 tỷ đồng", "280", 280e9, "money", "đồng", "doanh thu du lịch", Y25, status="target"),
]

NOTES = [
    "Báo Bắc Kạn online, (BKg) tag, 05/05/2025: Vườn quốc gia Ba Bể (thác Đầu Đẳng, động Puông) during the 30/4-1/5 holiday.",
    "Location Ba Bể (huyện) except the province-wide holiday figures (Bắc Kạn). The holiday period 'từ 30/4 đến 4/5' takes 2025 from the dateline;",
    "figures of later sentences about the holiday inherit it. 'tối đa 12 người' (a boat's capacity) and 'yêu cầu 100% du khách' (a requirement,",
    "not a result) are optional. The headline 'hơn 18 nghìn' has no period phrase.",
    "Distractors: 30/4 - 1/5 (holiday name), 0209.3894.026 (hotline), lần thứ 5, tháng 8, Quốc lộ 279, 15:40.",
]

write("p967-8", TEXT, FIGS, NOTES, published="2025-05-05", location="Ba Bể")
