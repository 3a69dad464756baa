from lib import F, P, I, CH, T, emit

ROWS = [  # district, 31/12/2023, 30/6/2024, growth %
    ("Ninh Kiều", "98.215", "102.640", "4,5"),
    ("Cái Răng", "36.870", "39.905", "8,2"),
    ("Ô Môn", "27.430", "29.118", "6,2"),
    ("Phong Điền", "15.062", "16.385", "8,8"),
    ("Vĩnh Thạnh", "11.946", "12.807", "7,2"),
]
TABLE_TEXT = "".join(f"{d}\n{a}\n{b}\n{g}\n" for d, a, b, g in ROWS)

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển thuê bao internet cáp quang trên địa bàn thành phố 6 tháng đầu năm 2024

Tính đến ngày 30/6/2024, toàn thành phố Cần Thơ có 312.480 thuê bao internet cáp quang (FTTH), tăng 6,2% so với cuối năm 2023; tỷ lệ hộ gia đình sử dụng cáp quang đạt 83,7%. Tổng băng thông kết nối internet quốc tế của các doanh nghiệp trên địa bàn đạt 1.450 Gbps.

Số liệu chi tiết tại một số quận, huyện như sau:

Bảng 2. Thuê bao internet cáp quang (FTTH) theo quận, huyện
Đơn vị tính: thuê bao
Quận, huyện
31/12/2023
30/6/2024
Tăng (%)
""" + TABLE_TEXT + """
Trong 6 tháng, cước bình quân gói cáp quang hộ gia đình khoảng 190.000 đồng/tháng; các doanh nghiệp đã cải tạo, ngầm hóa 86,5 km cáp trên các tuyến đường 30 Tháng 4, Nguyễn Văn Cừ và Quốc lộ 91B. Thành phố phấn đấu đến cuối năm 2024 đạt 330.000 thuê bao cáp quang và 100% ấp, khu vực có sóng 4G chất lượng tốt.

Sở Thông tin và Truyền thông thành phố Cần Thơ
Địa chỉ: Số 2 Hòa Bình, phường Tân An, quận Ninh Kiều. Điện thoại: 0292.3830.528
Lượt truy cập: 1.204.337
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
C23 = P("31/12/2023", None, "2023-12-31")
C24 = P("30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
SUB = "Thuê bao internet cáp quang (FTTH)"


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for d, a, b, g in ROWS:
    TABLE += [
        F(f"{d}\n{a}\n", a, n(a), "count", "thuê bao", f"{SUB} 31/12/2023", C23, location=d),
        F(f"{a}\n{b}\n", b, n(b), "count", "thuê bao", f"{SUB} 30/6/2024", C24, location=d),
        F(f"{b}\n{g}\n", g, n(g), "percent", "%", f"Tăng {SUB}", I(H1), location=d),
    ]

FIGS = [
    F("có 312.480 thuê bao", "312.480", 312480, "count", "thuê bao", "thuê bao internet cáp quang (FTTH)", ASOF,
      change=CH("increase", 6.2, "%", "cuối năm 2023")),
    F("đạt 83,7%", "83,7", 83.7, "percent", "%", "tỷ lệ hộ gia đình sử dụng cáp quang", ASOF),
    F("đạt 1.450 Gbps", "1.450", 1450, "measure", "Gbps", "tổng băng thông kết nối internet quốc tế", I(ASOF)),
] + TABLE + [
    F("khoảng 190.000 đồng/tháng", "190.000", 190000, "money", "đồng/tháng", "cước bình quân gói cáp quang hộ gia đình",
      M6, approx="about"),
    F("ngầm hóa 86,5 km", "86,5", 86.5, "measure", "km", "cáp được cải tạo, ngầm hóa", M6),
    F("đạt 330.000 thuê bao", "330.000", 330000, "count", "thuê bao", "thuê bao cáp quang", END24, status="target"),
    F("100% ấp", "100", 100, "percent", "%", "tỷ lệ ấp, khu vực có sóng 4G chất lượng tốt", END24, status="target"),
]

COMMENTS = [
    "Sở TT&TT thành phố Cần Thơ site (invented), no dateline: thuê bao internet cáp quang (FTTH) 6 tháng đầu năm 2024, with a",
    "one-cell-per-line table (Bảng 2) under 'Đơn vị tính: thuê bao'; the 'Tăng (%)' column carries its own unit.",
    "Table: every cell a figure; subject = indicator + column; periods from the column headers ('31/12/2023', '30/6/2024' → as-of,",
    "scored as in shared h23); the growth column has no period of its own (inherited from the title); districts go to location.",
    "A growth column cell is a growth rate as the claim: percent, no change.",
    "Not figures: 'Bảng 2', 'đường 30 Tháng 4', 'Quốc lộ 91B', 'Số 2 Hòa Bình', the phone number, 'Lượt truy cập: 1.204.337', '4G'.",
    "'Trong 6 tháng' takes 2024 from the title. 'phấn đấu đến cuối năm 2024' → targets, as-of end 2024.",
]

emit("p597-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")
