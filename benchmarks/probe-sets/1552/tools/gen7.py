"""p1552-7: department site (Sở Công Thương Bắc Ninh), no dateline: paper cups and straws; one-cell-per-line table."""
from lib import F, P, inh, C, T, write

ROWS = [  # label, unit cell, 2022, 2023, est 2024, vs same period (%)
    ("Giá trị sản xuất (giá so sánh 2010)", "tỷ đồng", "1.286", "1.452", "1.640", "112,9"),
    ("Tổng số sản phẩm", "triệu chiếc", "2.430", "2.815", "3.260", "115,8"),
    ("Trong đó: Cốc giấy", "triệu chiếc", "960", "1.105", "1.290", "116,7"),
    ("Ống hút giấy", "triệu chiếc", "1.470", "1.710", "1.970", "115,2"),
    ("Số doanh nghiệp", "doanh nghiệp", "17", "19", "21", "110,5"),
]
HEAD = ["Chỉ tiêu", "Đơn vị tính", "Năm 2022", "Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)"]
TABLE_TEXT = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Ngành sản xuất cốc giấy, ống hút giấy tăng trưởng khá

Năm 2024, giá trị sản xuất ngành cốc giấy, ống hút giấy trên địa bàn tỉnh Bắc Ninh ước đạt 1.640 tỷ đồng, tăng 12,9% so với năm 2023. Sản phẩm chủ yếu được sản xuất tại làng nghề giấy Phong Khê (TP Bắc Ninh) và các cụm công nghiệp ở huyện Yên Phong, Quế Võ. Kết quả một số chỉ tiêu chủ yếu như sau:

""" + TABLE_TEXT + """

Toàn ngành hiện sử dụng khoảng 4.600 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng. Sở Công Thương đề ra mục tiêu đến năm 2030 giá trị sản xuất của ngành đạt 3.000 tỷ đồng, tỷ lệ sản phẩm xuất khẩu chiếm trên 50%.

Tin khác:
- Hội nghị đối thoại doanh nghiệp quý III
- Bắc Ninh tổ chức Tuần hàng Việt năm 2024

Địa chỉ: Số 11 Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh | Điện thoại: 0222.3822.569
Lượt truy cập: 1.284.305 | Đang online: 42
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")]
COLNAME = ["năm 2022", "năm 2023", "ước thực hiện 2024"]
TO30 = P("đến năm 2030", None, "2030-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


ROWINFO = {  # kind, unit, multiplier, subject stem
    0: ("money", "đồng", 1e9, "Giá trị sản xuất"),
    1: ("count", "chiếc", 1e6, "Tổng số sản phẩm"),
    2: ("count", "chiếc", 1e6, "Cốc giấy"),
    3: ("count", "chiếc", 1e6, "Ống hút giấy"),
    4: ("count", "doanh nghiệp", 1, "Số doanh nghiệp"),
}

TABLE = []
for i, row in enumerate(ROWS):
    kind, unit, mult, stem = ROWINFO[i]
    cells = row[2:]
    for j in range(4):
        prev = row[1] if j == 0 else cells[j - 1]
        anchor = f"{prev}\n{cells[j]}"
        if j < 3:
            kw = {}
            if j == 2:
                kw["status"] = "estimate"
            if i in (2, 3):  # parts of 'Tổng số sản phẩm' after 'Trong đó' (same column, same unit)
                kw["total"] = num(ROWS[1][2 + j]) * 1e6
            TABLE.append(F(anchor, cells[j], num(cells[j]) * mult, kind, unit,
                           subject=f"{stem} {COLNAME[j]}", period=COLS[j], **kw))
        else:
            TABLE.append(F(anchor, cells[j], num(cells[j]), "percent", "%", subject=f"{stem} so với cùng kỳ"))

FIGS = [
    F("ước đạt 1.640 tỷ", "1.640", 1640e9, "money", "đồng", status="estimate",
      change=C("increase", 12.9, "%", "năm 2023"),
      subject="giá trị sản xuất ngành cốc giấy, ống hút giấy", period=Y24),
] + TABLE + [
    F("khoảng 4.600 lao động", "4.600", 4600, "count", "lao động", approx="about", subject="lao động toàn ngành"),
    F("7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("đạt 3.000 tỷ", "3.000", 3000e9, "money", "đồng", status="target",
      subject="giá trị sản xuất của ngành", period=TO30),
    F("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ lệ sản phẩm xuất khẩu", period=TO30),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh) without a dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'giá so sánh 2010', 'Phong Khê', 'quý III' and 'năm 2024' in link titles, 'Số 11 Lý Thái Tổ', 0222.3822.569,",
    "'Lượt truy cập: 1.284.305', 'Đang online: 42'. No published date.",
    "One-cell-per-line table with a unit column: 'tỷ đồng' ×10^9 money, 'triệu chiếc' ×10^6 count in chiếc. Periods from the headers;",
    "'Ước thực hiện 2024' → estimate. The 'So với cùng kỳ (%)' column: percent figures (ratio to the previous year), no period, status",
    "actual (the header carries no estimate cue; borderline). Rows 'Trong đó: Cốc giấy' and 'Ống hút giấy' are parts of 'Tổng số",
    "sản phẩm' in the same column (same unit, same period; they add up): total = that cell.",
    "All figures are Bắc Ninh (named in the lead). 'đề ra mục tiêu đến năm 2030' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1552-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
