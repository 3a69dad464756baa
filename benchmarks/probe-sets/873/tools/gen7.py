"""p873-7: Sở TN&MT Bình Dương (department site, no dateline): votive paper collected and burnt at the Chùa Bà Thiên Hậu festival 2025; table one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Thu gom, xử lý vàng mã dịp Lễ hội Chùa Bà Thiên Hậu năm 2025

Thực hiện Kế hoạch số 318/KH-STNMT, trong dịp Lễ hội Chùa Bà Thiên Hậu năm 2025, Sở đã phối hợp với UBND các địa phương bố trí 13 lò hóa vàng có hệ thống xử lý khói, tăng 4 lò so với năm 2024. Tổng khối lượng vàng mã được thu gom, xử lý đạt 55,9 tấn, giảm 15,4% so với năm trước.

Kết quả quan trắc tại khu vực Chùa Bà (số 4 Nguyễn Du, phường Phú Cường, TP Thủ Dầu Một) cho thấy nồng độ bụi PM2.5 trung bình 62 µg/m3, thấp hơn 28% so với lễ hội năm 2024 nhưng vẫn vượt quy chuẩn (50 µg/m3).

Kết quả thu gom tại các địa phương:
Đơn vị tính: tấn
Địa phương
Số lò hóa vàng (lò)
Năm 2024
Năm 2025
TP Thủ Dầu Một
6
38,4
31,2
TP Thuận An
3
12,7
10,5
TP Dĩ An
2
8,9
9,4
TX Bến Cát
2
6,1
4,8
Tổng cộng
13
66,1
55,9

Chi phí vận hành các lò trong 5 ngày lễ hội khoảng 480 triệu đồng, bình quân 8,6 triệu đồng/tấn. Theo kế hoạch, năm 2026 Sở sẽ đầu tư thêm 5 lò hóa vàng tại các di tích trên địa bàn tỉnh, kinh phí dự kiến 2,1 tỷ đồng.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 9, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.505 - Fax: 0274.3822.506
Lượt truy cập: 1.287.442
"""

BD = "Bình Dương"
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")
LO = "số lò hóa vàng"
KL = "khối lượng vàng mã thu gom, xử lý"

ROWS = [  # anchor lead, location, lò, 2024, 2025
    ("Một\n", "Thủ Dầu Một", "6", "38,4", "31,2"),
    ("An\n", "Thuận An", "3", "12,7", "10,5"),
    ("Dĩ An\n", "Dĩ An", "2", "8,9", "9,4"),
    ("Cát\n", "Bến Cát", "2", "6,1", "4,8"),
    ("cộng\n", BD, "13", "66,1", "55,9"),
]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for lead, loc, lo, a, b in ROWS:
    lead_lo = "TP Thuận An\n" if lead == "An\n" else lead
    TABLE += [
        F(f"{lead_lo}{lo}\n{a}", lo, int(lo), "count", "lò", LO, location=loc),
        F(f"\n{lo}\n{a}\n", a, num(a), "measure", "tấn", KL, period=C24, location=loc),
        F(f"\n{a}\n{b}\n", b, num(b), "measure", "tấn", KL, period=C25, location=loc),
    ]

FIGS = [
    F("bố trí 13 lò", "13", 13, "count", "lò", "lò hóa vàng có hệ thống xử lý khói",
      change=C("increase", 4, "lò", "năm 2024"), period=Y25),
    F("đạt 55,9 tấn", "55,9", 55.9, "measure", "tấn", "tổng khối lượng vàng mã được thu gom, xử lý",
      change=C("decrease", 15.4, "%", "năm trước"), period=I(Y25)),
    F("trung bình 62 µg/m3", "62", 62, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình",
      change=C("decrease", 28, "%", "lễ hội năm 2024"), location="Thủ Dầu Một"),
    F("(50 µg/m3)", "50", 50, "measure", "µg/m3", "quy chuẩn nồng độ bụi PM2.5", optional=True, location="Thủ Dầu Một"),
] + TABLE + [
    F("khoảng 480 triệu đồng", "480", 480e6, "money", "đồng", "chi phí vận hành các lò hóa vàng", approx="about"),
    F("bình quân 8,6 triệu đồng/tấn", "8,6", 8.6e6, "money", "đồng/tấn", "chi phí vận hành bình quân"),
    F("thêm 5 lò", "5", 5, "count", "lò hóa vàng", "lò hóa vàng đầu tư thêm tại các di tích", status="target", period=Y26),
    F("dự kiến 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "kinh phí đầu tư lò hóa vàng", status="forecast", period=Y26),
]

NOTES = [
    "Sở TN&MT tỉnh Bình Dương site: no dateline (published absent); footer address, phone, fax, 'Lượt truy cập: 1.287.442'.",
    "Table pasted one cell per line: 'Đơn vị tính: tấn' for the year columns, the 'Số lò hóa vàng (lò)' column counts kilns (no period);",
    "period from the column headers Năm 2024 / Năm 2025; row place = location (TP/TX prefixes dropped); 'Tổng cộng' = Bình Dương. Cells get no totals.",
    "55,9 tấn: its period phrase ('năm 2025') is in the previous sentence: inherited. 62 µg/m3: 'thấp hơn 28% so với lễ hội năm 2024' is its change; no period phrase.",
    "'(50 µg/m3)' is the standard's threshold: optional. 'Theo kế hoạch, năm 2026 Sở sẽ đầu tư thêm 5 lò' → target; 'kinh phí dự kiến' → forecast.",
    "Not figures: Kế hoạch số 318/KH-STNMT, PM2.5, số 4 Nguyễn Du, 'trong 5 ngày lễ hội' (duration), Tầng 9, phones, visit counter.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location=BD)
