"""p967-3: UBND tỉnh Lâm Đồng formal report, 9 tháng 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động các khu, điểm du lịch sinh thái thác nước 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khách tham quan
9 tháng đầu năm 2024, 4 khu, điểm du lịch thác nước trọng điểm của tỉnh đón 1.059.500 lượt khách, tăng 11,7% so với cùng kỳ, đạt 75,7% kế hoạch năm. Chi tiết như sau:

Đơn vị tính: lượt khách
TT | Khu, điểm du lịch | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch 2024
1 | Thác Datanla | 548.200 | 612.400 | 800.000
2 | Thác Prenn | 251.700 | 285.300 | 380.000
3 | Thác Pongour | 88.900 | 97.600 | 130.000
4 | Thác Voi | 60.100 | 64.200 | 90.000
 | Tổng cộng | 948.900 | 1.059.500 | 1.400.000

2. Doanh thu và đầu tư
Doanh thu bán vé tham quan ước đạt 63,5 tỷ đồng, tăng 9,4% so với cùng kỳ. Các doanh nghiệp đã đầu tư 142 tỷ đồng nâng cấp hạ tầng, trong đó thác Datanla đầu tư 65 tỷ đồng lắp đặt hệ thống máng trượt dài 1.800 m.

3. Công tác bảo đảm an toàn
Sở Văn hóa, Thể thao và Du lịch đã tổ chức 6 đợt kiểm tra tại 12 khu, điểm du lịch; xử phạt 3 cơ sở theo Nghị định số 45/2019/NĐ-CP với tổng số tiền 47,5 triệu đồng. Không xảy ra sự cố đuối nước, tai nạn nghiêm trọng.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV các điểm thác đón khoảng 330.000 lượt khách; phấn đấu cả năm đạt 1,4 triệu lượt khách, doanh thu vé đạt 85 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y = P("cả năm", "2024-01-01", "2024-12-31")

rows = [
    ("Thác Datanla", "548.200", "612.400", "800.000"),
    ("Thác Prenn", "251.700", "285.300", "380.000"),
    ("Thác Pongour", "88.900", "97.600", "130.000"),
    ("Thác Voi", "60.100", "64.200", "90.000"),
]
TABLE = []
for name, a, b, c in rows:
    subj = "lượt khách " + name + " "   # + column label (FIGURES.md: row label and column label)
    TABLE += [
        F(f"{name} | {a}", a, float(a.replace(".", "")), "count", "lượt khách", subj + "9 tháng 2023", C23),
        F(f"{a} | {b}", b, float(b.replace(".", "")), "count", "lượt khách", subj + "9 tháng 2024", C24),
        F(f"{b} | {c}", c, float(c.replace(".", "")), "count", "lượt khách", subj + "Kế hoạch 2024", K24, status="target"),
    ]
TS = "Tổng cộng lượt khách "
TABLE += [
    F("Tổng cộng | 948.900", "948.900", 948900, "count", "lượt khách", TS + "9 tháng 2023", C23),
    F("948.900 | 1.059.500", "1.059.500", 1059500, "count", "lượt khách", TS + "9 tháng 2024", C24),
    F("1.059.500 | 1.400.000", "1.400.000", 1400000, "count", "lượt khách", TS + "Kế hoạch 2024", K24, status="target"),
]

FIGS = [
    F("2024, 4 khu, điểm", "4", 4, "count", "khu, điểm du lịch", "khu, điểm du lịch thác nước trọng điểm", M9),
    F("đón 1.059.500 lượt khách", "1.059.500", 1059500, "count", "lượt khách",
      "lượt khách các khu, điểm du lịch thác nước trọng điểm", M9,
      percent=75.7, change=C("increase", 11.7, "%", "cùng kỳ")),
] + TABLE + [
    F("ước đạt 63,5 tỷ đồng", "63,5", 63.5e9, "money", "đồng", "doanh thu bán vé tham quan", I(M9),
      change=C("increase", 9.4, "%", "cùng kỳ"), status="estimate"),
    F("đầu tư 142 tỷ đồng", "142", 142e9, "money", "đồng", "vốn doanh nghiệp đầu tư nâng cấp hạ tầng", I(M9)),
    F("đầu tư 65 tỷ đồng", "65", 65e9, "money", "đồng", "vốn đầu tư hệ thống máng trượt thác Datanla", I(M9), total=142e9),
    F("dài 1.800 m", "1.800", 1800, "measure", "m", "chiều dài hệ thống máng trượt"),
    F("tổ chức 6 đợt kiểm tra", "6", 6, "count", "đợt kiểm tra", "đợt kiểm tra", I(M9)),
    F("tại 12 khu, điểm", "12", 12, "count", "khu, điểm du lịch", "khu, điểm du lịch được kiểm tra", I(M9)),
    F("xử phạt 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị xử phạt", I(M9)),
    F("số tiền 47,5 triệu đồng", "47,5", 47.5e6, "money", "đồng", "tổng số tiền xử phạt", I(M9)),
    F("khoảng 330.000 lượt khách", "330.000", 330000, "count", "lượt khách", "lượt khách các điểm thác", Q4,
      approx="about", status="forecast"),
    F("đạt 1,4 triệu lượt khách", "1,4", 1.4e6, "count", "lượt khách", "lượt khách các điểm thác", Y, status="target"),
    F("đạt 85 tỷ đồng", "85", 85e9, "money", "đồng", "doanh thu vé", Y, status="target"),
]

NOTES = [
    "UBND tỉnh Lâm Đồng, Số: 287/BC-UBND, 15/10/2024: khu, điểm du lịch thác nước 9 tháng đầu năm 2024; flattened '|' table by site.",
    "Table cells: subject = 'lượt khách' + the row label (a site, not a place, so location stays Lâm Đồng) + the column label; period from the column header",
    "(scored); 'Kế hoạch 2024' column gives status target; no totals on cells (the Tổng cộng row is its own figure). Row numbers 1-4 are not figures.",
    "'quý IV' and 'cả năm' take 2024 from the heading NHIỆM VỤ QUÝ IV/2024. 'Dự kiến' governs the first clause only; 'phấn đấu' the rest.",
    "revised after the first run: table-cell subjects now include the column label (FIGURES.md: 'the row label and the column label'; cf. shared gold h23).",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 45/KH-UBND ngày 10/02/2024, Nghị định số 45/2019/NĐ-CP, section numbers I., II., 1.-3., TT.",
]

write("p967-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Lâm Đồng")
