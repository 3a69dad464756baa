"""p1326-7: department site (Sở Công Thương Lạng Sơn), no dateline: duty-free shops at border gates, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN
Giới thiệu | Tin tức - Sự kiện | Xuất nhập khẩu | Thủ tục hành chính | Liên hệ

Kinh doanh hàng miễn thuế tại các cửa khẩu tiếp tục phục hồi

Năm 2024, hoạt động kinh doanh hàng miễn thuế tại các cửa khẩu trên địa bàn tỉnh Lạng Sơn tiếp tục phục hồi nhờ lượng khách xuất nhập cảnh tăng. Toàn tỉnh hiện có 3 doanh nghiệp được cấp phép kinh doanh hàng miễn thuế với 5 cửa hàng, trong đó 3 cửa hàng tại cửa khẩu quốc tế Hữu Nghị, huyện Cao Lộc.

Kết quả kinh doanh hàng miễn thuế
Đơn vị tính: tỷ đồng
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng doanh số
286,4
331,8
115,9
360,0
Trong đó: Cửa khẩu Hữu Nghị
197,2
228,5
115,9
245,0
Cửa khẩu Tân Thanh
89,2
103,3
115,8
115,0

Lượng khách mua hàng miễn thuế năm 2024 ước đạt 412.000 lượt, bình quân mỗi lượt mua khoảng 805.000 đồng. Hàng bán chạy gồm rượu, thuốc lá, mỹ phẩm và thực phẩm chức năng, trong đó rượu và thuốc lá chiếm trên 55% doanh số.

Dự kiến năm 2025, tỉnh mở thêm 1 cửa hàng miễn thuế tại cửa khẩu Chi Ma, huyện Lộc Bình.

Tin liên quan:
- Triển khai Nghị định số 100/2020/NĐ-CP về kinh doanh hàng miễn thuế
- Hội nghị xúc tiến thương mại biên giới Việt - Trung lần thứ 2

SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN
Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, TP Lạng Sơn
Điện thoại: 0205.3812.536
Lượt truy cập: 1.204.557 | Đang trực tuyến: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None, False), ("ước thực hiện 2024", E24, "estimate", False),
        ("so với cùng kỳ", None, None, True), ("kế hoạch 2025", K25, "target", False)]
ROWS = [("Tổng doanh số", "tổng doanh số", ["286,4", "331,8", "115,9", "360,0"], None),
        ("Trong đó: Cửa khẩu Hữu Nghị", "doanh số cửa khẩu Hữu Nghị", ["197,2", "228,5", "115,9", "245,0"], True),
        ("Cửa khẩu Tân Thanh", "doanh số cửa khẩu Tân Thanh", ["89,2", "103,3", "115,8", "115,0"], True)]
TOTALS = dict(zip(["năm 2023", "ước thực hiện 2024", "kế hoạch 2025"], [286.4e9, 331.8e9, 360.0e9]))

CELLS = []
for label, row, nums, part in ROWS:
    prev = label
    for (col, p, st, pct), n in zip(COLS, nums):
        x = float(n.replace(",", "."))
        if pct:
            f = fig(f"{prev}\n{n}", n, x, "percent", "%", subject=f"{row} so với cùng kỳ")
        else:
            f = fig(f"{prev}\n{n}", n, x * 1e9, "money", "đồng", subject=f"{row} {col}", period=p,
                    status=st, total=TOTALS[col] if part else None)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp phép kinh doanh hàng miễn thuế"),
    fig("với 5 cửa hàng", "5", 5, "count", "cửa hàng", subject="cửa hàng miễn thuế"),
    fig("đó 3 cửa hàng", "3", 3, "count", "cửa hàng", total=5,
        subject="cửa hàng tại cửa khẩu quốc tế Hữu Nghị", location="Cao Lộc"),
] + CELLS + [
    fig("ước đạt 412.000", "412.000", 412000, "count", "lượt", status="estimate",
        subject="lượng khách mua hàng miễn thuế", period=Y24b),
    fig("khoảng 805.000", "805.000", 805000, "money", "đồng/lượt", approx="about", status="estimate",
        subject="giá trị mua bình quân mỗi lượt", period=Y24b),
    fig("trên 55%", "55", 55, "percent", "%", approx="over",
        subject="rượu và thuốc lá chiếm doanh số", period=inh(Y24b)),
    fig("thêm 1 cửa hàng", "1", 1, "count", "cửa hàng", status="forecast",
        subject="cửa hàng miễn thuế mở thêm tại cửa khẩu Chi Ma", period=Y25, location="Lộc Bình"),
]

NOTES = [
    "Department site (Sở Công Thương Lạng Sơn), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Duty-free shops at the border gates of Lạng Sơn, 2023-2025; one-cell-per-line table 'Đơn vị tính: tỷ đồng'.",
    "Distractors: 'Số 2 đường Hùng Vương', phone 0205.3812.536, 'Lượt truy cập: 1.204.557', 'Đang trực tuyến: 23',",
    "'Nghị định số 100/2020/NĐ-CP' and 'lần thứ 2' in related-link titles.",
    "Table: subject = row + column label; period from the header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target;",
    "'So với cùng kỳ (%)' cells are percent figures with no period in their header and no status cue (actual).",
    "Rows after 'Trong đó:' (Hữu Nghị, Tân Thanh) are parts of 'Tổng doanh số' and add up: their money cells take the",
    "total of the same column (FIGURES.md parts after 'trong đó'). Border gates are not places of the location level: Lạng Sơn.",
    "'trong đó 3 cửa hàng tại cửa khẩu quốc tế Hữu Nghị, huyện Cao Lộc' → total 5, location Cao Lộc.",
    "'ước đạt 412.000 lượt, bình quân … khoảng 805.000 đồng' → both estimate (the cue continues), period 'năm 2024'.",
    "'trên 55% doanh số' (after 'trong đó', a share of goods) is a percent figure; period 'năm 2024' inherited from the sentence before.",
    "'Dự kiến năm 2025 … thêm 1 cửa hàng … huyện Lộc Bình' → forecast, location Lộc Bình.",
]

if __name__ == "__main__":
    write("p1326-7", TEXT, NOTES, FIGS, location="Lạng Sơn")
