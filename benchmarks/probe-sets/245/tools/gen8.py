from lib import F, P, CH, TG, build

TEXT = """BÁO KON TUM ĐIỆN TỬ
Giáo dục - Đào tạo

Kon Tum: Hơn 44,5 tỷ đồng hỗ trợ học sinh dân tộc thiểu số 6 tháng đầu năm

Minh Thư 07:30, 15/07/2024 | Lượt đọc: 1.284

(BKT) - Theo Ban Dân tộc tỉnh, 6 tháng đầu năm 2024, các chính sách hỗ trợ học sinh dân tộc thiểu số trên địa bàn tỉnh được thực hiện kịp thời với tổng kinh phí ước đạt 44,56 tỷ đồng, tăng 9,8% so với cùng kỳ năm 2023. Trong đó, hỗ trợ tiền ăn cho học sinh bán trú 28,9 tỷ đồng; học bổng chính sách cho học sinh trường PTDTNT 11,34 tỷ đồng; hỗ trợ chi phí học tập 4,32 tỷ đồng.

Toàn tỉnh hiện có 10 trường PTDTNT với 3.020 học sinh và 47 trường PTDTBT với 13.675 học sinh bán trú; học sinh dân tộc thiểu số chiếm 72,4% tổng số học sinh phổ thông toàn tỉnh. Số học sinh bán trú tập trung ở các huyện Tu Mơ Rông (2.946 em), Kon Plông (2.518 em), Đăk Glei (2.307 em).

Đến ngày 30/6/2024, tỉnh đã cấp 1.025 tấn gạo, đạt 96,3% nhu cầu học kỳ II năm học 2023-2024. Tỷ lệ học sinh dân tộc thiểu số bỏ học năm học 2023-2024 là 0,34%, thấp hơn 0,11% so với chỉ tiêu.

Năm 2024, tỉnh đặt chỉ tiêu huy động 99,5% trẻ 6 tuổi vào lớp 1; phấn đấu đến năm 2025 có 80% trường PTDTNT đạt chuẩn quốc gia, hiện mới đạt 6/10 trường. Giai đoạn 2021-2023, tỉnh đã xây mới 212 phòng ở bán trú, bình quân mỗi năm trên 70 phòng.

Ông A Vương, Trưởng ban Dân tộc tỉnh cho biết, từ tháng 9/2024, các trường sẽ triển khai mô hình "Bếp ăn bán trú an toàn" tại 15 trường PTDTBT, dự kiến phục vụ khoảng 4.500 học sinh.

Tin, ảnh: Minh Thư
Đường dây nóng: 0260.3862.519
"""

