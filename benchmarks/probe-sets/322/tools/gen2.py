from lib import F, P, write

A = """ỦY BAN NHÂN DÂN
HUYỆN YÊN THÀNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Thành, ngày 20 tháng 11 năm 2024

BÁO CÁO
Kết quả công tác hòa giải ở cơ sở năm 2024

Thực hiện Luật Hòa giải ở cơ sở năm 2013, Nghị định số 15/2014/NĐ-CP và Kế hoạch số 45/KH-UBND của UBND huyện, UBND huyện báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức, đội ngũ
Toàn huyện có 412 tổ hòa giải với 2.874 hòa giải viên, trong đó 965 hòa giải viên là nữ (chiếm 33,6%). Năm 2024, huyện tổ chức 14 lớp tập huấn cho 1.650 lượt hòa giải viên.

2. Kết quả hòa giải
Năm 2024 (số liệu từ ngày 01/10/2023 đến ngày 30/9/2024), các tổ hòa giải tiếp nhận và giải quyết vụ việc như sau:

Bảng 1. Kết quả hòa giải theo lĩnh vực
Đơn vị tính: vụ việc
Lĩnh vực | Tiếp nhận | Hòa giải thành | Không thành | Đang hòa giải | Tỷ lệ thành (%)
Đất đai | 142 | 109 | 27 | 6 | 76,76
Hôn nhân và gia đình | 88 | 71 | 14 | 3 | 80,68
Dân sự khác | 117 | 98 | 16 | 3 | 83,76
Vi phạm pháp luật nhỏ | 35 | 32 | 3 | 0 | 91,43
Cộng | 382 | 310 | 60 | 12 | 81,15

Tỷ lệ hòa giải thành năm 2024 đạt 81,15%, cao hơn năm 2023 (78%). Kinh phí hỗ trợ hoạt động hòa giải năm 2024 là 824,5 triệu đồng, bình quân 2 triệu đồng/tổ hòa giải.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tỷ lệ hòa giải thành đạt từ 82% trở lên; 100% hòa giải viên mới được bồi dưỡng nghiệp vụ.

Nơi nhận:
- UBND tỉnh Nghệ An (b/c);
- Sở Tư pháp;
- Lưu: VT, TP.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đình Hòa
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

rows = [
    ("Đất đai", ["142", "109", "27", "6", "76,76"]),
    ("Hôn nhân và gia đình", ["88", "71", "14", "3", "80,68"]),
    ("Dân sự khác", ["117", "98", "16", "3", "83,76"]),
    ("Vi phạm pháp luật nhỏ", ["35", "32", "3", "0", "91,43"]),
    ("Cộng", ["382", "310", "60", "12", "81,15"]),
]
cols = ["vụ việc tiếp nhận", "vụ việc hòa giải thành", "vụ việc hòa giải không thành", "vụ việc đang hòa giải", "Tỷ lệ hòa giải thành"]

figs = [
    F("có 412 tổ", "412", 412, "count", "tổ hòa giải", "tổ hòa giải"),
    F("với 2.874 hòa giải viên", "2.874", 2874, "count", "hòa giải viên", "hòa giải viên"),
    F("trong đó 965 hòa giải viên", "965", 965, "count", "hòa giải viên", "hòa giải viên là nữ", total=2874, percent=33.6),
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn", Y),
    F("cho 1.650 lượt", "1.650", 1650, "count", "lượt hòa giải viên", "lượt hòa giải viên được tập huấn", Y),
]
for label, cells in rows:
    prev = label
    for i, (c, col) in enumerate(zip(cells, cols)):
        anchor = f"{label} | {c} |" if i == 0 else f"{prev} | {c}" + (" |" if i < 4 else "\n")
        # make the anchor unique by including the row label where needed
        if i > 0:
            anchor = label + " | " + " | ".join(cells[: i + 1]) + (" |" if i < 4 else "\n")
        pct = i == 4
        v = float(c.replace(",", ".")) if pct else int(c)
        subj = f"{col} lĩnh vực {label}" if label != "Cộng" else f"tổng cộng {col}"
        figs.append(F(anchor, c, v, "percent" if pct else "count", "%" if pct else "vụ việc", subj, Yi))
        prev = c

figs += [
    F("năm 2024 đạt 81,15%", "81,15", 81.15, "percent", "%", "Tỷ lệ hòa giải thành", Y),
    F("năm 2023 (78%)", "78", 78, "percent", "%", "Tỷ lệ hòa giải thành", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("là 824,5 triệu đồng", "824,5", 824500000, "money", "đồng", "Kinh phí hỗ trợ hoạt động hòa giải", Y),
    F("bình quân 2 triệu", "2", 2000000, "money", "đồng/tổ hòa giải", "Kinh phí hỗ trợ hoạt động hòa giải bình quân", Y),
    F("từ 82% trở lên", "82", 82, "percent", "%", "tỷ lệ hòa giải thành", Y25, approx="at_least", status="target"),
    F("100% hòa giải viên mới", "100", 100, "percent", "%", "hòa giải viên mới được bồi dưỡng nghiệp vụ", Y25, status="target"),
]

write("p322-2", A, figs, [
    "Formal report with letterhead (UBND huyện Yên Thành, Nghệ An, 'Số: 287/BC-UBND'); the place-and-date line gives published 2024-11-20.",
    "Flattened '|' table with 'Đơn vị tính: vụ việc'; the last column overrides the unit with '(%)'. Every numeric cell (zero included) is a figure;",
    "subject = column label + row label; period 'Năm 2024' from the sentence above the table (inherited); no total for table cells.",
    "'412 tổ ... 2.874 hòa giải viên' has no period ('Toàn huyện có', a stock). '965 ... (chiếm 33,6%)' part of 2.874 after 'trong đó'.",
    "'cao hơn năm 2023 (78%)': the bracketed 2023 level is a figure of its own; no change value is stated. '2 triệu đồng/tổ hòa giải' is a rate (unit carries the denominator).",
    "Targets under heading 'II. PHƯƠNG HƯỚNG NĂM 2025' (inherited period), 'Phấn đấu' → status target; 'từ 82% trở lên' → at_least.",
    "Distractors: document numbers, 'Luật ... năm 2013', 'Nghị định số 15/2014/NĐ-CP', 'Kế hoạch số 45/KH-UBND', dates 01/10/2023–30/9/2024, section numbers, 'Bảng 1'.",
], published="2024-11-20", location="Yên Thành")
