"""p1490-7: department site (Sở Công Thương Đà Nẵng), no dateline: retail sales of ovens, one-cell-per-line table."""
from lib import F, P, inh, ch, tg, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Tiêu thụ lò vi sóng, lò nướng điện qua kênh bán lẻ hiện đại tăng khá

Năm 2024, lượng lò vi sóng, lò nướng điện bán ra qua các siêu thị, trung tâm điện máy trên địa bàn thành phố ước đạt 86,5 nghìn chiếc, tăng 8,7% so với năm 2023; doanh thu ước 214 tỷ đồng. Thành phố hiện có 41 siêu thị, trung tâm điện máy kinh doanh nhóm hàng này, tập trung tại quận Hải Châu và quận Thanh Khê.

Lượng bán ra theo nhóm sản phẩm
Đơn vị tính: nghìn chiếc
Nhóm sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Lò vi sóng
48,2
51,6
107,1
Lò nướng điện thùng
25,4
28,3
111,4
Lò hấp nướng đa năng
5,9
6,6
111,9
Tổng số
79,5
86,5
108,8

Giá bán bình quân của lò vi sóng phổ thông khoảng 2,1 triệu đồng/chiếc, lò nướng điện thùng khoảng 1,6 triệu đồng/chiếc. Trong năm, lực lượng quản lý thị trường đã kiểm tra 37 lượt cơ sở kinh doanh, tạm giữ 62 chiếc lò vi sóng không rõ nguồn gốc. Các chuỗi điện máy dự kiến doanh số nhóm hàng này năm 2025 tăng 5-7%.

Bài viết liên quan:
- Hội nghị kết nối cung cầu hàng hóa Đà Nẵng lần thứ 3
- Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện kinh doanh

SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 9, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.317
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
INYEAR = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Lò vi sóng", ["48,2", "51,6", "107,1"]), ("Lò nướng điện thùng", ["25,4", "28,3", "111,4"]),
        ("Lò hấp nướng đa năng", ["5,9", "6,6", "111,9"]), ("Tổng số", ["79,5", "86,5", "108,8"])]
CELLS = []
for label, (a, b, c) in ROWS:
    row = label.lower()
    CELLS += [
        F(f"{label}\n{a}\n", a, float(a.replace(",", ".")) * 1e3, "count", "chiếc",
          subject=f"lượng bán ra {row} năm 2023", period=C23),
        F(f"\n{a}\n{b}\n", b, float(b.replace(",", ".")) * 1e3, "count", "chiếc", status="estimate",
          subject=f"lượng bán ra {row} ước thực hiện 2024", period=E24),
        F(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")), "percent", "%",
          subject=f"lượng bán ra {row} so với cùng kỳ"),
    ]

FIGS = [
    F("ước đạt 86,5 nghìn", "86,5", 86500, "count", "chiếc", status="estimate",
      change=ch("increase", 8.7, "%", "năm 2023"),
      subject="lượng lò vi sóng, lò nướng điện bán ra qua các siêu thị, trung tâm điện máy", period=Y24),
    F("ước 214 tỷ", "214", 214e9, "money", "đồng", status="estimate", subject="doanh thu", period=Y24),
    F("có 41 siêu thị", "41", 41, "count", "siêu thị, trung tâm điện máy",
      subject="siêu thị, trung tâm điện máy kinh doanh nhóm hàng này"),
] + CELLS + [
    F("khoảng 2,1 triệu", "2,1", 2.1e6, "money", "đồng/chiếc", approx="about",
      subject="giá bán bình quân của lò vi sóng phổ thông"),
    F("khoảng 1,6 triệu", "1,6", 1.6e6, "money", "đồng/chiếc", approx="about",
      subject="giá bán bình quân của lò nướng điện thùng"),
    F("kiểm tra 37 lượt", "37", 37, "count", "lượt cơ sở", subject="lượt cơ sở kinh doanh được kiểm tra",
      period=INYEAR),
    F("tạm giữ 62 chiếc", "62", 62, "count", "chiếc", subject="lò vi sóng không rõ nguồn gốc bị tạm giữ",
      period=INYEAR),
    F("tăng 5-7%", "5", 5, "percent", "%", value_max=7, status="forecast",
      subject="doanh số nhóm hàng này", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đà Nẵng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'lần thứ 3', 'Tầng 9', '24 Trần Phú', phone 0236.3822.317, 'Lượt truy cập: 1.204.377', 'Đang truy cập: 52', the 'Đơn vị tính' line.",
    "Table one cell per line, 'Đơn vị tính: nghìn chiếc' → values ×1000, unit chiếc; 'Ước thực hiện 2024' column → estimate; 'So với cùng kỳ (%)' → percent, no period, actual.",
    "Rows 48,2 + 25,4 + 5,9 = 79,5 and 51,6 + 28,3 + 6,6 = 86,5; table cells get no total. The text's 86,5 nghìn (ước đạt) is a figure of its own.",
    "'Trong năm' (year-less) takes 2024, the nearest earlier year in the article; 'dự kiến ... năm 2025 tăng 5-7%' → forecast, percent range.",
    "No published date (the page has none); location Đà Nẵng (quận Hải Châu, Thanh Khê only say where shops are).",
]

if __name__ == "__main__":
    write("p1490-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
