"""p1380-7: department site (Sở Công Thương Hòa Bình), no dateline: brocade and natural dyes, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÒA BÌNH
Giới thiệu | Tin tức | Khuyến công | Văn bản | Liên hệ

Thổ cẩm Hòa Bình: Hướng đi từ màu nhuộm tự nhiên

Toàn tỉnh hiện có 9 làng nghề dệt thổ cẩm được công nhận, thu hút khoảng 1.800 hộ với 2.700 lao động, tập trung ở các huyện Mai Châu, Tân Lạc, Đà Bắc. Năm 2024, doanh thu từ thổ cẩm ước đạt 41 tỷ đồng, tăng 9% so với năm 2023. Sản phẩm nhuộm màu tự nhiên bán được giá cao hơn từ 20 đến 40% so với sản phẩm nhuộm hóa chất.

Sản lượng thổ cẩm các huyện
Đơn vị tính: nghìn sản phẩm
Huyện
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Mai Châu
86,5
92,0
100,0
Tân Lạc
24,3
26,8
30,0
Đà Bắc
11,2
12,5
15,0
Tổng số
122,0
131,3
145,0
Trong đó: nhuộm màu tự nhiên
18,4
23,6
30,0

Năm 2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp hỗ trợ 650 triệu đồng xây dựng 2 mô hình trình diễn nhuộm chàm, nhuộm lá cây tại xã Chiềng Châu (huyện Mai Châu) và xã Phong Phú (huyện Tân Lạc). Các mô hình dùng lá chàm, vỏ cây sòi, củ nâu lấy từ vùng nguyên liệu tại chỗ.

Tin cùng chuyên mục:
- Hội thi sản phẩm công nghiệp nông thôn tiêu biểu lần thứ 4
- Thông báo lịch tiếp công dân tháng 12

SỞ CÔNG THƯƠNG TỈNH HÒA BÌNH
Địa chỉ: Số 108 đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình
Điện thoại: 0218.3852.497
Lượt truy cập: 1.204.336 | Đang online: 58
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Mai Châu", ["86,5", "92,0", "100,0"]), ("Tân Lạc", ["24,3", "26,8", "30,0"]),
        ("Đà Bắc", ["11,2", "12,5", "15,0"]), ("Tổng số", ["122,0", "131,3", "145,0"]),
        ("Trong đó: nhuộm màu tự nhiên", ["18,4", "23,6", "30,0"])]
TOTALS = [122000, 131300, 145000]


def val(n):
    return float(n.replace(",", ".")) * 1e3


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n, tot in zip(COLS, nums, TOTALS):
        kw = {"status": st} if st else {}
        if label == "Tổng số":
            subj = f"sản lượng thổ cẩm tổng số {col}"
        elif label.startswith("Trong đó"):
            subj = f"sản lượng thổ cẩm nhuộm màu tự nhiên {col}"
            kw["total"] = tot
        else:
            subj = f"sản lượng thổ cẩm {col}"
            kw["location"] = label
        CELLS.append(fig(f"{prev}\n{n}", n, val(n), "count", "sản phẩm", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 9 làng nghề", "9", 9, "count", "làng nghề", subject="làng nghề dệt thổ cẩm được công nhận"),
    fig("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", approx="about", subject="hộ làng nghề dệt thổ cẩm thu hút"),
    fig("với 2.700 lao động", "2.700", 2700, "count", "lao động", subject="lao động làng nghề dệt thổ cẩm thu hút"),
    fig("ước đạt 41 tỷ", "41", 41e9, "money", "đồng", status="estimate",
        change=chg("increase", 9, "%", "năm 2023"), subject="doanh thu từ thổ cẩm", period=Y24),
    fig("từ 20 đến 40%", "20", 20, "percent", "%", value_max=40,
        subject="giá sản phẩm nhuộm màu tự nhiên cao hơn so với sản phẩm nhuộm hóa chất"),
] + CELLS + [
    fig("hỗ trợ 650 triệu", "650", 650e6, "money", "đồng",
        subject="Trung tâm Khuyến công hỗ trợ xây dựng mô hình trình diễn nhuộm chàm, nhuộm lá cây", period=Y24),
    fig("dựng 2 mô hình", "2", 2, "count", "mô hình", subject="mô hình trình diễn nhuộm chàm, nhuộm lá cây",
        period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Hòa Bình), no dateline: banner, menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Default location Hòa Bình. Distractors: 'lần thứ 4', 'tháng 12' in a link, 'Số 108 đường Trần Hưng Đạo', phone 0218.3852.497,",
    "counters 1.204.336 and 58.",
    "'bán được giá cao hơn từ 20 đến 40% so với ...' has no base amount: a percent figure (range), no change.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' → count in sản phẩm ×10^3; district rows → location; period from column headers",
    "(scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: nhuộm màu tự nhiên' row follows the 'Tổng số' row:",
    "a part after 'trong đó' that follows the whole (same thing, same column period) → total = the Tổng số cell of its column.",
    "The 650 triệu and 2 mô hình are in two districts (Mai Châu, Tân Lạc) → location Hòa Bình; period 'Năm 2024' in the sentence.",
]

if __name__ == "__main__":
    write("p1380-7", TEXT, NOTES, FIGS, location="Hòa Bình")
