from lib import F, P, CH, emit

HEAD = """SỞ CÔNG THƯƠNG TỈNH AN GIANG
Tin hoạt động ngành

Chợ biên giới Tịnh Biên: hoạt động mua bán của cư dân 6 tháng đầu năm 2024

Tính đến tháng 6/2024, chợ biên giới Tịnh Biên (thị xã Tịnh Biên) có 1.028 điểm kinh doanh, trong đó 312 điểm kinh doanh hàng Campuchia, hàng Thái Lan nhập theo đường cư dân. 6 tháng đầu năm 2024, chợ đón khoảng 1,26 triệu lượt khách, tăng 8,4% so với cùng kỳ; doanh thu của các hộ kinh doanh ước đạt 865 tỷ đồng.

Kết quả hoạt động mua bán, trao đổi hàng hóa cư dân biên giới qua các cửa khẩu của tỉnh An Giang như sau:
Đơn vị tính: tỷ đồng

Chỉ tiêu

Năm 2023

6 tháng đầu năm 2024

Kế hoạch năm 2024
"""

ROWS = [
    ("Giá trị hàng hóa cư dân mua vào", ["1.184,6", "642,3", "1.300"]),
    ("Giá trị hàng hóa cư dân bán ra", ["436,2", "251,8", "480"]),
    ("Số tiền thuế được miễn", ["96,5", "52,7", "105"]),
    ("Lượt cư dân tham gia (nghìn lượt)", ["412,5", "228,1", "450"]),
]

TAIL = """
Qua kiểm tra, lực lượng chức năng thị xã Tịnh Biên phát hiện 17 trường hợp lợi dụng chính sách cư dân biên giới để buôn lậu, trị giá hàng hóa hơn 1,2 tỷ đồng. Theo quy định, định mức miễn thuế của mỗi cư dân là 8 triệu đồng/người/ngày.

Sở Công Thương đề nghị UBND thị xã Tịnh Biên tiếp tục chỉnh trang khu vực chợ, bố trí thêm 120 điểm đỗ xe dọc Quốc lộ 91; phản ánh về hoạt động chợ gửi về số điện thoại 0296.3852.114.

Thanh Tâm - Phòng Quản lý Thương mại
25/07/2024
"""

body = ""
for label, cells in ROWS:
    body += "\n" + label + "\n"
    for c in cells:
        body += "\n" + c + "\n"
TEXT = HEAD + body + TAIL

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
COLP = [("năm 2023", Y23, None), ("6 tháng đầu năm 2024", H6, None), ("kế hoạch năm 2024", K24, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, cells in ROWS:
    prev = label
    for (colname, per, st), c in zip(COLP, cells):
        anchor = f"{prev}\n\n{c}\n"
        if label.startswith("Lượt"):
            f = F(anchor, c, num(c) * 1000, "count", "lượt", f"Lượt cư dân tham gia {colname}", per)
        else:
            f = F(anchor, c, num(c) * 1e9, "money", "đồng", f"{label} {colname}", per)
        if st:
            f["status"] = st
        f["location"] = "An Giang"
        TABLE.append(f)
        prev = c

H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
FIGS = [
    F("có 1.028 điểm", "1.028", 1028, "count", "điểm kinh doanh", "điểm kinh doanh chợ biên giới Tịnh Biên",
      P("Tính đến tháng 6/2024", None, "2024-06-30")),
    F("312 điểm", "312", 312, "count", "điểm kinh doanh", "điểm kinh doanh hàng Campuchia, hàng Thái Lan nhập theo đường cư dân",
      P("Tính đến tháng 6/2024", None, "2024-06-30"), total=1028),
    F("khoảng 1,26 triệu lượt khách", "1,26", 1.26e6, "count", "lượt khách", "lượt khách chợ đón", H6, approx="about",
      change=CH("increase", 8.4, baseline="cùng kỳ")),
    F("ước đạt 865 tỷ đồng", "865", 865e9, "money", "đồng", "doanh thu của các hộ kinh doanh", H6, status="estimate"),
] + TABLE + [
    F("phát hiện 17 trường hợp", "17", 17, "count", "trường hợp",
      "trường hợp lợi dụng chính sách cư dân biên giới để buôn lậu", H6i),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "trị giá hàng hóa", H6i, approx="over"),
    F("là 8 triệu đồng/người/ngày", "8", 8e6, "money", "đồng/người/ngày", "định mức miễn thuế của mỗi cư dân",
      location="An Giang", optional=True),
    F("thêm 120 điểm đỗ xe", "120", 120, "count", "điểm đỗ xe", "điểm đỗ xe bố trí thêm dọc Quốc lộ 91", optional=True),
]

COMMENTS = [
    "Sở Công Thương An Giang (department site): chợ biên giới Tịnh Biên and cư dân trade, 6 tháng đầu năm 2024; bare date '25/07/2024' at the end.",
    "One-cell-per-line table (as h23), 'Đơn vị tính: tỷ đồng'; the row 'Lượt cư dân tham gia (nghìn lượt)' overrides unit and multiplier.",
    "Cell periods from column headers (scored); 'Kế hoạch năm 2024' column gives status target. Subject = row label + column label.",
    "Market and enforcement figures: location Tịnh Biên (thị xã named); table cells cover the border gates of the province: An Giang.",
    "'312 điểm' after 'trong đó' is part of 1.028. '1.184,6' = 1184,6 tỷ đồng (thousand dot + decimal comma).",
    "Optional: the duty-free norm (a rule, not a statistic) and '120 điểm đỗ xe' (a proposal: 'đề nghị … bố trí thêm').",
    "Distractors: 'Quốc lộ 91', phone 0296.3852.114, the closing date line.",
]

emit("p372-7", TEXT, COMMENTS, FIGS, published="2024-07-25", location="Tịnh Biên")
