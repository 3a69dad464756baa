from lib import F, P, I, YEAR, CH, emit

TEXT = """SỞ NỘI VỤ TỈNH ĐỒNG NAI - BAN TÔN GIÁO
Giới thiệu > Tình hình tôn giáo

Khái quát tình hình tôn giáo trên địa bàn tỉnh Đồng Nai

Đồng Nai là một trong những địa phương có đông tín đồ tôn giáo nhất cả nước. Hiện toàn tỉnh có 12 tôn giáo được công nhận, với khoảng 1,96 triệu tín đồ, chiếm 58,4% dân số; 2.164 cơ sở thờ tự, trong đó Công giáo có 486 nhà thờ, nhà nguyện, Phật giáo có 1.312 chùa, tịnh xá, tịnh thất. Bình quân toàn tỉnh có 6,5 cơ sở thờ tự/vạn dân.

Công giáo có số tín đồ đông nhất với hơn 1,07 triệu người, tập trung ở các địa bàn có đông đồng bào di cư năm 1954 như Biên Hòa, Thống Nhất, Trảng Bom.

Số cơ sở thờ tự và tín đồ Công giáo tại một số địa phương (tính đến 30/9/2024)
Địa phương
Nhà thờ (cơ sở)
Chùa, tịnh xá (cơ sở)
Tín đồ Công giáo (người)
TP. Biên Hòa
112
246
318.500
Huyện Thống Nhất
69
58
152.300
Huyện Trảng Bom
87
101
201.750
TP. Long Khánh
41
63
64.900

Năm 2023, các tôn giáo trên địa bàn tỉnh đã tổ chức 3.860 cuộc lễ, trong đó các lễ mùa Giáng sinh và lễ hội xuân chiếm 37%; đóng góp cho công tác từ thiện, an sinh xã hội trên 215 tỷ đồng, tăng 9,6% so với năm 2022. Trong 9 tháng năm 2024, số cuộc lễ là 2.915 cuộc.

Tổng số lượt truy cập: 2.087.341
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa. Điện thoại: 0251.3822.514
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
Y23 = YEAR(2023, "Năm 2023")


def row(name, place, anchors):
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = anchors
    return [
        F(a1, n1, v1, "count", "cơ sở", "Nhà thờ", I(ASOF), location=place),
        F(a2, n2, v2, "count", "cơ sở", "Chùa, tịnh xá", I(ASOF), location=place),
        F(a3, n3, v3, "count", "người", "Tín đồ Công giáo", I(ASOF), location=place),
    ]


FIGS = [
    F("có 12 tôn giáo", "12", 12, "count", "tôn giáo", "tôn giáo được công nhận"),
    F("khoảng 1,96 triệu", "1,96", 1.96e6, "count", "tín đồ", "tín đồ", approx="about", percent=58.4),
    F("2.164 cơ sở", "2.164", 2164, "count", "cơ sở thờ tự", "cơ sở thờ tự"),
    F("có 486 nhà thờ", "486", 486, "count", "nhà thờ, nhà nguyện", "nhà thờ, nhà nguyện Công giáo", total=2164),
    F("có 1.312 chùa", "1.312", 1312, "count", "chùa, tịnh xá, tịnh thất", "chùa, tịnh xá, tịnh thất Phật giáo",
      total=2164),
    F("có 6,5 cơ sở", "6,5", 6.5, "measure", "cơ sở thờ tự/vạn dân", "cơ sở thờ tự bình quân toàn tỉnh"),
    F("hơn 1,07 triệu", "1,07", 1.07e6, "count", "người", "tín đồ Công giáo", approx="over"),
]
FIGS += row("TP. Biên Hòa", "Biên Hòa", [("Hòa\n112\n", "112", 112), ("\n246\n", "246", 246), ("\n318.500\n", "318.500", 318500)])
FIGS += row("Huyện Thống Nhất", "Thống Nhất", [("Nhất\n69\n", "69", 69), ("\n58\n", "58", 58), ("\n152.300\n", "152.300", 152300)])
FIGS += row("Huyện Trảng Bom", "Trảng Bom", [("Bom\n87\n", "87", 87), ("\n101\n", "101", 101), ("\n201.750\n", "201.750", 201750)])
FIGS += row("TP. Long Khánh", "Long Khánh", [("Khánh\n41\n", "41", 41), ("\n63\n", "63", 63), ("\n64.900\n", "64.900", 64900)])
FIGS += [
    F("tổ chức 3.860 cuộc", "3.860", 3860, "count", "cuộc lễ", "cuộc lễ các tôn giáo tổ chức", Y23),
    F("chiếm 37%", "37", 37, "percent", "%", "các lễ mùa Giáng sinh và lễ hội xuân", Y23),
    F("trên 215 tỷ", "215", 215e9, "money", "đồng", "đóng góp cho công tác từ thiện, an sinh xã hội", Y23,
      approx="over", change=CH("increase", 9.6, "%", "năm 2022")),
    F("là 2.915 cuộc", "2.915", 2915, "count", "cuộc", "số cuộc lễ", P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
]

emit("p621-7", TEXT, [
    "Department site (Sở Nội vụ Đồng Nai – Ban Tôn giáo), no dateline: religions in Đồng Nai, one-cell-per-line table with units in the",
    "column headers (Nhà thờ (cơ sở) | Chùa, tịnh xá (cơ sở) | Tín đồ Công giáo (người)) by locality, as of 30/9/2024 (title line: inherited).",
    "Not figures: 'năm 1954', 'Tổng số lượt truy cập: 2.087.341', the address 'Số 2 Nguyễn Văn Trị', the phone 0251.3822.514.",
    "'Hiện' gives no period. '6,5 cơ sở thờ tự/vạn dân' is a rate (measure). The 486 / 1.312 after 'trong đó' are parts of 2.164.",
    "'trong đó các lễ … chiếm 37%' is the share of an unnamed part, not of 3.860: a percent figure of its own. Row localities go to location.",
], FIGS, published=None, location="Đồng Nai")
