"""p995-7: Sở NN&PTNT Bình Định (department site, no dateline) — mai vàng; one-cell-per-line table."""
from lib import F, P, I, C, T, write

ROWS = [
    ("Thị xã An Nhơn", ["620", "3.150", "610"], "An Nhơn", ""),
    ("Huyện Tuy Phước", ["95", "540", "88"], "Tuy Phước", ""),
    ("Thị xã Hoài Nhơn", ["60", "310", "42"], "Hoài Nhơn", ""),
    ("Các địa phương khác", ["45", "280", "30"], "Bình Định", " các địa phương khác"),
    ("Toàn tỉnh", ["820", "4.280", "770"], "Bình Định", ""),
]
TABLE = "\n".join(lab + "\n" + "\n".join(cells) for lab, cells, _, _ in ROWS)

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức / Trồng trọt - Bảo vệ thực vật

Mai vàng Bình Định: hơn 4.200 hộ bám nghề, doanh thu trên 1.000 tỷ đồng

Năm 2024, toàn tỉnh có 820 ha mai vàng với 4.280 hộ trồng; sản lượng mai xuất bán dịp Tết đạt khoảng 770.000 chậu, tăng 6,5% so với năm 2023. Doanh thu từ mai vàng ước đạt 1.050 tỷ đồng. Riêng thị xã An Nhơn có 620 ha, chiếm 75,6% diện tích mai toàn tỉnh.

Bảng: Sản xuất mai vàng năm 2024 phân theo địa phương
Địa phương
Diện tích (ha)
Số hộ trồng (hộ)
Mai xuất bán (nghìn chậu)
""" + TABLE + """

Tính đến 30/6/2024, toàn tỉnh có 12 hợp tác xã, tổ hợp tác sản xuất mai vàng. Trong 9 tháng đầu năm 2024, các cơ sở ươm giống đã xuất bán hơn 1,2 triệu cây mai giống, thu gần 48 tỷ đồng. Giá mai ghép giống từ 30.000 đến 80.000 đồng/cây; mai kiểng cổ thụ trên 20 năm tuổi giá phổ biến 150-400 triệu đồng/cây.

Theo Nghị quyết số 05/2022/NQ-HĐND của HĐND tỉnh, hộ trồng mai được hỗ trợ 50% chi phí làm nhà lưới, tối đa 100 triệu đồng/hộ. Mục tiêu năm 2025, diện tích mai vàng toàn tỉnh đạt 900 ha, trong đó 30 ha đạt tiêu chuẩn VietGAP.

Địa chỉ: số 39 Tăng Bạt Hổ, TP Quy Nhơn, Bình Định
Điện thoại: 0256.3822.316
Lượt truy cập: 1.236.480
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = P("Sản xuất mai vàng năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
AN = "An Nhơn"

COLS = [("diện tích mai vàng", "measure", "ha", 1),
        ("hộ trồng mai vàng", "count", "hộ", 1),
        ("mai xuất bán", "count", "chậu", 1e3)]

TABFIGS = []
for lab, cells, loc, suffix in ROWS:
    prev = lab
    for (subj, kind, unit, mult), cell in zip(COLS, cells):
        TABFIGS.append(F(f"{prev}\n{cell}\n", cell, float(cell.replace(".", "")) * mult, kind, unit,
                         subj + suffix, TAB, location=loc))
        prev = cell

FIGS = [
    F("hơn 4.200 hộ", "4.200", 4200, "count", "hộ", "hộ trồng mai vàng", approx="over"),
    F("trên 1.000 tỷ đồng", "1.000", 1000e9, "money", "đồng", "doanh thu từ mai vàng", approx="over"),
    F("có 820 ha", "820", 820, "measure", "ha", "diện tích mai vàng", Y24),
    F("với 4.280 hộ", "4.280", 4280, "count", "hộ", "hộ trồng mai vàng", Y24),
    F("khoảng 770.000 chậu", "770.000", 770000, "count", "chậu", "mai xuất bán dịp Tết", Y24, approx="about",
      change=C("increase", 6.5, baseline="năm 2023")),
    F("ước đạt 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "doanh thu từ mai vàng", I(Y24),
      status="estimate"),
    F("có 620 ha", "620", 620, "measure", "ha", "diện tích mai vàng", I(Y24), percent=75.6, location=AN),
] + TABFIGS + [
    F("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã, tổ hợp tác", "hợp tác xã, tổ hợp tác sản xuất mai vàng",
      ASOF),
    F("hơn 1,2 triệu cây", "1,2", 1.2e6, "count", "cây", "cây mai giống xuất bán", M9, approx="over"),
    F("gần 48 tỷ đồng", "48", 48e9, "money", "đồng", "thu từ bán mai giống", M9, approx="nearly"),
    F("từ 30.000 đến 80.000 đồng/cây", "30.000", 30000, "money", "đồng/cây", "giá mai ghép giống",
      value_max=80000),
    F("trên 20 năm tuổi", "20", 20, "measure", "năm", "tuổi mai kiểng cổ thụ", approx="over", optional=True),
    F("150-400 triệu đồng/cây", "150", 150e6, "money", "đồng/cây", "giá mai kiểng cổ thụ", value_max=400e6),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "chi phí làm nhà lưới được hỗ trợ"),
    F("tối đa 100 triệu đồng/hộ", "100", 100e6, "money", "đồng/hộ", "mức hỗ trợ làm nhà lưới", approx="at_most"),
    F("đạt 900 ha", "900", 900, "measure", "ha", "diện tích mai vàng", Y25, status="target"),
    F("trong đó 30 ha", "30", 30, "measure", "ha", "diện tích mai vàng đạt tiêu chuẩn VietGAP", Y25,
      status="target", total=900),
]

COMMENTS = [
    "p995-7 — Sở NN&PTNT Bình Định (department site): no dateline; footer address, phone and 'Lượt truy cập: 1.236.480'.",
    "One-cell-per-line table (header cells with units '(ha)', '(hộ)', '(nghìn chậu)'): every cell a figure; the period comes from the",
    "table title line 'năm 2024' (not a column header) → inherited; district rows → location, 'Các địa phương khác'/'Toàn tỉnh' → Bình Định.",
    "Headline figures have no period (year-less headline, no dateline). 'chiếm 75,6%' after 620 ha → its percent. 'trong đó 30 ha' → total 900.",
    "'trên 20 năm tuổi' is a category (optional). 'hỗ trợ 50% chi phí' is a percent figure; 'tối đa 100 triệu đồng/hộ' at_most.",
    "revised after the first score: the 'Toàn tỉnh' row's subjects lose 'toàn tỉnh' (a place label goes to location, FIGURES.md Tables).",
    "Distractors: Nghị quyết số 05/2022/NQ-HĐND, số 39 Tăng Bạt Hổ, phone 0256.3822.316, visitor counter.",
]

write("p995-7", TEXT, FIGS, COMMENTS, location="Bình Định")
