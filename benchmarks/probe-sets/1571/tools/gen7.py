"""p1571-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table with a place column."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Công nghiệp | Thương mại | Thủ tục hành chính

Công nghiệp bao bì thủy tinh Đồng Nai tăng trưởng ổn định

Đồng Nai hiện có 6 nhà máy sản xuất chai lọ thủy tinh, tập trung tại các khu công nghiệp Nhơn Trạch 2, Amata, Long Thành, với 11 lò nấu, tổng công suất thiết kế khoảng 620 tấn/ngày. Năm 2024, sản lượng bao bì thủy tinh toàn tỉnh ước đạt 166.500 tấn, tăng 5,7% so với năm 2023, chiếm khoảng 14% sản lượng cả nước.

Sản lượng bao bì thủy tinh theo địa bàn
Đơn vị tính: tấn
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
TP Biên Hòa
38.200
39.600
103,7
Huyện Nhơn Trạch
84.700
90.300
106,6
Huyện Long Thành
34.600
36.600
105,8
Tổng số
157.500
166.500
105,7

Các doanh nghiệp trong ngành sử dụng khoảng 2.900 lao động. Giá bán chai thủy tinh cho các nhà máy bia dao động từ 1.900 đến 2.300 đồng/chai, tăng khoảng 5% so với năm 2023 do giá cát và soda tăng.

Năm 2025, ngành phấn đấu đạt sản lượng 175.000 tấn; dự kiến có thêm 1 nhà máy đi vào hoạt động tại KCN Ông Kèo.

Bài viết liên quan:
- Hội nghị tổng kết công tác năm 2024 của ngành Công Thương
- Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: (0251) 3822 314
Lượt truy cập: 3.412.780 | Đang online: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "sản lượng bao bì thủy tinh"
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ", None, None)]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["38.200", "39.600", "103,7"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["84.700", "90.300", "106,6"]),
        ("Huyện Long Thành", "Long Thành", ["34.600", "36.600", "105,8"]),
        ("Tổng số", None, ["157.500", "166.500", "105,7"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if per:
            kw["period"] = per
        if place:
            kw["location"] = place
        subj = f"{S} {'tổng số ' if not place else ''}{col}"
        if col == "so với cùng kỳ":
            CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn", subject=subj, **kw))
        prev = n

FIGS = [
    F("có 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy sản xuất chai lọ thủy tinh"),
    F("với 11 lò nấu", "11", 11, "count", "lò nấu", subject="lò nấu"),
    F("khoảng 620 tấn/ngày", "620", 620, "measure", "tấn/ngày", approx="about", subject="tổng công suất thiết kế"),
    F("ước đạt 166.500 tấn", "166.500", 166500, "measure", "tấn", status="estimate", percent=14,
      change=chg("increase", 5.7, "%", "năm 2023"), subject="sản lượng bao bì thủy tinh toàn tỉnh", period=Y24),
] + CELLS + [
    F("khoảng 2.900 lao động", "2.900", 2900, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp trong ngành sử dụng"),
    F("từ 1.900 đến 2.300", "1.900", 1900, "money", "đồng/chai", value_max=2300,
      change=chg("increase", 5, "%", "năm 2023", approx="about"), subject="giá bán chai thủy tinh cho các nhà máy bia"),
    F("sản lượng 175.000 tấn", "175.000", 175000, "measure", "tấn", status="target", subject="sản lượng", period=Y25),
    F("thêm 1 nhà máy", "1", 1, "count", "nhà máy", status="forecast", subject="nhà máy đi vào hoạt động thêm",
      period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: no published date. Menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "'chiếm khoảng 14% sản lượng cả nước' after 166.500 tấn → percent attribute 14 (the approx of the share is not scored).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; the first column is a place: location of the row (TP Biên Hòa, Nhơn Trạch, Long Thành; 'Tổng số' → Đồng Nai).",
    "Cell subject = table title + column label ('tổng số' added for the total row); period from the column header; 'Ước thực hiện 2024' → estimate.",
    "'So với cùng kỳ (%)' cells are percent figures (the (%) header overrides the 'Đơn vị tính: tấn' line); no period stated in that header.",
    "Price range 'từ 1.900 đến 2.300 đồng/chai, tăng khoảng 5% so với năm 2023' → value_max and change. No period for standing prices and hiện figures.",
    "'Năm 2025, ngành phấn đấu ... ; dự kiến có thêm 1 nhà máy' → target then forecast, both năm 2025 (same sentence).",
    "Distractors: KCN Nhơn Trạch 2, Số 2 Nguyễn Văn Trị, phone (0251) 3822 314, Lượt truy cập 3.412.780, Đang online 52, 'năm 2024' in a link title.",
]

if __name__ == "__main__":
    write("p1571-7", TEXT, NOTES, FIGS, location="Đồng Nai")
