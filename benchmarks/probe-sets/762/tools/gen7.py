"""p762-7: department site (Sở VH-TT TP HCM), no dateline — CLB cờ vua thiếu nhi, one-cell-per-line table."""
from lib import F, P, YEAR, I, CH, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HỒ CHÍ MINH
Trang chủ > Thể thao quần chúng

Phong trào cờ vua thiếu nhi tiếp tục phát triển

Năm 2023, toàn thành phố có 318 câu lạc bộ cờ vua thiếu nhi đang hoạt động, tăng 12,4% so với năm 2022, thu hút khoảng 14.600 hội viên từ 6 đến 15 tuổi. Các địa phương có phong trào mạnh là Quận 1, Quận 3, Quận 10 và TP Thủ Đức.

Số câu lạc bộ cờ vua thiếu nhi tại một số địa phương
Đơn vị tính: câu lạc bộ

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Quận 1
21
24
26
Quận 3
18
22
25
Quận 10
27
31
35
TP Thủ Đức
35
42
50

Trong năm 2023, các câu lạc bộ đã tổ chức 146 giải đấu cấp cơ sở với hơn 9.800 lượt vận động viên. Thành phố có 7 kỳ thủ nhí được triệu tập vào đội tuyển trẻ quốc gia, chiếm 30% số tuyển thủ của đội. Riêng Quận 10 có 6 câu lạc bộ được Liên đoàn Cờ thành phố công nhận đạt chuẩn.

Học phí tại các câu lạc bộ phổ biến từ 300.000 đến 500.000 đồng/tháng; các câu lạc bộ tại nhà thiếu nhi quận, huyện giảm 50% học phí cho học sinh thuộc hộ nghèo.

Mục tiêu đến năm 2025, mỗi quận, huyện và TP Thủ Đức có ít nhất 10 câu lạc bộ cờ vua thiếu nhi, toàn thành phố đạt 400 câu lạc bộ.

Sở Văn hóa và Thể thao TP Hồ Chí Minh - 164 Đồng Khởi, phường Bến Nghé, Quận 1
Điện thoại: (028) 3829.5834 | Lượt truy cập: 2.846.113
"""

Y23 = YEAR(2023, "Năm 2023")
TO25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "Số câu lạc bộ cờ vua thiếu nhi"
COLS = [("năm 2022", YEAR(2022, "Năm 2022"), None),
        ("năm 2023", YEAR(2023, "Năm 2023"), None),
        ("kế hoạch 2024", YEAR(2024, "Kế hoạch 2024"), "target")]
ROWS = [
    ("Quận 1", [("Quận 1\n21", "21"), ("21\n24", "24"), ("24\n26", "26")]),
    ("Quận 3", [("Quận 3\n18", "18"), ("18\n22", "22"), ("22\n25", "25")]),
    ("Quận 10", [("Quận 10\n27", "27"), ("27\n31", "31"), ("31\n35", "35")]),
    ("Thủ Đức", [("Đức\n35", "35"), ("35\n42", "42"), ("42\n50", "50")]),
]
TABLE = []
for place, cells in ROWS:
    for (anchor, n), (col, per, st) in zip(cells, COLS):
        kw = {"status": st} if st else {}
        TABLE.append(F(anchor, n, int(n), "count", "câu lạc bộ", f"{SUBJ} {col}", per,
                       location=place, **kw))

FIGS = [
    F("có 318 câu lạc bộ", "318", 318, "count", "câu lạc bộ",
      "câu lạc bộ cờ vua thiếu nhi đang hoạt động", Y23,
      change=CH("increase", 12.4, "%", "năm 2022")),
    F("khoảng 14.600 hội viên", "14.600", 14600, "count", "hội viên",
      "hội viên câu lạc bộ cờ vua thiếu nhi", Y23, approx="about"),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", "độ tuổi hội viên", value_max=15, optional=True),
] + TABLE + [
    F("chức 146 giải đấu", "146", 146, "count", "giải đấu", "giải đấu cấp cơ sở các câu lạc bộ tổ chức",
      YEAR(2023, "Trong năm 2023")),
    F("hơn 9.800 lượt", "9.800", 9800, "count", "lượt vận động viên", "lượt vận động viên tham gia",
      YEAR(2023, "Trong năm 2023"), approx="over"),
    F("có 7 kỳ thủ nhí", "7", 7, "count", "kỳ thủ",
      "kỳ thủ nhí được triệu tập vào đội tuyển trẻ quốc gia", percent=30),
    F("có 6 câu lạc bộ", "6", 6, "count", "câu lạc bộ",
      "câu lạc bộ được Liên đoàn Cờ thành phố công nhận đạt chuẩn", location="Quận 10"),
    F("từ 300.000 đến 500.000", "300.000", 300000, "money", "đồng/tháng",
      "học phí tại các câu lạc bộ", value_max=500000),
    F("giảm 50% học phí", "50", 50, "percent", "%",
      "mức giảm học phí cho học sinh thuộc hộ nghèo"),
    F("ít nhất 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ",
      "câu lạc bộ cờ vua thiếu nhi mỗi quận, huyện và TP Thủ Đức", TO25,
      approx="at_least", status="target"),
    F("đạt 400 câu lạc bộ", "400", 400, "count", "câu lạc bộ",
      "câu lạc bộ cờ vua thiếu nhi toàn thành phố", TO25, status="target"),
]

COMMENTS = [
    "Sở Văn hóa và Thể thao TP Hồ Chí Minh (department site), no dateline: câu lạc bộ cờ vua thiếu nhi 2022-2024, one cell per line table.",
    "Table 'Đơn vị tính: câu lạc bộ', columns Năm 2022 | Năm 2023 | Kế hoạch 2024 (target); district row labels go to location;",
    "periods from the column headers (scored, as in shared h24). Not figures: 'Quận 1/3/10' as names (lead list, footer), '164 Đồng Khởi',",
    "'(028) 3829.5834', 'Lượt truy cập: 2.846.113'. Ages 'từ 6 đến 15 tuổi' optional.",
    "'ít nhất 10 câu lạc bộ' per district is a stated target with approx at_least (required, as the same norm in p762-1).",
    "'giảm 50% học phí' is a percent figure (a rate that is the claim, no base amount).",
]

if __name__ == "__main__":
    emit("p762-7", TEXT, COMMENTS, FIGS, published=None, location="TP Hồ Chí Minh")
