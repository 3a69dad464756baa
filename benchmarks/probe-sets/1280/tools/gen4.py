"""p1280-4: formal report (Ban Chỉ huy PCTT và TKCN tỉnh Vĩnh Long, Số: 214/BC-BCH): damage of the October 2024 tide, '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH LONG
BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI VÀ TKCN
Số: 214/BC-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 25 tháng 10 năm 2024

BÁO CÁO
Thiệt hại do triều cường từ ngày 14/10 đến 20/10/2024 và công tác khắc phục

I. TÌNH HÌNH TRIỀU CƯỜNG
9 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 4 đợt triều cường gây ngập. Đợt triều cường từ ngày 14/10 đến 20/10/2024 là đợt cao nhất: mực nước đỉnh triều tại trạm Mỹ Thuận ngày 18/10/2024 đạt 2,09 m, vượt báo động III 0,29 m. Tại TP Vĩnh Long, 26 tuyến đường bị ngập sâu 10-30 cm.

II. THIỆT HẠI
1. Nhà ở và giao thông: có 2.318 căn nhà bị ngập, trong đó 1.146 căn tại TP Vĩnh Long; 14,6 km đường giao thông nông thôn bị ngập.
2. Sản xuất nông nghiệp: tổng diện tích bị ảnh hưởng 1.870,5 ha, chi tiết như sau:
Đơn vị tính: ha
Đơn vị | Lúa | Rau màu | Cây ăn trái | Cộng
TP Vĩnh Long | - | 45,2 | 38,5 | 83,7
Huyện Long Hồ | 120 | 86,4 | 412,6 | 619
Huyện Mang Thít | 95,5 | 60 | 268,3 | 423,8
Huyện Vũng Liêm | 310 | 72,5 | 361,5 | 744
Tổng cộng | 525,5 | 264,1 | 1.080,9 | 1.870,5
3. Thiệt hại về tài sản ước tính 12,4 tỷ đồng, tăng 2,1 tỷ đồng so với đợt triều cường tháng 11/2023.

III. CÔNG TÁC KHẮC PHỤC VÀ NHIỆM VỤ
Các địa phương đã huy động 1.250 lượt người, 86 máy bơm và 24.000 bao cát. Tỉnh đã bố trí 150 tỷ đồng đầu tư 3 tuyến kè chống ngập tại TP Vĩnh Long, dự kiến hoàn thành năm 2026.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, NN.
"""

EV = per("từ ngày 14/10 đến 20/10/2024", "2024-10-14", "2024-10-20")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
D18 = per("ngày 18/10/2024", "2024-10-18", "2024-10-18")
VL = "Vĩnh Long"

COLS = ["lúa", "rau màu", "cây ăn trái", "cộng"]
ROWS = [("TP Vĩnh Long", VL, ["-", "45,2", "38,5", "83,7"]),
        ("Huyện Long Hồ", "Long Hồ", ["120", "86,4", "412,6", "619"]),
        ("Huyện Mang Thít", "Mang Thít", ["95,5", "60", "268,3", "423,8"]),
        ("Huyện Vũng Liêm", "Vũng Liêm", ["310", "72,5", "361,5", "744"]),
        ("Tổng cộng", VL, ["525,5", "264,1", "1.080,9", "1.870,5"])]


def read(n):
    return float(n.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        if n != "-":
            subj = f"diện tích {col}"
            if label == "Tổng cộng":
                subj += " tổng cộng"
            CELLS.append(fig(f"{prev} | {n}", n, read(n), "measure", "ha", subject=subj,
                             period=inh(EV), location=loc))
        prev = n

FIGS = [
    fig("xảy ra 4 đợt", "4", 4, "count", "đợt triều cường", subject="đợt triều cường gây ngập", period=N9),
    fig("đạt 2,09 m", "2,09", 2.09, "measure", "m", change=chg("increase", 0.29, "m", "báo động III"),
        subject="mực nước đỉnh triều tại trạm Mỹ Thuận", period=D18),
    fig("Long, 26 tuyến", "26", 26, "count", "tuyến đường", subject="tuyến đường bị ngập", period=inh(EV)),
    fig("sâu 10-30 cm", "10", 10, "measure", "cm", value_max=30, subject="độ sâu ngập tuyến đường",
        period=inh(EV)),
    fig("có 2.318 căn", "2.318", 2318, "count", "căn nhà", subject="căn nhà bị ngập", period=inh(EV)),
    fig("1.146 căn", "1.146", 1146, "count", "căn", total=2318, subject="căn nhà bị ngập", period=inh(EV)),
    fig("14,6 km", "14,6", 14.6, "measure", "km", subject="đường giao thông nông thôn bị ngập", period=inh(EV)),
    fig("hưởng 1.870,5 ha", "1.870,5", 1870.5, "measure", "ha", subject="tổng diện tích bị ảnh hưởng",
        period=inh(EV)),
] + CELLS + [
    fig("ước tính 12,4 tỷ", "12,4", 12.4e9, "money", "đồng", status="estimate",
        change=chg("increase", 2.1e9, "đồng", "đợt triều cường tháng 11/2023"),
        subject="thiệt hại về tài sản", period=inh(EV)),
    fig("1.250 lượt người", "1.250", 1250, "count", "lượt người", subject="lượt người các địa phương huy động"),
    fig("86 máy bơm", "86", 86, "count", "máy bơm", subject="máy bơm huy động"),
    fig("24.000 bao cát", "24.000", 24000, "count", "bao cát", subject="bao cát huy động"),
    fig("bố trí 150 tỷ", "150", 150e9, "money", "đồng", subject="vốn tỉnh bố trí đầu tư kè chống ngập"),
    fig("đầu tư 3 tuyến", "3", 3, "count", "tuyến kè", subject="tuyến kè chống ngập đầu tư",
        location=VL),
]

NOTES = [
    "Formal report (Ban Chỉ huy PCTT và TKCN tỉnh Vĩnh Long): 'Số: 214/BC-BCH', 'Vĩnh Long, ngày 25 tháng 10 năm 2024' (published), sections I–III, 'Nơi nhận'.",
    "Distractors: Số 214/BC-BCH, the letterhead date, 'báo động III', 'tháng 11/2023' (baseline), 'năm 2026' (completion year), section numbers I–III, 1.–3.",
    "Flattened '|' table with 'Đơn vị tính: ha' and a place column: every numeric cell is a figure, location = the row's district",
    "(TP Vĩnh Long → Vĩnh Long; 'Tổng cộng' → the province), subject = the table's noun 'diện tích' + column label (+ row label",
    "'tổng cộng'); '-' is not a figure. Period: the report's event",
    "(title, 14–20/10/2024), inherited. 1.146 căn after 'trong đó' → total 2.318, location TP Vĩnh Long.",
    "'Đợt … từ ngày 14/10 đến 20/10/2024 là đợt cao nhất: mực nước … ngày 18/10/2024 đạt 2,09 m' → the nearer, specific date 18/10/2024.",
    "revised after the first run: the 5 'Cộng' column cells had the paraphrase 'tổng diện tích' instead of the column label; the spec",
    "makes the subject the row and column labels, so they are now 'diện tích cộng' ('diện tích cộng tổng cộng' in the total row).",
    "'tăng 2,1 tỷ đồng so với …' → change value 2 100 000 000 đồng. '150 tỷ đồng … dự kiến hoàn thành năm 2026': dự kiến governs only its own clause.",
]

if __name__ == "__main__":
    write("p1280-4", TEXT, NOTES, FIGS, published="2024-10-25", location=VL)
