from lib import *

A = """UBND TỈNH AN GIANG
SỞ Y TẾ
Số: 418/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống HIV/AIDS 6 tháng đầu năm 2024

I. TÌNH HÌNH DỊCH HIV/AIDS
Tính đến ngày 30/6/2024, lũy tích số người nhiễm HIV trên địa bàn tỉnh là 9.874 người, số người nhiễm HIV còn sống là 5.612 người. Trong 6 tháng đầu năm 2024, phát hiện mới 186 người nhiễm HIV (cùng kỳ năm 2023: 201 người), giảm 7,5%.

II. KẾT QUẢ ĐIỀU TRỊ ARV THEO ĐỊA BÀN
Bảng 1. Tình hình điều trị ARV đến 30/6/2024
Đơn vị tính: người
Địa bàn | Nhiễm HIV còn sống | Đang điều trị ARV | Nhiễm mới 6 tháng | Tỷ lệ điều trị ARV (%)
TP Long Xuyên | 1.248 | 1.102 | 41 | 88,3
TP Châu Đốc | 806 | 694 | 27 | 86,1
Thị xã Tân Châu | 652 | 548 | 22 | 84,0
Huyện An Phú | 731 | 597 | 30 | 81,7
Các huyện còn lại | 2.175 | 1.811 | 66 | 83,3
Toàn tỉnh | 5.612 | 4.752 | 186 | 84,7

III. CÔNG TÁC DỰ PHÒNG
Trong 6 tháng, đã cấp phát miễn phí 152.000 bơm kim tiêm và 286,5 nghìn bao cao su; điều trị Methadone cho 624 bệnh nhân tại 5 cơ sở; 418 người được điều trị PrEP, đạt 69,7% kế hoạch năm. Tổng kinh phí thực hiện là 3,42 tỷ đồng, trong đó ngân sách địa phương 1,15 tỷ đồng (chiếm 33,6%).

IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu đến cuối năm 2024 có 90% người nhiễm HIV còn sống được điều trị ARV và 600 người sử dụng PrEP.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Phòng, chống HIV/AIDS;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Mỹ Hạnh
"""

A30 = P("Tính đến ngày 30/6/2024", end="2024-06-30")
T30 = P("đến 30/6/2024", end="2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H1s = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
EY = P("đến cuối năm 2024", end="2024-12-31")

figs = [
    F("là 9.874 người", "9.874", 9874, "count", "người", "lũy tích số người nhiễm HIV", A30),
    F("là 5.612 người", "5.612", 5612, "count", "người", "số người nhiễm HIV còn sống", A30),
    F("mới 186 người", "186", 186, "count", "người", "người nhiễm HIV phát hiện mới", H1,
      change=C("decrease", 7.5, baseline="cùng kỳ năm 2023")),
    F("2023: 201 người", "201", 201, "count", "người", "người nhiễm HIV phát hiện mới",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")),
]
cols = [("Nhiễm HIV còn sống", "count", "người"), ("Đang điều trị ARV", "count", "người"),
        ("Nhiễm mới 6 tháng", "count", "người"), ("Tỷ lệ điều trị ARV", "percent", "%")]
rows = [("TP Long Xuyên", "Long Xuyên", ["1.248", "1.102", "41", "88,3"]),
        ("TP Châu Đốc", "Châu Đốc", ["806", "694", "27", "86,1"]),
        ("Thị xã Tân Châu", "Tân Châu", ["652", "548", "22", "84,0"]),
        ("Huyện An Phú", "An Phú", ["731", "597", "30", "81,7"]),
        ("Các huyện còn lại", None, ["2.175", "1.811", "66", "83,3"]),
        ("Toàn tỉnh", None, ["5.612", "4.752", "186", "84,7"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, loc, cells in rows:
    for i, (cell, (col, kind, unit)) in enumerate(zip(cells, cols)):
        prev = label if i == 0 else cells[i - 1]
        nxt = " |" if i < 3 else "\n"
        anchor = f"{prev} | {cell}{nxt}"
        v = num(cell)
        v = int(v) if v == int(v) and kind == "count" else v
        subj = col if loc else f"{col} {label.lower() if label.startswith('Các') else label}"
        per = H1i if col.startswith("Nhiễm mới") else T30
        kw = {"location": loc} if loc else {}
        figs.append(F(anchor, cell, v, kind, unit, subj, per, **kw))

figs += [
    F("miễn phí 152.000 bơm", "152.000", 152000, "count", "bơm kim tiêm", "bơm kim tiêm cấp phát miễn phí", H1s),
    F("286,5 nghìn bao", "286,5", 286500, "count", "bao cao su", "bao cao su cấp phát miễn phí", H1s),
    F("cho 624 bệnh nhân", "624", 624, "count", "bệnh nhân", "bệnh nhân điều trị Methadone", H1s),
    F("tại 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở điều trị Methadone", H1s),
    F("418 người được", "418", 418, "count", "người", "người được điều trị PrEP", H1s, percent=69.7),
    F("là 3,42 tỷ đồng", "3,42", 3420000000, "money", "đồng", "Tổng kinh phí thực hiện", H1i),
    F("phương 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "ngân sách địa phương", H1i, total=3420000000,
      percent=33.6),
    F("có 90% người", "90", 90, "percent", "%", "người nhiễm HIV còn sống được điều trị ARV", EY, status="target"),
    F("và 600 người", "600", 600, "count", "người", "người sử dụng PrEP", EY, status="target"),
]

write(7, A, figs, [
    "Formal report with letterhead (Sở Y tế An Giang, 'Số: 418/BC-SYT'); the place-and-date line 'An Giang, ngày 08 tháng 7 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: người' and a '(%)' column. Every numeric cell is a figure; subject = column label (+ row label when",
    "the row is not a place); district/city rows give location; 'Các huyện còn lại'/'Toàn tỉnh' keep the province. Periods from the caption",
    "'đến 30/6/2024' (and 6 tháng đầu năm 2024 for the new-infection column): inherited. No totals for table cells (FIGURES.md gives tables none).",
    "'(cùng kỳ năm 2023: 201 người)' is a figure of its own with period H1/2023; 186 carries the change -7,5% vs cùng kỳ năm 2023.",
    "'Trong 6 tháng' without a year takes 2024. '286,5 nghìn' = 286.500. '418 người' vs doc number 'Số: 418/BC-SYT' (distractor).",
    "1,15 tỷ đồng: 'trong đó' part of 3,42 tỷ (total) with percent 33,6. 'Phấn đấu đến cuối năm 2024': targets.",
    "Distractors: document number, section numbers I.-IV., 'Bảng 1', dates, 'Lưu: VT, NVY', signer.",
], published="2024-07-08", location="An Giang")
