from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Trang chủ » Tin chuyên ngành » Trồng trọt

Lâm Đồng: Diện tích ca cao năm 2023 tăng 52 ha

Cây ca cao của tỉnh được trồng chủ yếu tại các huyện phía Nam là Đạ Huoai, Đạ Tẻh và Cát Tiên, phần lớn xen trong vườn điều. Năm 2023, tổng diện tích ca cao đạt 486 ha, tăng 52 ha so với năm 2022; sản lượng hạt khô đạt 512 tấn. Diện tích theo từng huyện như sau:

Bảng: Diện tích ca cao phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2025
Đạ Huoai
168
181
250
Đạ Tẻh
142
163
220
Cát Tiên
124
142
200
Tổng cộng
434
486
670

Mật độ trồng xen phổ biến từ 400 đến 500 cây/ha. Năng suất bình quân đạt 1,15 tấn hạt khô/ha; giá trị thu được từ ca cao xen điều đạt 180-210 triệu đồng/ha/năm. Từ năm 2021 đến nay, Sở đã phối hợp hỗ trợ 4 HTX xây dựng nhà lên men, sân phơi với tổng vốn 2,4 tỷ đồng; hỗ trợ 60% chi phí mua cây giống cho 214 hộ.

Về tiêu thụ, toàn tỉnh hiện có 3 cơ sở thu mua, sơ chế hạt ca cao. Năm 2023, lượng hạt lên men bán cho các doanh nghiệp sô-cô-la tại TP. Hồ Chí Minh đạt 236 tấn, chiếm 46,1% sản lượng; giá bán bình quân 86.500 đồng/kg, cao hơn hạt không lên men khoảng 18.000 đồng/kg.

Theo kế hoạch, đến năm 2025 sản lượng hạt khô của tỉnh đạt 800 tấn, trong đó trên 50% được lên men.

Mọi thông tin liên hệ: Số 2 Trần Hưng Đạo, Phường 3, TP. Đà Lạt. Điện thoại: 0263.3822.311.
Tổng lượt truy cập: 2.864.315
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01")

rows = [("Đạ Huoai", "168", "181", "250"), ("Đạ Tẻh", "142", "163", "220"), ("Cát Tiên", "124", "142", "200"),
        ("Tổng cộng", "434", "486", "670")]
TABLE = []
for name, a, b, c in rows:
    loc = "Lâm Đồng" if name == "Tổng cộng" else name
    TABLE.append(F(f"{name}\n{a}\n", a, float(a), "measure", "ha", "diện tích ca cao năm 2022", Y22, location=loc))
    TABLE.append(F(f"{a}\n{b}\n", b, float(b), "measure", "ha", "diện tích ca cao năm 2023", Y23, location=loc))
    TABLE.append(F(f"{b}\n{c}\n", c, float(c), "measure", "ha", "diện tích ca cao kế hoạch 2025", K25,
                   status="target", location=loc))

FIGS = [
    F("tăng 52 ha\n", "52", 52, "measure", "ha", "diện tích ca cao tăng", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 486 ha", "486", 486, "measure", "ha", "tổng diện tích ca cao", Y23,
      change=CH("increase", 52, "ha", "năm 2022")),
    F("đạt 512 tấn", "512", 512, "measure", "tấn", "sản lượng hạt ca cao khô", Y23),
] + TABLE + [
    F("từ 400 đến", "400", 400, "measure", "cây/ha", "mật độ trồng xen ca cao", value_max=500),
    F("đạt 1,15 tấn", "1,15", 1.15, "measure", "tấn hạt khô/ha", "năng suất ca cao bình quân", I(Y23)),
    F("đạt 180-210", "180", 180000000, "money", "đồng/ha/năm", "giá trị thu được từ ca cao xen điều",
      value_max=210000000),
    F("trợ 4 HTX", "4", 4, "count", "HTX", "HTX được hỗ trợ xây dựng nhà lên men, sân phơi", SINCE),
    F("vốn 2,4 tỷ", "2,4", 2400000000, "money", "đồng", "tổng vốn hỗ trợ xây dựng nhà lên men, sân phơi", SINCE),
    F("trợ 60%", "60", 60, "percent", "%", "tỷ lệ hỗ trợ chi phí mua cây giống", SINCE),
    F("cho 214 hộ", "214", 214, "count", "hộ", "hộ được hỗ trợ chi phí mua cây giống", SINCE),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở thu mua, sơ chế hạt ca cao"),
    F("đạt 236 tấn", "236", 236, "measure", "tấn", "lượng hạt ca cao lên men bán cho các doanh nghiệp sô-cô-la", Y23,
      percent=46.1),
    F("quân 86.500", "86.500", 86500, "money", "đồng/kg", "giá bán hạt ca cao lên men bình quân", Y23,
      change=CH("increase", 18000, "đồng/kg", "hạt không lên men", approx="about")),
    F("đạt 800 tấn", "800", 800, "measure", "tấn", "sản lượng hạt ca cao khô", T25, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ sản lượng hạt ca cao được lên men", T25, approx="over",
      status="target"),
]

COMMENTS = [
    "p754-7: department site (Sở NN&PTNT Lâm Đồng), no dateline (published null); one-cell-per-line table with 'Đơn vị tính: ha'.",
    "Distractors: address Số 2 Trần Hưng Đạo, Phường 3, phone, 'Tổng lượt truy cập: 2.864.315', 'Bảng:' label, column headers (years).",
    "Table: 12 cells; subject = indicator + column; district rows -> location, 'Tổng cộng' -> Lâm Đồng; periods from the column headers",
    "(scored, as shared h23); 'Kế hoạch 2025' column -> status target. Province named in the headline: location Lâm Đồng.",
    "Headline 'Diện tích ca cao năm 2023 tăng 52 ha' has no base figure: the increase is the claim, a measure figure (ha) with no change.",
    "'Từ năm 2021 đến nay' with no dateline: start 2021-01-01, end null (FIGURES.md: published, else null).",
    "Sales to chocolate makers 'tại TP. Hồ Chí Minh' are Lâm Đồng's figure (the buyer's city is not the place of the figure).",
    "'trong đó trên 50%' is a percent (share of output) figure of its own; no total.",
]

emit("p754-7", TEXT, COMMENTS, FIGS, published=None, location="Lâm Đồng")
