from lib import F, P, I, CH, TG, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Phát triển đô thị

Đất cây xanh đô thị bình quân mới đạt 2-3 m²/người

Ngày đăng: 05/09/2024 | Lượt xem: 1.472

Theo Cục Phát triển đô thị, tính đến tháng 6/2024, cả nước có 902 đô thị, tỷ lệ đô thị hóa đạt 43,2%. Tuy nhiên, diện tích đất cây xanh công cộng bình quân tại phần lớn các đô thị chỉ từ 2 đến 3 m²/người; số cây xanh đường phố bình quân khoảng 18 cây/1.000 dân.

Các đô thị có diện tích đất cây xanh công cộng bình quân cao là Đà Nẵng (6,8 m²/người), Huế (6,1 m²/người), Vinh (5,4 m²/người); thấp nhất là TP Hồ Chí Minh (0,55 m²/người) và Hà Nội (2,2 m²/người). Đến nay, 58/63 tỉnh, thành phố đã ban hành quy chế quản lý cây xanh đô thị theo Nghị định số 64/2010/NĐ-CP.

Về chiếu sáng, cả nước hiện có khoảng 3,7 triệu bộ đèn chiếu sáng công cộng, trong đó gần 1,6 triệu bộ đèn LED, chiếm khoảng 43%. Năm 2023, điện năng tiêu thụ cho chiếu sáng công cộng ước khoảng 2.150 triệu kWh, giảm 4,8% so với năm 2022.

Theo Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2019-2030, đến năm 2030 tỷ lệ đèn LED trong chiếu sáng công cộng đạt 70%. Chương trình phát triển đô thị quốc gia cũng đặt mục tiêu đến năm 2025 đất cây xanh công cộng khu vực nội thành đạt từ 4 đến 5 m²/người, đến năm 2030 đạt từ 6 đến 8 m²/người.

Cục Phát triển đô thị đề nghị các địa phương áp dụng TCVN 9257:2012 về quy hoạch cây xanh sử dụng công cộng và QCVN 07-7:2016/BXD về công trình chiếu sáng.

Cổng TTĐT Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
"""

JUN = P("tính đến tháng 6/2024", None, "2024-06-30")
SUBJ = "diện tích đất cây xanh công cộng bình quân"

FIGS = [
    F("mới đạt 2-3", "2", 2, "measure", "m²/người", "Đất cây xanh đô thị bình quân", value_max=3),
    F("có 902 đô thị", "902", 902, "count", "đô thị", "đô thị", JUN),
    F("đạt 43,2%", "43,2", 43.2, "percent", "%", "tỷ lệ đô thị hóa", JUN),
    F("từ 2 đến 3", "2", 2, "measure", "m²/người", SUBJ + " tại phần lớn các đô thị", I(JUN), value_max=3),
    F("khoảng 18 cây", "18", 18, "measure", "cây/1.000 dân", "số cây xanh đường phố bình quân", I(JUN),
      approx="about"),
    F("(6,8 m²/người)", "6,8", 6.8, "measure", "m²/người", SUBJ, location="Đà Nẵng"),
    F("(6,1 m²/người)", "6,1", 6.1, "measure", "m²/người", SUBJ, location="Huế"),
    F("(5,4 m²/người)", "5,4", 5.4, "measure", "m²/người", SUBJ, location="Vinh"),
    F("(0,55 m²/người)", "0,55", 0.55, "measure", "m²/người", SUBJ, location="TP Hồ Chí Minh"),
    F("(2,2 m²/người)", "2,2", 2.2, "measure", "m²/người", SUBJ, location="Hà Nội"),
    F("58/63", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành quy chế quản lý cây xanh đô thị",
      P("Đến nay", None, "2024-09-05"), total=63),
    F("khoảng 3,7 triệu", "3,7", 3.7e6, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", approx="about"),
    F("gần 1,6 triệu", "1,6", 1.6e6, "count", "bộ đèn", "bộ đèn LED", approx="nearly", total=3.7e6, percent=43),
    F("khoảng 2.150 triệu kWh", "2.150", 2150e6, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng công cộng",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate",
      change=CH("decrease", 4.8, "%", "năm 2022")),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ đèn LED trong chiếu sáng công cộng",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("từ 4 đến 5", "4", 4, "measure", "m²/người", "đất cây xanh công cộng khu vực nội thành",
      P("đến năm 2025", None, "2025-12-31"), value_max=5, status="target"),
    F("từ 6 đến 8", "6", 6, "measure", "m²/người", "đất cây xanh công cộng khu vực nội thành",
      P("đến năm 2030 đạt", None, "2030-12-31"), value_max=8, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Xây dựng): national urban green area per resident, LED share of public lighting, national targets.",
    "'Ngày đăng: 05/09/2024' gives published; 'Lượt xem: 1.472' is a counter. Location Việt Nam; list items carry their city.",
    "Distractors: Nghị định số 64/2010/NĐ-CP, 'giai đoạn 2019-2030' inside a programme name, TCVN 9257:2012, QCVN 07-7:2016/BXD,",
    "address '37 Lê Đại Hành'. '1.000 dân' is a rate denominator (unit 'cây/1.000 dân').",
    "The bracketed city list shares the indicator stated before it; 'thấp nhất là' continues it.",
    "'gần 1,6 triệu bộ đèn LED, chiếm khoảng 43%' follows 'trong đó' after 3,7 triệu: total and percent.",
    "Targets 'đến năm 2025/2030' end that year (start null). 'tính đến tháng 6/2024' is as-of; the second sentence (no period",
    "phrase of its own) inherits it. 'hiện có' gives no period.",
]

if __name__ == "__main__":
    emit("p589-4", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
