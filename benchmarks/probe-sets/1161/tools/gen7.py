"""p1161-7: department site (Sở Công Thương Bình Dương), no dateline; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp

Ngành bạt nhựa, áo mưa, màng phủ giữ đà tăng trưởng

Bình Dương hiện có 186 doanh nghiệp sản xuất bạt nhựa, áo mưa và màng phủ nông nghiệp, chiếm khoảng 44% số doanh nghiệp cùng ngành của cả nước; trong đó 52 doanh nghiệp có vốn đầu tư nước ngoài. Năm 2023, sản lượng toàn ngành đạt 214.800 tấn, giá trị xuất khẩu đạt 395 triệu USD.

Sản lượng sản phẩm chủ yếu của ngành:
Đơn vị tính: tấn
Sản phẩm
Năm 2023
6 tháng đầu năm 2024
Ước cả năm 2024
Bạt nhựa PE, PVC
128.500
69.200
141.000
Màng phủ nông nghiệp
61.300
33.800
67.500
Áo mưa các loại
25.000
12.600
26.500
Tổng số
214.800
115.600
235.000

Các doanh nghiệp trong ngành sử dụng gần 21.000 lao động, thu nhập bình quân 8,6 triệu đồng/người/tháng. Riêng Công ty TNHH Bao bì Nhựa Thành Phú tại thành phố Tân Uyên có 1.350 công nhân, năm 2023 xuất khẩu bạt sang 18 quốc gia và vùng lãnh thổ.

Sở Công Thương đặt mục tiêu đến năm 2025 có 30% doanh nghiệp trong ngành sử dụng nhựa tái chế hoặc nhựa sinh học làm nguyên liệu đầu vào.

Bài viết liên quan:
- Hội chợ Plastics & Rubber Vietnam 2024 thu hút hơn 500 gian hàng
- Tập huấn an toàn hóa chất lần thứ 2 năm 2024

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 8, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.530
Lượt truy cập: 2.648.915 | Trực tuyến: 43
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
E24 = per("Ước cả năm 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2023": Y23, "6 tháng đầu năm 2024": H1, "Ước cả năm 2024": E24}


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return fig(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}",
               period=COLS[col], **kw)


FIGS = [
    fig("có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp", percent=44,
        subject="doanh nghiệp sản xuất bạt nhựa, áo mưa và màng phủ nông nghiệp"),
    fig("52 doanh nghiệp", "52", 52, "count", "doanh nghiệp", total=186,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("đạt 214.800 tấn", "214.800", 214800, "measure", "tấn", subject="sản lượng toàn ngành", period=Y23),
    fig("đạt 395 triệu", "395", 395e6, "money", "USD", subject="giá trị xuất khẩu của ngành", period=Y23),
    cell("PVC\n128.500", "128.500", 128500, "bạt nhựa PE, PVC", "Năm 2023"),
    cell("128.500\n69.200", "69.200", 69200, "bạt nhựa PE, PVC", "6 tháng đầu năm 2024"),
    cell("69.200\n141.000", "141.000", 141000, "bạt nhựa PE, PVC", "Ước cả năm 2024"),
    cell("nghiệp\n61.300", "61.300", 61300, "màng phủ nông nghiệp", "Năm 2023"),
    cell("61.300\n33.800", "33.800", 33800, "màng phủ nông nghiệp", "6 tháng đầu năm 2024"),
    cell("33.800\n67.500", "67.500", 67500, "màng phủ nông nghiệp", "Ước cả năm 2024"),
    cell("loại\n25.000", "25.000", 25000, "áo mưa các loại", "Năm 2023"),
    cell("25.000\n12.600", "12.600", 12600, "áo mưa các loại", "6 tháng đầu năm 2024"),
    cell("12.600\n26.500", "26.500", 26500, "áo mưa các loại", "Ước cả năm 2024"),
    cell("Tổng số\n214.800", "214.800", 214800, "tổng số", "Năm 2023"),
    cell("214.800\n115.600", "115.600", 115600, "tổng số", "6 tháng đầu năm 2024"),
    cell("115.600\n235.000", "235.000", 235000, "tổng số", "Ước cả năm 2024"),
    fig("gần 21.000 lao động", "21.000", 21000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp trong ngành"),
    fig("8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
    fig("có 1.350 công nhân", "1.350", 1350, "count", "công nhân",
        subject="công nhân Công ty TNHH Bao bì Nhựa Thành Phú", location="Tân Uyên"),
    fig("sang 18 quốc gia", "18", 18, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ công ty xuất khẩu bạt sang",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Tân Uyên"),
    fig("có 30% doanh nghiệp", "30", 30, "percent", "%", status="target",
        subject="doanh nghiệp trong ngành sử dụng nhựa tái chế hoặc nhựa sinh học",
        period=per("đến năm 2025", None, "2025-12-31")),
    fig("hơn 500 gian hàng", "500", 500, "count", "gian hàng", approx="over", optional=True,
        subject="gian hàng tại Hội chợ Plastics & Rubber Vietnam 2024"),
]

NOTES = [
    "Department site (Sở Công Thương Bình Dương) with no dateline: no published. Footer address, phone, visit counter.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are products: subject = 'sản lượng' + row label + column label;",
    "periods from the column headers (scored); column 'Ước cả năm 2024' → status estimate. Cells get no totals; 'Tổng số' row is its own figures.",
    "'chiếm khoảng 44% số doanh nghiệp cùng ngành của cả nước' → percent 44 of 186; '52 doanh nghiệp' after 'trong đó' → total 186.",
    "Company in thành phố Tân Uyên → location Tân Uyên. 'đặt mục tiêu đến năm 2025' → target.",
    "Related-link headline '... hơn 500 gian hàng' is page furniture with a real figure: optional.",
    "Distractors: 'Tầng 8, Tháp A', phone 0274.3822.530, 'Lượt truy cập: 2.648.915', 'Trực tuyến: 43', 'lần thứ 2 năm 2024', 'Vietnam 2024'.",
]

if __name__ == "__main__":
    write("p1161-7", TEXT, NOTES, FIGS, published=None, location="Bình Dương")
