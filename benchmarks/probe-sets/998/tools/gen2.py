"""p998-2: huyện Chợ Gạo (Tiền Giang) district portal, mừng thọ quý I/2025, one-cell-per-line table."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ GẠO
Tin tức > Hoạt động xã, thị trấn

Chợ Gạo mừng thọ 2.146 người cao tuổi trong quý I

Thứ Ba, 18/03/2025 - 14:05

Trong quý I/2025, Hội Người cao tuổi huyện phối hợp với UBND các xã, thị trấn tổ chức mừng thọ cho 2.146 người cao tuổi, đạt 98,5% số người đến tuổi mừng thọ trong năm. Tổng giá trị quà tặng gần 1,3 tỷ đồng, trong đó ngân sách huyện chi 645 triệu đồng. Có 14 xã, thị trấn tổ chức lễ mừng thọ tập trung, thu hút hơn 3.200 lượt người tham dự.

Mức quà của huyện là 200.000 đồng đối với người thọ 70, 75 tuổi; 300.000 đồng đối với người thọ 80, 85 tuổi; 500.000 đồng đối với người từ 90 tuổi trở lên. Nhiều xã vận động thêm quà từ 100.000 đến 200.000 đồng/người.

Kết quả mừng thọ tại một số xã như sau:

Đơn vị tính: người
Xã
Tuổi 70-75
Tuổi 80-85
Từ 90 tuổi
Cộng
Bình Phục Nhứt
112
64
27
203
Long Bình Điền
98
51
19
168
Hòa Tịnh
87
45
22
154
Tổng cộng
297
160
68
525

Dịp này, huyện trao 12 suất quà cho các cụ từ 100 tuổi trở lên, mỗi suất 1,5 triệu đồng. Cụ cao tuổi nhất huyện là cụ Lê Văn Chín (ấp 4, xã Hòa Tịnh), 106 tuổi.

Năm 2025, huyện phấn đấu mừng thọ cho 2.180 người, tăng 3,6% so với năm 2024. Kinh phí dự kiến khoảng 1,35 tỷ đồng.

Ban Biên tập
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
TAB = inh(Q1)
ROWS = [("Bình Phục Nhứt", ["112", "64", "27", "203"]),
        ("Long Bình Điền", ["98", "51", "19", "168"]),
        ("Hòa Tịnh", ["87", "45", "22", "154"]),
        ("Tổng cộng", ["297", "160", "68", "525"])]
HEAD = ["Tuổi 70-75", "Tuổi 80-85", "Từ 90 tuổi", "Cộng"]


def table_figs():
    # subject = row label + column label (FIGURES.md, Tables). A commune is not a province, city or district,
    # so its label stays in the subject and the cell is located in the district (revised after the first run).
    out = []
    for label, cells in ROWS:
        for i, (col, cell) in enumerate(zip(HEAD, cells)):
            nxt = cells[i + 1] if i + 1 < len(cells) else None
            if nxt:
                anchor = f"{cell}\n{nxt}"
            else:
                anchor = f"{cells[i - 1]}\n{cell}"
            if i == 0:
                anchor = f"{label}\n{cell}"
            out.append(F(anchor, cell, float(cell), "count", "người", f"{label} {col}", TAB))
    return out


FIGS = [
    F("mừng thọ 2.146 người cao tuổi trong quý I", "2.146", 2146, "count", "người cao tuổi",
      "người cao tuổi được mừng thọ", P("quý I", "2025-01-01", "2025-03-31")),
    F("cho 2.146 người cao tuổi", "2.146", 2146, "count", "người cao tuổi", "người cao tuổi được mừng thọ",
      Q1, percent=98.5),
    F("gần 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tổng giá trị quà tặng", inh(Q1), approx="nearly"),
    F("chi 645 triệu đồng", "645", 645e6, "money", "đồng", "ngân sách huyện chi quà tặng", inh(Q1), total=1.3e9),
    F("Có 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn tổ chức lễ mừng thọ tập trung",
      inh(Q1)),
    F("hơn 3.200 lượt người", "3.200", 3200, "count", "lượt người", "lượt người tham dự lễ mừng thọ tập trung",
      inh(Q1), approx="over"),
    F("là 200.000 đồng", "200.000", 200000, "money", "đồng", "mức quà của huyện đối với người thọ 70, 75 tuổi"),
    OPT_AGE("thọ 70, 75", "70"),
    OPT_AGE("70, 75 tuổi", "75"),
    F("300.000 đồng đối", "300.000", 300000, "money", "đồng", "mức quà của huyện đối với người thọ 80, 85 tuổi"),
    OPT_AGE("thọ 80, 85", "80"),
    OPT_AGE("80, 85 tuổi", "85"),
    F("500.000 đồng đối", "500.000", 500000, "money", "đồng",
      "mức quà của huyện đối với người từ 90 tuổi trở lên"),
    OPT_AGE("từ 90 tuổi trở lên", "90", approx="at_least"),
    F("từ 100.000 đến 200.000 đồng/người", "100.000", 100000, "money", "đồng/người",
      "quà các xã vận động thêm", value_max=200000),
    OPT_AGE("Tuổi 70-75", "70", value_max=75),
    OPT_AGE("Tuổi 80-85", "80", value_max=85),
    OPT_AGE("Từ 90 tuổi\n", "90", approx="at_least"),
] + table_figs() + [
    F("trao 12 suất quà", "12", 12, "count", "suất quà", "suất quà huyện trao cho các cụ từ 100 tuổi trở lên"),
    OPT_AGE("cụ từ 100 tuổi", "100", approx="at_least"),
    F("mỗi suất 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng/suất", "giá trị mỗi suất quà"),
    F("106 tuổi", "106", 106, "measure", "tuổi", "tuổi của cụ cao tuổi nhất huyện"),
    F("cho 2.180 người", "2.180", 2180, "count", "người", "người được mừng thọ", Y(2025, "Năm 2025"),
      status="target", change=CH("increase", 3.6, "%", "năm 2024")),
    F("khoảng 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí mừng thọ", inh(Y(2025, "Năm 2025")),
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Chợ Gạo (Tiền Giang): mừng thọ quý I/2025; dateline 'Thứ Ba, 18/03/2025 - 14:05'.",
    "Table pasted one cell per line (Đơn vị tính: người; Xã | Tuổi 70-75 | Tuổi 80-85 | Từ 90 tuổi | Cộng); subject = row label +",
    "column label; cells are located in the district Chợ Gạo (a commune is not a province, city or district; the commune label stays",
    "in the subject; revised after the first run, which had the commune as location). Periods of the cells come from 'quý I/2025'",
    "in the lead (inherited). Header ages are optional. Table cells get no totals (the Cộng column and Tổng cộng row are figures).",
    "'đạt 98,5% số người đến tuổi mừng thọ trong năm' is the percent of 2.146; 'trong đó ngân sách huyện chi 645 triệu' is part of 1,3 tỷ.",
    "'mỗi suất 1,5 triệu đồng' → unit đồng/suất. 'phấn đấu mừng thọ cho 2.180 người' target; 'Kinh phí dự kiến' forecast.",
    "Distractors: 'ấp 4', 'Lê Văn Chín', dateline time 14:05.",
]

write("p998-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Chợ Gạo")
