"""p1270-7: department site (Sở Du lịch Khánh Hòa), no dateline: visitors to animal attractions, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH KHÁNH HÒA
Giới thiệu | Tin tức | Điểm đến | Thủ tục hành chính | Liên hệ

Khách tham quan các điểm du lịch động vật tăng mạnh

Khánh Hòa hiện có 4 điểm tham quan động vật phục vụ du khách, gồm một công viên safari, một khu nuôi chim, thú, một khu bảo tồn khỉ và một thủy cung. Năm 2024, các điểm này ước đón gần 1,19 triệu lượt khách, tăng 12,9% so với năm 2023, chiếm khoảng 9% tổng lượt khách tham quan các điểm du lịch của tỉnh. Công viên Safari Bãi Dài (TP Cam Ranh) là điểm đông khách nhất, đứng thứ hai trong số các khu du lịch của tỉnh về doanh thu.

Lượt khách tham quan các điểm du lịch động vật
Đơn vị tính: lượt khách
Điểm tham quan
Địa bàn
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Công viên Safari Bãi Dài
Cam Ranh
482.600
571.300
118,4
Khu nuôi chim, thú Suối Hoa
Diên Khánh
96.400
103.900
107,8
Khu bảo tồn khỉ Mũi Đông
Ninh Hòa
154.200
149.800
97,1
Thủy cung Hòn Chồng
Nha Trang
318.500
362.700
113,9
Tổng số
Toàn tỉnh
1.051.700
1.187.700
112,9
Trong đó: khách quốc tế
Toàn tỉnh
402.300
468.500
116,5

Năm 2025, Sở đặt mục tiêu các điểm tham quan động vật đón 1,3 triệu lượt khách, trong đó khách quốc tế chiếm trên 40%.

SỞ DU LỊCH TỈNH KHÁNH HÒA
Địa chỉ: 01 Trần Hưng Đạo, TP Nha Trang
Điện thoại: 0258.3822.753
Lượt truy cập: 1.284.905 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("so với cùng kỳ", None, None)]
ROWS = [("Công viên Safari Bãi Dài", "Cam Ranh", ["482.600", "571.300", "118,4"]),
        ("Khu nuôi chim, thú Suối Hoa", "Diên Khánh", ["96.400", "103.900", "107,8"]),
        ("Khu bảo tồn khỉ Mũi Đông", "Ninh Hòa", ["154.200", "149.800", "97,1"]),
        ("Thủy cung Hòn Chồng", "Nha Trang", ["318.500", "362.700", "113,9"]),
        ("Tổng số", "Toàn tỉnh", ["1.051.700", "1.187.700", "112,9"]),
        ("Trong đó: khách quốc tế", "Toàn tỉnh", ["402.300", "468.500", "116,5"])]
TOTALS = {"năm 2023": 1051700, "ước thực hiện năm 2024": 1187700}
CELLS = []
for row, place, nums in ROWS:
    prev = place
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if place != "Toàn tỉnh":
            kw["location"] = place
        label = "khách quốc tế" if row.startswith("Trong đó") else row.lower() if row == "Tổng số" else row
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"lượt khách tham quan {label} so với cùng kỳ", **kw)
        else:
            if row.startswith("Trong đó"):
                kw["total"] = TOTALS[col]
            f = fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "lượt khách",
                    subject=f"lượt khách tham quan {label} {col}", **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("có 4 điểm", "4", 4, "count", "điểm tham quan", subject="điểm tham quan động vật phục vụ du khách"),
    fig("gồm một công viên", "một", 1, "count", "công viên safari", total=4, subject="công viên safari"),
    fig("một khu nuôi", "một", 1, "count", "khu nuôi chim, thú", total=4, subject="khu nuôi chim, thú"),
    fig("một khu bảo tồn", "một", 1, "count", "khu bảo tồn khỉ", total=4, subject="khu bảo tồn khỉ"),
    fig("và một thủy cung", "một", 1, "count", "thủy cung", total=4, subject="thủy cung"),
    fig("gần 1,19 triệu", "1,19", 1.19e6, "count", "lượt khách", approx="nearly", status="estimate",
        change=chg("increase", 12.9, "%", "năm 2023"), percent=9,
        subject="lượt khách các điểm tham quan động vật đón", period=Y24),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="doanh thu Công viên Safari Bãi Dài trong số các khu du lịch của tỉnh",
        location="Cam Ranh"),
] + CELLS + [
    fig("đón 1,3 triệu", "1,3", 1.3e6, "count", "lượt khách", status="target",
        subject="lượt khách các điểm tham quan động vật đón", period=Y25),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target", subject="khách quốc tế trong lượt khách",
        period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Khánh Hòa), no dateline: menu, footer address, phone, 'Lượt truy cập', 'Trực tuyến' -> published null.",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách'; the 'Địa bàn' column is a place -> location (Cam Ranh, Diên Khánh, Ninh Hòa, Nha Trang);",
    "'Toàn tỉnh' -> Khánh Hòa. Period and status from column headers ('Ước thực hiện năm 2024' -> estimate); 'So với cùng kỳ (%)' has no",
    "period or status cue: actual, no period (annotation choice). The 'Trong đó: khách quốc tế' row follows 'Tổng số': its two count cells",
    "take the Tổng số cell of the same column as total (borderline; the '%' cells get none).",
    "'gồm một công viên safari, một khu nuôi chim, thú, một khu bảo tồn khỉ và một thủy cung' -> four 1s, total 4.",
    "'ước đón gần 1,19 triệu ..., tăng 12,9% ..., chiếm khoảng 9% ...' -> estimate, nearly, change 12.9, percent 9.",
    "'đứng thứ hai' is the rank of Công viên Safari Bãi Dài (TP Cam Ranh) -> location Cam Ranh.",
    "'trong đó khách quốc tế chiếm trên 40%' is a percent figure of its own (target, over).",
    "Distractors: '01 Trần Hưng Đạo', phone 0258.3822.753, 'Lượt truy cập: 1.284.905', 'Trực tuyến: 52', header years.",
]

if __name__ == "__main__":
    write("p1270-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
