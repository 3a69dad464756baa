"""p1458-6: department site (Sở Công Thương Vĩnh Phúc), no dateline; one-cell-per-line table by locality."""
from lib import fig, per, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Ngành dây, cáp điện Vĩnh Phúc tăng trưởng ổn định

Vĩnh Phúc hiện có 11 doanh nghiệp sản xuất dây và cáp điện, trong đó 8 doanh nghiệp FDI, tập trung tại các khu công nghiệp Bá Thiện, Bình Xuyên và Khai Quang. Năm 2024, giá trị sản xuất của ngành ước đạt 7.150 tỷ đồng, tăng 11,4% so với năm 2023, đứng thứ 4 trong các ngành công nghiệp chế biến, chế tạo của tỉnh.

Giá trị sản xuất ngành dây và cáp điện theo địa phương
Đơn vị tính: tỷ đồng
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Bình Xuyên
3.980
4.460
4.900
Thành phố Vĩnh Yên
1.730
1.890
2.050
Thành phố Phúc Yên
710
800
850
Tổng số
6.420
7.150
7.800

Các doanh nghiệp sử dụng khoảng 5.300 lao động, thu nhập bình quân 10,2 triệu đồng/người/tháng. Sản phẩm chủ yếu là cáp điều khiển, dây điện dân dụng và bó dây điện cho ô tô, xe máy; khoảng 65% sản lượng được xuất khẩu. Giá dây điện dân dụng loại 2,5 mm2 trên thị trường phổ biến từ 9.500 đến 11.000 đồng/mét.

Năm 2025, Sở Công Thương phấn đấu giá trị sản xuất toàn ngành đạt 7.800 tỷ đồng; hỗ trợ ít nhất 3 doanh nghiệp tham gia Chương trình Thương hiệu quốc gia.

Bài viết liên quan:
- Hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ lần thứ 2
- Thông báo lịch tiếp công dân tháng 12
SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Địa chỉ: Số 12 đường Lam Sơn, phường Đống Đa, TP Vĩnh Yên
Điện thoại: 0211.3862.448
Lượt truy cập: 1.204.775 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("Huyện Bình Xuyên", "Bình Xuyên", ["3.980", "4.460", "4.900"]),
        ("Thành phố Vĩnh Yên", "Vĩnh Yên", ["1.730", "1.890", "2.050"]),
        ("Thành phố Phúc Yên", "Phúc Yên", ["710", "800", "850"]),
        ("Tổng số", None, ["6.420", "7.150", "7.800"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            p, st = COLS[col]
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                subj = f"giá trị sản xuất ngành dây và cáp điện {col}"
            else:
                subj = f"tổng số giá trị sản xuất ngành dây và cáp điện {col}"
            v = float(n.replace(".", "")) * 1e9
            out.append(fig(f"{prev}\n{n}", n, v, "money", "đồng", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dây và cáp điện"),
    fig("trong đó 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=11, subject="doanh nghiệp FDI"),
    fig("ước đạt 7.150 tỷ", "7.150", 7150e9, "money", "đồng", status="estimate",
        change=chg("increase", 11.4, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", status="estimate",
        subject="giá trị sản xuất của ngành trong các ngành công nghiệp chế biến, chế tạo của tỉnh",
        period=Y24),
] + cells() + [
    fig("khoảng 5.300 lao động", "5.300", 5300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 10,2 triệu", "10,2", 10.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about", subject="sản lượng được xuất khẩu"),
    fig("loại 2,5 mm2", "2,5", 2.5, "measure", "mm2", optional=True,
        subject="tiết diện dây điện dân dụng"),
    fig("từ 9.500 đến 11.000", "9.500", 9500, "money", "đồng/mét", value_max=11000,
        subject="giá dây điện dân dụng loại 2,5 mm2 trên thị trường"),
    fig("đạt 7.800 tỷ", "7.800", 7800e9, "money", "đồng", status="target",
        subject="giá trị sản xuất toàn ngành", period=Y25),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ tham gia Chương trình Thương hiệu quốc gia", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Vĩnh Phúc), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'lần thứ 2', 'tháng 12' in link titles, 'Số 12 đường Lam Sơn', phone 0211.3862.448, 'Lượt truy cập: 1.204.775', 'Đang online: 52'.",
    "'đứng thứ 4' continues the 'ước đạt' clause → estimate, period Năm 2024.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng': cells are money ×10^9; the row label is a place → location (Bình Xuyên, Vĩnh Yên, Phúc Yên); Tổng số row → Vĩnh Phúc.",
    "Column 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; periods from the headers. Table cells carry no total.",
    "'loại 2,5 mm2' is the wire size in a product description (optional, like a bottle size).",
    "No dateline: published absent; 'Năm 2025 ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1458-6", TEXT, NOTES, FIGS, location="Vĩnh Phúc")
