from lib import F, P, I, C, T, write

ROWS = [("Sân bóng đá mini", ["172", "186", "200"]),
        ("Sân bóng đá 11 người", ["41", "43", "45"]),
        ("Sân bóng chuyền, cầu lông ngoài trời", ["1.254", "1.302", "1.350"]),
        ("Sân thể thao công cộng cấp xã", ["118", "124", "132"])]
TABLE = "\n".join(lab + "\n" + "\n".join(cells) for lab, cells in ROWS)

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Phát triển hệ thống sân thể thao phục vụ cộng đồng

Năm 2023, toàn tỉnh có 186 sân bóng đá mini đang kinh doanh, tăng 14 sân so với năm 2022, trong đó TP Đà Lạt có 58 sân, TP Bảo Lộc có 34 sân. Tổng diện tích các sân khoảng 19,5 ha. Giá thuê sân tại Đà Lạt phổ biến 300.000-450.000 đồng/giờ, tại các huyện khoảng 200.000-300.000 đồng/giờ. Do khí hậu mưa nhiều, khoảng 40% số sân đã được đầu tư mái che để hoạt động cả mùa mưa từ tháng 5 đến tháng 10.

Trong năm 2023, Thanh tra Sở đã kiểm tra 64 lượt cơ sở kinh doanh thể thao, xử phạt 11 cơ sở với số tiền 97,5 triệu đồng; 100% sân bóng đá mini được kiểm tra đã niêm yết giá và nội quy.

Số liệu sân thể thao trên địa bàn tỉnh
Đơn vị tính: sân
Loại sân
Năm 2022
Năm 2023
Kế hoạch 2024
""" + TABLE + """

Mục tiêu đến năm 2025, 100% xã, phường, thị trấn có sân thể thao công cộng; tỷ lệ dân số tập luyện thể thao thường xuyên đạt 38%.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Địa chỉ: số 2 Lê Hồng Phong, phường 4, TP Đà Lạt
Điện thoại: 0263.3822.318
Tổng lượt truy cập: 1.846.302
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]

FIGS = [
    F("có 186 sân", "186", 186, "count", "sân", "sân bóng đá mini đang kinh doanh", Y23,
      change=C("increase", 14, "sân", "năm 2022")),
    F("Đà Lạt có 58 sân", "58", 58, "count", "sân", "sân bóng đá mini đang kinh doanh", Y23, total=186,
      location="Đà Lạt"),
    F("Bảo Lộc có 34 sân", "34", 34, "count", "sân", "sân bóng đá mini đang kinh doanh", Y23, total=186,
      location="Bảo Lộc"),
    F("khoảng 19,5 ha", "19,5", 19.5, "measure", "ha", "tổng diện tích các sân bóng đá mini", I(Y23),
      approx="about"),
    F("phổ biến 300.000-450.000", "300.000", 300000, "money", "đồng/giờ", "giá thuê sân", value_max=450000,
      location="Đà Lạt"),
    F("khoảng 200.000-300.000", "200.000", 200000, "money", "đồng/giờ", "giá thuê sân tại các huyện",
      value_max=300000, approx="about"),
    F("khoảng 40%", "40", 40, "percent", "%", "sân được đầu tư mái che", approx="about"),
    F("kiểm tra 64 lượt", "64", 64, "count", "lượt cơ sở", "lượt cơ sở kinh doanh thể thao được kiểm tra", Y23b),
    F("xử phạt 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị xử phạt", Y23b),
    F("97,5 triệu đồng", "97,5", 97.5e6, "money", "đồng", "số tiền xử phạt", Y23b),
    F("100% sân bóng đá mini được kiểm tra", "100", 100, "percent", "%",
      "sân bóng đá mini được kiểm tra đã niêm yết giá và nội quy", Y23b),
]
for lab, cells in ROWS:
    if "11 người" in lab:
        FIGS.append(F("Sân bóng đá 11 người", "11", 11, "count", "người", "sân bóng đá 11 người", optional=True))
    for i, c in enumerate(cells):
        anchor = lab + "\n" + "\n".join(cells[: i + 1])
        col, per, st = COLS[i]
        v = int(c.replace(".", ""))
        FIGS.append(F(anchor, c, v, "count", "sân", lab.lower() + " " + col, per, status=st))
FIGS += [
    F("2025, 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có sân thể thao công cộng", T25,
      status="target"),
    F("đạt 38%", "38", 38, "percent", "%", "tỷ lệ dân số tập luyện thể thao thường xuyên", T25, status="target"),
]

NOTES = [
    "Department site (Sở VHTTDL Lâm Đồng), no dateline; footer address, phone and 'Tổng lượt truy cập'. Mini pitches 2023",
    "with Đà Lạt / Bảo Lộc (trong đó), area, prices, inspections 2023, a one-cell-per-line table (Đơn vị tính: sân;",
    "Năm 2022 / Năm 2023 / Kế hoạch 2024 by type of ground), 2025 targets.",
    "Not figures: từ tháng 5 đến tháng 10 (months), số 2 Lê Hồng Phong, phường 4, phone 0263.3822.318, Tổng lượt truy cập 1.846.302.",
    "'Sân bóng đá 11 người' row label: the 11 is a pitch type (optional). Table cells: subject = row + column label,",
    "period from the column header (scored), 'Kế hoạch 2024' -> status target; no totals.",
    "No published date (the page shows none); location Lâm Đồng unless a city is named.",
]

write("p1001-7", TEXT, FIGS, NOTES, location="Lâm Đồng")
