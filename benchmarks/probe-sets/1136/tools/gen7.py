"""p1136-7: department site (Sở GTVT Lạng Sơn), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH LẠNG SƠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Lạng Sơn đẩy mạnh bê tông hóa đường giao thông nông thôn theo cơ chế hỗ trợ xi măng

Thực hiện Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh, 9 tháng năm 2024, tỉnh đã hỗ trợ 31.250 tấn xi măng và 1.860 ống cống các loại cho các xã để làm đường giao thông nông thôn, tăng 2.400 tấn so với cùng kỳ. Mức hỗ trợ bình quân 110 tấn xi măng cho mỗi km đường rộng 3 m.

Kết quả bê tông hóa đường giao thông nông thôn tại 4 huyện thực hiện thí điểm cơ chế đặc thù:
Đơn vị tính: km
Huyện
Năm 2023
9 tháng năm 2024
Kế hoạch 2024
Cao Lộc
42,5
36,8
48,0
Lộc Bình
38,2
30,5
45,0
Chi Lăng
35,6
27,9
40,0
Hữu Lũng
51,3
44,6
60,0
Tổng số
167,6
139,8
193,0

Ngoài nguồn hỗ trợ của tỉnh, nhân dân 4 huyện đã hiến 27.300 m2 đất, đóng góp 96.500 ngày công và hơn 18 tỷ đồng. Tại huyện Hữu Lũng, xã Yên Thịnh làm được 6,4 km đường bê tông, cao nhất huyện; bình quân mỗi hộ góp từ 5 đến 7 ngày công.

Bài viết liên quan:
- Thông báo kết quả lựa chọn nhà thầu gói thầu số 05
- Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 08/2022/NQ-HĐND

SỞ GIAO THÔNG VẬN TẢI TỈNH LẠNG SƠN
Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, TP Lạng Sơn
Điện thoại: 0205.3812.345
Tổng lượt truy cập: 2.047.196 | Đang trực tuyến: 38
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("9 tháng năm 2024", P9, "actual"),
        ("Kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Cao Lộc", ["42,5", "36,8", "48,0"], ["Lộc\n42,5", "42,5\n36,8", "36,8\n48,0"]),
        ("Lộc Bình", ["38,2", "30,5", "45,0"], ["Bình\n38,2", "38,2\n30,5", "30,5\n45,0"]),
        ("Chi Lăng", ["35,6", "27,9", "40,0"], ["Lăng\n35,6", "35,6\n27,9", "27,9\n40,0"]),
        ("Hữu Lũng", ["51,3", "44,6", "60,0"], ["Lũng\n51,3", "51,3\n44,6", "44,6\n60,0"]),
        (None, ["167,6", "139,8", "193,0"], ["Tổng số\n167,6", "167,6\n139,8", "139,8\n193,0"])]

TABLE = []
for place, nums, anchors in ROWS:
    for (label, p, status), n, a in zip(COLS, nums, anchors):
        row = "tổng số " if place is None else ""
        TABLE.append(fig(a, n, float(n.replace(",", ".")), "measure", "km", status=status,
                         subject=f"{row}đường giao thông nông thôn bê tông hóa {label.lower()}",
                         period=p, location=place or "Lạng Sơn"))

FIGS = [
    fig("hỗ trợ 31.250 tấn", "31.250", 31250, "measure", "tấn", change=chg("increase", 2400, "tấn", "cùng kỳ"),
        subject="xi măng tỉnh hỗ trợ cho các xã", period=P9),
    fig("và 1.860 ống cống", "1.860", 1860, "count", "ống cống",
        subject="ống cống tỉnh hỗ trợ cho các xã", period=P9),
    fig("bình quân 110 tấn", "110", 110, "measure", "tấn/km",
        subject="mức hỗ trợ xi măng bình quân cho mỗi km đường"),
    fig("rộng 3 m", "3", 3, "measure", "m", subject="chiều rộng đường được hỗ trợ"),
    fig("tại 4 huyện", "4", 4, "count", "huyện",
        subject="huyện thực hiện thí điểm cơ chế đặc thù"),
] + TABLE + [
    fig("nhân dân 4 huyện", "4", 4, "count", "huyện", optional=True,
        subject="huyện thực hiện thí điểm"),
    fig("hiến 27.300 m2", "27.300", 27300, "measure", "m2", subject="đất nhân dân 4 huyện hiến", period=inh(P9)),
    fig("góp 96.500 ngày công", "96.500", 96500, "count", "ngày công",
        subject="ngày công nhân dân 4 huyện đóng góp", period=inh(P9)),
    fig("hơn 18 tỷ", "18", 18e9, "money", "đồng", approx="over",
        subject="tiền nhân dân 4 huyện đóng góp", period=inh(P9)),
    fig("được 6,4 km", "6,4", 6.4, "measure", "km", subject="đường bê tông xã Yên Thịnh làm được",
        location="Hữu Lũng", period=inh(P9)),
    fig("từ 5 đến 7 ngày công", "5", 5, "measure", "ngày công/hộ", value_max=7,
        subject="ngày công bình quân mỗi hộ góp", location="Hữu Lũng", period=inh(P9)),
]

NOTES = [
    "Department site (Sở GTVT Lạng Sơn): no dateline; related links, address, phone, visit counters in the footer.",
    "Distractors: Nghị quyết số 08/2022/NQ-HĐND (twice), 'gói thầu số 05', 'sơ kết 3 năm', 'Số 2 đường Hùng Vương',",
    "  phone 0205.3812.345, 'Tổng lượt truy cập: 2.047.196', 'Đang trực tuyến: 38', 'Đơn vị tính: km'.",
    "'tăng 2.400 tấn so với cùng kỳ' is the change of 31.250 tấn (it names tấn; the ống cống sit between).",
    "One-cell-per-line table: rows are districts (location), column headers give the period; 'Kế hoạch 2024' → target.",
    "  'Tổng số' row: location Lạng Sơn (the sum of the 4 districts); subject keeps 'tổng số'. No totals on cells.",
    "'nhân dân 4 huyện' refers back to the 4 pilot districts: optional.",
    "'bình quân mỗi hộ góp từ 5 đến 7 ngày công': a per-household rate, measure 'ngày công/hộ'.",
    "revised: unit of '110 tấn xi măng cho mỗi km' 'tấn xi măng/km' -> 'tấn/km' (shortest noun phrase).",
    "No dateline: published unset; year-less nothing (all periods carry a year).",
]

if __name__ == "__main__":
    write("p1136-7", TEXT, NOTES, FIGS, location="Lạng Sơn")
