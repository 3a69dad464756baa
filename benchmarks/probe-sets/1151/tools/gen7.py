"""p1151-7: Sở Công Thương Tây Ninh (department site, no dateline). Output of mattresses and bedding, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ » Tin tức » Công nghiệp

Ngành nệm, chăn ga gối Tây Ninh tăng trưởng khá

Năm 2024, giá trị sản xuất ngành nệm, chăn ga gối trên địa bàn tỉnh đạt 5.870 tỷ đồng, tăng 15,6% so với năm 2023, chiếm 3,4% giá trị sản xuất công nghiệp toàn tỉnh. Toàn tỉnh có 31 dự án sản xuất nệm, chăn ga gối còn hiệu lực với tổng vốn đăng ký 742 triệu USD và 1.260 tỷ đồng, trong đó 26 dự án FDI, tập trung tại KCN Phước Đông và KCN Thành Thành Công. Các doanh nghiệp sử dụng 21.400 lao động, trong đó 13.500 lao động nữ.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Nệm lò xo
1.240
1.465
1.600
Nệm foam
860
1.020
1.150
Chăn, ga các loại
2.310
2.580
2.800
Gối
3.150
3.470
3.700
Tổng số
7.560
8.535
9.250

Năm 2024, Đoàn kiểm tra liên ngành đã kiểm tra an toàn PCCC tại 24 doanh nghiệp ngành nệm, kiến nghị khắc phục 47 tồn tại. Năm 2025, ngành phấn đấu giá trị sản xuất tăng từ 12% đến 14%; thu nhập bình quân người lao động ít nhất 9 triệu đồng/người/tháng.

Tin liên quan:
- Tây Ninh: Hội nghị kết nối cung cầu hàng hóa năm 2025
- Hướng dẫn kê khai hóa chất ngành dệt may

SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Địa chỉ: Số 136, đường Trần Hưng Đạo, Phường 2, TP Tây Ninh
Điện thoại: 0276.3822.314 - Fax: 0276.3822.315
Tổng lượt truy cập: 2.365.108 | Đang trực tuyến: 37
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", "actual"),
        ("Năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), "năm 2024", "actual"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "kế hoạch 2025", "target")]
ROWS = [("Nệm lò xo", "nệm lò xo", ("1.240", "1.465", "1.600")),
        ("Nệm foam", "nệm foam", ("860", "1.020", "1.150")),
        ("Chăn, ga các loại", "chăn, ga các loại", ("2.310", "2.580", "2.800")),
        ("Gối", "gối", ("3.150", "3.470", "3.700")),
        ("Tổng số", "tổng số", ("7.560", "8.535", "9.250"))]


def cells():
    out = []
    for label, low, nums in ROWS:
        prev = label
        for (head, p, chead, st), num in zip(COLS, nums):
            anchor = f"{prev}\n{num}"
            prev = num
            value = float(num.replace(".", "")) * 1000
            kw = {"status": st} if st != "actual" else {}
            out.append(fig(anchor, num, value, "count", "sản phẩm", period=p,
                           subject=f"sản lượng {low} {chead}", **kw))
    return out


FIGS = [
    fig("đạt 5.870 tỷ", "5.870", 5870e9, "money", "đồng", period=Y24, percent=3.4,
        change=chg("increase", 15.6, "%", "năm 2023"), subject="giá trị sản xuất ngành nệm, chăn ga gối"),
    fig("có 31 dự án", "31", 31, "count", "dự án",
        subject="dự án sản xuất nệm, chăn ga gối còn hiệu lực"),
    fig("đăng ký 742 triệu", "742", 742e6, "money", "USD",
        subject="tổng vốn đăng ký của các dự án"),
    fig("và 1.260 tỷ", "1.260", 1260e9, "money", "đồng",
        subject="tổng vốn đăng ký của các dự án"),
    fig("trong đó 26 dự án", "26", 26, "count", "dự án", total=31,
        subject="dự án FDI sản xuất nệm, chăn ga gối"),
    fig("sử dụng 21.400 lao động", "21.400", 21400, "count", "lao động",
        subject="lao động các doanh nghiệp ngành nệm, chăn ga gối"),
    fig("trong đó 13.500 lao động", "13.500", 13500, "count", "lao động", total=21400,
        subject="lao động nữ"),
] + cells() + [
    fig("tại 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp", period=Y24,
        subject="doanh nghiệp ngành nệm được kiểm tra an toàn PCCC"),
    fig("khắc phục 47 tồn tại", "47", 47, "count", "tồn tại", period=Y24,
        subject="tồn tại kiến nghị khắc phục"),
    fig("từ 12% đến 14%", "12", 12, "percent", "%", value_max=14, status="target", period=Y25,
        subject="tăng trưởng giá trị sản xuất ngành"),
    fig("ít nhất 9 triệu", "9", 9e6, "money", "đồng/người/tháng", approx="at_least", status="target", period=Y25,
        subject="thu nhập bình quân người lao động"),
]

NOTES = [
    "Department site (Sở Công Thương Tây Ninh) with NO dateline: breadcrumb, related links, footer address, phone/fax,",
    "'Tổng lượt truy cập: 2.365.108 | Đang trực tuyến: 37' (page furniture). 'năm 2025' in a related link is a menu date, not the article's.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' -> every cell x1000, unit sản phẩm; subject = row label + column label;",
    "period from the column header (scored); 'Kế hoạch 2025' column -> status target. 'Tổng số' row is a figure of its own (no totals on cells).",
    "'742 triệu USD và 1.260 tỷ đồng' are two money figures. 'tăng từ 12% đến 14%' is a growth rate as the claim: percent range, target.",
    "Distractors: 'Số 136', 'Phường 2', phones 0276.3822.314/315, 'KCN Thành Thành Công', counters.",
]

if __name__ == "__main__":
    write("p1151-7", TEXT, NOTES, FIGS, published=None, location="Tây Ninh")
