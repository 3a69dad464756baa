"""p1359-6: department site (Sở Du lịch Ninh Bình), no dateline; one-cell-per-line table of bike-tour visitors by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH NINH BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Số liệu thống kê | Liên hệ

Du lịch xe đạp - sản phẩm chủ lực quanh vùng lõi Tràng An

Các tour đạp xe qua làng quê, cánh đồng lúa quanh Quần thể danh thắng Tràng An ngày càng được du khách lựa chọn. Năm 2024, lượng khách trải nghiệm xe đạp trên địa bàn tỉnh ước đạt 251.600 lượt, tăng 19,3% so với năm 2023; trong đó khách quốc tế chiếm 63,7%.

Khách du lịch trải nghiệm xe đạp phân theo địa bàn
Đơn vị tính: nghìn lượt khách
Địa bàn
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Hoa Lư
118,4
152,6
181,0
200,0
Huyện Gia Viễn
21,5
28,3
33,7
38,0
Huyện Nho Quan
9,8
12,1
15,6
18,0
TP Ninh Bình
14,2
17,9
21,3
24,0
Tổng số
163,9
210,9
251,6
280,0
Trong đó: khách quốc tế
97,6
131,4
160,2
180,0

Toàn tỉnh hiện có 46 cơ sở cho thuê xe đạp với khoảng 2.300 xe, tập trung ở xã Ninh Hải (huyện Hoa Lư). Giá thuê phổ biến 50.000 đồng/xe/ngày.

Kế hoạch năm 2025, Sở phấn đấu đón 280.000 lượt khách đi xe đạp, xây dựng thêm 3 tuyến đường dành riêng cho xe đạp dài tổng cộng 27 km.

Tin liên quan:
- Hội nghị giới thiệu sản phẩm du lịch Ninh Bình năm 2024
- Công bố Tuần Du lịch Ninh Bình lần thứ 5

SỞ DU LỊCH TỈNH NINH BÌNH
Địa chỉ: Số 2 đường Lê Hồng Phong, phường Vân Giang, TP Ninh Bình
Điện thoại: 0229.3884.101
Lượt truy cập: 1.482.337 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
IND = "khách du lịch trải nghiệm xe đạp"
ROWS = [("Huyện Hoa Lư", "Hoa Lư", ["118,4", "152,6", "181,0", "200,0"]),
        ("Huyện Gia Viễn", "Gia Viễn", ["21,5", "28,3", "33,7", "38,0"]),
        ("Huyện Nho Quan", "Nho Quan", ["9,8", "12,1", "15,6", "18,0"]),
        ("TP Ninh Bình", "TP Ninh Bình", ["14,2", "17,9", "21,3", "24,0"]),
        ("Tổng số", None, ["163,9", "210,9", "251,6", "280,0"]),
        ("Trong đó: khách quốc tế", None, ["97,6", "131,4", "160,2", "180,0"])]
TOTALS = [float(n.replace(",", ".")) * 1000 for n in ROWS[4][2]]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
            subj = f"{IND} {col}"
        elif label == "Tổng số":
            subj = f"tổng số {IND} {col}"
        else:
            subj = f"khách quốc tế trải nghiệm xe đạp {col}"
            kw["total"] = TOTALS[i]
        v = float(n.replace(",", ".")) * 1000
        CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "lượt khách", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 251.600", "251.600", 251600, "count", "lượt", status="estimate",
        change=chg("increase", 19.3, "%", "năm 2023"), subject="lượng khách trải nghiệm xe đạp", period=Y24),
    fig("chiếm 63,7%", "63,7", 63.7, "percent", "%", status="estimate",
        subject="tỷ lệ khách quốc tế trong khách trải nghiệm xe đạp", period=Y24),
] + CELLS + [
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở cho thuê xe đạp"),
    fig("khoảng 2.300 xe", "2.300", 2300, "count", "xe", approx="about", subject="xe của các cơ sở cho thuê xe đạp"),
    fig("biến 50.000", "50.000", 50000, "money", "đồng/xe/ngày", subject="giá thuê xe đạp phổ biến"),
    fig("đón 280.000", "280.000", 280000, "count", "lượt khách", status="target",
        subject="lượt khách đi xe đạp", period=Y25),
    fig("thêm 3 tuyến", "3", 3, "count", "tuyến đường", status="target",
        subject="tuyến đường dành riêng cho xe đạp xây dựng thêm", period=Y25),
    fig("cộng 27 km", "27", 27, "measure", "km", status="target",
        subject="tổng chiều dài các tuyến đường dành riêng cho xe đạp", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Ninh Bình) with no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 2 đường Lê Hồng Phong', phone 0229.3884.101, counters 1.482.337 and 52, 'lần thứ 5', 'năm 2024' in a link title,",
    "table header years. No published date.",
    "Lead: 'ước đạt 251.600 lượt' estimate with change 19,3% vs năm 2023; '; trong đó khách quốc tế chiếm 63,7%' continues the",
    "estimate clause; it is the share of a part with no number of its own -> percent figure (estimate), not the percent of 251.600.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lượt khách' (×1000): every numeric cell is a figure; district rows give location",
    "(TP Ninh Bình is a city), subject = indicator + column; 'Tổng số' stays Ninh Bình; the 'Trong đó: khách quốc tế' row follows",
    "'Tổng số' and counts the same visitors over the same period -> total = the Tổng số cell of its column (a choice: the spec's",
    "part-of rule applied to a table). Periods from column headers; 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target.",
    "'Kế hoạch năm 2025, Sở phấn đấu ...' governs 280.000, 3 tuyến and 27 km: target.",
]

if __name__ == "__main__":
    write("p1359-6", TEXT, NOTES, FIGS, location="Ninh Bình")
