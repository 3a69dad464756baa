from lib import F, P, C, T, inh, emit, block_anchor

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN BẢO LẠC
Số: 85/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lạc, ngày 08 tháng 4 năm 2025

BÁO CÁO
Kết quả thực hiện xóa nhà tạm, nhà dột nát quý I/2025

Thực hiện Kế hoạch số 36/KH-UBND ngày 15/01/2025 của UBND tỉnh Cao Bằng, UBND huyện Bảo Lạc báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tiến độ
Trong quý I/2025, UBND huyện đã chỉ đạo khởi công 548 căn, đạt 91,9% kế hoạch năm; đã hoàn thành 403 căn (xây mới 331 căn, sửa chữa 72 căn), tăng 2,4 lần so với quý IV/2024.

Biểu 01. Kết quả theo đối tượng hỗ trợ
Đơn vị tính: căn

Đối tượng
Kế hoạch năm 2025
Thực hiện quý I/2025
Tỷ lệ (%)

Hộ nghèo
412
265
64,3

Hộ cận nghèo
138
97
70,3

Người có công với cách mạng
46
41
89,1

Tổng cộng
596
403
67,6

2. Nguồn lực
Tổng kinh phí đã giải ngân 17,85 tỷ đồng, bằng 62,4% số vốn được phân bổ; trong đó vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững 9,6 tỷ đồng, vốn hỗ trợ của Bộ Công an 5,25 tỷ đồng, nguồn xã hội hóa 3 tỷ đồng. Mức hỗ trợ bình quân khoảng 44,3 triệu đồng/căn.

II. NHIỆM VỤ QUÝ II/2025
Phấn đấu đến ngày 30/6/2025 hoàn thành toàn bộ 193 căn còn lại; huy động tối thiểu 1.500 ngày công lao động giúp các hộ tháo dỡ nhà cũ, vận chuyển vật liệu.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, LĐTBXH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nông Văn Thạch
"""

Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
Y25h = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Q1h = P("Thực hiện quý I/2025", "2025-01-01", "2025-03-31")
Q1i = P("quý I/2025", "2025-01-01", "2025-03-31", inh=True)
DL = P("đến ngày 30/6/2025", None, "2025-06-30")

FIGS = [
    F("khởi công 548 căn", "548", 548, "count", "căn", "căn khởi công", Q1, percent=91.9),
    F("hoàn thành 403 căn", "403", 403, "count", "căn", "căn đã hoàn thành", Q1,
      change=C("increase", 2.4, "lần", "quý IV/2024")),
    F("xây mới 331 căn", "331", 331, "count", "căn", "căn xây mới", Q1, total=403),
    F("sửa chữa 72 căn", "72", 72, "count", "căn", "căn sửa chữa", Q1, total=403),
]
ROWS = [("Hộ nghèo", ["412", "265", "64,3"]), ("Hộ cận nghèo", ["138", "97", "70,3"]),
        ("Người có công với cách mạng", ["46", "41", "89,1"]), ("Tổng cộng", ["596", "403", "67,6"])]
COLS = [("kế hoạch năm 2025", "căn", "target", Y25h), ("thực hiện quý I/2025", "căn", None, Q1h),
        ("tỷ lệ", "%", None, None)]
for row, cells in ROWS:
    for (col, unit, status, per), num in zip(COLS, cells):
        a = block_anchor(TEXT, "\n" + row + "\n", num)
        v = float(num.replace(",", "."))
        FIGS.append(F(a, num, v, "percent" if unit == "%" else "count", unit, f"{row} {col}", per, status=status))

FIGS += [
    F("giải ngân 17,85 tỷ đồng", "17,85", 17.85e9, "money", "đồng", "tổng kinh phí đã giải ngân", Q1i,
      percent=62.4),
    F("giảm nghèo bền vững 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng",
      "vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững", Q1i, total=17.85e9),
    F("Bộ Công an 5,25 tỷ đồng", "5,25", 5.25e9, "money", "đồng", "vốn hỗ trợ của Bộ Công an", Q1i, total=17.85e9),
    F("xã hội hóa 3 tỷ đồng", "3", 3e9, "money", "đồng", "nguồn xã hội hóa", Q1i, total=17.85e9),
    F("khoảng 44,3 triệu đồng/căn", "44,3", 44.3e6, "money", "đồng/căn", "mức hỗ trợ bình quân", Q1i,
      approx="about"),
    F("toàn bộ 193 căn", "193", 193, "count", "căn", "căn còn lại", DL, status="target"),
    F("tối thiểu 1.500 ngày công", "1.500", 1500, "count", "ngày công", "ngày công lao động giúp các hộ", DL,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Bảo Lạc, Cao Bằng), 'Số: 85/BC-UBND', place-and-date line 08/4/2025.",
    "One-cell-per-line table (Biểu 01): 'Đơn vị tính: căn', '(%)' column; subject = row label + column label; period from",
    "the column headers (Kế hoạch năm 2025 = target; Thực hiện quý I/2025); the '(%)' column has no period (not scored).",
    "No totals for table cells (the 'Tổng cộng' row is a figure of its own).",
    "Distractors: 'Số: 85/BC-UBND', 'Kế hoạch số 36/KH-UBND ngày 15/01/2025', section numbers I./1./2./II., 'Biểu 01',",
    "'Lưu: VT', signatory. Text: bracket (331 + 72) adds up to 403; 'tăng 2,4 lần so với quý IV/2024' after the bracket is 403's",
    "change. 'bằng 62,4%' is the percent of 17,85 tỷ; 'trong đó' parts take it as total (9,6 + 5,25 + 3 = 17,85).",
    "Section II: tasks ('Phấn đấu') are targets; 'tối thiểu' = at_least.",
]

if __name__ == "__main__":
    emit("p332-5", TEXT, COMMENTS, FIGS, published="2025-04-08", location="Bảo Lạc")
