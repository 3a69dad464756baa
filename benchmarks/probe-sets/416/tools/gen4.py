from lib import C, F, P, T, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN MÈO VẠC
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mèo Vạc, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Nghị quyết số 09-NQ/HU về phát triển chăn nuôi đại gia súc và dê năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Năm 2024, chăn nuôi trên địa bàn huyện cơ bản ổn định, không xảy ra dịch bệnh nguy hiểm. Kết quả một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: con
Chỉ tiêu | Năm 2023 | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | So với KH (%)
Tổng đàn trâu | 21.346 | 21.500 | 21.180 | 98,5
Tổng đàn bò | 27.812 | 28.500 | 28.936 | 101,5
Đàn bò lai | 2.904 | 3.300 | 3.412 | 103,4
Tổng đàn dê | 30.125 | 32.000 | 33.270 | 104,0
Bê lai sinh ra | 486 | 550 | 571 | 103,8

Tổng đàn gia súc ăn cỏ ước đạt 83.386 con, tăng 5,2% so với năm 2023. Tỷ lệ bò lai đạt 11,8% tổng đàn bò, tăng 1,4 điểm phần trăm.

2. Cải tạo giống và thụ tinh nhân tạo
Trong năm, huyện tiếp nhận 45 con bò đực giống Brahman và 120 con dê đực giống Boer từ Chương trình mục tiêu quốc gia giảm nghèo bền vững, phân bổ cho 18/18 xã, thị trấn. Thực hiện thụ tinh nhân tạo 742 con bò, tỷ lệ có chửa đạt 68,2%.

3. Phòng chống đói, rét
Trong đợt rét từ tháng 12/2023 đến tháng 2/2024, toàn huyện có 57 con gia súc bị chết (giảm 64 con so với cùng kỳ), kinh phí hỗ trợ 98,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tổng đàn trâu, bò đạt 51.000 con, đàn dê đạt 35.000 con; tỷ lệ bò lai từ 13% trở lên; thụ tinh nhân tạo cho 800 con bò.

Nơi nhận:
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Sùng Mí Pó
"""

ROWS = [
    ("Tổng đàn trâu", ["21.346", "21.500", "21.180", "98,5"]),
    ("Tổng đàn bò", ["27.812", "28.500", "28.936", "101,5"]),
    ("Đàn bò lai", ["2.904", "3.300", "3.412", "103,4"]),
    ("Tổng đàn dê", ["30.125", "32.000", "33.270", "104,0"]),
    ("Bê lai sinh ra", ["486", "550", "571", "103,8"]),
]
COLS = [
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "count"),
    ("kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target", "count"),
    ("ước thực hiện năm 2024", P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate", "count"),
    ("so với KH", P("Năm 2024", "2024-01-01", "2024-12-31", inh=True), "actual", "percent"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, (cell, (clab, per, st, kind)) in enumerate(zip(cells, COLS)):
        # anchor: from the cell before (or the row label) to this cell, which is unique in the article
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev} | {cell}"
        kw = {} if st == "actual" else {"status": st}
        unit = "%" if kind == "percent" else "con"
        FIGS.append(F(anchor, cell, num(cell), kind, unit, f"{label} {clab}", per, **kw))

Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
COLD = P("từ tháng 12/2023 đến tháng 2/2024", "2023-12-01", "2024-02-29")
FIGS += [
    F("ước đạt 83.386 con", "83.386", 83386, "count", "con", "tổng đàn gia súc ăn cỏ", Y24i, status="estimate",
      change=C("increase", 5.2, "%", "năm 2023")),
    F("đạt 11,8%", "11,8", 11.8, "percent", "%", "tỷ lệ bò lai trong tổng đàn bò", Y24i,
      change=C("increase", 1.4, "điểm phần trăm")),
    F("tiếp nhận 45 con", "45", 45, "count", "con", "bò đực giống Brahman tiếp nhận", Y24i),
    F("và 120 con", "120", 120, "count", "con", "dê đực giống Boer tiếp nhận", Y24i),
    F("18/18 xã", "18", 18, "count", "xã, thị trấn", "xã, thị trấn được phân bổ giống", Y24i, total=18),
    F("nhân tạo 742 con bò", "742", 742, "count", "con", "bò được thụ tinh nhân tạo", Y24i),
    F("đạt 68,2%", "68,2", 68.2, "percent", "%", "tỷ lệ có chửa", Y24i),
    F("có 57 con", "57", 57, "count", "con", "gia súc bị chết", COLD,
      change=C("decrease", 64, "con", "cùng kỳ")),
    F("hỗ trợ 98,5 triệu đồng", "98,5", 98500000, "money", "đồng", "kinh phí hỗ trợ", COLD),
    F("đạt 51.000 con", "51.000", 51000, "count", "con", "tổng đàn trâu, bò", Y25i, status="target"),
    F("đạt 35.000 con", "35.000", 35000, "count", "con", "đàn dê", Y25i, status="target"),
    F("từ 13% trở lên", "13", 13, "percent", "%", "tỷ lệ bò lai", Y25i, approx="at_least", status="target"),
    F("cho 800 con bò", "800", 800, "count", "con", "bò được thụ tinh nhân tạo", Y25i, status="target"),
]

emit("p416-4", TEXT, [
    "Formal report (letterhead 'Số: 187/BC-UBND', place-and-date line) of UBND huyện Mèo Vạc, Hà Giang: herds 2023/plan/estimate",
    "2024 in a flattened '|' table ('Đơn vị tính: con' with a '(%)' column), crossbreeding, AI, cold deaths, 2025 tasks.",
    "Distractors: Số: 187/BC-UBND, Nghị quyết số 09-NQ/HU, section numbers (I., 1., 2., 3., II.), 'Lưu: VT', signatory.",
    "Table cells: subject = row label + column label; 'Kế hoạch' → target, 'Ước thực hiện' → estimate; period from the column",
    "header (scored); 'So với KH (%)' cells are percents (the column's '(%)' overrides 'Đơn vị tính: con'), status actual, period",
    "2024 inherited from the text above. No totals for table cells (no part-of cue inside the table).",
    "'tỷ lệ có chửa đạt 68,2%' names its own rate: a figure, not the percent of 742. '18/18 xã' → total 18.",
    "Section 'II. NHIỆM VỤ NĂM 2025' gives the targets their (inherited) year; 'Phấn đấu' → status target.",
    "The cold spell 'từ tháng 12/2023 đến tháng 2/2024' runs 2023-12-01 to 2024-02-29.",
], FIGS, published="2024-12-12", location="Mèo Vạc")
