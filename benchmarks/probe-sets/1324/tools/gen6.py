"""p1324-6: department site (Sở Du lịch TP Đà Nẵng), no dateline: amusement parks 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả hoạt động các khu vui chơi giải trí năm 2024

Thành phố hiện có 7 khu du lịch, khu vui chơi giải trí có bán vé. Năm 2024, các đơn vị này ước đón 6,85 triệu lượt khách, tăng 14,2% so với năm 2023; tổng doanh thu ước đạt 4.920 tỷ đồng. Trong đó, khách quốc tế ước đạt 2,79 triệu lượt, chiếm 40,7%. Đà Nẵng tiếp tục đứng thứ 2 cả nước về lượt khách đến các khu vui chơi, sau TP Hồ Chí Minh.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng lượt khách
nghìn lượt
6.000
6.850
7.400
Trong đó: khách quốc tế
nghìn lượt
2.310
2.790
3.100
Tổng doanh thu
tỷ đồng
4.180
4.920
5.500
Lao động trực tiếp
người
5.200
5.650
6.000

Ngoài ra, thành phố có 23 điểm vui chơi trong nhà tại các trung tâm thương mại. Giá vé phổ biến từ 100.000 đến 900.000 đồng/lượt. Năm 2025, ngành du lịch đặt mục tiêu mỗi khu vui chơi có ít nhất một sản phẩm giải trí về đêm mới.

Tin cùng chuyên mục:
- Hướng dẫn thủ tục công nhận điểm du lịch
- Lễ hội pháo hoa quốc tế Đà Nẵng: công bố đội thi

Liên kết website: Cổng thông tin điện tử TP Đà Nẵng | Bộ VHTTDL

SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 19, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3550.111
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]

# row label, unit cell, unit, multiplier, kind, numbers
ROWS = [
    ("Tổng lượt khách", "nghìn lượt", "lượt", 1e3, "count", ["6.000", "6.850", "7.400"]),
    ("Trong đó: khách quốc tế", "nghìn lượt", "lượt", 1e3, "count", ["2.310", "2.790", "3.100"]),
    ("Tổng doanh thu", "tỷ đồng", "đồng", 1e9, "money", ["4.180", "4.920", "5.500"]),
    ("Lao động trực tiếp", "người", "người", 1, "count", ["5.200", "5.650", "6.000"]),
]
SUBJ = {"Tổng lượt khách": "tổng lượt khách", "Trong đó: khách quốc tế": "khách quốc tế",
        "Tổng doanh thu": "tổng doanh thu", "Lao động trực tiếp": "lao động trực tiếp"}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
totals = None
for label, ucell, unit, mult, kind, nums in ROWS:
    prev = ucell
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = totals[i]
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{SUBJ[label]} {col}",
                         period=p, **kw))
        prev = n
    if label == "Tổng lượt khách":
        totals = [num(n) * mult for n in nums]

FIGS = [
    fig("có 7 khu", "7", 7, "count", "khu du lịch, khu vui chơi giải trí",
        subject="khu du lịch, khu vui chơi giải trí có bán vé"),
    fig("ước đón 6,85 triệu", "6,85", 6.85e6, "count", "lượt khách", status="estimate",
        change=chg("increase", 14.2, "%", "năm 2023"), subject="lượt khách các đơn vị này đón", period=Y24),
    fig("ước đạt 4.920 tỷ", "4.920", 4920e9, "money", "đồng", status="estimate",
        subject="tổng doanh thu", period=Y24),
    fig("ước đạt 2,79 triệu", "2,79", 2.79e6, "count", "lượt", status="estimate", total=6.85e6, percent=40.7,
        subject="khách quốc tế", period=inh(Y24)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="lượt khách đến các khu vui chơi",
        period=inh(Y24)),
] + CELLS + [
    fig("có 23 điểm", "23", 23, "count", "điểm vui chơi", subject="điểm vui chơi trong nhà"),
    fig("từ 100.000 đến 900.000", "100.000", 100000, "money", "đồng/lượt", value_max=900000,
        subject="giá vé phổ biến"),
    fig("ít nhất một sản phẩm", "một", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm giải trí về đêm mới của mỗi khu vui chơi", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch TP Đà Nẵng), no dateline: menu, table, 'Liên kết website', footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Tầng 19', '24 Trần Phú', phone 0236.3550.111, counters 1.204.377 and 52.",
    "'Trong đó, khách quốc tế ước đạt 2,79 triệu lượt, chiếm 40,7%' (next sentence): total 6,85 triệu, percent 40,7, period inherited.",
    "'ước đón 6,85 triệu' → estimate (matches the 'Ước thực hiện 2024' column). The rank 'đứng thứ 2 cả nước' is Đà Nẵng's (location), actual;",
    "its year stands in the previous sentence (inherited).",
    "One-cell-per-line table with a unit column ('nghìn lượt', 'tỷ đồng', 'người'): subject = row + column label; periods from the column headers;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: khách quốc tế' row is a part of 'Tổng lượt khách' in the same column:",
    "total = that cell (spec: a part after 'trong đó' that follows the whole). Other rows get no total.",
    "'Năm 2025 ... đặt mục tiêu ... ít nhất một sản phẩm' → target, at_least, number word.",
]

if __name__ == "__main__":
    write("p1324-6", TEXT, NOTES, FIGS, location="Đà Nẵng")
