"""p1446-7: department site (Sở Công Thương Thái Bình), no dateline; one-cell-per-line table of the industry's main indicators."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THÁI BÌNH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Ngành may áo mưa, ô dù Thái Bình phát triển ổn định

Thái Bình hiện có 23 doanh nghiệp và hơn 60 hộ kinh doanh may áo mưa, ô dù, tập trung tại các cụm công nghiệp ở huyện Vũ Thư, Kiến Xương và Quỳnh Phụ. Năm 2024, giá trị sản xuất của ngành ước đạt 1.398 tỷ đồng, tăng 12,3% so với năm 2023, chiếm khoảng 1,6% giá trị sản xuất công nghiệp toàn tỉnh.

Một số chỉ tiêu chủ yếu của ngành
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Giá trị sản xuất
Tỷ đồng
1.245
1.398
1.520
Trong đó:
- Áo mưa
Tỷ đồng
1.032
1.171
1.270
- Ô dù
Tỷ đồng
213
227
250
Kim ngạch xuất khẩu
Triệu USD
31,4
35,2
38,0
Lao động
Người
6.850
7.120
7.400

Công ty cổ phần May Kiến Hưng tại Cụm công nghiệp Thanh Nê, huyện Kiến Xương là doanh nghiệp lớn nhất của ngành, năm 2024 sản xuất khoảng 4,2 triệu chiếc áo mưa, chiếm gần 30% sản lượng toàn tỉnh. Sở Công Thương phấn đấu đến năm 2025 có thêm 2-3 doanh nghiệp đầu tư dây chuyền ép seam tự động.

Tin liên quan
- Thái Bình: Hội nghị xúc tiến đầu tư năm 2024
- Hướng dẫn khai báo hóa chất theo Nghị định số 113/2017/NĐ-CP

SỞ CÔNG THƯƠNG TỈNH THÁI BÌNH
Địa chỉ: Số 46 đường Lý Bôn, TP Thái Bình
Điện thoại: 0227.3831.542
Lượt truy cập: 1.204.377
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24k = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
# (row label as written, subject stem, unit line, kind, unit, multiplier, whole row for 'Trong đó' parts)
ROWS = [("Giá trị sản xuất", "giá trị sản xuất", "Tỷ đồng", "money", "đồng", 1e9, ["1.245", "1.398", "1.520"], None),
        ("- Áo mưa", "giá trị sản xuất áo mưa", "Tỷ đồng", "money", "đồng", 1e9, ["1.032", "1.171", "1.270"], 0),
        ("- Ô dù", "giá trị sản xuất ô dù", "Tỷ đồng", "money", "đồng", 1e9, ["213", "227", "250"], 0),
        ("Kim ngạch xuất khẩu", "kim ngạch xuất khẩu", "Triệu USD", "money", "USD", 1e6, ["31,4", "35,2", "38,0"], None),
        ("Lao động", "lao động", "Người", "count", "người", 1, ["6.850", "7.120", "7.400"], None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, stem, uline, kind, unit, mult, nums, whole in ROWS:
    prev = f"{label}\n{uline}"
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if whole is not None:
            kw["total"] = num(ROWS[whole][6][i]) * ROWS[whole][5]
        CELLS.append(F(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{stem} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp may áo mưa, ô dù"),
    F("hơn 60 hộ", "60", 60, "count", "hộ kinh doanh", approx="over", subject="hộ kinh doanh may áo mưa, ô dù"),
    F("ước đạt 1.398 tỷ", "1.398", 1398e9, "money", "đồng", status="estimate", percent=1.6,
      change=C("increase", 12.3, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
] + CELLS + [
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "count", "chiếc", approx="about", percent=30,
      subject="áo mưa Công ty cổ phần May Kiến Hưng sản xuất", period=Y24k, location="Kiến Xương"),
    F("thêm 2-3 doanh nghiệp", "2", 2, "count", "doanh nghiệp", value_max=3, status="target",
      subject="doanh nghiệp đầu tư dây chuyền ép seam tự động", period=TO25),
]

NOTES = [
    "Department site (Sở Công Thương Thái Bình), no dateline: menu, related links, footer with address, phone and 'Lượt truy cập'.",
    "Distractors: 'Nghị định số 113/2017/NĐ-CP', 'năm 2024' in a link title, 'Số 46 đường Lý Bôn', phone 0227.3831.542,",
    "'Lượt truy cập: 1.204.377'. No dateline: published absent.",
    "One-cell-per-line table: header 'Chỉ tiêu / Đơn vị tính / Năm 2023 / Ước thực hiện 2024 / Kế hoạch 2025'; the unit column gives unit",
    "and multiplier per row (Tỷ đồng ×10⁹, Triệu USD ×10⁶, Người). Subject = row label + column label; period from the column header",
    "(scored); 'Ước thực hiện' → estimate, 'Kế hoạch' → target.",
    "'Trong đó:' sub-rows '- Áo mưa', '- Ô dù' are parts of 'Giá trị sản xuất' (they add up: 1.032 + 213 = 1.245 etc.): each cell takes",
    "the whole's cell in the same column as total (FIGURES.md parts after 'Trong đó' that follow the whole). Other cells: no total.",
    "Text figure 1.398 tỷ (ước đạt, tăng 12,3%, chiếm khoảng 1,6%) repeats the table cell but is its own mention.",
    "Company in huyện Kiến Xương → location Kiến Xương; 'chiếm gần 30% sản lượng toàn tỉnh' → percent attribute.",
    "'phấn đấu đến năm 2025 có thêm 2-3 doanh nghiệp' → target range, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1446-7", TEXT, NOTES, FIGS, location="Thái Bình")
