"""p951-3: formal report (UBND tỉnh Đắk Lắk), library network and readers 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả hoạt động thư viện và phát triển văn hóa đọc năm 2024

Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới thư viện
Tính đến ngày 30/11/2024, toàn tỉnh có 1 thư viện tỉnh, 15 thư viện cấp huyện, 142/184 xã, phường, thị trấn có thư viện hoặc phòng đọc và 1.087 tủ sách cơ sở. Tổng vốn tài liệu của hệ thống đạt 1.284.600 bản, tăng 6,8% so với cuối năm 2023.

2. Kết quả phục vụ bạn đọc
Năm 2024, hệ thống thư viện công cộng ước phục vụ 1,46 triệu lượt bạn đọc, đạt 104,3% kế hoạch; luân chuyển 2,9 triệu lượt tài liệu. Kết quả tại một số địa phương:

Đơn vị tính: lượt bạn đọc
Địa phương | Năm 2023 | Năm 2024 (ước) | Kế hoạch 2025
TP. Buôn Ma Thuột | 412.500 | 438.200 | 450.000
Huyện Krông Pắc | 96.300 | 101.800 | 105.000
Huyện Ea Kar | 88.700 | 93.400 | 96.000
Thị xã Buôn Hồ | 71.200 | 74.600 | 78.000
Tổng cộng | 668.700 | 708.000 | 729.000

3. Thư viện lưu động
Thư viện tỉnh thực hiện 52 chuyến phục vụ lưu động tại 38 buôn, trường học vùng sâu, vùng xa, phục vụ khoảng 41.000 lượt bạn đọc; tiếp nhận 8.500 bản sách xã hội hóa, trị giá gần 620 triệu đồng. Tỷ lệ học sinh tham gia Cuộc thi Đại sứ Văn hóa đọc tăng từ 18% năm 2023 lên 27% năm 2024.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% thư viện cấp huyện ứng dụng phần mềm quản lý thư viện; bổ sung tối thiểu 45.000 bản sách mới; tỷ lệ dân số sử dụng thư viện đạt 22%. Dự kiến kinh phí thực hiện khoảng 3,5 tỷ đồng.
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Năm 2024 (ước)", "2024-01-01", "2024-12-31")
K25c = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
TS = "lượt bạn đọc thư viện công cộng phục vụ"

FIGS = [
    F("có 1 thư viện tỉnh", "1", 1, "count", "thư viện tỉnh", "thư viện tỉnh", period=ASOF),
    F("15 thư viện cấp huyện, 142", "15", 15, "count", "thư viện cấp huyện", "thư viện cấp huyện", period=ASOF),
    F("142/184 xã", "142", 142, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có thư viện hoặc phòng đọc", total=184, period=ASOF),
    F("1.087 tủ sách cơ sở", "1.087", 1087, "count", "tủ sách cơ sở", "tủ sách cơ sở", period=ASOF),
    F("đạt 1.284.600 bản", "1.284.600", 1284600, "count", "bản", "tổng vốn tài liệu của hệ thống thư viện",
      change=C("increase", 6.8, baseline="cuối năm 2023"), period=I(ASOF)),
    F("ước phục vụ 1,46 triệu lượt bạn đọc", "1,46", 1.46e6, "count", "lượt bạn đọc", TS,
      percent=104.3, status="estimate", period=Y24),
    F("2,9 triệu lượt tài liệu", "2,9", 2.9e6, "count", "lượt tài liệu", "lượt tài liệu luân chuyển",
      status="estimate", period=Y24),
]
ROWS = [("TP. Buôn Ma Thuột | ", "Buôn Ma Thuột", ["412.500", "438.200", "450.000"]),
        ("Huyện Krông Pắc | ", "Krông Pắc", ["96.300", "101.800", "105.000"]),
        ("Huyện Ea Kar | ", "Ea Kar", ["88.700", "93.400", "96.000"]),
        ("Thị xã Buôn Hồ | ", "Buôn Hồ", ["71.200", "74.600", "78.000"]),
        ("Tổng cộng | ", None, ["668.700", "708.000", "729.000"])]
COLS = [(Y23c, "actual"), (Y24c, "estimate"), (K25c, "target")]
for label, place, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = (label + cell) if j == 0 else (cells[j - 1] + " | " + cell)
        per, st = COLS[j]
        kw = dict(period=per)
        if st != "actual":
            kw["status"] = st
        if place:
            kw["location"] = place
        col = ["năm 2023", "năm 2024 (ước)", "kế hoạch 2025"][j]
        subj = ("lượt bạn đọc " if place else "Tổng cộng lượt bạn đọc ") + col
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "lượt bạn đọc", subj, **kw))

S3 = I(Y24)
FIGS += [
    F("thực hiện 52 chuyến", "52", 52, "count", "chuyến", "chuyến phục vụ lưu động của Thư viện tỉnh", period=S3),
    F("tại 38 buôn", "38", 38, "count", "buôn, trường học", "buôn, trường học vùng sâu, vùng xa được phục vụ lưu động", period=S3),
    F("khoảng 41.000 lượt bạn đọc", "41.000", 41000, "count", "lượt bạn đọc",
      "lượt bạn đọc phục vụ lưu động", approx="about", period=S3),
    F("tiếp nhận 8.500 bản sách", "8.500", 8500, "count", "bản sách", "bản sách xã hội hóa tiếp nhận", period=S3),
    F("gần 620 triệu đồng", "620", 620e6, "money", "đồng", "trị giá sách xã hội hóa", approx="nearly", period=S3),
    F("từ 18% năm 2023", "18", 18, "percent", "%", "tỷ lệ học sinh tham gia Cuộc thi Đại sứ Văn hóa đọc",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 27% năm 2024", "27", 27, "percent", "%", "tỷ lệ học sinh tham gia Cuộc thi Đại sứ Văn hóa đọc",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("Phấn đấu 100% thư viện", "100", 100, "percent", "%",
      "thư viện cấp huyện ứng dụng phần mềm quản lý thư viện", status="target", period=I(Y25)),
    F("tối thiểu 45.000 bản sách", "45.000", 45000, "count", "bản sách", "bản sách mới bổ sung",
      approx="at_least", status="target", period=I(Y25)),
    F("đạt 22%", "22", 22, "percent", "%", "tỷ lệ dân số sử dụng thư viện", status="target", period=I(Y25)),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "kinh phí thực hiện",
      approx="about", status="forecast", period=I(Y25)),
]

NOTES = [
    "Formal report of UBND tỉnh Đắk Lắk, Số: 318/BC-UBND, 16/12/2024: library network and readers 2024, flattened '|' table.",
    "Not figures: document numbers (318/BC-UBND, 329/QĐ-TTg ngày 15/3/2017), section numbers I., II., 1.-3., dates.",
    "'142/184 xã...' -> total 184. '1.284.600 bản ... tăng 6,8% so với cuối năm 2023' -> change; as-of period inherited.",
    "'ước phục vụ 1,46 triệu ..., đạt 104,3% kế hoạch' -> estimate, percent 104.3; '2,9 triệu' continues the clause (estimate).",
    "Table: unit from 'Đơn vị tính: lượt bạn đọc'; period from column header; 'Năm 2024 (ước)' -> estimate, 'Kế hoạch 2025' -> target;",
    "row place -> location (TP./Huyện/Thị xã stripped); 'Tổng cộng' row is a figure of its own, location Đắk Lắk, no totals on cells.",
    "  Subject = the indicator of the unit line + the column label (the row label is a place); 'Tổng cộng' row keeps its label.",
    "revised after the first run: table subjects gained the column label (§3 Tables: row label and column label; cf. h24).",
    "'tăng từ 18% năm 2023 lên 27% năm 2024': two percent figures, each with its own year, no change (the 9 points are not stated).",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the (inherited) period; 'Phấn đấu' -> target; 'Dự kiến kinh phí' -> forecast.",
    "Section 3 (mobile library) has no period phrase; the report year (Năm 2024, section 2) is inherited.",
]

write(3, TEXT, FIGS, NOTES, published="2024-12-16", location="Đắk Lắk")
