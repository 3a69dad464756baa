"""p974-3: formal report (UBND tỉnh Hòa Bình), linked medicinal-crop models in poor districts, 2023; flattened | table."""
from lib import F, P, I, CH, T, write

TEXT = """UBND TỈNH HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Hòa Bình, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện mô hình trồng cây dược liệu liên kết tại các huyện nghèo năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Thực hiện Kế hoạch số 57/KH-UBND ngày 15/3/2022 của UBND tỉnh, năm 2023 toàn tỉnh trồng mới 327 ha cây dược liệu, đạt 109% kế hoạch. Lũy kế đến ngày 30/11/2023, diện tích cây dược liệu tại 5 huyện đạt 1.285 ha, cụ thể:

Đơn vị tính: ha
Huyện | Đinh lăng | Cà gai leo | Sachi | Tổng cộng
Đà Bắc | 142 | 96 | 88 | 326
Mai Châu | 118 | 74 | 35 | 227
Lạc Sơn | 165 | 131 | 52 | 348
Tân Lạc | 97 | 58 | 41 | 196
Kim Bôi | 83 | 65 | 40 | 188
Tổng cộng | 605 | 424 | 256 | 1.285

Sản lượng thu hoạch năm 2023 ước đạt 2.140 tấn dược liệu tươi, giá trị khoảng 41,5 tỷ đồng, tăng 18,2% so với năm 2022.

2. Liên kết sản xuất và giảm nghèo
Toàn tỉnh có 12 doanh nghiệp, 19 hợp tác xã ký hợp đồng liên kết với 2.874 hộ; trong đó hộ nghèo, hộ cận nghèo là 1.315 hộ, chiếm 45,8%. Thu nhập bình quân của hộ tham gia đạt 4,2 triệu đồng/người/tháng, cao hơn 1,4 triệu đồng so với hộ không tham gia.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu trồng mới 350 ha, nâng tổng diện tích lên trên 1.600 ha; thu hút thêm 3 doanh nghiệp đầu tư nhà máy chế biến. Dự kiến kinh phí hỗ trợ từ Chương trình mục tiêu quốc gia giảm nghèo bền vững là 7,8 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("đến ngày 30/11/2023", None, "2023-11-30")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

COLS = ["diện tích đinh lăng", "diện tích cà gai leo", "diện tích sachi", "tổng diện tích cây dược liệu"]
ROWS = [("Đà Bắc", ["142", "96", "88", "326"]),
        ("Mai Châu", ["118", "74", "35", "227"]),
        ("Lạc Sơn", ["165", "131", "52", "348"]),
        ("Tân Lạc", ["97", "58", "41", "196"]),
        ("Kim Bôi", ["83", "65", "40", "188"]),
        ("Tổng cộng", ["605", "424", "256", "1.285"])]

TABLE = []
for label, cells in ROWS:
    prev = label
    for col, cell in zip(COLS, cells):
        loc = "Hòa Bình" if label == "Tổng cộng" else label
        TABLE.append(F(f"{prev} | {cell}", cell, float(cell.replace(".", "")), "measure", "ha", col, I(ASOF),
                       location=loc))
        prev = cell

FIGS = [
    F("trồng mới 327 ha", "327", 327, "measure", "ha", "diện tích cây dược liệu trồng mới", Y23, percent=109),
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện trồng cây dược liệu liên kết", ASOF, optional=True),
    F("đạt 1.285 ha", "1.285", 1285, "measure", "ha", "diện tích cây dược liệu", ASOF),
    *TABLE,
    F("ước đạt 2.140 tấn", "2.140", 2140, "measure", "tấn", "sản lượng dược liệu tươi thu hoạch", Y23,
      status="estimate"),
    F("khoảng 41,5 tỷ đồng", "41,5", 41500000000, "money", "đồng", "giá trị sản lượng dược liệu thu hoạch", Y23,
      approx="about", status="estimate", change=CH("increase", 18.2, "%", "năm 2022")),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng liên kết"),
    F("19 hợp tác xã", "19", 19, "count", "hợp tác xã", "hợp tác xã ký hợp đồng liên kết"),
    F("với 2.874 hộ", "2.874", 2874, "count", "hộ", "hộ tham gia liên kết"),
    F("là 1.315 hộ", "1.315", 1315, "count", "hộ", "hộ nghèo, hộ cận nghèo tham gia liên kết", total=2874,
      percent=45.8),
    F("đạt 4,2 triệu đồng/người/tháng", "4,2", 4200000, "money", "đồng/người/tháng",
      "thu nhập bình quân của hộ tham gia", change=CH("increase", 1400000, "đồng", "hộ không tham gia")),
    F("trồng mới 350 ha", "350", 350, "measure", "ha", "diện tích cây dược liệu trồng mới", Y24, status="target"),
    F("trên 1.600 ha", "1.600", 1600, "measure", "ha", "tổng diện tích cây dược liệu", Y24, approx="over",
      status="target"),
    F("thêm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp đầu tư nhà máy chế biến", Y24,
      status="target"),
    F("là 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng",
      "kinh phí hỗ trợ từ Chương trình mục tiêu quốc gia giảm nghèo bền vững", Y24, status="forecast"),
]

NOTES = [
    "UBND tỉnh Hòa Bình, Số: 318/BC-UBND, ngày 12 tháng 12 năm 2023: kết quả mô hình trồng cây dược liệu liên kết tại các huyện nghèo.",
    "Flattened | table (Đơn vị tính: ha): every cell is a figure, subject = column label, district row label -> location, Tổng cộng row -> Hòa Bình;",
    "its period is the as-of in the sentence before the table (inherited). Table cells carry no total (the Tổng cộng row/column are figures).",
    "'tại 5 huyện' only names the scope (optional). Section II targets take 'NĂM 2024' from the heading (inherited).",
    "Distractors: Số: 318/BC-UBND, Kế hoạch số 57/KH-UBND ngày 15/3/2022, section numbers I., II., 1., 2., the date line.",
]

write(3, TEXT, FIGS, published="2023-12-12", location="Hòa Bình", notes=NOTES)
