"""p950-1: Bình Dương province portal — trụ nước chữa cháy, 6 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Lắp mới 286 trụ nước chữa cháy trong 6 tháng
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.317

(Cổng TTĐT Bình Dương) Theo Phòng Cảnh sát PCCC và CNCH Công an tỉnh, 6 tháng đầu năm 2024, các đơn vị cấp nước trên địa bàn tỉnh đã lắp mới 286 trụ nước chữa cháy, đạt 57,2% kế hoạch năm, tăng 41 trụ so với cùng kỳ năm 2023.

Tính đến ngày 30/6/2024, toàn tỉnh có 4.215 trụ nước chữa cháy, trong đó 3.968 trụ hoạt động tốt, chiếm 94,1%; 247 trụ hư hỏng, thiếu nước hoặc áp lực yếu. Số trụ tập trung chủ yếu tại TP Thủ Dầu Một (1.126 trụ), TP Dĩ An (874 trụ) và TP Thuận An (812 trụ); các huyện Dầu Tiếng, Phú Giáo chỉ có lần lượt 38 và 45 trụ.

Trong số 1.032 trụ được kiểm tra dọc Quốc lộ 13 và Đại lộ Bình Dương, có 63 trụ bị che chắn, lấn chiếm làm nơi để xe, buôn bán. Chi phí lắp đặt bình quân khoảng 18,5 triệu đồng/trụ; tổng kinh phí 6 tháng ước khoảng 5,3 tỷ đồng, do Công ty CP Nước - Môi trường Bình Dương và các đơn vị cấp nước chi trả.

Theo Quyết định số 1170/QĐ-UBND ngày 15/5/2023 của UBND tỉnh, trên các tuyến phố chính, khoảng cách giữa hai trụ không quá 150 m. Năm 2024, tỉnh phấn đấu lắp mới 500 trụ; đến năm 2025 nâng tổng số trụ trên địa bàn lên trên 5.000 trụ, bảo đảm 100% khu công nghiệp, cụm công nghiệp có trụ nước chữa cháy kết nối mạng cấp nước.

Người dân phát hiện trụ nước hư hỏng, bị lấn chiếm có thể báo qua đường dây nóng 0274.3822.114 hoặc ứng dụng Bình Dương Smart.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
K6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
S = "trụ nước chữa cháy"

FIGS = [
    F("Lắp mới 286 trụ nước chữa cháy trong 6 tháng", "286", 286, "count", "trụ nước chữa cháy",
      "trụ nước chữa cháy lắp mới", HEAD),
    F("đã lắp mới 286 trụ", "286", 286, "count", "trụ nước chữa cháy", percent=57.2,
      change=C("increase", 41, "trụ", "cùng kỳ năm 2023"), subject="trụ nước chữa cháy lắp mới", period=H1),
    F("có 4.215 trụ", "4.215", 4215, "count", "trụ nước chữa cháy", S, ASOF),
    F("trong đó 3.968 trụ", "3.968", 3968, "count", "trụ", total=4215, percent=94.1,
      subject="trụ nước chữa cháy hoạt động tốt", period=ASOF),
    F("; 247 trụ", "247", 247, "count", "trụ", total=4215,
      subject="trụ nước chữa cháy hư hỏng, thiếu nước hoặc áp lực yếu", period=ASOF),
    F("(1.126 trụ)", "1.126", 1126, "count", "trụ", S, I(ASOF), location="Thủ Dầu Một"),
    F("(874 trụ)", "874", 874, "count", "trụ", S, I(ASOF), location="Dĩ An"),
    F("(812 trụ)", "812", 812, "count", "trụ", S, I(ASOF), location="Thuận An"),
    F("lần lượt 38 và", "38", 38, "count", "trụ", S, I(ASOF), location="Dầu Tiếng"),
    F("38 và 45 trụ", "45", 45, "count", "trụ", S, I(ASOF), location="Phú Giáo"),
    F("Trong số 1.032 trụ", "1.032", 1032, "count", "trụ", "trụ nước chữa cháy được kiểm tra"),
    F("có 63 trụ", "63", 63, "count", "trụ", total=1032, subject="trụ bị che chắn, lấn chiếm"),
    F("khoảng 18,5 triệu đồng/trụ", "18,5", 18_500_000, "money", "đồng/trụ", approx="about",
      subject="chi phí lắp đặt bình quân trụ nước chữa cháy"),
    F("ước khoảng 5,3 tỷ đồng", "5,3", 5_300_000_000, "money", "đồng", approx="about", status="estimate",
      subject="tổng kinh phí lắp đặt trụ nước chữa cháy", period=K6),
    F("không quá 150 m", "150", 150, "measure", "m", approx="at_most",
      subject="khoảng cách giữa hai trụ trên các tuyến phố chính", optional=True),
    F("lắp mới 500 trụ", "500", 500, "count", "trụ", status="target",
      subject="trụ nước chữa cháy lắp mới", period=Y24),
    F("lên trên 5.000 trụ", "5.000", 5000, "count", "trụ", approx="over", status="target",
      subject="tổng số trụ nước chữa cháy trên địa bàn", period=TO25),
    F("bảo đảm 100% khu công nghiệp", "100", 100, "percent", "%", status="target",
      subject="khu công nghiệp, cụm công nghiệp có trụ nước chữa cháy kết nối mạng cấp nước", period=TO25),
]

NOTES = [
    "Cổng TTĐT tỉnh Bình Dương: lắp mới trụ nước chữa cháy 6 tháng đầu năm 2024, trụ hoạt động/hư hỏng, kế hoạch 2024-2025.",
    "Headline '6 tháng' has no year: 2024 (nothing dated before it; published 2024). '6 tháng' in the cost sentence: 2024.",
    "City/district list items take their own location; 38 và 45 are 'lần lượt' items of Dầu Tiếng, Phú Giáo.",
    "'không quá 150 m' is a regulation threshold: optional. 'Thủ Dầu Một', 'Quốc lộ 13', phone, QĐ number, counter are distractors.",
]

write(1, TEXT, NOTES, FIGS, published="2024-08-12", location="Bình Dương")
