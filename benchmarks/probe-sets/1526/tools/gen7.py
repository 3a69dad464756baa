"""p1526-7: department site (Sở Công Thương Bắc Ninh), no dateline; one-cell-per-line table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Ngành sản xuất xà phòng nước, nước rửa tay tăng trưởng ổn định

Bắc Ninh hiện có 11 doanh nghiệp sản xuất xà phòng nước, nước rửa tay và chất tẩy rửa gia dụng, chủ yếu tại các khu công nghiệp Quế Võ, Yên Phong và Thuận Thành II. Năm 2024, sản lượng toàn ngành ước đạt 11.000 tấn, tăng 7,6% so với năm 2023, đứng thứ ba các tỉnh phía Bắc; trong đó xuất khẩu chiếm khoảng 26%.

Sản lượng theo nhóm sản phẩm
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Xà phòng nước
8.420
9.150
9.800
Nước rửa tay diệt khuẩn
1.260
1.380
1.450
Nước rửa tay khô
540
470
450
Tổng số
10.220
11.000
11.700
Trong đó: xuất khẩu
2.150
2.860
3.300

Doanh nghiệp lớn nhất là Công ty TNHH Hóa phẩm Kinh Bắc tại thị xã Thuận Thành với sản lượng năm 2024 ước 4.600 tấn, chiếm 41,8% toàn ngành. Các doanh nghiệp trong ngành sử dụng khoảng 1.700 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng. Năm 2025, Sở phấn đấu có thêm 2 sản phẩm đạt danh hiệu sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.

Bài viết liên quan:
- Hướng dẫn khai báo hóa chất theo Nghị định 113/2017/NĐ-CP
- Hội nghị kết nối cung cầu hàng hóa năm 2024

SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Địa chỉ: Số 11 Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.456
Lượt truy cập: 1.204.557 | Trực tuyến: 28
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Xà phòng nước", "xà phòng nước", ["8.420", "9.150", "9.800"]),
        ("Nước rửa tay diệt khuẩn", "nước rửa tay diệt khuẩn", ["1.260", "1.380", "1.450"]),
        ("Nước rửa tay khô", "nước rửa tay khô", ["540", "470", "450"]),
        ("Tổng số", "tổng số", ["10.220", "11.000", "11.700"]),
        ("Trong đó: xuất khẩu", "xuất khẩu", ["2.150", "2.860", "3.300"])]
TOTALS = [10220, 11000, 11700]

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn",
                         subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xà phòng nước, nước rửa tay và chất tẩy rửa gia dụng"),
    fig("ước đạt 11.000 tấn", "11.000", 11000, "measure", "tấn", status="estimate",
        change=chg("increase", 7.6, "%", "năm 2023"), subject="sản lượng toàn ngành", period=Y24),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", status="estimate",
        subject="sản lượng toàn ngành so với các tỉnh phía Bắc", period=Y24),
    fig("khoảng 26%", "26", 26, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng xuất khẩu trong sản lượng toàn ngành", period=Y24),
] + CELLS + [
    fig("ước 4.600 tấn", "4.600", 4600, "measure", "tấn", status="estimate", percent=41.8,
        subject="sản lượng của Công ty TNHH Hóa phẩm Kinh Bắc", period=Y24b, location="Thuận Thành"),
    fig("khoảng 1.700 lao động", "1.700", 1700, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt danh hiệu sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: KCN 'Thuận Thành II', Nghị định 113/2017/NĐ-CP, 'Số 11 Lý Thái Tổ', phone 0222.3822.456, counters 1.204.557 and 28, 'năm 2024' in a link.",
    "'Năm 2024, sản lượng toàn ngành ước đạt ...' → estimate; the rank 'đứng thứ ba' and '; trong đó xuất khẩu chiếm khoảng 26%' continue it (estimate).",
    "The 26% is a share of export in output, a percent figure of its own.",
    "One-cell-per-line table, 'Đơn vị tính: tấn': subject = 'sản lượng' + row + column; period from column headers;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: xuất khẩu' sub-row is a part of 'Tổng số': total = the Tổng số cell of its column.",
    "The Kinh Bắc company in thị xã Thuận Thành: location Thuận Thành, 'ước' → estimate, 'chiếm 41,8% toàn ngành' → percent attribute.",
    "No dateline: published absent; every period is stated with its year.",
]

if __name__ == "__main__":
    write("p1526-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
