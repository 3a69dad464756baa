"""p1459-6: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table of optical exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Xúc tiến thương mại | Văn bản | Liên hệ

Xuất khẩu sản phẩm quang học năm 2024 ước tăng hơn 11%

Đồng Nai hiện có 7 doanh nghiệp sản xuất tròng kính, gọng kính và kính thành phẩm, trong đó 5 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Amata, Nhơn Trạch 3 và Long Đức. Tổng vốn đăng ký của các dự án khoảng 420 triệu USD, sử dụng gần 9.500 lao động.

Kim ngạch xuất khẩu sản phẩm quang học
Đơn vị tính: triệu USD
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tròng kính
186,4
212,5
235,0
Gọng kính
64,8
71,3
78,0
Kính thành phẩm
22,6
20,9
23,0
Tổng số
273,8
304,7
336,0
Trong đó: doanh nghiệp FDI
251,2
282,6
310,0

Năm 2024, kim ngạch xuất khẩu sản phẩm quang học của tỉnh ước đạt 304,7 triệu USD, tăng 11,3% so với năm 2023, chiếm khoảng 1,2% kim ngạch xuất khẩu toàn tỉnh. Mỹ, Nhật Bản và Đức là ba thị trường lớn nhất, chiếm tổng cộng 68%.

Theo kế hoạch, năm 2025 kim ngạch xuất khẩu nhóm hàng này phấn đấu đạt 336 triệu USD; mục tiêu đến năm 2030 đạt 500 triệu USD. Sở Công Thương đang hỗ trợ Công ty TNHH Kính quang học Long Thành (vốn Nhật Bản) hoàn thiện hồ sơ mở rộng nhà máy thứ hai, dự kiến tạo việc làm cho thêm 1.200 lao động.

Bài viết liên quan:
- Hội nghị kết nối doanh nghiệp FDI với nhà cung ứng trong nước lần thứ 3

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.452
Lượt truy cập: 1.274.503
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tròng kính", ["186,4", "212,5", "235,0"]), ("Gọng kính", ["64,8", "71,3", "78,0"]),
        ("Kính thành phẩm", ["22,6", "20,9", "23,0"]), ("Tổng số", ["273,8", "304,7", "336,0"]),
        ("Trong đó: doanh nghiệp FDI", ["251,2", "282,6", "310,0"])]
TOTALS = dict(zip([c[0] for c in COLS], [273.8e6, 304.7e6, 336.0e6]))

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        row = label.lower()
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[col]
            row = "doanh nghiệp FDI"
        v = float(n.replace(",", ".")) * 1e6
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "USD",
                         subject=f"kim ngạch xuất khẩu {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước tăng hơn 11%", "11", 11, "percent", "%", approx="over", status="estimate",
        subject="xuất khẩu sản phẩm quang học", period=Y24H),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất tròng kính, gọng kính và kính thành phẩm"),
    fig("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=7,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 420 triệu", "420", 420e6, "money", "USD", approx="about",
        subject="tổng vốn đăng ký của các dự án"),
    fig("gần 9.500 lao động", "9.500", 9500, "count", "lao động", approx="nearly",
        subject="lao động các dự án sử dụng"),
] + CELLS + [
    fig("ước đạt 304,7 triệu", "304,7", 304.7e6, "money", "USD", status="estimate", percent=1.2,
        change=chg("increase", 11.3, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu sản phẩm quang học của tỉnh", period=Y24),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", subject="thị trường lớn nhất", optional=True),
    fig("tổng cộng 68%", "68", 68, "percent", "%",
        subject="ba thị trường lớn nhất Mỹ, Nhật Bản và Đức", period=inh(Y24)),
    fig("đạt 336 triệu", "336", 336e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng này",
        period=per("năm 2025", "2025-01-01", "2025-12-31")),
    fig("đạt 500 triệu", "500", 500e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng này",
        period=per("đến năm 2030", None, "2030-12-31")),
    fig("thêm 1.200 lao động", "1.200", 1200, "count", "lao động", status="forecast",
        subject="lao động được tạo việc làm thêm khi mở rộng nhà máy thứ hai"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related link, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Nhơn Trạch 3', 'nhà máy thứ hai', 'lần thứ 3', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.452, counter 1.274.503.",
    "'Công ty TNHH Kính quang học Long Thành' is a company name; the text does not place it in huyện Long Thành → location stays Đồng Nai.",
    "Headline 'năm 2024 ước tăng hơn 11%' → percent figure, estimate, over, period 2024.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD' → money USD ×10^6; subject = caption + row + column; period from the column",
    "(scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 186,4+64,8+22,6 = 273,8; 212,5+71,3+20,9 = 304,7; 235+78+23 = 336.",
    "The 'Trong đó: doanh nghiệp FDI' row follows the 'Tổng số' row → each cell takes the Tổng số cell of its column as total (spec: a part",
    "after 'trong đó' that follows the whole). Other cells get no total.",
    "'chiếm khoảng 1,2% kim ngạch xuất khẩu toàn tỉnh' → percent attribute 1,2 of 304,7 triệu (approx of an attribute is not scored).",
    "Optional: 'ba thị trường lớn nhất' counts the markets just named. '68%' is its own percent figure; new sentence → status actual,",
    "period inherited. 'phấn đấu' → target (2025); 'mục tiêu đến năm 2030' → target, start null. 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1459-6", TEXT, NOTES, FIGS, location="Đồng Nai")
