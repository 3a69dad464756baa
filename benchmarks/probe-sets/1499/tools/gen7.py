"""p1499-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table of output by product."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Ngành sản xuất đèn pin, đèn sạc năm 2024 tăng trưởng gần 10%

Trên địa bàn tỉnh Đồng Nai hiện có 21 doanh nghiệp sản xuất đèn pin, đèn sạc và đèn chiếu sáng khẩn cấp, tập trung tại các khu công nghiệp Nhơn Trạch 3, Amata và Long Đức, sử dụng khoảng 9.400 lao động. Năm 2024, sản lượng toàn ngành ước đạt 9,6 triệu chiếc, tăng 9,9% so với năm 2023; kim ngạch xuất khẩu ước 142 triệu USD, chiếm 0,6% tổng kim ngạch xuất khẩu của tỉnh. Riêng đèn chiếu sáng khẩn cấp ước giảm 8,6% do thị trường bất động sản trầm lắng.

Sản lượng đèn pin, đèn sạc trên địa bàn tỉnh
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
Ước 2024 so với cùng kỳ (%)
Kế hoạch 2025
Đèn pin LED
4.850
5.320
109,7
5.800
Đèn sạc, đèn tích điện
3.260
3.710
113,8
4.100
Đèn chiếu sáng khẩn cấp
640
585
91,4
620
Tổng số
8.750
9.615
109,9
10.520
Trong đó: xuất khẩu
6.120
6.930
113,2
7.600

Năm 2025, Sở Công Thương phấn đấu đưa sản lượng toàn ngành lên trên 10,5 triệu chiếc, tỷ lệ nội địa hóa linh kiện đạt 35-40%.

Bài viết liên quan:
- Đồng Nai: Hội nghị kết nối cung cầu hàng hóa năm 2024
- Hướng dẫn thủ tục cấp Giấy chứng nhận xuất xứ hàng hóa

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.457
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None, False),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate", False),
    "ước 2024 so với cùng kỳ": (per("Ước 2024 so với cùng kỳ (%)", "2024-01-01", "2024-12-31"), "estimate", True),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target", False),
}
ROWS = [("Đèn pin LED", ["4.850", "5.320", "109,7", "5.800"]),
        ("Đèn sạc, đèn tích điện", ["3.260", "3.710", "113,8", "4.100"]),
        ("Đèn chiếu sáng khẩn cấp", ["640", "585", "91,4", "620"]),
        ("Tổng số", ["8.750", "9.615", "109,9", "10.520"]),
        ("Trong đó: xuất khẩu", ["6.120", "6.930", "113,2", "7.600"])]
TOTALS = dict(zip(COLS, ROWS[3][1]))
CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.replace("Trong đó: ", "").lower()
    for col, n in zip(COLS, nums):
        p, st, pct = COLS[col]
        kw = {"status": st} if st else {}
        if pct:
            v = float(n.replace(",", "."))
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%",
                             subject=f"sản lượng {row} {col}", period=p, **kw))
        else:
            v = float(n.replace(".", "")) * 1e3
            if label.startswith("Trong đó"):
                kw["total"] = float(TOTALS[col].replace(".", "")) * 1e3
            CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "chiếc",
                             subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("tăng trưởng gần 10%", "10", 10, "percent", "%", approx="nearly",
        subject="ngành sản xuất đèn pin, đèn sạc tăng trưởng", period=Y24h),
    fig("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đèn pin, đèn sạc và đèn chiếu sáng khẩn cấp"),
    fig("khoảng 9.400 lao động", "9.400", 9400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("ước đạt 9,6 triệu", "9,6", 9.6e6, "count", "chiếc", status="estimate",
        change=chg("increase", 9.9, "%", "năm 2023"), subject="sản lượng toàn ngành", period=Y24),
    fig("ước 142 triệu", "142", 142e6, "money", "USD", status="estimate", percent=0.6,
        subject="kim ngạch xuất khẩu", period=Y24),
    fig("ước giảm 8,6%", "8,6", 8.6, "percent", "%", status="estimate",
        subject="sản lượng đèn chiếu sáng khẩn cấp", period=inh(Y24)),
] + CELLS + [
    fig("trên 10,5 triệu", "10,5", 10.5e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng toàn ngành", period=Y25),
    fig("đạt 35-40%", "35", 35, "percent", "%", value_max=40, status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Nhơn Trạch 3', 'Số 2 Nguyễn Văn Trị', '0251.3822.457', 'Lượt truy cập: 1.204.377', 'Đang trực tuyến: 52', 'năm 2024' in a link.",
    "Headline 'năm 2024 tăng trưởng gần 10%': a growth rate as the claim (percent, nearly), no estimate cue in the headline (actual).",
    "'ước giảm 8,6%' stands in its own sentence: percent figure, estimate, period inherited from 'Năm 2024'.",
    "'chiếm 0,6% tổng kim ngạch xuất khẩu của tỉnh' is the percent attribute of 142 triệu USD.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (×1000). Units of products are counted (kind count, unit chiếc), as output in pieces.",
    "Columns: 'Năm 2023' actual; 'Ước thực hiện 2024' estimate; 'Ước 2024 so với cùng kỳ (%)' percent cells, estimate, period 2024 (both named in the header); 'Kế hoạch 2025' target.",
    "Row 'Trong đó: xuất khẩu' is part of 'Tổng số' in the same column (a 'trong đó' after the whole): total = the Tổng số cell; its % cell has no total.",
    "'Năm 2025, ... phấn đấu ... lên trên 10,5 triệu chiếc, ... đạt 35-40%' target (over; range).",
]

if __name__ == "__main__":
    write("p1499-7", TEXT, NOTES, FIGS, location="Đồng Nai")
