import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Ngày cập nhật 06/01/2025

Xe đạp công cộng ở Ninh Kiều phục vụ hơn 152 nghìn lượt trong năm 2024

Năm 2024, hệ thống xe đạp công cộng tại quận Ninh Kiều đã phục vụ 152.380 lượt thuê, tăng 41,2% so với năm 2023 và vượt 1,6% so với kế hoạch (150.000 lượt).

Theo quý, lượt thuê lần lượt đạt 31.450 lượt (quý I), 34.120 lượt (quý II), 38.960 lượt (quý III) và 47.850 lượt (quý IV). Tháng cao điểm là tháng 12 với 17.240 lượt, trùng dịp Lễ hội Bánh dân gian Nam Bộ lần thứ 11.

Hệ thống hiện có 22 trạm với 220 xe, trong đó 60 xe đạp điện, bố trí dọc bến Ninh Kiều, đường 30 Tháng 4, đường Hai Bà Trưng và khu vực các trường đại học. Mật độ xe bình quân mới đạt 0,9 xe/1.000 dân.

Số người dùng có thẻ thành viên là 5.640 người, chiếm 32% số tài khoản đăng ký. Giá thẻ tháng 100.000 đồng, thẻ năm 990.000 đồng. Khảo sát của đơn vị vận hành cho thấy 78% người dùng hài lòng với dịch vụ.

Năm 2025, thành phố dự kiến mở rộng hệ thống sang quận Bình Thủy và Cái Răng với khoảng 15 trạm, 150 xe; phấn đấu đạt 200.000 lượt thuê, tăng khoảng 31% so với năm 2024.

Địa chỉ: Số 2 Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ. Điện thoại: 0292.3821.442.
Lượt truy cập: 1.204.557
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
QS = [("quý I", "2024-01-01", "2024-03-31", "31.450"), ("quý II", "2024-04-01", "2024-06-30", "34.120"),
      ("quý III", "2024-07-01", "2024-09-30", "38.960"), ("quý IV", "2024-10-01", "2024-12-31", "47.850")]

FIGS = [
    F("hơn 152 nghìn lượt", "152", 152000, "count", "lượt", "lượt thuê xe đạp công cộng", Y24h, approx="over"),
    F("phục vụ 152.380 lượt thuê", "152.380", 152380, "count", "lượt thuê", "lượt thuê xe đạp công cộng", Y24,
      change=CH("increase", 41.2, baseline="năm 2023"), target=TG(150000, "lượt", True)),
    F("vượt 1,6%", "1,6", 1.6, "percent", "%", "lượt thuê so với kế hoạch", Y24, optional=True),
]
for label, s, e, n in QS:
    FIGS.append(F(f"{n} lượt ({label})", n, float(n.replace(".", "")), "count", "lượt", f"lượt thuê {label}", P(label, s, e)))
FIGS += [
    F("với 17.240 lượt", "17.240", 17240, "count", "lượt", "lượt thuê tháng cao điểm", P("tháng 12", "2024-12-01", "2024-12-31")),
    F("có 22 trạm", "22", 22, "count", "trạm", "trạm xe đạp công cộng"),
    F("với 220 xe", "220", 220, "count", "xe", "xe đạp công cộng"),
    F("trong đó 60 xe", "60", 60, "count", "xe đạp điện", "xe đạp điện", total=220),
    F("0,9 xe/1.000 dân", "0,9", 0.9, "measure", "xe/1.000 dân", "mật độ xe bình quân"),
    F("là 5.640 người", "5.640", 5640, "count", "người", "người dùng có thẻ thành viên", percent=32),
    F("tháng 100.000 đồng", "100.000", 100000, "money", "đồng", "giá thẻ tháng"),
    F("năm 990.000 đồng", "990.000", 990000, "money", "đồng", "giá thẻ năm"),
    F("78% người dùng", "78", 78, "percent", "%", "người dùng hài lòng với dịch vụ"),
    F("khoảng 15 trạm", "15", 15, "count", "trạm", "trạm mở rộng sang quận Bình Thủy và Cái Răng", Y25,
      approx="about", status="forecast", location="Cần Thơ"),
    F("150 xe;", "150", 150, "count", "xe", "xe mở rộng sang quận Bình Thủy và Cái Răng", Y25,
      status="forecast", location="Cần Thơ"),
    F("đạt 200.000 lượt", "200.000", 200000, "count", "lượt thuê", "lượt thuê", Y25, status="target",
      change=CH("increase", 31, baseline="năm 2024", approx="about"), location="Cần Thơ"),
]

COMMENTS = [
    "Cổng TTĐT TP Cần Thơ (city portal, 'Ngày cập nhật 06/01/2025', footer counter 'Lượt truy cập: 1.204.557'): xe đạp công cộng quận Ninh Kiều 2024.",
    "Location: the Ninh Kiều system (district) by default; the 2025 expansion into Bình Thủy and Cái Răng and the city's 2025 target → Cần Thơ.",
    "152.380 carries its first change (tăng 41,2% so với năm 2023) and its plan '(150.000 lượt)' as target (met); the second gap",
    "'vượt 1,6% so với kế hoạch' is a further change: optional percent figure. Quarter list with 'lần lượt' and bracketed labels: year from 'Năm 2024'.",
    "'0,9 xe/1.000 dân' is a rate (denominator in the unit). '5.640 người, chiếm 32%' → percent attribute.",
    "Not figures: 'Lễ hội … lần thứ 11', 'đường 30 Tháng 4', 'Số 2 Hòa Bình', phone, counter. 'dự kiến' → forecast; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p733-8", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Ninh Kiều")
