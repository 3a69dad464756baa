"""p1249-3: formal report (Sở NN&PTNT Kiên Giang, Số: 412/BC-SNNPTNT): marine farming 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KIÊN GIANG
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 412/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển nuôi biển năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Quy mô nuôi
Toàn tỉnh có 4.626 lồng nuôi biển, tăng 508 lồng so với năm 2022, trong đó lồng tròn HDPE 1.180 lồng, chiếm 25,5%; thể tích nuôi ước đạt 1,42 triệu m3.

2. Sản lượng cá biển nuôi theo địa bàn
Đơn vị tính: tấn
Địa bàn | Năm 2022 | Ước TH 2023 | So với cùng kỳ (%) | Kế hoạch 2024
TP Phú Quốc | 3.850 | 4.320 | 112,2 | 4.800
Huyện Kiên Hải | 2.410 | 2.960 | 122,8 | 3.300
Huyện Kiên Lương | 910 | 1.040 | 114,3 | 1.150
Tổng cộng | 7.170 | 8.320 | 116,0 | 9.250

Năm 2023, cá chim vây vàng chiếm khoảng 62% sản lượng cá biển nuôi; giá bán bình quân đạt 88.000 đồng/kg.

3. Giống và giao mặt nước
Các cơ sở trong tỉnh cung ứng 2,1 triệu con giống cá biển, chiếm khoảng 40% nhu cầu; số còn lại nhập từ Khánh Hòa và Bà Rịa - Vũng Tàu. Trong năm, UBND tỉnh giao mặt nước biển cho 2 doanh nghiệp với tổng diện tích 120 ha tại huyện Kiên Hải.

II. KẾ HOẠCH NĂM 2024
Phấn đấu phát triển thêm 400 lồng HDPE; sản xuất và cung ứng 3,5 triệu con giống cá biển, trong đó cá chim vây vàng 2 triệu con.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Thủy sản;
- Lưu: VT, NTTS.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
E23 = per("Ước TH 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H23 = per("NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
H24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = [("năm 2022", Y22, None), ("ước TH 2023", E23, "estimate"),
        ("so với cùng kỳ", per("Ước TH 2023", "2023-01-01", "2023-12-31", inherited=True), None),
        ("kế hoạch 2024", K24, "target")]
ROWS = [("TP Phú Quốc", "Phú Quốc", ["3.850", "4.320", "112,2", "4.800"]),
        ("Huyện Kiên Hải", "Kiên Hải", ["2.410", "2.960", "122,8", "3.300"]),
        ("Huyện Kiên Lương", "Kiên Lương", ["910", "1.040", "114,3", "1.150"]),
        ("Tổng cộng", None, ["7.170", "8.320", "116,0", "9.250"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        subj = ("tổng cộng " if not place else "") + f"sản lượng {col}"
        if col == "so với cùng kỳ":
            v = float(n.replace(",", "."))
            CELLS.append(fig(f"{prev} | {n}", n, v, "percent", "%", subject=subj, period=p, **kw))
        else:
            v = float(n.replace(".", ""))
            CELLS.append(fig(f"{prev} | {n}", n, v, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 4.626 lồng", "4.626", 4626, "count", "lồng", change=chg("increase", 508, "lồng", "năm 2022"),
        subject="lồng nuôi biển", period=H23),
    fig("HDPE 1.180 lồng", "1.180", 1180, "count", "lồng", total=4626, percent=25.5,
        subject="lồng tròn HDPE", period=H23),
    fig("ước đạt 1,42 triệu", "1,42", 1.42e6, "measure", "m3", status="estimate",
        subject="thể tích nuôi", period=H23),
] + CELLS + [
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="tỷ trọng cá chim vây vàng trong sản lượng cá biển nuôi", period=Y23),
    fig("đạt 88.000", "88.000", 88000, "money", "đồng/kg", subject="giá bán bình quân cá chim vây vàng",
        period=Y23),
    fig("ứng 2,1 triệu", "2,1", 2.1e6, "count", "con giống", percent=40,
        subject="con giống cá biển các cơ sở trong tỉnh cung ứng", period=H23),
    fig("cho 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", location="Kiên Hải",
        subject="doanh nghiệp được giao mặt nước biển", period=per("Trong năm", "2023-01-01", "2023-12-31")),
    fig("tích 120 ha", "120", 120, "measure", "ha", location="Kiên Hải",
        subject="tổng diện tích mặt nước biển giao cho doanh nghiệp",
        period=per("Trong năm", "2023-01-01", "2023-12-31")),
    fig("thêm 400 lồng", "400", 400, "count", "lồng", status="target", subject="lồng HDPE phát triển thêm",
        period=H24),
    fig("ứng 3,5 triệu", "3,5", 3.5e6, "count", "con giống", status="target",
        subject="con giống cá biển sản xuất và cung ứng", period=H24),
    fig("vàng 2 triệu", "2", 2e6, "count", "con", total=3.5e6, status="target",
        subject="con giống cá chim vây vàng", period=H24),
]

NOTES = [
    "Formal report: 'UBND TỈNH KIÊN GIANG / SỞ NÔNG NGHIỆP VÀ PTNT', 'Số: 412/BC-SNNPTNT', 'Kiên Giang, ngày 18 tháng 12 năm 2023' (published), sections I/II, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; the row label is a place → location (Phú Quốc, Kiên Hải, Kiên Lương; 'Tổng cộng' → Kiên Giang);",
    "subject = table title noun 'sản lượng' + column label. 'Ước TH 2023' → estimate; 'Kế hoạch 2024' → target; period from the header (scored).",
    "'So với cùng kỳ (%)' cells are percent figures (every numeric cell is a figure), status actual; their header has no year: period inherited (not scored).",
    "Section I/II headings give the year of the figures under them (inherited, another sentence). 'trong đó lồng tròn HDPE 1.180 lồng, chiếm 25,5%' → total 4.626, percent 25,5.",
    "'trong đó cá chim vây vàng 2 triệu con' → total 3,5 triệu; status target from 'Phấn đấu' (same sentence).",
    "'chiếm khoảng 40% nhu cầu' is the percent of 2,1 triệu con. 'Trong năm' in a yearly report is 2023 (like 'trong tháng' in a monthly one).",
    "Distractors: Số: 412/BC-SNNPTNT, the letterhead date, section numbers I./II./1./2., 'Lưu: VT, NTTS'.",
]

if __name__ == "__main__":
    write("p1249-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Kiên Giang")
