from lib import F, P, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Trang chủ / Lâm nghiệp / Tin chuyên ngành

Quảng Ninh duy trì tỷ lệ che phủ rừng trên 55%

Giai đoạn 2021-2023, toàn tỉnh trồng mới trên 36.000 ha rừng, bình quân mỗi năm khoảng 12.000 ha, đạt 72% kế hoạch giai đoạn 2021-2025. Công tác phòng cháy, chữa cháy rừng được triển khai đồng bộ, số vụ cháy rừng giảm mạnh.

Một số chỉ tiêu lâm nghiệp chủ yếu
Đơn vị tính: ha
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch năm 2025
Diện tích có rừng
369.208
371.450
375.000
Diện tích trồng rừng mới
12.315
11.870
12.000
Tỷ lệ che phủ rừng (%)
54,98
55,12
55,50
Số vụ cháy rừng (vụ)
4
2
0

Năm 2023, huyện Ba Chẽ dẫn đầu toàn tỉnh về tỷ lệ che phủ rừng với 78,6%, tiếp đến là Bình Liêu (72,4%) và Tiên Yên (70,9%); thấp nhất là thành phố Móng Cái với 39,8%.

Cũng trong năm 2023, tỉnh chi trả dịch vụ môi trường rừng 21,7 tỷ đồng cho gần 6.300 hộ gia đình, cộng đồng dân cư nhận khoán bảo vệ rừng; mức chi trả bình quân 450.000 đồng/ha/năm. Toàn tỉnh hiện có 19.540 ha rừng ngập mặn ven biển, chiếm khoảng 1/5 diện tích rừng ngập mặn của cả nước.

Giai đoạn 2021-2025, tỉnh phấn đấu đưa tỷ lệ rừng sản xuất là rừng gỗ lớn đạt 30% và có ít nhất 50.000 ha rừng được cấp chứng chỉ quản lý rừng bền vững (FSC).

Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 2, phường Hồng Hà, TP Hạ Long
"""

G23 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
G25 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("rừng trên 55%", "55", 55, "percent", "%", "tỷ lệ che phủ rừng", approx="over"),
    F("trên 36.000 ha", "36.000", 36000, "measure", "ha", "diện tích trồng mới rừng", approx="over", percent=72, period=G23),
    F("khoảng 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích trồng mới rừng bình quân mỗi năm", approx="about",
      period=G23),
]
ROWS = [
    ("Diện tích có rừng\n", ["369.208", "371.450", "375.000"], "measure", "ha", "Diện tích có rừng"),
    ("Diện tích trồng rừng mới\n", ["12.315", "11.870", "12.000"], "measure", "ha", "Diện tích trồng rừng mới"),
    ("Tỷ lệ che phủ rừng (%)\n", ["54,98", "55,12", "55,50"], "percent", "%", "Tỷ lệ che phủ rừng"),
    ("Số vụ cháy rừng (vụ)\n", ["4", "2", "0"], "count", "vụ", "Số vụ cháy rừng"),
]
COLS = [(C22, "năm 2022", None), (C23, "năm 2023", None), (C25, "kế hoạch năm 2025", "target")]
for label, cells, kind, unit, subj in ROWS:
    prev = label
    for (per, colname, st), cell in zip(COLS, cells):
        anchor = f"{prev}{cell}\n"
        v = float(cell.replace(".", "").replace(",", ".")) if "," in cell else int(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, v, kind, unit, f"{subj} {colname}", status=st, period=per))
        prev = f"{cell}\n"
FIGS += [
    F("với 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ che phủ rừng", period=Y23, location="Ba Chẽ"),
    F("Bình Liêu (72,4%)", "72,4", 72.4, "percent", "%", "tỷ lệ che phủ rừng", period=Y23, location="Bình Liêu"),
    F("Tiên Yên (70,9%)", "70,9", 70.9, "percent", "%", "tỷ lệ che phủ rừng", period=Y23, location="Tiên Yên"),
    F("với 39,8%", "39,8", 39.8, "percent", "%", "tỷ lệ che phủ rừng", period=Y23, location="Móng Cái"),
    F("21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "chi trả dịch vụ môi trường rừng", period=Y23),
    F("gần 6.300 hộ", "6.300", 6300, "count", "hộ gia đình, cộng đồng dân cư",
      "hộ gia đình, cộng đồng dân cư nhận khoán bảo vệ rừng được chi trả", approx="nearly", period=Y23),
    F("bình quân 450.000 đồng/ha/năm", "450.000", 450000, "money", "đồng/ha/năm", "mức chi trả dịch vụ môi trường rừng bình quân",
      period=Y23),
    F("có 19.540 ha", "19.540", 19540, "measure", "ha", "diện tích rừng ngập mặn ven biển"),
    F("khoảng 1/5 diện tích", "1", 1, "count", "phần", optional=True),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ rừng sản xuất là rừng gỗ lớn", status="target", period=G25),
    F("ít nhất 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững (FSC)",
      approx="at_least", status="target", period=G25),
]

build("p292-7", TEXT, FIGS, [
    "Department site (Sở NN&PTNT Quảng Ninh), breadcrumb, no dateline and no date anywhere: published null; address at the end.",
    "Headline 'trên 55%' is a figure (no period). 'đạt 72% kế hoạch giai đoạn 2021-2025' is the share of 'trên 36.000 ha'.",
    "One-cell-per-line table, 'Đơn vị tính: ha'; row labels '(%)' and '(vụ)' override the unit; every cell a figure (the 0 target too);",
    "period from the column header (scored); the 'Kế hoạch năm 2025' column → status target. Subject = row label + column label.",
    "District list: Ba Chẽ, Bình Liêu, Tiên Yên, Móng Cái → location; indicator tỷ lệ che phủ rừng, period năm 2023 (same sentence).",
    "'450.000 đồng/ha/năm' money rate, unit keeps its denominator. 'khoảng 1/5 diện tích … của cả nước' is a fraction: optional.",
    "'có 19.540 ha' ('hiện có', no period phrase in the sentence) no period. Targets after 'phấn đấu' for giai đoạn 2021-2025.",
    "Distractors: 'Tầng 9', 'Trụ sở Liên cơ quan số 2', 'giai đoạn 2021-2025' as a period only, breadcrumb.",
], published=None, location="Quảng Ninh")
