"""p746-7: Sở NN&PTNT Thanh Hóa department site, no dateline — pineapple area 2023, one-cell-per-line table by district, factory, support."""
from lib import emit, fig, per, chg

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THANH HÓA
Trang chủ / Tin chuyên ngành / Trồng trọt

Phát triển vùng dứa nguyên liệu gắn với nhà máy chế biến

Năm 2023, diện tích dứa toàn tỉnh đạt 2.460 ha, tăng 8,4% so với năm 2022; sản lượng dứa quả đạt 58.600 tấn, năng suất bình quân 27,5 tấn/ha. Diện tích dứa tập trung ở 4 huyện trung du, miền núi như sau:

Bảng: Diện tích dứa một số huyện
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thạch Thành
1.035
1.120
1.250
Ngọc Lặc
412
465
520
Như Thanh
386
402
450
Như Xuân
215
238
300

Năm 2023, Công ty CP Thực phẩm xuất khẩu Sông Bưởi đã thu mua 21.300 tấn dứa, chiếm 36,3% sản lượng toàn tỉnh, để sản xuất dứa khoanh đóng hộp và nước dứa cô đặc xuất khẩu. Hiện toàn tỉnh có 3 hợp tác xã và 12 tổ hợp tác sản xuất dứa theo chuỗi liên kết với doanh nghiệp, diện tích liên kết đạt 1.350 ha, chiếm 54,9% tổng diện tích; giá dứa quả loại 1 bình quân 5.800 đồng/kg.

Giá trị thu được trên 1 ha dứa đạt 180-220 triệu đồng/năm. Con số này gấp 3 lần so với trồng mía.

Theo Nghị quyết số 13/2022/NQ-HĐND, tỉnh hỗ trợ 10 triệu đồng/ha cho diện tích trồng mới tập trung từ 5 ha trở lên.

Địa chỉ: Số 32 Lê Lai, phường Đông Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.112
Tổng lượt truy cập: 1.582.406
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        ("Kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024")]
ROWS = [("Thạch Thành", ["1.035", "1.120", "1.250"]),
        ("Ngọc Lặc", ["412", "465", "520"]),
        ("Như Thanh", ["386", "402", "450"]),
        ("Như Xuân", ["215", "238", "300"])]

FIGS = [
    fig("đạt 2.460 ha", "2.460", 2460, "measure", "ha", "diện tích dứa", Y23,
        change=chg("increase", 8.4, "%", "năm 2022")),
    fig("đạt 58.600 tấn", "58.600", 58600, "measure", "tấn", "sản lượng dứa quả", Y23),
    fig("27,5 tấn/ha", "27,5", 27.5, "measure", "tấn/ha", "năng suất dứa bình quân", Y23),
    fig("ở 4 huyện", "4", 4, "count", "huyện", "huyện trung du, miền núi tập trung diện tích dứa"),
]
for district, cells in ROWS:
    prev = district
    for cell, (col, p, status, label) in zip(cells, COLS):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(fig(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "measure", "ha",
                        f"diện tích dứa {label}", p, location=district, **kw))
        prev = cell
FIGS += [
    fig("thu mua 21.300 tấn", "21.300", 21300, "measure", "tấn", "dứa Công ty CP Thực phẩm xuất khẩu Sông Bưởi thu mua",
        per("Năm 2023", "2023-01-01", "2023-12-31"), percent=36.3),
    fig("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã sản xuất dứa theo chuỗi liên kết với doanh nghiệp"),
    fig("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác sản xuất dứa theo chuỗi liên kết với doanh nghiệp"),
    fig("đạt 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích liên kết", percent=54.9),
    fig("5.800 đồng/kg", "5.800", 5800, "money", "đồng/kg", "giá dứa quả loại 1 bình quân"),
    fig("đạt 180-220 triệu", "180", 180000000, "money", "đồng/ha/năm", "giá trị thu được trên 1 ha dứa",
        value_max=220000000),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "giá trị thu được trên 1 ha dứa so với trồng mía"),
    fig("hỗ trợ 10 triệu đồng/ha", "10", 10000000, "money", "đồng/ha", "mức hỗ trợ diện tích trồng mới tập trung"),
    fig("từ 5 ha trở lên", "5", 5, "measure", "ha", "quy mô trồng mới tập trung", approx="at_least", optional=True),
]

COMMENTS = [
    "Sở NN&PTNT Thanh Hóa department site, no dateline (no published); one-cell-per-line table with 'Đơn vị tính: ha' and columns",
    "Năm 2022 | Năm 2023 | Kế hoạch 2024 by district. Table cells: district → location, subject = indicator + column, period from the",
    "column header (scored, as in shared h23), 'Kế hoạch 2024' → target. Table rows are not parts of the body total (no cue).",
    "'trên 1 ha dứa đạt 180-220 triệu đồng/năm': the denominator '1 ha' is part of the unit (đồng/ha/năm), not a figure.",
    "'Con số này gấp 3 lần so với trồng mía' stands alone as its own sentence: a multiple figure. 'từ 5 ha trở lên' is a threshold: optional.",
    "Distractors: Nghị quyết số 13/2022/NQ-HĐND, 'Số 32 Lê Lai', phone, 'Tổng lượt truy cập: 1.582.406', 'Bảng:'.",
]

if __name__ == "__main__":
    emit("p746-7", TEXT, COMMENTS, FIGS, location="Thanh Hóa")
