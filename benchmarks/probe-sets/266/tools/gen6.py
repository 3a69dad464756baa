from lib import *

text = """UBND HUYỆN ĐỨC TRỌNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Trọng, ngày 12 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm học 2023-2024 cấp học mầm non

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, mạng lưới
Năm học 2023-2024, toàn huyện có 35 trường mầm non (25 công lập, 10 ngoài công lập) với 528 nhóm, lớp. Tỷ lệ huy động trẻ nhà trẻ đạt 28,4%, trẻ mẫu giáo đạt 96,9%. Số trẻ suy dinh dưỡng thể nhẹ cân giảm còn 312 trẻ, chiếm 2,2%.

Bảng 1. Một số chỉ tiêu cấp học mầm non
TT | Chỉ tiêu | Đơn vị | Năm học 2022-2023 | Năm học 2023-2024 | Kế hoạch năm học 2024-2025
1 | Số trường mầm non | trường | 34 | 35 | 36
 | Trong đó: ngoài công lập | trường | 9 | 10 | 11
2 | Số nhóm, lớp | nhóm, lớp | 512 | 528 | 540
3 | Số trẻ đến trường | trẻ | 13.684 | 14.027 | 14.300
4 | Số giáo viên | người | 806 | 842 | 880
5 | Tỷ lệ trẻ ăn bán trú | % | 95,2 | 97,6 | 98

2. Đội ngũ
Toàn huyện còn thiếu 47 giáo viên so với định mức; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 78,5% trên chuẩn.

3. Kinh phí
Chi ngân sách cho giáo dục mầm non 6 tháng đầu năm 2024 đạt 63,2 tỷ đồng, bằng 50,1% dự toán năm.

II. PHƯƠNG HƯỚNG NĂM HỌC 2024-2025
Phấn đấu huy động trẻ nhà trẻ đạt 30% trở lên; xây mới 12 phòng học tại xã Tà Năng, Đà Loan.

Nơi nhận:
- Sở GD&ĐT (b/c);
- Lưu: VT, PGD.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

S22, S23, S24 = SY(2022), SY(2023), SY(2024)
S23i = SY(2023, inh=True)
rows = [
    ("Số trường mầm non", "trường", "count", ("trường | 34", "34 | 35", "35 | 36"), (34, 35, 36)),
    ("Số trường mầm non ngoài công lập", "trường", "count", ("trường | 9 |", "9 | 10 |", "10 | 11"), (9, 10, 11)),
    ("Số nhóm, lớp", "nhóm, lớp", "count", ("lớp | 512", "512 | 528", "528 | 540"), (512, 528, 540)),
    ("Số trẻ đến trường", "trẻ", "count", ("trẻ | 13.684", "13.684 | 14.027", "14.027 | 14.300"), (13684, 14027, 14300)),
    ("Số giáo viên", "người", "count", ("người | 806", "806 | 842", "842 | 880"), (806, 842, 880)),
    ("Tỷ lệ trẻ ăn bán trú", "%", "percent", ("% | 95,2", "95,2 | 97,6", "97,6 | 98"), (95.2, 97.6, 98)),
]
table = []
for label, unit, kind, anchors, values in rows:
    for col, (a, v, per) in enumerate(zip(anchors, values, (S22, S23, S24))):
        num = a.split(" | ")[-1].strip(" |") if col == 0 else a.split(" | ")[1].strip(" |")
        num = [x for x in a.replace("|", " ").split() if x.replace(".", "").replace(",", "").isdigit()][0 if col else -1]
        if col == 0:
            num = [x for x in a.replace("|", " ").split() if x.replace(".", "").replace(",", "").isdigit()][0]
        else:
            num = [x for x in a.replace("|", " ").split() if x.replace(".", "").replace(",", "").isdigit()][-1]
        kw = {"status": "target"} if col == 2 else {}
        subj = label + (" kế hoạch" if col == 2 else "")
        if label.endswith("ngoài công lập"):
            kw["total"] = rows[0][4][col]  # row 'Trong đó: ngoài công lập' is a part of 'Số trường mầm non' in the same column
        table.append(F(a, num, v, kind, unit, subj, per, **kw))

figs = [
    F("có 35 trường", "35", 35, "count", "trường", "trường mầm non", S23),
    F("(25 công lập", "25", 25, "count", "trường", "trường mầm non công lập", S23, total=35),
    F("10 ngoài công lập)", "10", 10, "count", "trường", "trường mầm non ngoài công lập", S23, total=35),
    F("với 528 nhóm", "528", 528, "count", "nhóm, lớp", "nhóm, lớp", S23),
    F("nhà trẻ đạt 28,4%", "28,4", 28.4, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S23i),
    F("mẫu giáo đạt 96,9%", "96,9", 96.9, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", S23i),
    F("còn 312 trẻ", "312", 312, "count", "trẻ", "trẻ suy dinh dưỡng thể nhẹ cân", S23i, percent=2.2),
] + table + [
    F("thiếu 47 giáo viên", "47", 47, "count", "giáo viên", "giáo viên còn thiếu so với định mức", S23i),
    F("100% giáo viên", "100", 100, "percent", "%", "giáo viên đạt chuẩn trình độ đào tạo", S23i),
    F("trong đó 78,5%", "78,5", 78.5, "percent", "%", "giáo viên trên chuẩn trình độ đào tạo", S23i),
    F("đạt 63,2 tỷ đồng", "63,2", 63.2e9, "money", "đồng", "chi ngân sách cho giáo dục mầm non",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=50.1),
    F("đạt 30% trở lên", "30", 30, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", SY(2024, inh=True, text="NĂM HỌC 2024-2025"),
      approx="at_least", status="target"),
    F("xây mới 12 phòng", "12", 12, "count", "phòng học", "phòng học xây mới", SY(2024, inh=True, text="NĂM HỌC 2024-2025"),
      status="target"),
]
emit("p266-6", text, [
    "Formal report with letterhead 'Số: 287/BC-UBND', UBND huyện Đức Trọng (Lâm Đồng); place-and-date line 'Đức Trọng, ngày 12 tháng 6 năm 2024'.",
    "Flattened '|' table (TT | Chỉ tiêu | Đơn vị | Năm học 2022-2023 | Năm học 2023-2024 | Kế hoạch năm học 2024-2025): every numeric cell is a",
    "figure; unit from the 'Đơn vị' column; period from the column header (not inherited); the plan column gives status target; the row",
    "'Trong đó: ngoài công lập' follows the row 'Số trường mầm non' (a 'trong đó' part of the whole in the same column): total 34/35/36. Row numbers 1-5, section numbers 'I.', '1.', 'Bảng 1', 'Lưu: VT' are not figures.",
    "'(25 công lập, 10 ngoài công lập)' adds up to 35: totals. 'giảm còn 312 trẻ, chiếm 2,2%' → percent, no change (only the new level).",
    "'trong đó 78,5%' after '100% giáo viên': a percent after a percent is its own figure, no total. 'bằng 50,1% dự toán năm' → percent.",
    "'Phấn đấu … 30% trở lên' → at_least, target; period from the section heading (inherited).",
    "revised after the first run: the three 'Trong đó: ngoài công lập' cells gained total 34/35/36 (FIGURES.md part-of rule; first gold had none).",
], figs, published="2024-06-12", location="Đức Trọng")