H1T = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
ASOF = P("Đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
TOT = 44560000000
SUB_L = "số học sinh bán trú"

FIGS = [
    F("Hơn 44,5 tỷ đồng", "44,5", 44500000000, "money", "đồng", "kinh phí hỗ trợ học sinh dân tộc thiểu số",
      approx="over", period=H1T),
    F("ước đạt 44,56 tỷ đồng", "44,56", TOT, "money", "đồng",
      "tổng kinh phí các chính sách hỗ trợ học sinh dân tộc thiểu số", change=CH("+", 9.8, "%", "cùng kỳ năm 2023"),
      status="estimate", period=H1),
    F("bán trú 28,9 tỷ đồng", "28,9", 28900000000, "money", "đồng", "hỗ trợ tiền ăn cho học sinh bán trú",
      total=TOT, period=H1I, status="estimate"),
    F("PTDTNT 11,34 tỷ đồng", "11,34", 11340000000, "money", "đồng", "học bổng chính sách cho học sinh trường PTDTNT",
      total=TOT, period=H1I, status="estimate"),
    F("học tập 4,32 tỷ đồng", "4,32", 4320000000, "money", "đồng", "hỗ trợ chi phí học tập", total=TOT, period=H1I, status="estimate"),
    F("có 10 trường", "10", 10, "count", "trường", "trường PTDTNT"),
    F("với 3.020 học sinh", "3.020", 3020, "count", "học sinh", "học sinh trường PTDTNT"),
    F("47 trường PTDTBT", "47", 47, "count", "trường", "trường PTDTBT"),
    F("với 13.675 học sinh", "13.675", 13675, "count", "học sinh", "học sinh bán trú"),
    F("chiếm 72,4%", "72,4", 72.4, "percent", "%", "học sinh dân tộc thiểu số trong tổng số học sinh phổ thông"),
    F("Tu Mơ Rông (2.946 em)", "2.946", 2946, "count", "em", SUB_L, loc="Tu Mơ Rông"),
    F("Kon Plông (2.518 em)", "2.518", 2518, "count", "em", SUB_L, loc="Kon Plông"),
    F("Đăk Glei (2.307 em)", "2.307", 2307, "count", "em", SUB_L, loc="Đăk Glei"),
    F("cấp 1.025 tấn gạo", "1.025", 1025, "measure", "tấn", "gạo đã cấp", percent=96.3, period=ASOF),
    F("là 0,34%", "0,34", 0.34, "percent", "%", "tỷ lệ học sinh dân tộc thiểu số bỏ học",
      change=CH("-", 0.11, "%", "chỉ tiêu")),
    F("huy động 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ huy động trẻ 6 tuổi vào lớp 1", status="target",
      period=Y24),
    F("trẻ 6 tuổi", "6", 6, "measure", "tuổi", "độ tuổi vào lớp 1", opt=True),
    F("có 80% trường", "80", 80, "percent", "%", "trường PTDTNT đạt chuẩn quốc gia", status="target", period=T25),
    F("đạt 6/10 trường", "6", 6, "count", "trường", "trường PTDTNT đạt chuẩn quốc gia", total=10),
    F("xây mới 212 phòng", "212", 212, "count", "phòng ở", "phòng ở bán trú xây mới", period=G),
    F("trên 70 phòng", "70", 70, "count", "phòng", "phòng ở bán trú xây mới bình quân mỗi năm", approx="over",
      period=G),
    F("tại 15 trường", "15", 15, "count", "trường", "trường PTDTBT triển khai mô hình \"Bếp ăn bán trú an toàn\"",
      status="forecast"),
    F("khoảng 4.500 học sinh", "4.500", 4500, "count", "học sinh", "học sinh được phục vụ", approx="about",
      status="forecast"),
]

COMMENTS = [
    "Báo Kon Tum (Party newspaper), byline-and-time dateline 'Minh Thư 07:30, 15/07/2024 | Lượt đọc: 1.284', '(BKT) -' tag.",
    "H1/2024 spending on support for ethnic-minority pupils (parts add up: 28,9 + 11,34 + 4,32 = 44,56), schools, districts, rice,",
    "dropout vs plan, 2024-2025 targets, dormitories built 2021-2023, a meal model from 9/2024.",
    "Headline '6 tháng đầu năm' takes the year of the dateline (2024). The parts after 'Trong đó,' (next sentence) carry total 44,56 tỷ",
    "and an inherited period; they are estimates like their total (shared h14/h28: 'Trong đó' parts of an 'ước' total are 'estimate').",
    "revised after the first run: the three parts were 'actual' in the first gold; changed to 'estimate' per the shared gold.",
    "'thấp hơn 0,11% so với chỉ tiêu' is a gap to plan: a change with baseline chỉ tiêu. 'đạt 96,3% nhu cầu …' share of 1.025 tấn.",
    "'hiện mới đạt 6/10 trường' count with total 10, actual. 'bình quân mỗi năm trên 70 phòng' over. 'trẻ 6 tuổi' optional (age).",
    "'từ tháng 9/2024, các trường sẽ triển khai … dự kiến': 15 trường and 4.500 học sinh are forecasts (no gold period).",
    "Distractors: 'học kỳ II năm học 2023-2024', 'lớp 1', hotline 0260.3862.519, person names, view counter.",
]

build(8, TEXT, FIGS, COMMENTS, published="2024-07-15", location="Kon Tum")
