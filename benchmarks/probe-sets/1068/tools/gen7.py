"""p1068-7: Sở Công Thương Hà Tĩnh site (no dateline), kẹo cu đơ and traditional sweets; table pasted one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
Kẹo cu đơ Hà Tĩnh vào mùa Tết

Hiện toàn tỉnh Hà Tĩnh có 47 cơ sở sản xuất kẹo cu đơ, kẹo lạc, tập trung tại TP Hà Tĩnh (19 cơ sở), huyện Thạch Hà (11 cơ sở), huyện Can Lộc (9 cơ sở) và huyện Đức Thọ (8 cơ sở).

Năm 2024, sản lượng kẹo cu đơ toàn tỉnh đạt 1.120 tấn, tăng 7,7% so với năm 2023; riêng quý IV/2024 chiếm khoảng 40% sản lượng cả năm. Các cơ sở giải quyết việc làm cho gần 600 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Sản lượng một số loại kẹo, bánh truyền thống
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Kẹo cu đơ
1.040
1.120
1.200
Kẹo lạc, kẹo vừng
365
392
420
Bánh đa vừng
510
548
600
Tổng cộng
1.915
2.060
2.220

Giá kẹo cu đơ hiện dao động 45.000-60.000 đồng/kg, tăng khoảng 5.000 đồng/kg so với Tết năm trước do giá đường, mật mía tăng. Trong tháng 12/2024, Chi cục Quản lý thị trường đã kiểm tra 32 cơ sở sản xuất, kinh doanh kẹo, bánh, xử phạt 4 cơ sở vi phạm về nhãn hàng hóa với tổng số tiền 18 triệu đồng.

Năm 2025, Sở Công Thương phấn đấu hỗ trợ 5 cơ sở đổi mới thiết bị, đưa số sản phẩm kẹo cu đơ đạt chuẩn OCOP lên 12 sản phẩm.

SỞ CÔNG THƯƠNG HÀ TĨNH
Địa chỉ: Số 02 Nguyễn Chí Thanh, TP Hà Tĩnh
Điện thoại: 0239.3855.368 | Email: soct@hatinh.gov.vn
Tổng lượt truy cập: 1.482.307
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T12 = P("Trong tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def row(label, subject, cells):
    """subject = row label + column label (FIGURES.md, Tables; as in the shared gold h23, h24)."""
    (a, va), (b, vb), (c, vc) = cells
    return [
        F(f"{label}\n{a}", a, va, "measure", "tấn", subject + " năm 2023", Y23),
        F(f"{a}\n{b}", b, vb, "measure", "tấn", subject + " năm 2024", Y24),
        F(f"{b}\n{c}", c, vc, "measure", "tấn", subject + " kế hoạch 2025", K25, status="target"),
    ]


FIGS = [
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở sản xuất kẹo cu đơ, kẹo lạc"),
    F("Hà Tĩnh (19 cơ sở)", "19", 19, "count", "cơ sở", "cơ sở sản xuất kẹo cu đơ, kẹo lạc", total=47),
    F("Thạch Hà (11 cơ sở)", "11", 11, "count", "cơ sở", "cơ sở sản xuất kẹo cu đơ, kẹo lạc", total=47,
      location="Thạch Hà"),
    F("Can Lộc (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở sản xuất kẹo cu đơ, kẹo lạc", total=47,
      location="Can Lộc"),
    F("Đức Thọ (8 cơ sở)", "8", 8, "count", "cơ sở", "cơ sở sản xuất kẹo cu đơ, kẹo lạc", total=47,
      location="Đức Thọ"),
    F("đạt 1.120 tấn", "1.120", 1120, "measure", "tấn", "sản lượng kẹo cu đơ toàn tỉnh", Y24,
      change=C("increase", 7.7, "%", "năm 2023")),
    F("khoảng 40%", "40", 40, "percent", "%", "sản lượng quý IV trong sản lượng cả năm", Q4, approx="about"),
    F("gần 600 lao động", "600", 600, "count", "lao động", "lao động các cơ sở giải quyết việc làm", approx="nearly"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
]
FIGS += row("Kẹo cu đơ", "Kẹo cu đơ", [("1.040", 1040), ("1.120", 1120), ("1.200", 1200)])
FIGS += row("vừng", "Kẹo lạc, kẹo vừng", [("365", 365), ("392", 392), ("420", 420)])
FIGS += row("Bánh đa vừng", "Bánh đa vừng", [("510", 510), ("548", 548), ("600", 600)])
FIGS += row("Tổng cộng", "Tổng cộng", [("1.915", 1915), ("2.060", 2060), ("2.220", 2220)])
FIGS += [
    F("45.000-60.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá kẹo cu đơ", value_max=60000,
      change=C("increase", 5000, "đồng/kg", "Tết năm trước", approx="about")),
    F("kiểm tra 32 cơ sở", "32", 32, "count", "cơ sở", "cơ sở sản xuất, kinh doanh kẹo, bánh được kiểm tra", T12),
    F("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở vi phạm về nhãn hàng hóa bị xử phạt", T12),
    F("số tiền 18 triệu đồng", "18", 18e6, "money", "đồng", "tổng số tiền xử phạt", T12),
    F("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở được hỗ trợ đổi mới thiết bị", Y25, status="target"),
    F("lên 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm kẹo cu đơ đạt chuẩn OCOP", Y25, status="target"),
]

NOTES = [
    "Sở Công Thương Hà Tĩnh: kẹo cu đơ and traditional sweets. No dateline (no published); footer address, phone, visit counter are not figures.",
    "The district list in brackets adds up to 47 (19+11+9+8), so each item gets total 47; TP Hà Tĩnh's item is location Hà Tĩnh.",
    "Table pasted one cell per line (Đơn vị tính: tấn): subject from the row label, period from the column header (scored);",
    "'Kế hoạch 2025' column → status target. Table cells carry no totals ('Tổng cộng' row is its own figure).",
    "revised: table subjects now row label + column label ('Kẹo cu đơ năm 2023', 'Tổng cộng kế hoạch 2025'), the spec's table rule;",
    "they were 'sản lượng <product>' and 'tổng sản lượng kẹo, bánh truyền thống'.",
    "'riêng quý IV/2024 chiếm khoảng 40%' is a share of another whole (the year's output): a percent figure with period quý IV/2024.",
]

if __name__ == "__main__":
    write("p1068-7", TEXT, NOTES, FIGS, location="Hà Tĩnh")
