"""p1483-6: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by district."""
from lib import F, P, INH, CH, TG, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển công nghiệp nhựa gia dụng gắn với bảo vệ môi trường

Đồng Nai hiện có 96 doanh nghiệp sản xuất sản phẩm nhựa gia dụng, trong đó 18 doanh nghiệp có vốn đầu tư nước ngoài; tổng công suất đạt khoảng 310.000 tấn/năm. Năm 2024, giá trị sản xuất của ngành ước đạt 7.150 tỷ đồng, tăng 6,7% so với năm 2023.

Giá trị sản xuất nhựa gia dụng theo địa bàn
Đơn vị tính: tỷ đồng
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Biên Hòa
2.140
2.260
2.400
Huyện Trảng Bom
1.905
2.050
2.200
Huyện Nhơn Trạch
1.560
1.690
1.850
Các địa bàn khác
1.096
1.150
1.250
Tổng số
6.701
7.150
7.700

Mỗi năm, các doanh nghiệp thu mua, tái chế khoảng 42.000 tấn phế liệu nhựa. Đến nay, 84/96 doanh nghiệp đã có hệ thống xử lý khí thải, nước thải đạt chuẩn; tỉnh phấn đấu đến năm 2025 tỷ lệ này đạt 100%.

Bài viết liên quan:
- Tập huấn Luật Bảo vệ môi trường năm 2020 cho doanh nghiệp
- Đồng Nai kết nối cung cầu hàng hóa với TP Hồ Chí Minh lần thứ 3

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3823.596 | Email: sct@dongnai.gov.vn
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["2.140", "2.260", "2.400"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["1.905", "2.050", "2.200"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["1.560", "1.690", "1.850"]),
        ("Các địa bàn khác", None, ["1.096", "1.150", "1.250"]),
        ("Tổng số", None, ["6.701", "7.150", "7.700"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, period, status), n in zip(COLS, nums):
        row = "" if place else f" {label.lower()}"
        kw = {"status": status} if status else {}
        if place:
            kw["location"] = place
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e9, "money", "đồng",
                       subject=f"giá trị sản xuất nhựa gia dụng{row} {col}", period=period, **kw))
        prev = n

FIGS = [
    F("có 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất sản phẩm nhựa gia dụng"),
    F("trong đó 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp", total=96,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("khoảng 310.000 tấn", "310.000", 310000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất"),
    F("ước đạt 7.150 tỷ", "7.150", 7150e9, "money", "đồng", status="estimate",
      change=CH("increase", 6.7, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
] + CELLS + [
    F("khoảng 42.000 tấn", "42.000", 42000, "measure", "tấn/năm", approx="about",
      subject="phế liệu nhựa các doanh nghiệp thu mua, tái chế mỗi năm"),
    F("84/96 doanh nghiệp", "84", 84, "count", "doanh nghiệp", total=96,
      subject="doanh nghiệp đã có hệ thống xử lý khí thải, nước thải đạt chuẩn"),
    F("đạt 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ doanh nghiệp có hệ thống xử lý khí thải, nước thải đạt chuẩn", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Luật Bảo vệ môi trường năm 2020', 'lần thứ 3', 'Số 2 Nguyễn Văn Trị', phone 0251.3823.596, counters 1.204.377 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' → money ×10^9; rows are places: TP Biên Hòa, Trảng Bom, Nhơn Trạch go to location (not subject);",
    "'Các địa bàn khác' and 'Tổng số' are not places: they stay in the subject, location Đồng Nai. Period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'trong đó 18 doanh nghiệp' → total 96; '84/96 doanh nghiệp' → total 96. 'Đến nay' with no dateline gives no period.",
    "'Mỗi năm ... khoảng 42.000 tấn' is a yearly rate (tấn/năm); capacity 'khoảng 310.000 tấn/năm' likewise.",
    "'tỉnh phấn đấu đến năm 2025 tỷ lệ này đạt 100%' → percent, target, end 2025-12-31; its subject resolves 'tỷ lệ này'.",
]

if __name__ == "__main__":
    write("p1483-6", TEXT, NOTES, FIGS, location="Đồng Nai")
