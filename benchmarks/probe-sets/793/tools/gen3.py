from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Thanh Hóa, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển phong trào võ cổ truyền, vật dân tộc năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Phát triển phong trào
Thực hiện Kế hoạch số 96/KH-UBND ngày 12/4/2021 của UBND tỉnh, năm 2023 toàn tỉnh có 318 câu lạc bộ võ cổ truyền và 46 câu lạc bộ vật dân tộc, với 21.640 võ sinh, đô vật tập luyện thường xuyên, tăng 8,7% so với năm 2022. Số câu lạc bộ ở một số địa phương như sau:

Đơn vị tính: câu lạc bộ
Địa phương | Võ cổ truyền | Vật dân tộc | Tổng số
TP Thanh Hóa | 64 | 5 | 69
TX Nghi Sơn | 38 | 7 | 45
Huyện Hoằng Hóa | 29 | 9 | 38
Huyện Thọ Xuân | 25 | 6 | 31
Các địa phương khác | 162 | 19 | 181
Toàn tỉnh | 318 | 46 | 364

2. Thi đấu, thành tích
Năm 2023, tỉnh tổ chức 14 giải cấp tỉnh, trong đó 9 giải võ cổ truyền và 5 giải vật, với 2.760 lượt vận động viên. Tại các giải toàn quốc, vận động viên Thanh Hóa giành 41 huy chương (11 HCV, 13 HCB, 17 HCĐ), vượt 17% chỉ tiêu; riêng môn vật dân tộc xếp thứ 3 toàn quốc.

3. Kinh phí
Tổng kinh phí chi cho phong trào năm 2023 là 7,85 tỷ đồng, đạt 104,7% dự toán, trong đó ngân sách tỉnh 4,2 tỷ đồng, xã hội hóa 3,65 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 thành lập mới ít nhất 20 câu lạc bộ, nâng số người tập luyện thường xuyên lên 23.000 người; tổ chức Liên hoan vật dân tộc toàn tỉnh lần thứ V, dự kiến kinh phí khoảng 8,5 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL (b/c);
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
tab = I(y23)
rows = [("64 | 5 | 69", "TP Thanh Hóa", "TP Thanh Hóa", (64, 5, 69)),
        ("38 | 7 | 45", "TX Nghi Sơn", "Nghi Sơn", (38, 7, 45)),
        ("29 | 9 | 38", "Huyện Hoằng Hóa", "Hoằng Hóa", (29, 9, 38)),
        ("25 | 6 | 31", "Huyện Thọ Xuân", "Thọ Xuân", (25, 6, 31)),
        ("162 | 19 | 181", "Các địa phương khác", None, (162, 19, 181)),
        ("318 | 46 | 364", "Toàn tỉnh", None, (318, 46, 364))]
cols = ["võ cổ truyền", "vật dân tộc", "tổng số"]

FIGS = [
    F("có 318 câu lạc bộ", "318", 318, "count", "câu lạc bộ", "câu lạc bộ võ cổ truyền", y23),
    F("và 46 câu lạc bộ", "46", 46, "count", "câu lạc bộ", "câu lạc bộ vật dân tộc", y23),
    F("với 21.640 võ sinh", "21.640", 21640, "count", "võ sinh, đô vật", "võ sinh, đô vật tập luyện thường xuyên", y23,
      change=C("increase", 8.7, "%", "năm 2022")),
]
for cells, label, loc, vals in rows:
    parts = cells.split(" | ")
    for i, (num, val) in enumerate(zip(parts, vals)):
        if i == 0:
            anchor = f"{label} | {num}"
        elif i == 1:
            anchor = f"{label} | {parts[0]} | {num}"
        else:
            anchor = f"{parts[1]} | {num}"
            if label in ("TP Thanh Hóa",):
                anchor = f"{parts[0]} | {parts[1]} | {num}"
        if loc:
            subj = f"câu lạc bộ {cols[i]}" if i < 2 else "tổng số câu lạc bộ"
            kw = {"location": loc}
        else:
            lab = "các địa phương khác" if label.startswith("Các") else "toàn tỉnh"
            subj = (f"câu lạc bộ {cols[i]} {lab}" if i < 2 else f"tổng số câu lạc bộ {lab}")
            kw = {}
        FIGS.append(F(anchor, num, val, "count", "câu lạc bộ", subj, tab, **kw))

FIGS += [
    F("tổ chức 14 giải", "14", 14, "count", "giải", "giải cấp tỉnh tổ chức", Y23),
    F("trong đó 9 giải", "9", 9, "count", "giải", "giải võ cổ truyền", Y23, total=14),
    F("và 5 giải vật", "5", 5, "count", "giải", "giải vật", Y23, total=14),
    F("với 2.760 lượt", "2.760", 2760, "count", "lượt vận động viên", "lượt vận động viên tham gia giải cấp tỉnh", Y23),
    F("giành 41 huy chương", "41", 41, "count", "huy chương", "huy chương tại các giải toàn quốc", I(Y23),
      change=C("increase", 17, "%", "chỉ tiêu")),
    F("(11 HCV", "11", 11, "count", "HCV", "huy chương vàng tại các giải toàn quốc", I(Y23), total=41),
    F("13 HCB", "13", 13, "count", "HCB", "huy chương bạc tại các giải toàn quốc", I(Y23), total=41),
    F("17 HCĐ", "17", 17, "count", "HCĐ", "huy chương đồng tại các giải toàn quốc", I(Y23), total=41),
    F("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", "xếp hạng môn vật dân tộc toàn quốc", I(Y23)),
    F("là 7,85 tỷ đồng", "7,85", 7850000000, "money", "đồng", "tổng kinh phí chi cho phong trào", y23, percent=104.7),
    F("ngân sách tỉnh 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", y23,
      total=7850000000),
    F("xã hội hóa 3,65 tỷ đồng", "3,65", 3650000000, "money", "đồng", "kinh phí xã hội hóa", y23, total=7850000000),
    F("ít nhất 20 câu lạc bộ", "20", 20, "count", "câu lạc bộ", "câu lạc bộ thành lập mới", y24,
      approx="at_least", status="target"),
    F("lên 23.000 người", "23.000", 23000, "count", "người", "người tập luyện thường xuyên", y24, status="target"),
    F("khoảng 8,5 tỷ đồng", "8,5", 8500000000, "money", "đồng", "kinh phí tổ chức Liên hoan vật dân tộc toàn tỉnh",
      y24, approx="about", status="forecast"),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH THANH HÓA, Số: 287/BC-UBND, 'Thanh Hóa, ngày 18 tháng 12 năm 2023', sections I/II, 1-3.",
    "Flattened '|' table (Đơn vị tính: câu lạc bộ; rows = districts, 'Các địa phương khác', 'Toàn tỉnh'). Every cell is a figure;",
    "place rows give the location, other rows go into the subject; the period 'năm 2023' stands in the sentence above the table (inherited).",
    "Table cells get no totals (the Tổng số column and Toàn tỉnh row are figures of their own).",
    "Distractors: Số 287/BC-UBND, Kế hoạch số 96/KH-UBND ngày 12/4/2021, section numbers, 'lần thứ V', 'b/c'.",
    "'41 huy chương (11 HCV, 13 HCB, 17 HCĐ)': the bracket adds up, so 41 is the total; 'vượt 17% chỉ tiêu' is a change vs plan.",
    "'đạt 104,7% dự toán' is the percent of 7,85 tỷ. Section II: 'Phấn đấu' governs the first two clauses (target), 'dự kiến' gives forecast.",
]

write(3, TEXT, NOTES, FIGS, published="2023-12-18", location="Thanh Hóa")
