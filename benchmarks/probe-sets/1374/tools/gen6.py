"""p1374-6: department site without dateline (Sở TN&MT Hòa Bình): licensed mines, one-cell-per-line table of mining-right fees by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÒA BÌNH
Trang chủ | Giới thiệu | Tin tức | Khoáng sản | Thủ tục hành chính | Liên hệ

Thu tiền cấp quyền khai thác khoáng sản năm 2024 vượt kế hoạch

Toàn tỉnh hiện có 128 mỏ khoáng sản đã được cấp phép khai thác, trong đó 96 mỏ đá vôi làm vật liệu xây dựng thông thường, tập trung nhiều nhất tại huyện Lương Sơn (41 mỏ). Năm 2024, tiền cấp quyền khai thác khoáng sản trên địa bàn tỉnh ước đạt 123,8 tỷ đồng, vượt 3,2% kế hoạch.

Kết quả thu tiền cấp quyền khai thác khoáng sản năm 2024
Đơn vị tính: triệu đồng
Địa bàn
Kế hoạch năm 2024
Ước thực hiện năm 2024
So với kế hoạch (%)
Huyện Lương Sơn
62.000
68.420
110,4
Huyện Kim Bôi
18.500
15.300
82,7
Huyện Lạc Thủy
24.000
26.180
109,1
Các huyện còn lại
15.500
13.900
89,7
Tổng số
120.000
123.800
103,2
Trong đó: đá xây dựng
84.000
91.250
108,6

Theo Sở Tài nguyên và Môi trường, huyện Kim Bôi chưa đạt kế hoạch do 2 mỏ đá tạm dừng khai thác để điều chỉnh thiết kế mỏ. Năm 2025, Sở phấn đấu thu khoảng 130 tỷ đồng và hoàn thành cắm mốc giới cho 100% mỏ được cấp phép.

Tin liên quan:
- Hướng dẫn hồ sơ đề nghị cấp giấy phép khai thác khoáng sản theo Luật số 54/2024/QH15
- Hòa Bình công bố danh mục thủ tục hành chính lĩnh vực khoáng sản

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÒA BÌNH
Địa chỉ: Số 18 đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình
Điện thoại: 0218.3852.156
Lượt truy cập: 1.902.337 | Trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
COLS = [("kế hoạch năm 2024", K24, "target"), ("ước thực hiện năm 2024", E24, "estimate"),
        ("so với kế hoạch", None, None)]
IND = "tiền cấp quyền khai thác khoáng sản"
# (row label, place or None, subject part, cells)
ROWS = [("Huyện Lương Sơn", "Lương Sơn", "", ["62.000", "68.420", "110,4"]),
        ("Huyện Kim Bôi", "Kim Bôi", "", ["18.500", "15.300", "82,7"]),
        ("Huyện Lạc Thủy", "Lạc Thủy", "", ["24.000", "26.180", "109,1"]),
        ("Các huyện còn lại", None, " các huyện còn lại", ["15.500", "13.900", "89,7"]),
        ("Tổng số", None, " tổng số", ["120.000", "123.800", "103,2"]),
        ("Trong đó: đá xây dựng", None, " đá xây dựng", ["84.000", "91.250", "108,6"])]
TOTALS = [120000e6, 123800e6, None]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, part, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if place:
            kw["location"] = place
        subj = f"{IND}{part} {col}"
        if col == "so với kế hoạch":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=subj, **kw))
        else:
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[i]
            CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e6, "money", "đồng", subject=subj, **kw))
        prev = n

FIGS = [
    fig("có 128 mỏ", "128", 128, "count", "mỏ", subject="mỏ khoáng sản đã được cấp phép khai thác"),
    fig("trong đó 96 mỏ", "96", 96, "count", "mỏ", total=128,
        subject="mỏ đá vôi làm vật liệu xây dựng thông thường"),
    fig("(41 mỏ)", "41", 41, "count", "mỏ", subject="mỏ đá vôi làm vật liệu xây dựng thông thường",
        location="Lương Sơn"),
    fig("ước đạt 123,8 tỷ", "123,8", 123.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 3.2, "%", "kế hoạch"), subject=IND, period=Y24),
] + CELLS + [
    fig("do 2 mỏ đá", "2", 2, "count", "mỏ", subject="mỏ đá tạm dừng khai thác để điều chỉnh thiết kế mỏ",
        location="Kim Bôi"),
    fig("khoảng 130 tỷ", "130", 130e9, "money", "đồng", approx="about", status="target",
        subject="tiền cấp quyền khai thác khoáng sản Sở thu", period=Y25),
    fig("100% mỏ", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ mỏ được cấp phép hoàn thành cắm mốc giới", period=Y25),
]

NOTES = [
    "Department site (Sở Tài nguyên và Môi trường Hòa Bình) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Luật số 54/2024/QH15', 'Số 18 đường Trần Hưng Đạo', phone 0218.3852.156, counters 1.902.337 and 24.",
    "'trong đó 96 mỏ' → total 128; 'tập trung nhiều nhất tại huyện Lương Sơn (41 mỏ)' has no part-of cue: no total, location Lương Sơn.",
    "'vượt 3,2% kế hoạch' → change (increase 3,2%, baseline kế hoạch) of the estimate 123,8 tỷ (FIGURES.md: a gap to a plan is a change).",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (×10⁶); the place column gives location (Lương Sơn, Kim Bôi, Lạc Thủy), other rows",
    "stay Hòa Bình; subject = caption indicator + row (when not a place) + column. 'Kế hoạch năm 2024' → target, 'Ước thực hiện năm 2024'",
    "→ estimate, both period 2024; 'So với kế hoạch (%)' cells are percent figures, no period, status actual (no cue in the header).",
    "The 'Trong đó: đá xây dựng' sub-row is a part after 'trong đó' that follows the 'Tổng số' row: its money cells get the Tổng số cell",
    "of their column as total (120.000 and 123.800 triệu); its percent cell gets none.",
    "'Năm 2025, Sở phấn đấu thu khoảng 130 tỷ đồng và … 100% mỏ' → targets of 2025.",
]

if __name__ == "__main__":
    write("p1374-6", TEXT, NOTES, FIGS, location="Hòa Bình")
