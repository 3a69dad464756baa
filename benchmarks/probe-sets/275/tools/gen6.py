from lib import F, P, ch, build

rows = [
    ("Tỷ lệ người tập luyện thể dục thể thao thường xuyên", "%", ["32,4", "33,5", "33,8"]),
    ("Tỷ lệ gia đình thể thao", "%", ["22,1", "23", "23,4"]),
    ("Số câu lạc bộ thể dục thể thao", "Câu lạc bộ", ["118", "125", "131"]),
    ("Số giải thi đấu cấp huyện", "Giải", ["14", "15", "17"]),
    ("Số huy chương tại các giải cấp tỉnh", "Huy chương", ["46", "50", "52"]),
]
table = "TT\nChỉ tiêu\nĐơn vị tính\nThực hiện năm 2023\nKế hoạch năm 2024\nƯớc thực hiện năm 2024\n"
for i, (label, unit, cells) in enumerate(rows, 1):
    table += f"{i}\n{label}\n{unit}\n" + "\n".join(cells) + "\n"

A = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 178/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Pắc, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác thể dục, thể thao năm 2024 và phương hướng nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Phong trào thể dục thể thao quần chúng
Năm 2024, huyện tổ chức 17 giải thi đấu cấp huyện với hơn 3.400 lượt vận động viên tham gia; tổ chức Đại hội Thể dục thể thao cấp xã tại 16/16 xã, thị trấn. Toàn huyện hiện có 131 câu lạc bộ thể dục thể thao, tăng 13 câu lạc bộ so với năm 2023.

2. Thể thao thành tích cao
Tham gia các giải cấp tỉnh, đoàn vận động viên huyện giành 52 huy chương (15 huy chương Vàng, 17 huy chương Bạc, 20 huy chương Đồng), xếp thứ 4/15 huyện, thị xã, thành phố.

3. Kinh phí và cơ sở vật chất
Kinh phí sự nghiệp thể dục thể thao năm 2024 là 1,85 tỷ đồng, đạt 102,8% dự toán. Toàn huyện có 9 nhà thi đấu, nhà tập đa năng và 74 sân bóng đá mini.

Bảng: Một số chỉ tiêu chủ yếu
""" + table + """
II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 34,5%, tỷ lệ gia đình thể thao đạt 24%; tổ chức ít nhất 15 giải thi đấu cấp huyện.

Nơi nhận:
- UBND tỉnh Đắk Lắk (b/c);
- Sở VHTTDL;
- Lưu: VT, VHTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Khuê Niê
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)

figs = [
    F("tổ chức 17 giải", "17", 17, "count", "giải thi đấu", "giải thi đấu cấp huyện", Y24),
    F("hơn 3.400 lượt", "3.400", 3400, "count", "lượt vận động viên", "lượt vận động viên tham gia", Y24, approx="over"),
    F("16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn tổ chức Đại hội Thể dục thể thao cấp xã", Y24, total=16),
    F("có 131 câu lạc bộ", "131", 131, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao", Y24i,
      change=ch("increase", 13, "câu lạc bộ", "năm 2023")),
    F("giành 52 huy chương", "52", 52, "count", "huy chương", "huy chương tại các giải cấp tỉnh", Y24i),
    F("(15 huy chương Vàng", "15", 15, "count", "huy chương Vàng", "huy chương Vàng", Y24i, total=52),
    F("17 huy chương Bạc", "17", 17, "count", "huy chương Bạc", "huy chương Bạc", Y24i, total=52),
    F("20 huy chương Đồng", "20", 20, "count", "huy chương Đồng", "huy chương Đồng", Y24i, total=52),
    F("thứ 4/15", "4", 4, "rank", "hạng", "xếp hạng đoàn vận động viên huyện tại các giải cấp tỉnh", Y24i, total=15),
    F("là 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "kinh phí sự nghiệp thể dục thể thao",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=102.8),
    F("có 9 nhà", "9", 9, "count", "nhà thi đấu, nhà tập đa năng", "nhà thi đấu, nhà tập đa năng", Y24i),
    F("74 sân", "74", 74, "count", "sân bóng đá mini", "sân bóng đá mini", Y24i),
]

cols = [("thực hiện năm 2023", P("Thực hiện năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target"),
        ("ước thực hiện năm 2024", P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate")]
for label, unit, cells in rows:
    u = "%" if unit == "%" else unit.lower()
    kind = "percent" if unit == "%" else "count"
    for j, c in enumerate(cells):
        if j == 0:
            anchor = f"{unit}\n{c}\n"
        else:
            anchor = f"{cells[j-1]}\n{c}\n"
        v = float(c.replace(",", ".")) if "," in c else int(c)
        kw = {}
        if cols[j][2] != "actual":
            kw["status"] = cols[j][2]
        figs.append(F(anchor, c, v, kind, u, f"{label} {cols[j][0]}", cols[j][1], **kw))

figs += [
    F("đạt 34,5%", "34,5", 34.5, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", Y25i, status="target"),
    F("đạt 24%", "24", 24, "percent", "%", "tỷ lệ gia đình thể thao", Y25i, status="target"),
    F("ít nhất 15 giải", "15", 15, "count", "giải thi đấu", "giải thi đấu cấp huyện", Y25i, approx="at_least", status="target"),
]

build(6, A, [
    "Formal report with letterhead (UBND huyện Krông Pắc, Đắk Lắk, 'Số: 178/BC-UBND'); the place-and-date line 'Krông Pắc, ngày 18 tháng 12 năm 2024' is its date.",
    "One-cell-per-line table (TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 | Ước thực hiện năm 2024): every numeric cell is a figure;",
    "period from the column header (scored, as in h23); 'Kế hoạch' cells status target, 'Ước thực hiện' cells estimate; unit from the 'Đơn vị tính' cell. Row numbers 1-5 are not figures.",
    "Distractors: document number, section numbers I./II./1./2./3., 'Lưu: VT, VHTT', 'KT. CHỦ TỊCH', signer, 'cấp huyện/xã/tỉnh'.",
    "'16/16 xã, thị trấn' total 16; 52 = 15+17+20 (bracketed breakdown, total 52); 'thứ 4/15' total 15; '1,85 tỷ đồng, đạt 102,8% dự toán' = percent.",
    "Section II heading 'NHIỆM VỤ NĂM 2025' gives the 2025 targets their period (inherited); 'Phấn đấu' = target; 'ít nhất' at_least.",
], figs, published="2024-12-18", location="Krông Pắc")
