"""p1339-7: department site (Sở GTVT Bắc Ninh), no dateline: wharf licensing, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC NINH
Giới thiệu | Tin tức | Thủ tục hành chính | Văn bản | Hỏi đáp | Liên hệ

Kết quả cấp phép, quản lý bến thủy nội địa trên địa bàn tỉnh

Bắc Ninh có 3 tuyến sông do Trung ương quản lý là sông Đuống, sông Cầu và sông Thái Bình với tổng chiều dài khoảng 125 km, cùng 6 tuyến sông địa phương dài 97 km. Hoạt động bốc xếp hàng hóa chủ yếu diễn ra tại các bến dọc sông Đuống và sông Cầu.

Bảng: Kết quả cấp phép hoạt động bến thủy nội địa
Đơn vị tính: bến
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Bến cấp phép mới
12
9
7
6
Bến gia hạn, cấp lại giấy phép
18
22
25
20
Bến bị thu hồi giấy phép
4
6
3
2
Tổng số bến còn hiệu lực giấy phép
96
99
103
107
Trong đó: bến vật liệu xây dựng
41
40
38
36

Năm 2024, khối lượng hàng hóa thông qua các bến ước đạt 6,2 triệu tấn, vượt 3% kế hoạch, chủ yếu là cát, sỏi, than và vật liệu xây dựng. Sở đặt mục tiêu đến năm 2025 có 100% bến hàng hóa được cấp phép, không để phát sinh bến tự phát mới.

Tin cùng chuyên mục:
- Hướng dẫn thủ tục công bố hoạt động bến thủy nội địa
- Thông báo luồng sông Đuống đoạn Km 12 - Km 18

SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC NINH
Địa chỉ: Số 10 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.456
Lượt truy cập: 1.204.733 | Đang online: 45
"""

COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Bến cấp phép mới", ["12", "9", "7", "6"]),
        ("Bến gia hạn, cấp lại giấy phép", ["18", "22", "25", "20"]),
        ("Bến bị thu hồi giấy phép", ["4", "6", "3", "2"]),
        ("Tổng số bến còn hiệu lực giấy phép", ["96", "99", "103", "107"]),
        ("Trong đó: bến vật liệu xây dựng", ["41", "40", "38", "36"])]
TOTALS = [96, 99, 103, 107]

CELLS = []
for label, nums in ROWS:
    prev = label
    sub = label.replace("Trong đó: ", "")
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        CELLS.append(F(f"{prev}\n{n}", n, float(n), "count", "bến", subject=f"{sub.lower()} {col}",
                       period=per, **kw))
        prev = n

FIGS = [
    F("có 3 tuyến", "3", 3, "count", "tuyến sông", subject="tuyến sông do Trung ương quản lý"),
    F("khoảng 125 km", "125", 125, "measure", "km", approx="about",
      subject="tổng chiều dài tuyến sông do Trung ương quản lý"),
    F("cùng 6 tuyến", "6", 6, "count", "tuyến sông", subject="tuyến sông địa phương"),
    F("dài 97 km", "97", 97, "measure", "km", subject="chiều dài tuyến sông địa phương"),
] + CELLS + [
    F("ước đạt 6,2 triệu", "6,2", 6.2e6, "measure", "tấn", status="estimate",
      change=C("increase", 3, "%", "kế hoạch"),
      subject="khối lượng hàng hóa thông qua các bến", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 100% bến", "100", 100, "percent", "%", status="target", subject="bến hàng hóa được cấp phép",
      period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở GTVT Bắc Ninh) with NO dateline: menu, 'Tin cùng chuyên mục', footer address, phone, 'Lượt truy cập', 'Đang online'. published = null.",
    "One-cell-per-line table, 'Đơn vị tính: bến': subject = row label + column label; period from the column header;",
    "  'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Rows are not places: location Bắc Ninh.",
    "The sub-row 'Trong đó: bến vật liệu xây dựng' is a part of 'Tổng số bến còn hiệu lực giấy phép' in the same column: total = that column's Tổng số cell.",
    "  Other cells get no total. Row figures add up: 96 + 9 - 6 = 99, 99 + 7 - 3 = 103, 103 + 6 - 2 = 107.",
    "'ước đạt 6,2 triệu tấn, vượt 3% kế hoạch' → change +3% with baseline 'kế hoạch' (FIGURES.md: a gap to a plan is a change).",
    "Distractors: 'Km 12 - Km 18', 'Số 10 đường Lý Thái Tổ', phone, 'Lượt truy cập: 1.204.733', 'Đang online: 45', column years.",
]

if __name__ == "__main__":
    write("p1339-7", TEXT, NOTES, FIGS, published=None, location="Bắc Ninh")
