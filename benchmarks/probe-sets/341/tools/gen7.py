from lib import *

text = """Bình Dương: Đô thị xanh, sáng hơn nhờ đầu tư chiếu sáng và cây xanh
Ngày cập nhật: 28/11/2024

Từ đầu năm đến nay, toàn tỉnh đầu tư hơn 312 tỷ đồng cho hệ thống chiếu sáng công cộng và cây xanh đô thị, tăng 9,4% so với cùng kỳ năm 2023; trong đó vốn ngân sách tỉnh khoảng 205 tỷ đồng, còn lại là vốn ngân sách cấp huyện và xã hội hóa. Cũng trong năm 2024, tỉnh hoàn thành chiếu sáng toàn tuyến Quốc lộ 13 đoạn qua Thuận An, Thủ Dầu Một với chiều dài 14,5 km.

Kết quả tại 5 thành phố thuộc tỉnh như sau (số liệu tính đến 31/10/2024):
Đơn vị
Cây xanh đường phố (cây)
Đèn LED (bộ)
Tỷ lệ đèn LED (%)
Thủ Dầu Một
28.450
9.120
82,6
Dĩ An
17.930
6.840
74,3
Thuận An
19.605
7.215
70,8
Tân Uyên
12.380
4.960
61,2
Bến Cát
10.275
3.870
58,9

Diện tích cây xanh công cộng bình quân khu vực đô thị toàn tỉnh đạt 6,2 m²/người, cao hơn 0,8 m²/người so với năm 2020. Tỉnh phấn đấu đến năm 2025 đạt 7 m²/người, tỷ lệ đèn LED trên các tuyến đường do tỉnh quản lý đạt 90% và 100% tuyến đường đô thị được chiếu sáng.

Cũng theo Sở Xây dựng, trong quý III/2024, các địa phương đã cắt tỉa, khống chế 15.640 cây, xử lý 37 vụ cây ngã đổ do mưa dông, không để xảy ra thiệt hại về người. Giá điện chiếu sáng công cộng bình quân hiện ở mức 2.036 đồng/kWh.

Nguồn: Sở Xây dựng tỉnh Bình Dương"""

D = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-28")
ASi = P("tính đến 31/10/2024", None, "2024-10-31", True)
T25 = P("đến năm 2025", None, "2025-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

figs = [
    F("hơn 312 tỷ đồng", "312", 312000000000, "money", "đồng", "vốn đầu tư cho hệ thống chiếu sáng công cộng và cây xanh đô thị",
      approx="over", change=C("increase", 9.4, "%", "cùng kỳ năm 2023"), period=D),
    F("khoảng 205 tỷ đồng", "205", 205000000000, "money", "đồng", "vốn ngân sách tỉnh đầu tư chiếu sáng và cây xanh",
      approx="about", total=312000000000, period=D),
    F("dài 14,5 km", "14,5", 14.5, "measure", "km", "chiều dài tuyến Quốc lộ 13 được chiếu sáng",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("Kết quả tại 5 thành phố", "5", 5, "count", "thành phố", "thành phố thuộc tỉnh", optional=True),
]
rows = [("Thủ Dầu Một", ("28.450", 28450), ("9.120", 9120), ("82,6", 82.6)),
        ("Dĩ An", ("17.930", 17930), ("6.840", 6840), ("74,3", 74.3)),
        ("Thuận An", ("19.605", 19605), ("7.215", 7215), ("70,8", 70.8)),
        ("Tân Uyên", ("12.380", 12380), ("4.960", 4960), ("61,2", 61.2)),
        ("Bến Cát", ("10.275", 10275), ("3.870", 3870), ("58,9", 58.9))]
for place, a, b, c in rows:
    figs.append(F(f"{place}\n{a[0]}\n", a[0], a[1], "count", "cây", "Cây xanh đường phố", period=ASi, location=place))
    figs.append(F(f"{a[0]}\n{b[0]}\n", b[0], b[1], "count", "bộ", "Đèn LED", period=ASi, location=place))
    figs.append(F(f"{b[0]}\n{c[0]}\n", c[0], c[1], "percent", "%", "Tỷ lệ đèn LED", period=ASi, location=place))

figs += [
    F("đạt 6,2 m²/người", "6,2", 6.2, "measure", "m²/người", "diện tích cây xanh công cộng bình quân khu vực đô thị",
      change=C("increase", 0.8, "m²/người", "năm 2020")),
    F("đạt 7 m²/người", "7", 7, "measure", "m²/người", "diện tích cây xanh công cộng bình quân khu vực đô thị",
      status="target", period=T25),
    F("đạt 90%", "90", 90, "percent", "%", "tỷ lệ đèn LED trên các tuyến đường do tỉnh quản lý", status="target", period=T25),
    F("và 100% tuyến", "100", 100, "percent", "%", "tỷ lệ tuyến đường đô thị được chiếu sáng", status="target", period=T25),
    F("khống chế 15.640 cây", "15.640", 15640, "count", "cây", "cây được cắt tỉa, khống chế", period=Q3),
    F("xử lý 37 vụ", "37", 37, "count", "vụ", "vụ cây ngã đổ do mưa dông được xử lý", period=Q3),
    F("mức 2.036 đồng/kWh", "2.036", 2036, "money", "đồng/kWh", "giá điện chiếu sáng công cộng bình quân"),
]

emit(7, text, [
    "Cổng TTĐT tỉnh Bình Dương (province portal): investment in lighting and street trees, table by city, targets to 2025. Dateline 'Ngày cập nhật: 28/11/2024' (no time).",
    "Table written one cell per line: header Đơn vị | Cây xanh đường phố (cây) | Đèn LED (bộ) | Tỷ lệ đèn LED (%); the row label is a city, so it goes to location and the subject is the column label.",
    "Table period: the as-of '(số liệu tính đến 31/10/2024)' in the line above the table (inherited). '5 thành phố' is structure (optional).",
    "Distractors: 'Quốc lộ 13' (road name), 'năm 2020'/'cùng kỳ năm 2023' (baselines), dateline.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'trong đó vốn ngân sách tỉnh khoảng 205 tỷ đồng' is part of 312 tỷ (total).",
    "6,2 m²/người: change +0,8 m²/người (cao hơn … so với năm 2020); no period phrase. 'phấn đấu đến năm 2025' governs 7 m²/người, 90% and 100% (targets, as-of end 2025).",
    "'Giá điện … hiện ở mức 2.036 đồng/kWh': money rate with unit đồng/kWh, no period.",
], figs, published="2024-11-28", location="Bình Dương")
