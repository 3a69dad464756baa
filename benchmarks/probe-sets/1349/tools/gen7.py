"""p1349-7: department site without dateline (Chi cục Dân số, Sở Y tế Đồng Nai): 2024 results, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH ĐỒNG NAI
CHI CỤC DÂN SỐ
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Kết quả thực hiện các chỉ tiêu dân số năm 2024

Năm 2024, công tác dân số của tỉnh Đồng Nai đạt và vượt 7/9 chỉ tiêu kế hoạch giao. Mức sinh của tỉnh tiếp tục thấp hơn mức sinh thay thế, thấp nhất là TP Biên Hòa và huyện Trảng Bom với tổng tỷ suất sinh lần lượt 1,38 và 1,47 con/phụ nữ.

Một số chỉ tiêu chủ yếu:

Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Dân số trung bình
nghìn người
3.310,9
3.352,4
3.395,0
Tổng tỷ suất sinh
con/phụ nữ
1,61
1,58
1,65
Tỷ số giới tính khi sinh
bé trai/100 bé gái
109,8
109,5
109,0
Số trẻ sinh ra
trẻ
41.250
40.380
41.000
Trong đó: con thứ ba trở lên
trẻ
4.172
3.986
3.900

Quý IV/2024, Chi cục phối hợp với Liên đoàn Lao động tỉnh tổ chức 46 buổi nói chuyện chuyên đề tại các khu công nghiệp, thu hút hơn 5.600 công nhân tham dự. Năm 2025, tỉnh dự kiến hỗ trợ mức 1 triệu đồng/người cho nữ công nhân sinh con thứ hai.

Tin liên quan
- Đồng Nai tổ chức Tháng hành động quốc gia về dân số
- Hội thi cộng tác viên dân số giỏi lần thứ V

Bản quyền thuộc Chi cục Dân số - Sở Y tế tỉnh Đồng Nai
Địa chỉ: Số 2 đường Phan Đình Phùng, phường Quang Vinh, TP Biên Hòa
Điện thoại: 0251.3822.473
Lượt truy cập: 1.204.377 | Đang trực tuyến: 26
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
C25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, "actual"), ("ước thực hiện 2024", C24, "estimate"), ("kế hoạch 2025", C25, "target")]

# (row label, unit line, kind, unit, multiplier, cells, whole row index for 'Trong đó')
ROWS = [
    ("Dân số trung bình", "nghìn người", "count", "người", 1e3, ["3.310,9", "3.352,4", "3.395,0"], None),
    ("Tổng tỷ suất sinh", "con/phụ nữ", "measure", "con/phụ nữ", 1, ["1,61", "1,58", "1,65"], None),
    ("Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "measure", "bé trai/100 bé gái", 1,
     ["109,8", "109,5", "109,0"], None),
    ("Số trẻ sinh ra", "trẻ", "count", "trẻ", 1, ["41.250", "40.380", "41.000"], None),
    ("Trong đó: con thứ ba trở lên", "trẻ", "count", "trẻ", 1, ["4.172", "3.986", "3.900"], 3),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, uline, kind, unit, mult, cells, whole in ROWS:
    prev = uline
    for i, (c, (cname, cper, cstat)) in enumerate(zip(cells, COLS)):
        extra = {}
        if cstat != "actual":
            extra["status"] = cstat
        if whole is not None:
            extra["total"] = n(ROWS[whole][5][i]) * ROWS[whole][4]
        subj = ("số trẻ sinh ra là con thứ ba trở lên" if whole is not None else label.lower()) + " " + cname
        TABLE.append(fig(f"\n{prev}\n{c}\n", c, n(c) * mult, kind, unit, subject=subj, period=cper, **extra))
        prev = c

FIGS = [
    fig("vượt 7/9", "7", 7, "count", "chỉ tiêu", total=9,
        subject="chỉ tiêu kế hoạch giao đạt và vượt", period=Y24),
    fig("lần lượt 1,38", "1,38", 1.38, "measure", "con/phụ nữ",
        subject="tổng tỷ suất sinh", period=inh(Y24), location="Biên Hòa"),
    fig("và 1,47", "1,47", 1.47, "measure", "con/phụ nữ",
        subject="tổng tỷ suất sinh", period=inh(Y24), location="Trảng Bom"),
] + TABLE + [
    fig("tổ chức 46 buổi", "46", 46, "count", "buổi",
        subject="buổi nói chuyện chuyên đề tại các khu công nghiệp",
        period=per("Quý IV/2024", "2024-10-01", "2024-12-31")),
    fig("hơn 5.600 công nhân", "5.600", 5600, "count", "công nhân", approx="over",
        subject="công nhân tham dự", period=per("Quý IV/2024", "2024-10-01", "2024-12-31")),
    fig("mức 1 triệu", "1", 1e6, "money", "đồng/người", status="forecast",
        subject="mức hỗ trợ nữ công nhân sinh con thứ hai", period=per("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Chi cục Dân số, Sở Y tế Đồng Nai) with NO dateline: menu, related links, footer, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Lượt truy cập: 1.204.377', 'Đang trực tuyến: 26', phone 0251.3822.473, 'Số 2 đường Phan Đình Phùng',",
    "'lần thứ V', 'con thứ ba'/'con thứ hai' (ordinals), '100 bé gái' in the unit cell, column headers 'Năm 2023', '2024', '2025'.",
    "'đạt và vượt 7/9 chỉ tiêu' → 7 with total 9. 'lần lượt 1,38 và 1,47 con/phụ nữ' after 'TP Biên Hòa và huyện Trảng Bom' → locations.",
    "One-cell-per-line table with a 'Đơn vị tính' column: units and multipliers come from that column ('nghìn người' → ×1000,",
    "'3.310,9' = 3 310 900 người). Columns: Năm 2023 (actual), Ước thực hiện 2024 (estimate), Kế hoạch 2025 (target).",
    "The sub-row 'Trong đó: con thứ ba trở lên' is a part of 'Số trẻ sinh ra' in the same column: total = that column's births.",
    "'Năm 2025, tỉnh dự kiến hỗ trợ mức 1 triệu đồng/người' → forecast.",
]

if __name__ == "__main__":
    write("p1349-7", TEXT, NOTES, FIGS, location="Đồng Nai")
