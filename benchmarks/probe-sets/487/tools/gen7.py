"""p487-7: Sở NN&PTNT Đắk Nông department site, no dateline, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Trang chủ » Thống kê chuyên ngành » Trồng trọt

Diện tích cây công nghiệp lâu năm năm 2023 theo địa phương

Năm 2023, tổng diện tích cây công nghiệp lâu năm toàn tỉnh đạt 208.750 ha, chiếm 65,4% diện tích đất sản xuất nông nghiệp. Ba cây chủ lực là cà phê, hồ tiêu và điều; diện tích tại một số địa phương như sau:

Đơn vị tính: ha

Địa phương
Cà phê
Hồ tiêu
Điều
Đắk Mil
22.640
6.150
1.820
Đắk Song
18.300
9.870
1.140
Cư Jút
4.260
2.910
6.480
Tuy Đức
12.150
3.400
5.730
Toàn tỉnh
142.380
33.610
21.470

Sản lượng năm 2023 ước đạt: cà phê nhân 345.000 tấn, hồ tiêu 58.200 tấn, điều 19.600 tấn. Diện tích cà phê có chứng nhận bền vững (4C, Rainforest Alliance...) đạt 31.500 ha, chiếm 22,1% diện tích cà phê toàn tỉnh. So với năm 2022, diện tích hồ tiêu giảm 1.240 ha do một số hộ chuyển sang trồng sầu riêng; giá tiêu bình quân năm 2023 đạt 72.500 đồng/kg, giá cà phê nhân xô đạt 58.000 đồng/kg.

Đến năm 2025, tỉnh phấn đấu ổn định diện tích cà phê khoảng 140.000 ha, hồ tiêu 30.000 ha; mỗi năm tái canh từ 3.000 đến 4.000 ha cà phê già cỗi.

Thông tin liên hệ: Sở Nông nghiệp và PTNT tỉnh Đắk Nông, đường 23 tháng 3, phường Nghĩa Đức, TP Gia Nghĩa. Điện thoại: 0261.3544.267.
Lượt truy cập: 1.284.906
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("Đến năm 2025", None, "2025-12-31")

ROWS = [
    ("Đắk Mil", ["22.640", "6.150", "1.820"]),
    ("Đắk Song", ["18.300", "9.870", "1.140"]),
    ("Cư Jút", ["4.260", "2.910", "6.480"]),
    ("Tuy Đức", ["12.150", "3.400", "5.730"]),
    ("Toàn tỉnh", ["142.380", "33.610", "21.470"]),
]
CROPS = ["cà phê", "hồ tiêu", "điều"]

TABLE = []
for place, cells in ROWS:
    prev = place
    for crop, c in zip(CROPS, cells):
        loc = "Đắk Nông" if place == "Toàn tỉnh" else place
        TABLE.append(fig(f"{prev}\n{c}\n", c, float(c.replace(".", "")), "measure", "ha",
                         subject=f"diện tích {crop}", period=inh(Y23), location=loc))
        prev = c

FIGS = [
    fig("đạt 208.750 ha", "208.750", 208750, "measure", "ha", percent=65.4,
        subject="tổng diện tích cây công nghiệp lâu năm", period=Y23),
    # added after the first scoring (see REPORT.md): a list size naming its items, optional as in shared h18
    fig("Ba cây chủ lực", "Ba", 3, "count", "cây", subject="cây chủ lực", optional=True),
] + TABLE + [
    fig("cà phê nhân 345.000 tấn", "345.000", 345000, "measure", "tấn", status="estimate",
        subject="sản lượng cà phê nhân", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("hồ tiêu 58.200 tấn", "58.200", 58200, "measure", "tấn", status="estimate",
        subject="sản lượng hồ tiêu", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("điều 19.600 tấn", "19.600", 19600, "measure", "tấn", status="estimate",
        subject="sản lượng điều", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 31.500 ha", "31.500", 31500, "measure", "ha", percent=22.1,
        subject="diện tích cà phê có chứng nhận bền vững", period=inh(Y23)),
    fig("giảm 1.240 ha", "1.240", 1240, "measure", "ha",
        subject="diện tích hồ tiêu giảm so với năm 2022", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 72.500 đồng/kg", "72.500", 72500, "money", "đồng/kg",
        subject="giá tiêu bình quân", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 58.000 đồng/kg", "58.000", 58000, "money", "đồng/kg",
        subject="giá cà phê nhân xô bình quân", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 140.000 ha", "140.000", 140000, "measure", "ha", approx="about", status="target",
        subject="diện tích cà phê", period=T25),
    fig("hồ tiêu 30.000 ha", "30.000", 30000, "measure", "ha", status="target",
        subject="diện tích hồ tiêu", period=T25),
    fig("từ 3.000 đến 4.000 ha", "3.000", 3000, "measure", "ha", value_max=4000, status="target",
        subject="diện tích cà phê già cỗi tái canh mỗi năm", period=T25),
]

COMMENTS = [
    "Sở NN&PTNT Đắk Nông statistics page, no dateline (published not annotated): area of perennial industrial crops 2023 by district.",
    "Table one cell per line with 'Đơn vị tính: ha': every cell a figure, subject = 'diện tích' + column crop, row district -> location,",
    "the 'Toàn tỉnh' row -> Đắk Nông. No total attributes from the table (spec gives tables none). Periods from the title/lead: inherited (unscored).",
    "'Ba cây chủ lực là cà phê, hồ tiêu và điều' is the size of a list that names its items: optional (as '05 địa phương cao nhất là' in h18).",
    "revised: that optional count was added after the first scoring; it had been left out of the gold.",
    "Distractors: '4C' certification name, 'đường 23 tháng 3', phone, 'Lượt truy cập: 1.284.906'.",
    "'diện tích hồ tiêu giảm 1.240 ha' (a fall with no base amount in the sentence) is the claim: a figure of its own, no change.",
    "'Sản lượng năm 2023 ước đạt: ...' list: estimate, no whole before ':' so no total. 'Đến năm 2025 ... phấn đấu' -> target, continues after ';'.",
]

if __name__ == "__main__":
    emit("p487-7", TEXT, COMMENTS, FIGS, location="Đắk Nông")
