"""p895-3: UBND tỉnh Bắc Giang formal report, 9 tháng năm 2024, flattened | table by district."""
from lib import build, F, P, I, C

TEXT = """UBND TỈNH BẮC GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 386/BC-UBND
Bắc Giang, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển chăn nuôi ngỗng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Tính đến 30/9/2024, tổng đàn ngỗng toàn tỉnh đạt 268.400 con, bằng 96,2% kế hoạch năm, tăng 5,8% so với cùng kỳ. Sản lượng thịt ngỗng hơi xuất chuồng 9 tháng ước đạt 1.120 tấn.

Bảng 1. Chăn nuôi ngỗng theo địa bàn (tính đến 30/9/2024)
Đơn vị tính: con
STT | Huyện, thành phố | Tổng đàn ngỗng | Trong đó: ngỗng sinh sản | Số hộ nuôi (hộ)
1 | Lạng Giang | 72.600 | 9.800 | 412
2 | Yên Dũng | 58.300 | 7.450 | 365
3 | Tân Yên | 49.100 | 6.200 | 298
4 | Lục Nam | 46.500 | 5.900 | 276
5 | Các địa phương khác | 41.900 | 4.650 | 331
 | Tổng cộng | 268.400 | 34.000 | 1.682

2. Hỗ trợ phát triển sản xuất
Thực hiện Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh, 9 tháng năm 2024 đã hỗ trợ 146 hộ mua 21.500 con ngỗng giống với tổng kinh phí 1,72 tỷ đồng, đạt 86% dự toán. Mức hỗ trợ 80.000 đồng/con giống, tối đa 30 triệu đồng/hộ.

3. Thú y, phòng chống dịch bệnh
Đã tiêm phòng vắc xin cúm gia cầm cho 231.000 con ngỗng, đạt tỷ lệ 86,1% tổng đàn; không để xảy ra dịch cúm gia cầm trên đàn ngỗng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 tổng đàn ngỗng toàn tỉnh đạt 279.000 con; sản lượng thịt hơi cả năm đạt 1.500 tấn.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/9/2024", end="2024-09-30")
TAB = P("tính đến 30/9/2024", end="2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
COLS = [("tổng đàn ngỗng", "con"), ("ngỗng sinh sản", "con"), ("hộ nuôi ngỗng", "hộ")]
ROWS = [
    ("1 | Lạng Giang | ", "Lạng Giang", ["72.600", "9.800", "412"]),
    ("2 | Yên Dũng | ", "Yên Dũng", ["58.300", "7.450", "365"]),
    ("3 | Tân Yên | ", "Tân Yên", ["49.100", "6.200", "298"]),
    ("4 | Lục Nam | ", "Lục Nam", ["46.500", "5.900", "276"]),
    ("5 | Các địa phương khác | ", None, ["41.900", "4.650", "331"]),
    (" | Tổng cộng | ", None, ["268.400", "34.000", "1.682"]),
]


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("tỉnh đạt 268.400 con", "268.400", 268400, "count", "con", "tổng đàn ngỗng", ASOF, percent=96.2,
      change=C("increase", 5.8, baseline="cùng kỳ")),
    F("ước đạt 1.120 tấn", "1.120", 1120, "measure", "tấn", "sản lượng thịt ngỗng hơi xuất chuồng",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
]
for prefix, loc, cells in ROWS:
    label = prefix.split("|")[1].strip()
    for i, cell in enumerate(cells):
        anchor = prefix + " | ".join(cells[: i + 1])
        subj, unit = COLS[i]
        if loc is None:
            subj = f"{subj} {label.lower()}"
        extra = {"location": loc} if loc else {}
        FIGS.append(F(anchor, cell, num(cell), "count", unit, subj, TAB, **extra))
FIGS += [
    F("hỗ trợ 146 hộ", "146", 146, "count", "hộ", "hộ được hỗ trợ mua ngỗng giống", M9),
    F("mua 21.500 con", "21.500", 21500, "count", "con", "ngỗng giống được hỗ trợ", M9),
    F("kinh phí 1,72 tỷ đồng", "1,72", 1720000000, "money", "đồng", "kinh phí hỗ trợ mua ngỗng giống", M9, percent=86),
    F("Mức hỗ trợ 80.000 đồng/con", "80.000", 80000, "money", "đồng/con", "mức hỗ trợ con giống"),
    F("tối đa 30 triệu đồng/hộ", "30", 30000000, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ", approx="at_most"),
    F("cho 231.000 con", "231.000", 231000, "count", "con", "ngỗng được tiêm phòng vắc xin cúm gia cầm",
      I(M9), percent=86.1),
    F("đạt 279.000 con", "279.000", 279000, "count", "con", "tổng đàn ngỗng",
      P("đến 31/12/2024", end="2024-12-31"), status="target"),
    F("đạt 1.500 tấn", "1.500", 1500, "measure", "tấn", "sản lượng thịt hơi", P("cả năm", "2024-01-01", "2024-12-31"),
      status="target"),
]

NOTES = [
    "UBND tỉnh Bắc Giang, Số: 386/BC-UBND, 15/10/2024: Đề án phát triển chăn nuôi ngỗng, 9 tháng 2024. Flattened '|' table by district.",
    "Table: every numeric cell is a figure (unit 'con' from 'Đơn vị tính', 'hộ' from its column header); district rows give location,",
    "'Các địa phương khác' and 'Tổng cộng' rows stay Bắc Giang with the row label in the subject; STT numbers are not figures; cells get no totals.",
    "The table's period stands in its caption line (as-of 30/9/2024): inherited. 'bằng 96,2% kế hoạch năm' is the share (percent) of 268.400.",
    "Not figures: 'Số: 386/BC-UBND', 'Nghị quyết số 12/2023/NQ-HĐND', section numbers, 'Bảng 1', 'QUÝ IV/2024' heading, signature block.",
    "'đạt tỷ lệ 86,1% tổng đàn' is the percent of 231.000 (no total: no part-of cue); its period is the report's 9 months (inherited).",
]

build("p895-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Giang")
