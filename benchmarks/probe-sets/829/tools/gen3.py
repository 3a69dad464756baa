"""p829-3: formal report (UBND tỉnh Bắc Ninh), construction glass, 6 months 2024, flattened | table."""
from lib import C, F, I, P, T, write

TEXT = """UBND TỈNH BẮC NINH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất kính xây dựng và sản phẩm thủy tinh 6 tháng đầu năm 2024

Thực hiện Công văn số 1873/BXD-VLXD của Bộ Xây dựng, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
6 tháng đầu năm 2024, sản lượng kính xây dựng toàn tỉnh ước đạt 312,4 nghìn tấn, giảm 4,6% so với cùng kỳ, bằng 47,3% kế hoạch năm. Sản lượng theo địa phương như sau:

Đơn vị tính: nghìn tấn
Địa phương | 6 tháng 2023 | Ước thực hiện 6 tháng 2024 | Kế hoạch năm 2024
Thị xã Quế Võ | 176,5 | 168,2 | 352,0
Huyện Yên Phong | 82,3 | 79,6 | 170,0
Thị xã Thuận Thành | 49,8 | 45,1 | 98,5
Huyện Tiên Du | 18,9 | 19,5 | 40,0
Tổng cộng | 327,5 | 312,4 | 660,5

Thị xã Quế Võ và huyện Yên Phong lần lượt chiếm 53,8% và 25,5% sản lượng toàn tỉnh.

Toàn tỉnh hiện có 27 cơ sở sản xuất kính và sản phẩm thủy tinh, gồm 4 doanh nghiệp kính nổi, 15 cơ sở gia công kính cường lực, kính hộp và 8 cơ sở thủy tinh mỹ nghệ. Giá trị sản xuất của ngành ước đạt 2.864 tỷ đồng, kim ngạch xuất khẩu 41,2 triệu USD, tăng 9,8% so với cùng kỳ.

2. Môi trường
Có 3/4 doanh nghiệp kính nổi đã lắp đặt hệ thống quan trắc khí thải tự động, truyền dữ liệu về Sở Tài nguyên và Môi trường. Tỷ lệ thủy tinh tái chế sử dụng trong phối liệu bình quân đạt 18%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm sản lượng kính xây dựng đạt 660,5 nghìn tấn, giá trị xuất khẩu đạt 85 triệu USD.

Nơi nhận: Bộ Xây dựng; Sở Xây dựng; Lưu: VT.
"""

H1_24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("Ước thực hiện 6 tháng 2024", "2024-01-01", "2024-06-30")
CK = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "sản lượng kính xây dựng"

FIGS = [
    F("ước đạt 312,4 nghìn tấn", "312,4", 312400, "measure", "tấn", SUBJ, H1_24,
      change=C("decrease", 4.6, baseline="cùng kỳ"), percent=47.3, status="estimate", location="Bắc Ninh"),
]
ROWS = [("Thị xã Quế Võ", "Quế Võ", ("176,5", "168,2", "352,0")),
        ("Huyện Yên Phong", "Yên Phong", ("82,3", "79,6", "170,0")),
        ("Thị xã Thuận Thành", "Thuận Thành", ("49,8", "45,1", "98,5")),
        ("Huyện Tiên Du", "Tiên Du", ("18,9", "19,5", "40,0"))]
for label, place, cells in ROWS:
    a, b, c = cells
    FIGS += [
        F(f"{label} | {a}", a, float(a.replace(",", ".")) * 1e3, "measure", "tấn", SUBJ, C23, location=place),
        F(f"{a} | {b}", b, float(b.replace(",", ".")) * 1e3, "measure", "tấn", SUBJ, C24, status="estimate",
          location=place),
        F(f"{b} | {c}", c, float(c.replace(",", ".")) * 1e3, "measure", "tấn", SUBJ, CK, status="target",
          location=place),
    ]
FIGS += [
    F("Tổng cộng | 327,5", "327,5", 327500, "measure", "tấn", "tổng cộng sản lượng kính xây dựng", C23,
      location="Bắc Ninh"),
    F("327,5 | 312,4", "312,4", 312400, "measure", "tấn", "tổng cộng sản lượng kính xây dựng", C24,
      status="estimate", location="Bắc Ninh"),
    F("312,4 | 660,5", "660,5", 660500, "measure", "tấn", "tổng cộng sản lượng kính xây dựng", CK,
      status="target", location="Bắc Ninh"),
    F("chiếm 53,8%", "53,8", 53.8, "percent", "%", "tỷ trọng trong sản lượng kính xây dựng toàn tỉnh", I(H1_24),
      location="Quế Võ"),
    F("và 25,5%", "25,5", 25.5, "percent", "%", "tỷ trọng trong sản lượng kính xây dựng toàn tỉnh", I(H1_24),
      location="Yên Phong"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất kính và sản phẩm thủy tinh", location="Bắc Ninh"),
    F("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp kính nổi", total=27, location="Bắc Ninh"),
    F("15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở gia công kính cường lực, kính hộp", total=27,
      location="Bắc Ninh"),
    F("8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở thủy tinh mỹ nghệ", total=27, location="Bắc Ninh"),
    F("ước đạt 2.864 tỷ đồng", "2.864", 2864e9, "money", "đồng", "giá trị sản xuất của ngành kính và thủy tinh",
      I(H1_24), status="estimate", location="Bắc Ninh"),
    F("xuất khẩu 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", "kim ngạch xuất khẩu của ngành kính và thủy tinh", I(H1_24),
      change=C("increase", 9.8, baseline="cùng kỳ"), status="estimate", location="Bắc Ninh"),
    F("3/4 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      "doanh nghiệp kính nổi đã lắp đặt hệ thống quan trắc khí thải tự động", total=4, location="Bắc Ninh"),
    F("bình quân đạt 18%", "18", 18, "percent", "%", "tỷ lệ thủy tinh tái chế sử dụng trong phối liệu", I(H1_24),
      location="Bắc Ninh"),
    F("đạt 660,5 nghìn tấn", "660,5", 660500, "measure", "tấn", SUBJ, P("cả năm", "2024-01-01", "2024-12-31"),
      status="target", location="Bắc Ninh"),
    F("đạt 85 triệu USD", "85", 85e6, "money", "USD", "giá trị xuất khẩu", P("cả năm", "2024-01-01", "2024-12-31"),
      status="target", location="Bắc Ninh"),
]

write("p829-3", TEXT, FIGS, published="2024-07-12", location="Bắc Ninh", comments=[
    "Formal report (UBND tỉnh Bắc Ninh, Số: 214/BC-UBND): construction glass output by district, 6 months of 2024.",
    "Flattened | table under 'Đơn vị tính: nghìn tấn': place column -> location; column headers give periods;",
    "'Ước thực hiện' column -> estimate, 'Kế hoạch năm 2024' -> target; the Tổng cộng row is a figure of its own (Bắc Ninh); cells get no total.",
    "Distractors: Số: 214/BC-UBND, Công văn số 1873/BXD-VLXD, the place-date line, section numbers I., II., 1., 2.",
    "'gồm 4 ..., 15 ..., 8 ...' add up to 27: total 27. '3/4 doanh nghiệp' -> total 4.",
    "'lần lượt chiếm 53,8% và 25,5%': two percent figures, locations Quế Võ, Yên Phong; the period comes from the section's first sentence (inherited).",
    "'kim ngạch xuất khẩu 41,2 triệu USD' continues the clause of 'ước đạt' (no verb of its own) -> estimate.",
])
