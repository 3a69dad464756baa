"""p894-3: formal report (UBND tỉnh Quảng Ninh), apartment buildings 2023, flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 15 tháng 12 năm 2023

BÁO CÁO
Tình hình quản lý, vận hành nhà chung cư trên địa bàn tỉnh năm 2023

Thực hiện Công văn số 5120/BXD-QLN ngày 02/11/2023 của Bộ Xây dựng, UBND tỉnh báo cáo như sau:

I. THỰC TRẠNG NHÀ CHUNG CƯ
1. Số lượng nhà chung cư
Tính đến ngày 30/11/2023, toàn tỉnh có 142 tòa nhà chung cư với 23.860 căn hộ, trong đó 31 tòa chung cư cũ xây dựng trước năm 1994. Chi tiết theo địa phương:
Đơn vị tính: tòa nhà
Địa phương | Tổng số | Đã thành lập BQT | Đã bàn giao quỹ bảo trì
Hạ Long | 86 | 64 | 52
Cẩm Phả | 24 | 17 | 13
Uông Bí | 18 | 12 | 9
Móng Cái | 14 | 8 | 6
Tổng cộng | 142 | 101 | 80
2. Quỹ bảo trì phần sở hữu chung
Tổng kinh phí bảo trì phải bàn giao khoảng 318,4 tỷ đồng; đến nay các chủ đầu tư đã bàn giao 251,7 tỷ đồng, đạt 79,1%. Còn 62 tòa nhà (thuộc 9 dự án) chưa bàn giao hoặc bàn giao chưa đủ, số tiền còn lại khoảng 66,7 tỷ đồng.

II. CÔNG TÁC QUẢN LÝ VẬN HÀNH
1. Có 78 tòa nhà do đơn vị đủ năng lực quản lý vận hành; 64 tòa nhà do Ban quản trị hoặc chủ đầu tư tự quản lý. Giá dịch vụ từ 3.500 đến 9.000 đồng/m2/tháng.
2. Năm 2023, các cơ quan chức năng tiếp nhận 27 đơn thư kiến nghị liên quan đến nhà chung cư, giảm 8 đơn so với năm 2022; đã giải quyết 23 đơn, đạt 85,2%.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% tòa nhà đủ điều kiện thành lập Ban quản trị; đôn đốc bàn giao thêm tối thiểu 40 tỷ đồng kinh phí bảo trì; dự kiến khởi công cải tạo 5 chung cư cũ tại TP Hạ Long với tổng mức đầu tư khoảng 1.250 tỷ đồng.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, XD3.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS_OF = P("Tính đến ngày 30/11/2023", end="2023-11-30")
NOW = P("đến nay", end="2023-12-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

TOT = "tổng số tòa nhà chung cư"
BQT = "tòa nhà chung cư đã thành lập BQT"
QBT = "tòa nhà chung cư đã bàn giao quỹ bảo trì"
ROWS = [("Hạ Long", "Hạ Long | 86", "86 | 64", "64 | 52", 86, 64, 52),
        ("Cẩm Phả", "Cẩm Phả | 24", "24 | 17", "17 | 13", 24, 17, 13),
        ("Uông Bí", "Uông Bí | 18", "18 | 12", "12 | 9", 18, 12, 9),
        ("Móng Cái", "Móng Cái | 14", "14 | 8", "8 | 6", 14, 8, 6)]

FIGS = [
    F("có 142 tòa", "142", 142, "count", "tòa nhà", "tòa nhà chung cư", AS_OF),
    F("với 23.860 căn hộ", "23.860", 23860, "count", "căn hộ", "căn hộ chung cư", AS_OF),
    F("31 tòa chung cư cũ", "31", 31, "count", "tòa", "tòa chung cư cũ xây dựng trước năm 1994", AS_OF, total=142),
]
for place, a1, a2, a3, v1, v2, v3 in ROWS:
    FIGS += [
        F(a1, str(v1), v1, "count", "tòa nhà", TOT, I(AS_OF), location=place),
        F(a2, str(v2), v2, "count", "tòa nhà", BQT, I(AS_OF), location=place),
        F(a3, str(v3), v3, "count", "tòa nhà", QBT, I(AS_OF), location=place),
    ]
FIGS += [
    F("Tổng cộng | 142", "142", 142, "count", "tòa nhà", TOT, I(AS_OF)),
    F("142 | 101", "101", 101, "count", "tòa nhà", BQT, I(AS_OF)),
    F("101 | 80", "80", 80, "count", "tòa nhà", QBT, I(AS_OF)),
    F("khoảng 318,4 tỷ đồng", "318,4", 318.4e9, "money", "đồng", "tổng kinh phí bảo trì phải bàn giao",
      approx="about"),
    F("bàn giao 251,7 tỷ đồng", "251,7", 251.7e9, "money", "đồng", "kinh phí bảo trì chủ đầu tư đã bàn giao", NOW,
      percent=79.1),
    F("Còn 62 tòa nhà", "62", 62, "count", "tòa nhà", "tòa nhà chưa bàn giao hoặc bàn giao chưa đủ kinh phí bảo trì", I(NOW)),
    F("thuộc 9 dự án", "9", 9, "count", "dự án", "dự án chưa bàn giao hoặc bàn giao chưa đủ kinh phí bảo trì", I(NOW)),
    F("khoảng 66,7 tỷ đồng", "66,7", 66.7e9, "money", "đồng", "kinh phí bảo trì còn lại chưa bàn giao", I(NOW),
      approx="about"),
    F("Có 78 tòa nhà", "78", 78, "count", "tòa nhà", "tòa nhà do đơn vị đủ năng lực quản lý vận hành"),
    F("64 tòa nhà do", "64", 64, "count", "tòa nhà", "tòa nhà do Ban quản trị hoặc chủ đầu tư tự quản lý"),
    F("từ 3.500 đến 9.000", "3.500", 3500, "money", "đồng/m2/tháng", "giá dịch vụ quản lý vận hành nhà chung cư",
      value_max=9000),
    F("tiếp nhận 27 đơn thư", "27", 27, "count", "đơn thư", "đơn thư kiến nghị liên quan đến nhà chung cư", Y23,
      change=C("decrease", 8, "đơn", "năm 2022")),
    F("giải quyết 23 đơn", "23", 23, "count", "đơn", "đơn thư kiến nghị đã giải quyết", Y23, percent=85.2),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "tòa nhà đủ điều kiện thành lập Ban quản trị", Y24,
      status="target"),
    F("tối thiểu 40 tỷ đồng", "40", 40e9, "money", "đồng", "kinh phí bảo trì bàn giao thêm", Y24,
      approx="at_least", status="target"),
    F("cải tạo 5 chung cư cũ", "5", 5, "count", "chung cư cũ", "chung cư cũ khởi công cải tạo", Y24,
      status="forecast", location="Hạ Long"),
    F("khoảng 1.250 tỷ đồng", "1.250", 1.25e12, "money", "đồng", "tổng mức đầu tư cải tạo chung cư cũ", Y24,
      approx="about", status="forecast", location="Hạ Long"),
]

write("p894-3", TEXT, FIGS, published="2023-12-15", location="Quảng Ninh", notes=[
    "Formal report (UBND tỉnh Quảng Ninh, Số: 287/BC-UBND): apartment buildings, management boards, maintenance funds 2023.",
    "Flattened | table (Đơn vị tính: tòa nhà), place column -> location; subject from the column label; no totals on table cells;",
    "the table period is the as-of date of the sentence above it (inherited). Section III takes 2024 from its heading (inherited).",
    "'Tổng kinh phí ... khoảng 318,4 tỷ' has no period phrase; '251,7 tỷ ... đạt 79,1%' -> percent (no part-of cue, no total).",
])
