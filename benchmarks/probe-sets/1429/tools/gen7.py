"""p1429-7: department site (Sở Công Thương Bình Thuận), no dateline; one-cell-per-line table of sand sales by market."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH THUẬN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Cát trắng Bình Thuận chuyển hướng cung cấp cho sản xuất kính

Bình Thuận hiện có 7 doanh nghiệp khai thác, chế biến cát trắng tại các huyện Hàm Tân, Hàm Thuận Nam và Bắc Bình, tổng công suất chế biến khoảng 1,4 triệu tấn/năm. Năm 2024, lượng cát trắng tiêu thụ ước đạt 1,05 triệu tấn, tăng 16,7% so với năm 2023; trong đó cát cung cấp cho sản xuất kính năng lượng mặt trời tăng gần gấp 3 lần.

Lượng cát trắng tiêu thụ theo thị trường
Đơn vị tính: nghìn tấn
Thị trường
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Nhà máy kính trong nước
410
640
780
Trong đó: kính năng lượng mặt trời
120
350
470
Vật liệu xây dựng, khuôn đúc
230
175
150
Xuất khẩu
260
235
220
Tổng cộng
900
1.050
1.150

Giá cát thạch anh tuyển rửa tại mỏ dao động từ 480.000 đến 550.000 đồng/tấn, tăng khoảng 12% so với đầu năm. Các doanh nghiệp sử dụng 640 lao động, nộp ngân sách năm 2024 ước 96 tỷ đồng.

Theo quy hoạch, đến năm 2030 tỉnh có 21 khu vực mỏ cát trắng với tổng trữ lượng khoảng 310 triệu tấn; phấn đấu 100% sản lượng khai thác được chế biến trong tỉnh.

Tin liên quan:
- Hội nghị xúc tiến đầu tư ngành vật liệu mới lần thứ 2
SỞ CÔNG THƯƠNG TỈNH BÌNH THUẬN
Địa chỉ: Số 12 Trần Hưng Đạo, TP Phan Thiết
Điện thoại: 0252.3822.410
Lượt truy cập: 1.284.506 | Đang truy cập: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện năm 2024", P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch năm 2025", P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Nhà máy kính trong nước", "nhà máy kính trong nước", ["410", "640", "780"], None),
        ("Trong đó: kính năng lượng mặt trời", "kính năng lượng mặt trời", ["120", "350", "470"],
         [410e3, 640e3, 780e3]),
        ("Vật liệu xây dựng, khuôn đúc", "vật liệu xây dựng, khuôn đúc", ["230", "175", "150"], None),
        ("Xuất khẩu", "xuất khẩu", ["260", "235", "220"], None),
        ("Tổng cộng", "tổng cộng", ["900", "1.050", "1.150"], None)]

CELLS = []
for label, name, nums, totals in ROWS:
    prev = label
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if totals:
            kw["total"] = totals[i]
        v = float(n.replace(".", "")) * 1e3
        CELLS.append(F(f"{prev}\n{n}\n", n, v, "measure", "tấn",
                       subject=f"lượng cát trắng tiêu thụ {name} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp khai thác, chế biến cát trắng"),
    F("khoảng 1,4 triệu", "1,4", 1.4e6, "measure", "tấn/năm", approx="about",
      subject="tổng công suất chế biến"),
    F("ước đạt 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", status="estimate",
      change=C("increase", 16.7, "%", "năm 2023"), subject="lượng cát trắng tiêu thụ", period=Y24),
    F("gần gấp 3 lần", "3", 3, "multiple", "lần", approx="nearly", status="estimate",
      subject="cát cung cấp cho sản xuất kính năng lượng mặt trời", period=Y24),
] + CELLS + [
    F("từ 480.000 đến 550.000", "480.000", 480000, "money", "đồng/tấn", value_max=550000,
      change=C("increase", 12, "%", "đầu năm", "about"), subject="giá cát thạch anh tuyển rửa tại mỏ"),
    F("sử dụng 640 lao động", "640", 640, "count", "lao động", subject="lao động các doanh nghiệp sử dụng"),
    F("ước 96 tỷ", "96", 96e9, "money", "đồng", status="estimate",
      subject="nộp ngân sách của các doanh nghiệp", period=Y24b),
    F("có 21 khu vực", "21", 21, "count", "khu vực mỏ", status="target",
      subject="khu vực mỏ cát trắng theo quy hoạch", period=TO30),
    F("khoảng 310 triệu", "310", 310e6, "measure", "tấn", approx="about", status="target",
      subject="tổng trữ lượng các khu vực mỏ cát trắng", period=TO30),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ sản lượng khai thác được chế biến trong tỉnh", period=TO30),
]

NOTES = [
    "Department site (Sở Công Thương Bình Thuận), no dateline: menu, related link, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'lần thứ 2', 'Số 12 Trần Hưng Đạo', phone 0252.3822.410, counters 1.284.506 and 52.",
    "'tăng gần gấp 3 lần' stands alone (no amount in its clause): a multiple, nearly, estimate (continues 'ước đạt').",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn'; subject = caption indicator + row + column; period from column headers;",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. The 'Trong đó:' sub-row takes the row above as its total",
    "(a part after 'trong đó' that follows its whole, same thing, same period); other rows get no total.",
    "The quarry price has no period ('tăng khoảng 12% so với đầu năm' is its change, about). 'đến năm 2030' + 'Theo quy hoạch' /",
    "'phấn đấu' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1429-7", TEXT, NOTES, FIGS, location="Bình Thuận")
