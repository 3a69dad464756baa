"""p1540-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by product."""
from lib import fig, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Ngành bao bì giấy Đồng Nai giữ đà tăng trưởng

Năm 2024, sản lượng bao bì giấy trên địa bàn tỉnh ước đạt 385,4 nghìn tấn, tăng 8,2% so với năm 2023, xếp thứ 3 cả nước sau Bình Dương và Bắc Ninh. Toàn tỉnh có 151 doanh nghiệp hoạt động trong lĩnh vực này, chủ yếu tại các khu công nghiệp Nhơn Trạch 3, Amata, Hố Nai, sử dụng gần 19.800 lao động.

Sản lượng bao bì giấy theo sản phẩm
Đơn vị tính: nghìn tấn
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng số
356,2
385,4
108,2
410,0
Thùng carton
248,7
266,1
107,0
282,0
Trong đó: xuất khẩu
61,3
70,8
115,5
76,0
Hộp giấy, bao bì in
79,4
87,6
110,3
93,5
Túi giấy
28,1
31,7
112,8
34,5

Giá trị xuất khẩu bao bì giấy năm 2024 ước đạt 214 triệu USD, chiếm 1,1% kim ngạch xuất khẩu của tỉnh. Mỗi tháng, các doanh nghiệp thu mua khoảng 22 nghìn tấn giấy phế liệu để tái chế, giá bình quân 3.800-4.200 đồng/kg.

Tin liên quan:
- Hội nghị kết nối cung cầu nguyên liệu giấy lần thứ 2
- Đồng Nai: Hướng dẫn kê khai hóa chất năm 2025

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.341
Lượt truy cập: 1.204.377
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
# column label -> (period, status, is percent)
COLS = [("năm 2023", C23, None, False), ("ước thực hiện 2024", E24, "estimate", False),
        ("so với cùng kỳ (%)", None, None, True), ("kế hoạch 2025", K25, "target", False)]
ROWS = [("Tổng số", "bao bì giấy tổng số", ["356,2", "385,4", "108,2", "410,0"]),
        ("Thùng carton", "thùng carton", ["248,7", "266,1", "107,0", "282,0"]),
        ("Trong đó: xuất khẩu", "thùng carton xuất khẩu", ["61,3", "70,8", "115,5", "76,0"]),
        ("Hộp giấy, bao bì in", "hộp giấy, bao bì in", ["79,4", "87,6", "110,3", "93,5"]),
        ("Túi giấy", "túi giấy", ["28,1", "31,7", "112,8", "34,5"])]
CARTON = dict(zip([c[0] for c in COLS], ROWS[1][2]))

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st, pct), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if pct:
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"sản lượng {row} so với cùng kỳ", **kw))
        else:
            if label.startswith("Trong đó"):
                kw["total"] = float(CARTON[col].replace(",", ".")) * 1e3
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "measure", "tấn",
                             subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 385,4 nghìn", "385,4", 385.4e3, "measure", "tấn", status="estimate",
        change=change("increase", 8.2, "%", "năm 2023"), subject="sản lượng bao bì giấy", period=Y24),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", status="estimate", subject="sản lượng bao bì giấy", period=Y24),
    fig("có 151 doanh nghiệp", "151", 151, "count", "doanh nghiệp",
        subject="doanh nghiệp hoạt động trong lĩnh vực bao bì giấy"),
    fig("gần 19.800 lao động", "19.800", 19800, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp bao bì giấy sử dụng"),
] + CELLS + [
    fig("ước đạt 214 triệu", "214", 214e6, "money", "USD", status="estimate", percent=1.1,
        subject="giá trị xuất khẩu bao bì giấy", period=Y24b),
    fig("khoảng 22 nghìn", "22", 22e3, "measure", "tấn/tháng", approx="about",
        subject="giấy phế liệu các doanh nghiệp thu mua mỗi tháng"),
    fig("3.800-4.200", "3.800", 3800, "money", "đồng/kg", value_max=4200,
        subject="giá thu mua giấy phế liệu bình quân"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Nhơn Trạch 3', 'lần thứ 2', 'năm 2025' in a link, 'Số 2 Nguyễn Văn Trị', phone 0251.3822.341, counter 1.204.377.",
    "'xếp thứ 3 cả nước' continues the 'ước đạt' clause → rank, estimate, Đồng Nai. '151 doanh nghiệp', '19.800 lao động': no period.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (×1000 → tấn); subject = indicator + row + column label; period from the",
    "column header (Năm 2023 actual, 'Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target). The 'So với cùng kỳ (%)' cells are",
    "percent figures (index vs the previous year); their header names no period and no status cue, so period none, status actual.",
    "'Trong đó: xuất khẩu' sub-row: its tonnage cells are parts of the 'Thùng carton' cell above (spec: a part after 'trong đó' that",
    "follows the whole, same thing, same period) → total; borderline, since the spec's table paragraph does not mention totals.",
    "'Mỗi tháng ... khoảng 22 nghìn tấn' → monthly rate tấn/tháng; the scrap price range is a standing price (no period).",
]

if __name__ == "__main__":
    write("p1540-7", TEXT, NOTES, FIGS, location="Đồng Nai")
