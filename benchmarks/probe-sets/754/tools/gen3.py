from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH TIỀN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 418/BC-UBND
Tiền Giang, ngày 11 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, sơ chế và tiêu thụ ca cao 9 tháng năm 2024

Thực hiện Kế hoạch số 57/KH-UBND ngày 20/02/2024 của UBND tỉnh, kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, diện tích ca cao toàn tỉnh là 1.186,5 ha, tăng 4,2% so với cùng kỳ; trong đó diện tích cho trái 942 ha. Sản lượng hạt khô 9 tháng đạt 705 tấn, bằng 78,3% kế hoạch năm.

Bảng 1. Diện tích, sản lượng ca cao 9 tháng năm 2024
Địa bàn | Diện tích (ha) | Cho trái (ha) | Sản lượng (tấn)
Huyện Cai Lậy | 415 | 338 | 262
Huyện Châu Thành | 326,5 | 264 | 198
Huyện Chợ Gạo | 247 | 190 | 131
Huyện Cái Bè | 198 | 150 | 114
Toàn tỉnh | 1.186,5 | 942 | 705

2. Sơ chế, lên men và tiêu thụ
Toàn tỉnh có 7 cơ sở, HTX sơ chế ca cao với tổng công suất 1.200 tấn hạt tươi/năm. Lượng hạt lên men 9 tháng đạt 486 tấn, chiếm 68,9% sản lượng; giá bán bình quân 212.000 đồng/kg, tăng 2,7 lần so với cùng kỳ. Giá trị sản xuất ca cao ước đạt 142,6 tỷ đồng.

3. Hỗ trợ phát triển
Từ đầu năm đến nay, tỉnh đã hỗ trợ 18.500 cây giống ghép, tổ chức 9 lớp tập huấn kỹ thuật lên men cho 275 nông dân; tổng kinh phí 1.346 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến sản lượng hạt khô cả năm 2024 đạt 910 tấn, vượt 1,1% kế hoạch. Trong quý IV, dự kiến trồng mới 35 ha ca cao xen trong vườn cây ăn trái.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
T = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-11")

rows = [("Huyện Cai Lậy | 415 | 338 | 262", "Cai Lậy", "415", "338", "262"),
        ("Huyện Châu Thành | 326,5 | 264 | 198", "Châu Thành", "326,5", "264", "198"),
        ("Huyện Chợ Gạo | 247 | 190 | 131", "Chợ Gạo", "247", "190", "131"),
        ("Huyện Cái Bè | 198 | 150 | 114", "Cái Bè", "198", "150", "114"),
        ("Toàn tỉnh | 1.186,5 | 942 | 705", "Tiền Giang", "1.186,5", "942", "705")]

def num(s):
    return float(s.replace(".", "").replace(",", "."))

TABLE = []
for line, loc, a, b, c in rows:
    label = line.split(" | ")[0]
    TABLE.append(F(f"{label} | {a} |", a, num(a), "measure", "ha", "diện tích ca cao", T, location=loc))
    TABLE.append(F(f"| {a} | {b} |", b, num(b), "measure", "ha", "diện tích ca cao cho trái", T, location=loc))
    TABLE.append(F(f"| {b} | {c}\n", c, num(c), "measure", "tấn", "sản lượng ca cao", T, location=loc))

FIGS = [
    F("là 1.186,5 ha", "1.186,5", 1186.5, "measure", "ha", "diện tích ca cao", ASOF,
      change=CH("increase", 4.2, "%", "cùng kỳ")),
    F("cho trái 942 ha", "942", 942, "measure", "ha", "diện tích ca cao cho trái", ASOF, total=1186.5),
    F("đạt 705 tấn", "705", 705, "measure", "tấn", "sản lượng hạt ca cao khô", M9, percent=78.3),
] + TABLE + [
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở, HTX sơ chế ca cao"),
    F("suất 1.200 tấn", "1.200", 1200, "measure", "tấn hạt tươi/năm", "tổng công suất sơ chế ca cao"),
    F("đạt 486 tấn", "486", 486, "measure", "tấn", "lượng hạt ca cao lên men", M9, percent=68.9),
    F("quân 212.000", "212.000", 212000, "money", "đồng/kg", "giá bán hạt ca cao bình quân", M9,
      change=CH("increase", 2.7, "lần", "cùng kỳ")),
    F("ước đạt 142,6 tỷ", "142,6", 142600000000, "money", "đồng", "giá trị sản xuất ca cao", I(M9), status="estimate"),
    F("trợ 18.500 cây", "18.500", 18500, "count", "cây giống ghép", "cây giống ghép được hỗ trợ", YTD),
    F("chức 9 lớp", "9", 9, "count", "lớp", "lớp tập huấn kỹ thuật lên men", YTD),
    F("cho 275 nông dân", "275", 275, "count", "nông dân", "nông dân được tập huấn kỹ thuật lên men", YTD),
    F("phí 1.346 triệu", "1.346", 1346000000, "money", "đồng", "tổng kinh phí hỗ trợ phát triển ca cao", YTD),
    F("đạt 910 tấn", "910", 910, "measure", "tấn", "sản lượng hạt ca cao khô", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="forecast", change=CH("increase", 1.1, "%", "kế hoạch")),
    F("mới 35 ha", "35", 35, "measure", "ha", "diện tích ca cao trồng mới xen trong vườn cây ăn trái",
      P("Trong quý IV", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "p754-3: formal report of UBND tỉnh Tiền Giang (Số: 418/BC-UBND, place-and-date line), 9 tháng 2024, flattened '|' table.",
    "Distractors: Số 418/BC-UBND, Kế hoạch số 57/KH-UBND ngày 20/02/2024, 'Bảng 1', sections I./II./1./2./3., 'QUÝ IV/2024' heading, Nơi nhận.",
    "Table: each numeric cell a figure; subject = column label, district rows -> location, 'Toàn tỉnh' -> Tiền Giang;",
    "units from the column headers; period from the table title '9 tháng năm 2024' (not on the cell's line: inherited). No Ước column: actual.",
    "No total for table cells (not stated by a cue). '942 ha' after 'trong đó' takes 1.186,5 ha.",
    "'bằng 78,3% kế hoạch năm', 'chiếm 68,9% sản lượng' are percent attributes; 'tăng 2,7 lần so với cùng kỳ' is the price's change;",
    "'vượt 1,1% kế hoạch' is a change with baseline kế hoạch (FIGURES.md: gap to a plan). 'Từ đầu năm đến nay' ends at the report date.",
    "'Trong quý IV' takes 2024 from the report. '1.346 triệu đồng' = 1 346 000 000 đồng.",
]

emit("p754-3", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Tiền Giang")
