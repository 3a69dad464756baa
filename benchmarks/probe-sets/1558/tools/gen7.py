"""p1558-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by product."""
from lib import fig, per, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Ngành tã giấy, băng vệ sinh Đồng Nai mở rộng công suất

Đồng Nai hiện có 7 doanh nghiệp sản xuất tã giấy, băng vệ sinh, trong đó 5 doanh nghiệp FDI, tập trung tại các khu công nghiệp Nhơn Trạch 3, Amata và Long Thành. Tổng công suất thiết kế khoảng 3,6 tỷ sản phẩm/năm, xếp thứ ba cả nước.

Sản lượng tã giấy, băng vệ sinh trên địa bàn tỉnh
Đơn vị tính: triệu sản phẩm
Sản phẩm
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2025
Tã trẻ em
1.420
1.535
108,1
1.610
Tã người lớn
265
318
120,0
360
Băng vệ sinh
690
712
103,2
740
Tổng cộng
2.375
2.565
108,0
2.710

Theo Sở Công Thương, 10 tháng năm 2024, kim ngạch xuất khẩu nhóm hàng này đạt 352 triệu USD, chiếm 1,3% tổng kim ngạch xuất khẩu của tỉnh. Năm 2025, Công ty TNHH Kimura Việt Nam (huyện Nhơn Trạch) dự kiến khởi công nhà máy thứ hai với vốn đầu tư 45 triệu USD, tạo việc làm cho khoảng 800 lao động.

Tin cùng chuyên mục:
- Đồng Nai: Hội chợ hàng Việt 2024 thu hút 250 gian hàng
- Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.466
Lượt truy cập: 1.904.337 | Trực tuyến: 52
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NT = "Nhơn Trạch"

COLS = [("năm 2023", C23, None, False), ("ước thực hiện năm 2024", E24, "estimate", False),
        ("so với cùng kỳ", None, None, True), ("kế hoạch năm 2025", K25, "target", False)]
ROWS = [("Tã trẻ em", "tã trẻ em", ["1.420", "1.535", "108,1", "1.610"]),
        ("Tã người lớn", "tã người lớn", ["265", "318", "120,0", "360"]),
        ("Băng vệ sinh", "băng vệ sinh", ["690", "712", "103,2", "740"]),
        ("Tổng cộng", "tổng cộng", ["2.375", "2.565", "108,0", "2.710"])]
CELLS = []
for lead, label, nums in ROWS:
    prev = lead
    for (col, p, st, pct), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        kw = {}
        if p:
            kw["period"] = p
        if st:
            kw["status"] = st
        subj = f"sản lượng {label} {col}"
        if pct:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v * 1e6, "count", "sản phẩm", subject=subj, **kw))
        prev = n

FIGS = [
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tã giấy, băng vệ sinh"),
    fig("5 doanh nghiệp FDI", "5", 5, "count", "doanh nghiệp", total=7, subject="doanh nghiệp FDI"),
    fig("khoảng 3,6 tỷ", "3,6", 3.6e9, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng", subject="tổng công suất thiết kế"),
] + CELLS + [
    fig("thu hút 250 gian hàng", "250", 250, "count", "gian hàng", optional=True),
    fig("đạt 352 triệu", "352", 352e6, "money", "USD", percent=1.3,
        subject="kim ngạch xuất khẩu tã giấy, băng vệ sinh", period=M10),
    fig("đầu tư 45 triệu", "45", 45e6, "money", "USD", status="forecast",
        subject="vốn đầu tư nhà máy thứ hai", period=Y25, location=NT),
    fig("khoảng 800 lao động", "800", 800, "count", "lao động", approx="about", status="forecast",
        subject="lao động được tạo việc làm", period=Y25, location=NT),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: KCN 'Nhơn Trạch 3', ordinal 'nhà máy thứ hai', 'Hội chợ hàng Việt 2024', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.466,",
    "counters 1.904.337 and 52. No published date. Optional: '250 gian hàng' in a related-link title (another article's claim in page furniture).",
    "'xếp thứ ba cả nước' ranks the province's capacity: rank 3 (number word), location Đồng Nai.",
    "One-cell-per-line table, 'Đơn vị tính: triệu sản phẩm'; subject = caption indicator + row + column label; cells get no total.",
    "Periods from the column headers (scored); 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target;",
    "'So với cùng kỳ (%)' cells are percent figures with no period and no status cue (actual; borderline, they compare the estimate).",
    "'nhóm hàng này' = tã giấy, băng vệ sinh; 'chiếm 1,3%' → percent attribute. Kimura passage located in huyện Nhơn Trạch, 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1558-7", TEXT, NOTES, FIGS, location="Đồng Nai")
