"""p623-7: Sở NN&PTNT Đồng Tháp site (no dateline), straw mushrooms by district, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản

Phát triển nghề trồng nấm rơm gắn với sử dụng rơm rạ sau thu hoạch

Đồng Tháp là địa phương dẫn đầu cả nước về sản lượng nấm rơm. Năm 2023, toàn tỉnh có 6.240 hộ trồng nấm rơm, tăng 315 hộ so với năm 2022; sản lượng đạt 42.000 tấn, giá trị khoảng 1.890 tỷ đồng.

Sản lượng nấm rơm tại các huyện trọng điểm như sau:

Đơn vị tính: tấn
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Tháp Mười
9.850
10.420
11.000
Cao Lãnh
8.120
8.760
9.200
Tam Nông
6.030
6.350
6.500
Lai Vung
4.400
4.180
4.500
Toàn tỉnh
39.900
42.000
44.000

Nghề trồng nấm rơm giúp tận dụng khoảng 600.000 tấn rơm mỗi năm. Lợi nhuận bình quân đạt 30-35 triệu đồng/1.000 m² mỗi vụ.

Để khuyến khích liên kết, tỉnh hỗ trợ 50% chi phí mua máy cuộn rơm, tối đa 100 triệu đồng/máy. Đến hết tháng 6/2024, toàn tỉnh có 215 máy cuộn rơm và 37 HTX, tổ hợp tác thu gom rơm; 5 doanh nghiệp đã liên kết tiêu thụ nấm với 1.320 hộ dân, trong đó Công ty TNHH Nấm Sa Đéc bao tiêu cho 640 hộ.

Mục tiêu đến năm 2025, tỷ lệ rơm rạ sau thu hoạch được thu gom, sử dụng đạt từ 60 đến 70%; giá trị sản xuất nấm rơm toàn tỉnh đạt 2.200 tỷ đồng.

Địa chỉ: Số 5 đường 30/4, Phường 1, TP Cao Lãnh. Điện thoại: 0277.3851.208
Tổng lượt truy cập: 2.486.901
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AS = P("Đến hết tháng 6/2024", None, "2024-06-30")
COLS = [("Năm 2022", "2022", None), ("Năm 2023", "2023", None), ("Kế hoạch 2024", "2024", "target")]
ROWS = [
    ("Tháp Mười", "Tháp Mười", ["9.850", "10.420", "11.000"]),
    ("Cao Lãnh", "Cao Lãnh", ["8.120", "8.760", "9.200"]),
    ("Tam Nông", "Tam Nông", ["6.030", "6.350", "6.500"]),
    ("Lai Vung", "Lai Vung", ["4.400", "4.180", "4.500"]),
    ("Toàn tỉnh", "Đồng Tháp", ["39.900", "42.000", "44.000"]),
]

FIGS = [
    F("có 6.240 hộ", "6.240", 6240, "count", "hộ", "hộ trồng nấm rơm", Y23,
      change=CH("increase", 315, "hộ", baseline="năm 2022")),
    F("đạt 42.000 tấn", "42.000", 42000, "measure", "tấn", "sản lượng nấm rơm", Y23),
    F("khoảng 1.890 tỷ đồng", "1.890", 1890e9, "money", "đồng", "giá trị nấm rơm", Y23, approx="about"),
]
for label, loc, cells in ROWS:
    prev = label
    for (col, yr, st), c in zip(COLS, cells):
        kw = {"location": loc}
        if st:
            kw["status"] = st
        FIGS.append(F(f"{prev}\n{c}\n" if prev == label else f"{prev}\n{c}", c, float(c.replace(".", "")),
                      "measure", "tấn", f"sản lượng nấm rơm {col.lower()}",
                      P(col, f"{yr}-01-01", f"{yr}-12-31"), **kw))
        prev = c
FIGS += [
    F("khoảng 600.000 tấn", "600.000", 600000, "measure", "tấn", "rơm được tận dụng trồng nấm rơm mỗi năm",
      approx="about"),
    F("đạt 30-35 triệu", "30", 30e6, "money", "đồng/1.000 m²", "lợi nhuận bình quân trồng nấm rơm mỗi vụ",
      value_max=35e6),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "tỷ lệ hỗ trợ chi phí mua máy cuộn rơm"),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng/máy", "mức hỗ trợ mua máy cuộn rơm", approx="at_most"),
    F("có 215 máy", "215", 215, "count", "máy cuộn rơm", "máy cuộn rơm", AS),
    F("37 HTX", "37", 37, "count", "HTX", "HTX, tổ hợp tác thu gom rơm", AS),
    F("5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp liên kết tiêu thụ nấm", AS),
    F("với 1.320 hộ", "1.320", 1320, "count", "hộ", "hộ dân liên kết tiêu thụ nấm với doanh nghiệp", AS),
    F("cho 640 hộ", "640", 640, "count", "hộ", "hộ được Công ty TNHH Nấm Sa Đéc bao tiêu", AS, total=1320),
    F("từ 60 đến 70%", "60", 60, "percent", "%", "tỷ lệ rơm rạ sau thu hoạch được thu gom, sử dụng", T25,
      value_max=70, status="target"),
    F("đạt 2.200 tỷ đồng", "2.200", 2200e9, "money", "đồng", "giá trị sản xuất nấm rơm toàn tỉnh", T25,
      status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Đồng Tháp department page, no dateline (published absent); visit counter 'Tổng lượt truy cập: 2.486.901' in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: tấn': every cell a figure (unit tấn), period from the column header (scored, as shared h23),",
    "'Kế hoạch 2024' column gives status target; district rows go to location, 'Toàn tỉnh' is the province. No totals on table cells.",
    "Distractors: 'đường 30/4' (a street named after a date), 'Phường 1', phone, visit counter, company name 'Nấm Sa Đéc' (not a location).",
    "'đồng/1.000 m²' and 'đồng/máy' are rate units (the 1.000 m² denominator is not a figure); 'tối đa' = at_most.",
    "'Đến hết tháng 6/2024' is an as-of period for the whole last sentence; 640 hộ after 'trong đó' is part of 1.320 hộ.",
]

if __name__ == "__main__":
    emit("p623-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Tháp")
