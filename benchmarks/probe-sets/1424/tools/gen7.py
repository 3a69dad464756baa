"""p1424-7: department site (Sở Công Thương Nghệ An), no dateline; one-cell-per-line table of tin concentrate by district."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NGHỆ AN
Giới thiệu | Tin tức | Thủ tục hành chính | Hỏi đáp | Liên hệ

Khai thác quặng thiếc năm 2024 tăng trưởng khá

Năm 2024, giá trị sản xuất ngành khai thác quặng kim loại trên địa bàn tỉnh ước đạt 1.340 tỷ đồng, tăng 5,6% so với năm 2023. Sản lượng quặng tinh thiếc tập trung tại ba huyện miền Tây là Quỳ Hợp, Quế Phong và Quỳ Châu.

Sản lượng quặng tinh thiếc theo địa bàn
Đơn vị tính: tấn
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng số
1.960
2.180
111,2
2.300
Trong đó:
Huyện Quỳ Hợp
1.710
1.905
111,4
2.000
Huyện Quế Phong
185
210
113,5
230
Huyện Quỳ Châu
65
65
100,0
70

Riêng huyện Quỳ Hợp chiếm khoảng 87% sản lượng quặng tinh thiếc toàn tỉnh. Toàn tỉnh hiện có 21 mỏ thiếc, vonfram được cấp phép, trong đó 15 mỏ đang hoạt động. Năm 2024, các doanh nghiệp ước nộp ngân sách 215 tỷ đồng. Giá thu mua quặng tinh thiếc hiện dao động 310-330 triệu đồng/tấn. Quý I/2025, Sở dự kiến phối hợp kiểm tra 12 mỏ.

Bài viết liên quan:
- Quy định mới về ký quỹ cải tạo, phục hồi môi trường
- Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện kinh doanh hóa chất

SỞ CÔNG THƯƠNG TỈNH NGHỆ AN
Địa chỉ: Số 121 đường Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.552 | Fax: 0238.3844.553
Lượt truy cập: 1.204.376 | Đang online: 52
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
SUBJ = "sản lượng quặng tinh thiếc"

# columns: label, period, status, is_percent
COLS = [("Năm 2023", Y23, None, False), ("Ước thực hiện 2024", E24, "estimate", False),
        ("So với cùng kỳ (%)", None, None, True), ("Kế hoạch 2025", K25, "target", False)]
ROWS = [("Tổng số", "Nghệ An", ["1.960", "2.180", "111,2", "2.300"]),
        ("Huyện Quỳ Hợp", "Quỳ Hợp", ["1.710", "1.905", "111,4", "2.000"]),
        ("Huyện Quế Phong", "Quế Phong", ["185", "210", "113,5", "230"]),
        ("Huyện Quỳ Châu", "Quỳ Châu", ["65", "65", "100,0", "70"])]
TOTALS = {col: float(n.replace(".", "").replace(",", ".")) for (col, *_), n in zip(COLS, ROWS[0][2])}

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for i, ((col, per, st, pct), n) in enumerate(zip(COLS, nums)):
        v = float(n.replace(".", "").replace(",", "."))
        # the anchor's first whole number must be this cell: when the cell above repeats it, anchor on the next cell
        anchor = f"{prev}\n{n}" if prev != n else f"{n}\n{nums[i + 1]}"
        subj = f"{SUBJ} {col}" if label != "Tổng số" else f"{SUBJ} tổng số {col}"
        kw = {"status": st, "location": place}
        if not pct and label != "Tổng số":
            kw["total"] = TOTALS[col]
        if pct:
            CELLS.append(F(anchor, n, v, "percent", "%", subj, None, **kw))
        else:
            CELLS.append(F(anchor, n, v, "measure", "tấn", subj, per, **kw))
        prev = n

FIGS = [
    F("ước đạt 1.340 tỷ", "1.340", 1340e9, "money", "đồng", "giá trị sản xuất ngành khai thác quặng kim loại", Y24,
      change=change("increase", 5.6, "%", "năm 2023"), status="estimate"),
    F("tại ba huyện", "ba", 3, "count", "huyện", "huyện tập trung sản lượng quặng tinh thiếc", optional=True),
] + CELLS + [
    F("khoảng 87%", "87", 87, "percent", "%", "sản lượng quặng tinh thiếc toàn tỉnh", approx="about",
      location="Quỳ Hợp"),
    F("có 21 mỏ", "21", 21, "count", "mỏ", "mỏ thiếc, vonfram được cấp phép"),
    F("trong đó 15 mỏ", "15", 15, "count", "mỏ", "mỏ đang hoạt động", total=21),
    F("ngân sách 215 tỷ", "215", 215e9, "money", "đồng", "nộp ngân sách của các doanh nghiệp", Y24,
      status="estimate"),
    F("dao động 310-330", "310", 310e6, "money", "đồng/tấn", "giá thu mua quặng tinh thiếc", value_max=330e6),
    F("kiểm tra 12 mỏ", "12", 12, "count", "mỏ", "mỏ Sở phối hợp kiểm tra", Q1, status="forecast"),
]

NOTES = [
    "Department site (Sở Công Thương Nghệ An) with no dateline: menu, related links, footer with address, phone, fax, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 121 đường Lê Hồng Phong', phone/fax, 'Lượt truy cập: 1.204.376', 'Đang online: 52'.",
    "One-cell-per-line table, 'Đơn vị tính: tấn': 16 cells. District rows give the location (subject = indicator + column); 'Tổng số' row is the province.",
    "District rows after 'Trong đó:' are parts of the 'Tổng số' row: tonnage cells take the Tổng số cell of their column as total; '(%)' cells do not.",
    "'So với cùng kỳ (%)' cells: percent figures; the header names no period and no status cue (borderline: they compare the 2024 estimate).",
    "'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target (periods from the headers).",
    "'ba huyện miền Tây là Quỳ Hợp, Quế Phong và Quỳ Châu' counts the places just named: optional.",
    "'ước nộp ngân sách' -> estimate; price range 310-330 triệu đồng/tấn (multiplier applies to both ends); 'Quý I/2025 ... dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1424-7", TEXT, NOTES, FIGS, published=None, location="Nghệ An")
