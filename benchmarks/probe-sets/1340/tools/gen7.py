"""p1340-7: department site (Chi cục Thủy lợi Bến Tre), no dateline; one-cell-per-line table of project funding."""
from lib import fig, per, chg, write

TEXT = """CHI CỤC THỦY LỢI TỈNH BẾN TRE
Giới thiệu | Tin tức | Văn bản | Hỏi đáp | Liên hệ

Tiến độ đầu tư các dự án đê biển, kè biển

Bến Tre có 65 km bờ biển trải dài qua ba huyện Ba Tri, Bình Đại và Thạnh Phú. Hệ thống đê biển toàn tỉnh dài khoảng 84 km, trong đó 52 km đã được nâng cấp, cứng hóa mặt đê. Suất đầu tư kè biển hiện nay khoảng 55 triệu đồng/m dài. Năm 2023, mực nước triều cao nhất tại trạm Bình Đại đạt 2,17 m, vượt mức báo động III 0,07 m.

Kinh phí các dự án đê biển, kè biển
Đơn vị tính: tỷ đồng
Dự án
Tổng mức đầu tư
Lũy kế giải ngân đến 31/12/2023
Kế hoạch vốn 2024
Đê biển Ba Tri
315,0
248,6
40,0
Đê biển Bình Đại
286,5
197,2
55,0
Kè biển Thạnh Phú
120,8
64,3
35,5
Tổng cộng
722,3
510,1
130,5

Năm 2024, tỉnh phấn đấu giải ngân 100% kế hoạch vốn được giao và hoàn thành 6,5 km kè biển Thạnh Phú trước mùa gió chướng. Trong 10 tháng đầu năm, triều cường và sóng lớn đã gây sạt lở 1.250 m đê biển, thiệt hại khoảng 8 tỷ đồng. Riêng dự án đê biển Ba Tri đến nay đã hoàn thành 92% khối lượng.

Tin liên quan:
- Hướng dẫn vận hành cống Vàm Hồ mùa khô 2024-2025
- Bản tin thủy lợi số 12

Chi cục Thủy lợi tỉnh Bến Tre
Địa chỉ: 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre
Điện thoại: 0275.3822.456
Lượt truy cập: 1.204.377
"""

ACC = per("Lũy kế giải ngân đến 31/12/2023", None, "2023-12-31")
K24 = per("Kế hoạch vốn 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TEN = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
COLS = [("tổng mức đầu tư", None, None), ("lũy kế giải ngân đến 31/12/2023", ACC, None),
        ("kế hoạch vốn 2024", K24, "target")]
ROWS = [("Đê biển Ba Tri", "Ba Tri", ["315,0", "248,6", "40,0"]),
        ("Đê biển Bình Đại", "Bình Đại", ["286,5", "197,2", "55,0"]),
        ("Kè biển Thạnh Phú", "Thạnh Phú", ["120,8", "64,3", "35,5"]),
        ("Tổng cộng", None, ["722,3", "510,1", "130,5"])]


def cells():
    out = []
    for row, place, nums in ROWS:
        prev = row
        for (col, p, st), n in zip(COLS, nums):
            kw = {}
            if p:
                kw["period"] = p
            if st:
                kw["status"] = st
            if place:
                kw["location"] = place
            v = float(n.replace(",", ".")) * 1e9
            out.append(fig(f"{prev}\n{n}", n, v, "money", "đồng",
                           subject=f"kinh phí {row.lower() if row == 'Tổng cộng' else row} {col}", **kw))
            prev = n
    return out


FIGS = [
    fig("có 65 km", "65", 65, "measure", "km", subject="bờ biển"),
    fig("qua ba huyện", "ba", 3, "count", "huyện", subject="huyện có bờ biển"),
    fig("khoảng 84 km", "84", 84, "measure", "km", approx="about", subject="hệ thống đê biển toàn tỉnh"),
    fig("đó 52 km", "52", 52, "measure", "km", total=84, subject="đê biển đã được nâng cấp, cứng hóa mặt đê"),
    fig("khoảng 55 triệu", "55", 55e6, "money", "đồng/m", approx="about", subject="suất đầu tư kè biển"),
    fig("đạt 2,17 m", "2,17", 2.17, "measure", "m", change=chg("increase", 0.07, "m", "mức báo động III"),
        subject="mực nước triều cao nhất tại trạm Bình Đại", period=Y23, location="Bình Đại"),
] + cells() + [
    fig("giải ngân 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ giải ngân kế hoạch vốn được giao", period=Y24),
    fig("hoàn thành 6,5 km", "6,5", 6.5, "measure", "km", status="target",
        subject="kè biển Thạnh Phú hoàn thành", period=Y24, location="Thạnh Phú"),
    fig("lở 1.250 m", "1.250", 1250, "measure", "m", subject="đê biển bị sạt lở", period=TEN),
    fig("khoảng 8 tỷ", "8", 8e9, "money", "đồng", approx="about", subject="thiệt hại do sạt lở đê biển",
        period=TEN),
    fig("thành 92%", "92", 92, "percent", "%", subject="khối lượng dự án đê biển Ba Tri hoàn thành",
        location="Ba Tri"),
]

NOTES = [
    "Department site (Chi cục Thủy lợi Bến Tre), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: '31/12/2023' in a column header, 'mùa khô 2024-2025', 'Bản tin thủy lợi số 12', '126A Nguyễn Thị Định',",
    "phone 0275.3822.456, 'Lượt truy cập: 1.204.377'.",
    "'khoảng 55 triệu đồng/m dài' is a rate: money, unit đồng/m. 'báo động III' is an alarm level (not a figure);",
    "'vượt mức báo động III 0,07 m' → change of the 2,17 m tide level; trạm Bình Đại → location Bình Đại.",
    "'đến nay ... 92% khối lượng' (no dateline): no period; location Ba Tri.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' → ×10^9 đồng. Rows are projects named after districts: subject = row + column,",
    "location = the district the dyke is in ('Tổng cộng' → Bến Tre). Column 'Lũy kế giải ngân đến 31/12/2023' → as-of period;",
    "'Kế hoạch vốn 2024' → target, period 2024; 'Tổng mức đầu tư' has no period. Table cells get no total.",
    "'phấn đấu' governs both clauses joined by 'và' (target). No dateline: '10 tháng đầu năm' takes 2024 from 'Năm 2024' before it.",
]

if __name__ == "__main__":
    write("p1340-7", TEXT, NOTES, FIGS, location="Bến Tre")
