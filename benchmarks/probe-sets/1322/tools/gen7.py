"""p1322-7: department site (Sở Du lịch Bình Định), no dateline, one-cell-per-line table of rooms by hotel class."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thống kê | Liên hệ

Số buồng khách sạn 3-5 sao năm 2024 tăng 14%

Năm 2024, toàn tỉnh Bình Định có 742 cơ sở lưu trú với 15.380 buồng, trong đó TP Quy Nhơn chiếm 78% số cơ sở. Số buồng thuộc các khách sạn từ 3 đến 5 sao ước đạt 6.950 buồng, tăng 14% so với năm 2023. Tổng lượt khách lưu trú năm 2024 đạt 6,8 triệu lượt, vượt 4,6% kế hoạch.

Số buồng lưu trú theo hạng cơ sở
Đơn vị tính: buồng
TT
Hạng cơ sở
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
1
Khách sạn 5 sao
1.860
2.240
2.700
2
Khách sạn 4 sao
2.415
2.780
3.100
3
Khách sạn 3 sao
1.822
1.930
2.050
4
Cơ sở lưu trú khác
8.310
8.430
8.650

Tổng số
14.407
15.380
16.500

Công suất sử dụng buồng bình quân năm 2024 ước đạt 61,5%. Riêng các khách sạn 4-5 sao tại TP Quy Nhơn, công suất buồng năm 2024 đạt 72%; giá phòng bình quân khoảng 1,35 triệu đồng/đêm. Năm 2025, tỉnh phấn đấu công suất buồng đạt 65%, đón 7,5 triệu lượt khách lưu trú, trong đó khách quốc tế khoảng 700.000 lượt.

Tin liên quan:
- Quy Nhơn đón đoàn famtrip lần thứ 2 năm 2024
- Hướng dẫn thủ tục công nhận hạng cơ sở lưu trú du lịch

SỞ DU LỊCH TỈNH BÌNH ĐỊNH
Địa chỉ: 98 Lê Duẩn, TP Quy Nhơn | Điện thoại: 0256.3812.457
Lượt truy cập: 1.204.556 | Đang online: 42
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Khách sạn 5 sao", ["1.860", "2.240", "2.700"]), ("Khách sạn 4 sao", ["2.415", "2.780", "3.100"]),
        ("Khách sạn 3 sao", ["1.822", "1.930", "2.050"]), ("Cơ sở lưu trú khác", ["8.310", "8.430", "8.650"]),
        ("Tổng số", ["14.407", "15.380", "16.500"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "buồng",
                         subject=f"số buồng {label.lower()} {col}", period=p, **kw))
        prev = n

QN = "Quy Nhơn"
FIGS = [
    fig("năm 2024 tăng 14%", "14", 14, "percent", "%", subject="số buồng khách sạn 3-5 sao", period=Y24b),
    fig("có 742 cơ sở", "742", 742, "count", "cơ sở lưu trú", subject="cơ sở lưu trú", period=Y24),
    fig("với 15.380 buồng", "15.380", 15380, "count", "buồng", subject="buồng của các cơ sở lưu trú", period=Y24),
    fig("chiếm 78%", "78", 78, "percent", "%", subject="số cơ sở lưu trú", period=Y24, location=QN),
    fig("ước đạt 6.950", "6.950", 6950, "count", "buồng", status="estimate",
        change=chg("increase", 14, "%", "năm 2023"), subject="số buồng thuộc các khách sạn từ 3 đến 5 sao",
        period=inh(Y24)),
    fig("đạt 6,8 triệu", "6,8", 6.8e6, "count", "lượt", change=chg("increase", 4.6, "%", "kế hoạch"),
        subject="tổng lượt khách lưu trú", period=Y24b),
] + CELLS + [
    fig("ước đạt 61,5%", "61,5", 61.5, "percent", "%", status="estimate",
        subject="công suất sử dụng buồng bình quân", period=Y24b),
    fig("đạt 72%", "72", 72, "percent", "%", subject="công suất buồng các khách sạn 4-5 sao", period=Y24b,
        location=QN),
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "money", "đồng/đêm", approx="about",
        subject="giá phòng bình quân các khách sạn 4-5 sao", period=Y24b, location=QN),
    fig("đạt 65%", "65", 65, "percent", "%", status="target", subject="công suất buồng", period=Y25),
    fig("đón 7,5 triệu", "7,5", 7.5e6, "count", "lượt khách", status="target",
        subject="lượt khách lưu trú", period=Y25),
    fig("khoảng 700.000", "700.000", 700000, "count", "lượt", approx="about", total=7.5e6, status="target",
        subject="lượt khách quốc tế", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Bình Định), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: '3-5 sao' (headline), 'từ 3 đến 5 sao', '4-5 sao', row labels 'Khách sạn 5/4/3 sao', row numbers 1-4 (TT),",
    "'lần thứ 2 năm 2024', '98 Lê Duẩn', phone 0256.3812.457, counters 1.204.556 and 42.",
    "Headline 'năm 2024 tăng 14%' is a growth rate as the claim (percent, no change); in the body 'ước đạt 6.950 buồng, tăng 14%' is a change.",
    "'vượt 4,6% kế hoạch' → a change with baseline kế hoạch (FIGURES.md: a gap to a plan).",
    "'trong đó TP Quy Nhơn chiếm 78% số cơ sở' → own percent figure, location Quy Nhơn.",
    "One-cell-per-line table, 'Đơn vị tính: buồng'; rows are hotel classes (not places): location Bình Định; subject = row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Riêng các khách sạn 4-5 sao tại TP Quy Nhơn, ... 72%; giá phòng ... 1,35 triệu' → location Quy Nhơn, actual, năm 2024.",
    "'phấn đấu' (Năm 2025) governs the whole last sentence; 'trong đó khách quốc tế khoảng 700.000' → total 7,5 triệu.",
]

if __name__ == "__main__":
    write("p1322-7", TEXT, NOTES, FIGS, location="Bình Định")
