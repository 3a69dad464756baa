"""p1092-3: UBND tỉnh Quảng Trị formal report, 9 months 2023, with a flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả thực hiện công tác trẻ em 9 tháng đầu năm 2023

Thực hiện Luật Trẻ em năm 2016 và Nghị định số 56/2017/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình trẻ em
Tính đến ngày 30/9/2023, toàn tỉnh có 178.635 trẻ em dưới 16 tuổi, trong đó 6.928 trẻ em có hoàn cảnh đặc biệt, chiếm 3,88% tổng số trẻ em.

2. Trợ giúp trẻ em có hoàn cảnh đặc biệt
Trong 9 tháng, 6.315 trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc, đạt 91,2%, tăng 1,5% so với cùng kỳ. Kết quả tại 4 địa phương trọng điểm:
Bảng 1. Trẻ em có hoàn cảnh đặc biệt được trợ giúp, 9 tháng năm 2023
Đơn vị tính: trẻ em
STT | Địa phương | Số trẻ em có HCĐB | Số được trợ giúp | Tỷ lệ được trợ giúp (%)
1 | TP. Đông Hà | 412 | 398 | 96,6
2 | Vĩnh Linh | 735 | 689 | 93,7
3 | Hướng Hóa | 1.286 | 1.157 | 90,0
4 | Đakrông | 948 | 836 | 88,2
 | Tổng cộng | 3.381 | 3.080 | 91,1

3. Phòng, chống xâm hại trẻ em
9 tháng năm 2023, toàn tỉnh xảy ra 19 vụ xâm hại trẻ em (9 tháng năm 2022 là 24 vụ), làm 21 trẻ em bị xâm hại; cơ quan chức năng đã khởi tố 15 vụ, xét xử 11 vụ. Tổng đài 111 đã chuyển 14 ca đề nghị can thiệp về tỉnh; 100% ca đã được xác minh, xử lý.

4. Kinh phí
Tổng kinh phí thực hiện công tác trẻ em 9 tháng ước đạt 8,74 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng, vận động xã hội 5,54 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu đến cuối năm 2023 có 92% trẻ em có hoàn cảnh đặc biệt được trợ giúp; 100% vụ việc xâm hại trẻ em được phát hiện, xử lý kịp thời.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, VX.
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
TAB = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inherited=True)
M9_23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9_22 = P("9 tháng năm 2022", "2022-01-01", "2022-09-30")
KP = P("9 tháng", "2023-01-01", "2023-09-30")
TGT = P("đến cuối năm 2023", None, "2023-12-31")

S1, S2, S3 = "số trẻ em có HCĐB", "số trẻ em có HCĐB được trợ giúp", "tỷ lệ trẻ em có HCĐB được trợ giúp"
ROWS = [
    ("| TP. Đông Hà | ", "Đông Hà", ("412", 412), ("398", 398), ("96,6", 96.6)),
    ("| Vĩnh Linh | ", "Vĩnh Linh", ("735", 735), ("689", 689), ("93,7", 93.7)),
    ("| Hướng Hóa | ", "Hướng Hóa", ("1.286", 1286), ("1.157", 1157), ("90,0", 90.0)),
    ("| Đakrông | ", "Đakrông", ("948", 948), ("836", 836), ("88,2", 88.2)),
    ("| Tổng cộng | ", "Quảng Trị", ("3.381", 3381), ("3.080", 3080), ("91,1", 91.1)),
]
TABLE = []
for head, loc, a, b, c in ROWS:
    TABLE += [
        F(f"{head}{a[0]} |", a[0], a[1], "count", "trẻ em", S1, TAB, location=loc),
        F(f"| {a[0]} | {b[0]} |", b[0], b[1], "count", "trẻ em", S2, TAB, location=loc),
        F(f"| {b[0]} | {c[0]}", c[0], c[1], "percent", "%", S3, TAB, location=loc),
    ]

FIGS = [
    F("có 178.635 trẻ em", "178.635", 178635, "count", "trẻ em", "trẻ em dưới 16 tuổi", ASOF),
    F("trẻ em dưới 16 tuổi, trong đó", "16", 16, "measure", "tuổi", "độ tuổi trẻ em", approx="under", optional=True),
    F("đó 6.928 trẻ em", "6.928", 6928, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", ASOF,
      total=178635, percent=3.88),
    F("tháng, 6.315 trẻ em", "6.315", 6315, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", M9,
      percent=91.2, change=C("increase", 1.5, "%", "cùng kỳ")),
    F("Kết quả tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương trọng điểm", optional=True),
] + TABLE + [
    F("xảy ra 19 vụ", "19", 19, "count", "vụ", "vụ xâm hại trẻ em", M9_23),
    F("là 24 vụ", "24", 24, "count", "vụ", "vụ xâm hại trẻ em", M9_22),
    F("làm 21 trẻ em", "21", 21, "count", "trẻ em", "trẻ em bị xâm hại", M9_23),
    F("khởi tố 15 vụ", "15", 15, "count", "vụ", "vụ xâm hại trẻ em được khởi tố", M9_23),
    F("xét xử 11 vụ", "11", 11, "count", "vụ", "vụ xâm hại trẻ em được xét xử", M9_23),
    F("chuyển 14 ca", "14", 14, "count", "ca", "ca đề nghị can thiệp Tổng đài 111 chuyển về tỉnh", I(M9_23)),
    F("100% ca đã", "100", 100, "percent", "%", "ca được xác minh, xử lý", I(M9_23)),
    F("ước đạt 8,74 tỷ đồng", "8,74", 8.74e9, "money", "đồng", "tổng kinh phí thực hiện công tác trẻ em", KP,
      status="estimate"),
    F("ngân sách tỉnh 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí công tác trẻ em từ ngân sách tỉnh", KP,
      total=8.74e9, status="estimate"),
    F("vận động xã hội 5,54 tỷ đồng", "5,54", 5.54e9, "money", "đồng", "kinh phí công tác trẻ em vận động xã hội", KP,
      total=8.74e9, status="estimate"),
    F("có 92% trẻ em", "92", 92, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", TGT, status="target"),
    F("100% vụ việc", "100", 100, "percent", "%", "vụ việc xâm hại trẻ em được phát hiện, xử lý kịp thời", TGT,
      status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Quảng Trị số 287/BC-UBND: công tác trẻ em 9 tháng đầu năm 2023.",
    "Letterhead date 'Quảng Trị, ngày 12 tháng 10 năm 2023' gives published. Section numbers I., 1.-4., II. and STT 1-4 are not figures.",
    "Distractors: Số: 287/BC-UBND, Luật Trẻ em năm 2016, Nghị định số 56/2017/NĐ-CP, Tổng đài 111, QUÝ IV/2023 heading.",
    "Flattened table: subject is the column label (row label is a place -> location); unit from 'Đơn vị tính: trẻ em', % column percent;",
    "period from the table title line (inherited). 'Tổng cộng' row is Quảng Trị's figure; table cells carry no totals.",
    "'Kết quả tại 4 địa phương trọng điểm' introduces the table: optional.",
    "'(9 tháng năm 2022 là 24 vụ)' is a figure of its own. 'khởi tố 15 vụ, xét xử 11 vụ' have no part-of cue: no total.",
    "'ước đạt' governs the 'trong đó' parts that continue its clause: all three estimate.",
]

write("p1092-3", TEXT, NOTES, FIGS, published="2023-10-12", location="Quảng Trị")
