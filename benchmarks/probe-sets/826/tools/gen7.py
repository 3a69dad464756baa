from lib import F, P, I, C, T, build

TABLE = [("Số hộ sản xuất (hộ)", "hộ", "count", 1, ["248", "241", "235"]),
         ("Sản lượng (triệu chiếc)", "chiếc", "count", 1e6, ["21,6", "23,4", "25,0"]),
         ("Doanh thu (tỷ đồng)", "đồng", "money", 1e9, ["64,8", "74,9", "82,5"])]
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Ước năm 2024", P("Ước năm 2024", "2024-01-01", "2024-12-31"), "estimate")]

table_text = "Chỉ tiêu\n" + "\n".join(c[0] for c in COLS) + "\n" + "\n".join(
    label + "\n" + "\n".join(cells) for label, _, _, _, cells in TABLE) + "\n"

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Khuyến công

Làng nghề bánh tráng nước dừa Tam Quan giữ vững thương hiệu

Làng nghề bánh tráng nước dừa Tam Quan (thị xã Hoài Nhơn) được UBND tỉnh công nhận theo Quyết định số 2045/QĐ-UBND năm 2016. Hiện làng nghề có 235 hộ sản xuất, tập trung ở các phường Tam Quan Bắc, Tam Quan Nam và Hoài Thanh, giải quyết việc làm cho gần 700 lao động. Kết quả sản xuất của làng nghề như sau:

""" + table_text + """
Dịp Tết Nguyên đán, giá bánh tráng nước dừa nướng từ 3.500 đến 4.000 đồng/chiếc, bánh tráng mè đen 5.000 đồng/chiếc. Năm 2023, từ nguồn kinh phí khuyến công địa phương, Sở Công Thương hỗ trợ 12 hộ đầu tư máy tráng bánh chạy điện với tổng kinh phí 360 triệu đồng. Mỗi máy cho năng suất khoảng 1.200 chiếc/giờ, gấp 4 lần tráng thủ công.

Hiện làng nghề có 5 sản phẩm đạt OCOP 3 sao và 1 sản phẩm đạt OCOP 4 sao. Thị xã Hoài Nhơn phấn đấu đến năm 2025 sản lượng bánh tráng nước dừa đạt 30 triệu chiếc, doanh thu trên 100 tỷ đồng.

SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Địa chỉ: 01 Hà Huy Tập, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.583 - Fax: 0256.3821.385
Đang truy cập: 37 | Tổng lượt truy cập: 1.846.225
"""

T25 = P("đến năm 2025", None, "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 235 hộ", "235", 235, "count", "hộ", "hộ sản xuất bánh tráng nước dừa"),
    F("gần 700 lao động", "700", 700, "count", "lao động", "lao động có việc làm tại làng nghề", approx="nearly"),
]
for label, unit, kind, mult, cells in TABLE:
    head = label.split(" (")[0]
    for i, (cell, (col, per, st)) in enumerate(zip(cells, COLS)):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        anchor = f"\n{cell}\n" + (f"{nxt}\n" if nxt else "")
        if nxt is None:
            anchor = f"{cells[i-1]}\n{cell}\n"
        kw = {"status": st} if st != "actual" else {}
        v = float(cell.replace(",", ".")) * mult
        FIGS.append(F(anchor, cell, v, kind, unit, f"{head.lower()} bánh tráng nước dừa {col.lower()}", per, **kw))
FIGS += [
    F("từ 3.500 đến 4.000 đồng/chiếc", "3.500", 3500, "money", "đồng/chiếc", "giá bánh tráng nước dừa nướng", value_max=4000),
    F("đen 5.000 đồng/chiếc", "5.000", 5000, "money", "đồng/chiếc", "giá bánh tráng mè đen"),
    F("hỗ trợ 12 hộ", "12", 12, "count", "hộ", "hộ được hỗ trợ đầu tư máy tráng bánh chạy điện", Y23),
    F("360 triệu đồng", "360", 360e6, "money", "đồng", "kinh phí hỗ trợ máy tráng bánh", Y23),
    F("khoảng 1.200 chiếc/giờ", "1.200", 1200, "measure", "chiếc/giờ", "năng suất máy tráng bánh", approx="about",
      change=C("increase", 4, "lần", "tráng thủ công")),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng OCOP", optional=True),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng OCOP", optional=True),
    F("đạt 30 triệu chiếc", "30", 30e6, "count", "chiếc", "sản lượng bánh tráng nước dừa", T25, status="target"),
    F("trên 100 tỷ đồng", "100", 100e9, "money", "đồng", "doanh thu bánh tráng nước dừa", T25, approx="over", status="target"),
]

build("p826-7", TEXT, FIGS, published=None, location="Hoài Nhơn", comments=[
    "Sở Công Thương Bình Định (department site, no dateline; footer address, phone, fax, visit counters): làng nghề bánh tráng nước dừa Tam Quan, thị xã Hoài Nhơn.",
    "One-cell-per-line table (Chỉ tiêu / Năm 2022 / Năm 2023 / Ước năm 2024; rows Số hộ (hộ), Sản lượng (triệu chiếc), Doanh thu (tỷ đồng)):",
    "unit and multiplier from the row label, period from the column header, 'Ước năm 2024' → estimate. Location Hoài Nhơn throughout.",
    "'gấp 4 lần tráng thủ công' follows the machine output 1.200 chiếc/giờ: its change (increase, 4 lần), not a multiple of its own.",
    "The machine's output has no period (a capacity, the 'Năm 2023' sentence is about the support). OCOP stars optional.",
    "Not figures: Quyết định số 2045/QĐ-UBND năm 2016, 01 Hà Huy Tập, phone/fax, 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.846.225'.",
])
