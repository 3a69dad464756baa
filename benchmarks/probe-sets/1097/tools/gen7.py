"""p1097-7: Long An department site (no dateline), ornamental fish 2021-2023, one-cell-per-line table."""
from lib import F, P, I, C, T, write

ROWS = [("Số hộ nuôi", "hộ", ("274", "311", "352")),
        ("Diện tích nuôi", "ha", ("58,4", "66,9", "79,2")),
        ("Sản lượng", "triệu con", ("7,1", "8,3", "9,6")),
        ("Giá trị sản xuất", "tỷ đồng", ("84,6", "102,3", "121,5"))]
YEARS = ("Năm 2021", "Năm 2022", "Năm 2023")

table = "\n".join(["Chỉ tiêu", "Đơn vị tính", *YEARS] + [x for lab, u, cells in ROWS for x in (lab, u, *cells)])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Chi cục Chăn nuôi, Thú y và Thủy sản
Tin chuyên ngành

Nuôi cá cảnh tại Long An: Quy mô tăng, đầu ra ổn định

Những năm gần đây, nghề nuôi cá cảnh tại các huyện Đức Hòa, Bến Lức, Cần Giuộc phát triển nhanh nhờ gần thị trường TP. Hồ Chí Minh. Năm 2023, toàn tỉnh có 352 hộ nuôi cá cảnh, tăng 41 hộ so với năm 2022; sản lượng đạt 9,6 triệu con, trong đó cá Koi 3,2 triệu con, cá vàng 2,7 triệu con. Toàn tỉnh hiện có 3 hợp tác xã chuyên nuôi cá cảnh; khoảng 35% sản lượng được doanh nghiệp thu mua để xuất khẩu sang Thái Lan, Malaysia và châu Âu.

Kết quả nuôi cá cảnh giai đoạn 2021-2023 như sau:

""" + table + """

Giai đoạn 2021-2023, sản lượng cá cảnh toàn tỉnh tăng bình quân 16,3%/năm; giá trị sản xuất năm 2023 gấp 1,44 lần năm 2021.

Năm 2024, Chi cục phấn đấu sản lượng cá cảnh toàn tỉnh đạt 11 triệu con, giá trị sản xuất trên 140 tỷ đồng. Chi cục đang hướng dẫn các hộ áp dụng quy trình nuôi an toàn sinh học; giá cá Koi giống cỡ 8-10 cm hiện ở mức 12.000-18.000 đồng/con, cá vàng Ranchu 30.000 đồng/con.

Địa chỉ: Số 85 Quốc lộ 1, Phường 4, TP. Tân An, tỉnh Long An
Điện thoại: 0272.3826.451 - Email: ccty@longan.gov.vn
Lượt truy cập: 1.284.907
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YP = {y: P(y, f"{y[-4:]}-01-01", f"{y[-4:]}-12-31") for y in YEARS}
KIND = {"hộ": ("count", "hộ", 1), "ha": ("measure", "ha", 1), "triệu con": ("count", "con", 1e6),
        "tỷ đồng": ("money", "đồng", 1e9)}
SUBJ = {"Số hộ nuôi": "số hộ nuôi cá cảnh", "Diện tích nuôi": "diện tích nuôi cá cảnh",
        "Sản lượng": "sản lượng cá cảnh", "Giá trị sản xuất": "giá trị sản xuất cá cảnh"}

TABLE = []
for lab, u, cells in ROWS:
    kind, unit, mult = KIND[u]
    prev = u
    for y, c in zip(YEARS, cells):
        v = float(c.replace(",", ".")) * mult
        v = round(v) if mult > 1 or kind == "count" else v
        TABLE.append(F(f"{prev}\n{c}\n", c, v, kind, unit, SUBJ[lab], YP[y]))
        prev = c

FIGS = [
    F("có 352 hộ", "352", 352, "count", "hộ", "hộ nuôi cá cảnh", Y23, change=C("increase", 41, "hộ", baseline="năm 2022")),
    F("sản lượng đạt 9,6 triệu", "9,6", 9600000, "count", "con", "sản lượng cá cảnh", Y23),
    F("cá Koi 3,2 triệu", "3,2", 3200000, "count", "con", "cá Koi", Y23, total=9600000),
    F("cá vàng 2,7 triệu", "2,7", 2700000, "count", "con", "cá vàng", Y23, total=9600000),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã chuyên nuôi cá cảnh"),
    F("khoảng 35% sản lượng", "35", 35, "percent", "%", "sản lượng cá cảnh được doanh nghiệp thu mua để xuất khẩu",
      approx="about"),
] + TABLE + [
    F("bình quân 16,3%/năm", "16,3", 16.3, "percent", "%", "tốc độ tăng sản lượng cá cảnh bình quân",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("gấp 1,44 lần", "1,44", 1.44, "multiple", "lần", "giá trị sản xuất năm 2023 so với năm 2021"),
    F("đạt 11 triệu con", "11", 11000000, "count", "con", "sản lượng cá cảnh", Y24, status="target"),
    F("trên 140 tỷ đồng", "140", 140000000000, "money", "đồng", "giá trị sản xuất cá cảnh", Y24, approx="over",
      status="target"),
    F("cỡ 8-10 cm", "8", 8, "measure", "cm", "cỡ cá Koi giống", value_max=10, optional=True),
    F("mức 12.000-18.000 đồng/con", "12.000", 12000, "money", "đồng/con", "giá cá Koi giống", value_max=18000),
    F("Ranchu 30.000 đồng/con", "30.000", 30000, "money", "đồng/con", "giá cá vàng Ranchu"),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi, Thú y và Thủy sản Long An) with no dateline; footer address, phone and 'Lượt truy cập: 1.284.907'.",
    "One-cell-per-line table: header 'Chỉ tiêu / Đơn vị tính / Năm 2021 / Năm 2022 / Năm 2023', then per row label, unit, three cells.",
    "Table units: 'triệu con' x1e6 con, 'tỷ đồng' x1e9 đồng; periods from the column headers (scored). The 2023 cells repeat text figures but are figures of their own.",
    "'tăng bình quân 16,3%/năm' is a growth rate as the claim (percent, no change); 'gấp 1,44 lần' stands alone (multiple).",
    "Distractors: 'giai đoạn 2021-2023', 'Số 85 Quốc lộ 1, Phường 4', phone, email, visit counter. 'cỡ 8-10 cm' is a size class (optional).",
]

write("p1097-7", TEXT, NOTES, FIGS, published=None, location="Long An")
