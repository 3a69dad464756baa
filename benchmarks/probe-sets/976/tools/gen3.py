"""p976-3: UBND tỉnh Kiên Giang formal report, giao khoán bãi bồi nuôi sò huyết 9 tháng 2024, flattened | table."""
from lib import F, P, I, CH, build

TEXT = """UBND TỈNH KIÊN GIANG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả giao khoán bãi bồi ven biển nuôi sò huyết 9 tháng năm 2024

Thực hiện Kế hoạch số 96/KH-UBND ngày 15/4/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Giao khoán bãi bồi
Tính đến ngày 30/9/2024, toàn tỉnh đã giao khoán 3.215 ha bãi bồi ven biển cho 1.086 hộ và 7 tổ hợp tác nuôi sò huyết, đạt 87,2% kế hoạch. Kết quả theo từng huyện như sau:

Đơn vị tính: ha
Huyện | Diện tích giao khoán | Diện tích thả nuôi | Sản lượng thu hoạch (tấn)
An Biên | 1.240 | 1.105 | 1.860
An Minh | 1.085 | 960 | 1.520
Hòn Đất | 530 | 410 | 640
Kiên Lương | 360 | 295 | 430
Tổng cộng | 3.215 | 2.770 | 4.450

2. Sản xuất, tiêu thụ
Diện tích thả nuôi đạt 2.770 ha, chiếm 86,2% diện tích giao khoán; lượng giống thả khoảng 1.150 tấn, mật độ bình quân 415 kg/ha. Sản lượng thu hoạch 9 tháng đạt 4.450 tấn, tăng 14,6% so với cùng kỳ năm 2023; năng suất bình quân 1,6 tấn/ha. Giá sò huyết thương phẩm loại 60-70 con/kg dao động từ 180.000 đến 220.000 đồng/kg; lợi nhuận bình quân khoảng 85 triệu đồng/ha.

3. Quản lý, bảo vệ bãi nuôi
Từ đầu năm đến nay, lực lượng chức năng tổ chức 126 cuộc tuần tra trên bãi bồi, phát hiện 9 trường hợp khai thác trộm, xử phạt vi phạm hành chính 47,5 triệu đồng theo Nghị định số 38/2024/NĐ-CP.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu giao khoán thêm 470 ha, nâng tổng diện tích giao khoán cả năm lên 3.685 ha. Dự kiến sản lượng sò huyết quý IV đạt khoảng 1.300 tấn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [("An Biên", "1.240", "1.105", "1.860"), ("An Minh", "1.085", "960", "1.520"),
        ("Hòn Đất", "530", "410", "640"), ("Kiên Lương", "360", "295", "430"),
        ("Tổng cộng", "3.215", "2.770", "4.450")]


def v(s):
    return float(s.replace(".", ""))


TABLE = []
for place, a, b, c in ROWS:
    loc = None if place == "Tổng cộng" else place
    pre = "tổng cộng " if place == "Tổng cộng" else ""
    line = f"{place} | {a} | {b} | {c}"
    TABLE += [
        F(f"{place} | {a}", a, v(a), "measure", "ha", pre + "diện tích giao khoán", I(ASOF), location=loc),
        F(f"{place} | {a} | {b}", b, v(b), "measure", "ha", pre + "diện tích thả nuôi", I(ASOF), location=loc),
        F(line, c, v(c), "measure", "tấn", pre + "sản lượng thu hoạch", I(M9), location=loc),
    ]

FIGS = [
    F("giao khoán 3.215 ha", "3.215", 3215, "measure", "ha", "bãi bồi ven biển giao khoán nuôi sò huyết", ASOF,
      percent=87.2),
    F("cho 1.086 hộ", "1.086", 1086, "count", "hộ", "hộ nhận giao khoán bãi bồi nuôi sò huyết", ASOF),
    F("và 7 tổ hợp tác", "7", 7, "count", "tổ hợp tác", "tổ hợp tác nhận giao khoán bãi bồi nuôi sò huyết", ASOF),
] + TABLE + [
    F("đạt 2.770 ha", "2.770", 2770, "measure", "ha", "diện tích thả nuôi sò huyết", I(M9), percent=86.2),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", "lượng sò huyết giống thả", I(M9), approx="about"),
    F("415 kg/ha", "415", 415, "measure", "kg/ha", "mật độ thả giống bình quân", I(M9)),
    F("đạt 4.450 tấn", "4.450", 4450, "measure", "tấn", "sản lượng sò huyết thu hoạch",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 14.6, "%", "cùng kỳ năm 2023")),
    F("1,6 tấn/ha", "1,6", 1.6, "measure", "tấn/ha", "năng suất sò huyết bình quân",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("loại 60-70 con/kg", "60", 60, "measure", "con/kg", "cỡ sò huyết thương phẩm loại", value_max=70, optional=True),
    F("từ 180.000 đến 220.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá sò huyết thương phẩm",
      value_max=220000),
    F("khoảng 85 triệu đồng/ha", "85", 85e6, "money", "đồng/ha", "lợi nhuận bình quân nuôi sò huyết", approx="about"),
    F("tổ chức 126 cuộc", "126", 126, "count", "cuộc tuần tra", "cuộc tuần tra trên bãi bồi", SINCE),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp khai thác sò huyết trộm", SINCE),
    F("47,5 triệu đồng", "47,5", 47.5e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", SINCE),
    F("thêm 470 ha", "470", 470, "measure", "ha", "diện tích bãi bồi giao khoán thêm", I(Q4), status="target"),
    F("lên 3.685 ha", "3.685", 3685, "measure", "ha", "tổng diện tích giao khoán",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng sò huyết",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

build("p976-3", TEXT, [
    "UBND tỉnh Kiên Giang, Số: 287/BC-UBND, 08/10/2024: giao khoán bãi bồi nuôi sò huyết 9 tháng 2024, flattened '|' table by district.",
    "Table: 'Đơn vị tính: ha' for the two area columns, '(tấn)' in the third header; district row label -> location, 'Tổng cộng' row is",
    "a figure of its own (Kiên Giang); no totals on table cells; table periods stand outside the table (inherited).",
    "'loại 60-70 con/kg' is a grade (optional). Distractors: Số 287/BC-UBND, Kế hoạch số 96/KH-UBND ngày 15/4/2024,",
    "Nghị định số 38/2024/NĐ-CP, section numbers I./1./2./3./II., heading QUÝ IV/2024, date line.",
], FIGS, published="2024-10-08", location="Kiên Giang")
