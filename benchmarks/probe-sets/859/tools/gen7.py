"""p859-7: department site (Sở NN&PTNT Bến Tre), no dateline, one-cell-per-line table, footer."""
from lib import F, P, C, write

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
D25 = P("đến năm 2025", None, "2025-12-31")

text = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chợ Lách phát triển hoa kiểng, cây giống theo chuỗi giá trị

Huyện Chợ Lách hiện có 7.950 ha cây giống, hoa kiểng, chiếm 43% diện tích đất nông nghiệp của huyện; trong đó hoa kiểng 1.260 ha, tập trung ở các xã Long Thới, Sơn Định, Vĩnh Thành. Năm 2023, toàn huyện sản xuất 42 triệu cây giống và gần 9,5 triệu chậu hoa kiểng, tổng giá trị ước đạt 3.150 tỷ đồng, tăng 6,7% so với năm 2022.

Sản phẩm hoa kiểng Chợ Lách được tiêu thụ tại hơn 40 tỉnh, thành trong cả nước và xuất khẩu sang Campuchia, Trung Quốc. Huyện có 5 hợp tác xã và 28 tổ hợp tác sản xuất hoa kiểng, cây giống với trên 1.100 thành viên.

Kết quả sản xuất cây giống, hoa kiểng huyện Chợ Lách
Đơn vị tính: triệu cây, chậu
Sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
Cây giống cây ăn trái
30,5
32,0
33,5
Cây giống hoa kiểng
9,2
10,0
11,0
Hoa kiểng chậu
8,6
9,5
10,2
Tổng cộng
48,3
51,5
54,7

Theo Đề án phát triển làng nghề hoa kiểng Cái Mơn, đến năm 2025 huyện phấn đấu có 80% diện tích hoa kiểng áp dụng quy trình sản xuất an toàn, thu nhập bình quân của lao động làng nghề đạt 8 triệu đồng/người/tháng.

Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre
Địa chỉ: số 126A Nguyễn Thị Định, phường Phú Tân, TP. Bến Tre
Điện thoại: 0275.3822.514 - Fax: 0275.3825.437
Tổng lượt truy cập: 1.284.906 | Đang trực tuyến: 37
"""

M = 1000000
cells = [
    ("Cây giống cây ăn trái", "cây", [("trái\n30,5", "30,5"), ("30,5\n32,0", "32,0"), ("32,0\n33,5", "33,5")]),
    ("Cây giống hoa kiểng", "cây", [("kiểng\n9,2", "9,2"), ("9,2\n10,0", "10,0"), ("10,0\n11,0", "11,0")]),
    ("Hoa kiểng chậu", "chậu", [("chậu\n8,6", "8,6"), ("8,6\n9,5", "9,5"), ("9,5\n10,2", "10,2")]),
    ("Tổng cộng", "cây, chậu", [("cộng\n48,3", "48,3"), ("48,3\n51,5", "51,5"), ("51,5\n54,7", "54,7")]),
]
cols = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
table = []
for row, unit, cs in cells:
    for (anchor, n), (col, per, st) in zip(cs, cols):
        table.append(F(anchor, n, float(n.replace(",", ".")) * M, "count", unit, f"{row} {col}", status=st, period=per))

figs = [
    F("có 7.950 ha", "7.950", 7950, "measure", "ha", "diện tích cây giống, hoa kiểng", percent=43),
    F("hoa kiểng 1.260 ha", "1.260", 1260, "measure", "ha", "diện tích hoa kiểng", total=7950),
    F("sản xuất 42 triệu cây giống", "42", 42000000, "count", "cây giống", "cây giống sản xuất", period=Y23),
    F("gần 9,5 triệu chậu", "9,5", 9500000, "count", "chậu", "chậu hoa kiểng sản xuất", approx="nearly", period=Y23),
    F("ước đạt 3.150 tỷ đồng", "3.150", 3150000000000, "money", "đồng", "tổng giá trị sản xuất cây giống, hoa kiểng",
      change=C("increase", 6.7, "%", "năm 2022"), status="estimate", period=Y23),
    F("hơn 40 tỉnh", "40", 40, "count", "tỉnh, thành", "tỉnh, thành tiêu thụ sản phẩm hoa kiểng Chợ Lách", approx="over",
      optional=True),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã sản xuất hoa kiểng, cây giống"),
    F("28 tổ hợp tác", "28", 28, "count", "tổ hợp tác", "tổ hợp tác sản xuất hoa kiểng, cây giống"),
    F("trên 1.100 thành viên", "1.100", 1100, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác", approx="over"),
] + table + [
    F("có 80% diện tích", "80", 80, "percent", "%", "diện tích hoa kiểng áp dụng quy trình sản xuất an toàn",
      status="target", period=D25),
    F("đạt 8 triệu đồng/người/tháng", "8", 8000000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      status="target", period=D25),
]

write("p859-7", text, figs, published=None, location="Chợ Lách", notes=[
    "Sở NN&PTNT Bến Tre: cây giống, hoa kiểng huyện Chợ Lách. No dateline; footer address, phone, fax, visit counter.",
    "One-cell-per-line table (Đơn vị tính: triệu cây, chậu): every cell is a figure, ×10^6; unit cây for seedling rows, chậu for potted row,",
    "'cây, chậu' for the Tổng cộng row; subject row + column; period from the column header (scored); 'Kế hoạch 2024' → target.",
    "'hơn 40 tỉnh, thành' (where the products sell) optional: the spec makes a count of provinces national, but it describes Chợ Lách's market.",
    "'trong đó hoa kiểng 1.260 ha' follows 7.950 ha (same thing, same time): total. Sentence with 'hiện' has no period.",
    "Distractors: số 126A Nguyễn Thị Định, 0275.3822.514, 0275.3825.437, Tổng lượt truy cập 1.284.906, Đang trực tuyến: 37.",
])
