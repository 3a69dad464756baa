"""p1525-6: department site (Sở Công Thương Bắc Giang), no dateline, one-cell-per-line table with a unit column."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG BẮC GIANG
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Hỏi đáp

Hỗ trợ máy móc cho cơ sở sản xuất đèn bắt muỗi ở Lạng Giang

Từ nguồn kinh phí khuyến công địa phương, Sở Công Thương hỗ trợ Công ty TNHH Kỹ thuật điện Quang Minh (xã Tân Dĩnh, huyện Lạng Giang) 300 triệu đồng, tương đương 30% tổng kinh phí đầu tư máy ép nhựa và máy hàn mạch tự động. Nhờ đó, năng suất lắp ráp đèn bắt muỗi của công ty tăng từ 1.800 lên 2.600 chiếc/ngày, tỷ lệ sản phẩm lỗi giảm còn dưới 1,5%.

Kết quả sản xuất thiết bị diệt côn trùng của các cơ sở trên địa bàn tỉnh:

Chỉ tiêu
Đơn vị
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Đèn bắt muỗi
nghìn chiếc
420
515
610
Vợt muỗi điện
nghìn chiếc
180
205
230
Tổng số sản phẩm
nghìn chiếc
600
720
840
Giá trị sản xuất
tỷ đồng
64,8
78,3
92,0
Lao động
người
545
615
680

Giai đoạn 2021-2025, tỉnh đã hỗ trợ 6 đề án khuyến công trong lĩnh vực này với tổng kinh phí 1,65 tỷ đồng. Năm 2025, Sở tiếp tục ưu tiên hỗ trợ các cơ sở đăng ký sản phẩm OCOP và tham gia Chương trình Thương hiệu Bắc Giang.

Tin cùng chuyên mục:
- Hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2024
- Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử

SỞ CÔNG THƯƠNG TỈNH BẮC GIANG
Địa chỉ: Số 2 đường Hoàng Văn Thụ, TP Bắc Giang
Điện thoại: 0204.3854.298
Lượt truy cập: 1.962.504
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
GD = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
LG = "Lạng Giang"

ROWS = [  # label, unit line, kind, unit, multiplier, cells
    ("Đèn bắt muỗi", "nghìn chiếc", "count", "chiếc", 1e3, ["420", "515", "610"]),
    ("Vợt muỗi điện", "nghìn chiếc", "count", "chiếc", 1e3, ["180", "205", "230"]),
    ("Tổng số sản phẩm", "nghìn chiếc", "count", "chiếc", 1e3, ["600", "720", "840"]),
    ("Giá trị sản xuất", "tỷ đồng", "money", "đồng", 1e9, ["64,8", "78,3", "92,0"]),
    ("Lao động", "người", "count", "người", 1, ["545", "615", "680"]),
]

CELLS = []
for label, uline, kind, unit, mult, nums in ROWS:
    prev = uline
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(",", ".")) * mult
        CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=f"{label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("Lạng Giang) 300 triệu", "300", 300e6, "money", "đồng", percent=30,
        subject="kinh phí khuyến công Sở Công Thương hỗ trợ Công ty TNHH Kỹ thuật điện Quang Minh", location=LG),
    fig("từ 1.800", "1.800", 1800, "measure", "chiếc/ngày",
        subject="năng suất lắp ráp đèn bắt muỗi của công ty", location=LG),
    fig("lên 2.600", "2.600", 2600, "measure", "chiếc/ngày",
        subject="năng suất lắp ráp đèn bắt muỗi của công ty", location=LG),
    fig("dưới 1,5%", "1,5", 1.5, "percent", "%", approx="under", subject="tỷ lệ sản phẩm lỗi", location=LG),
] + CELLS + [
    fig("hỗ trợ 6 đề án", "6", 6, "count", "đề án",
        subject="đề án khuyến công trong lĩnh vực này tỉnh đã hỗ trợ", period=GD),
    fig("kinh phí 1,65 tỷ", "1,65", 1.65e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ các đề án khuyến công", period=GD),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Giang) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 2 đường Hoàng Văn Thụ', phone 0204.3854.298, 'Lượt truy cập: 1.962.504', 'năm 2024' in a link, 'Năm 2025' (no number).",
    "'tăng từ 1.800 lên 2.600 chiếc/ngày': two figures (before and after), not a range; both take the shared unit chiếc/ngày.",
    "'300 triệu đồng, tương đương 30% tổng kinh phí' → percent 30. The firm is in huyện Lạng Giang: location Lạng Giang.",
    "One-cell-per-line table with a unit column: the multiplier comes from the unit cell (nghìn chiếc ×10³, tỷ đồng ×10⁹);",
    "columns give period and status ('Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target); no totals for table rows (no 'Trong đó').",
    "'Giai đoạn 2021-2025' gives both the 6 đề án and the 1,65 tỷ đồng (same sentence). No published date.",
]

if __name__ == "__main__":
    write("p1525-6", TEXT, NOTES, FIGS, published=None, location="Bắc Giang")
