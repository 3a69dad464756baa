"""p939-7: Chi cục Thủy sản Phú Yên site, no dateline — seagrass decline 2015-2023, one-cell-per-line table."""
from lib import F, P, I, C, T, make

TEXT = """CHI CỤC THỦY SẢN TỈNH PHÚ YÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Suy giảm thảm cỏ biển ven bờ Phú Yên

Kết quả điều tra do Chi cục Thủy sản phối hợp với Viện Hải dương học thực hiện cho thấy diện tích thảm cỏ biển ven bờ tỉnh Phú Yên giảm mạnh, từ 1.185 ha năm 2015 xuống còn 642 ha năm 2023, giảm 45,8%. Nguyên nhân chính là nuôi tôm hùm lồng mật độ dày, khai thác bằng nghề cấm và bồi lắng. Riêng vịnh Xuân Đài (thị xã Sông Cầu) hiện có khoảng 42.000 lồng nuôi tôm hùm. Tại các điểm khảo sát đã ghi nhận 6 loài cỏ biển; độ phủ trung bình chỉ còn 25-35%, thấp hơn nhiều so với mức trên 60% của năm 2015.

Diện tích thảm cỏ biển theo địa phương
Đơn vị tính: ha
Địa phương
Năm 2015
Năm 2020
Năm 2023
Sông Cầu
612
405
318
Tuy An
398
276
214
Đông Hòa
175
132
110
Toàn tỉnh
1.185
813
642

Năm 2024, Chi cục đã tổ chức 58 chuyến tuần tra trên đầm Ô Loan và vịnh Xuân Đài, xử lý 23 vụ vi phạm với số tiền 186 triệu đồng; phối hợp trồng thí điểm 0,6 ha cỏ biển tại xã An Ninh Đông. Mục tiêu giai đoạn 2025-2030, tỉnh phục hồi khoảng 120 ha cỏ biển, thành lập thêm 2 khu bảo vệ nguồn lợi thủy sản.

CHI CỤC THỦY SẢN TỈNH PHÚ YÊN
Địa chỉ: 52 Lê Duẩn, phường 7, TP. Tuy Hòa, tỉnh Phú Yên
Điện thoại: 0257.3823.417 - Fax: 0257.3826.552
Lượt truy cập: 348.512
"""

PY = "Phú Yên"
YEARS = {"Năm 2015": ("2015-01-01", "2015-12-31"), "Năm 2020": ("2020-01-01", "2020-12-31"),
         "Năm 2023": ("2023-01-01", "2023-12-31")}
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P2530 = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("từ 1.185 ha", "1.185", 1185, "measure", "ha", "diện tích thảm cỏ biển ven bờ",
      P("năm 2015", "2015-01-01", "2015-12-31")),
    F("còn 642 ha", "642", 642, "measure", "ha", "diện tích thảm cỏ biển ven bờ",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("decrease", 45.8, "%", "năm 2015")),
    F("khoảng 42.000 lồng", "42.000", 42000, "count", "lồng", "lồng nuôi tôm hùm tại vịnh Xuân Đài",
      approx="about", location="Sông Cầu"),
    F("ghi nhận 6 loài", "6", 6, "count", "loài cỏ biển", "loài cỏ biển ghi nhận tại các điểm khảo sát"),
    F("còn 25-35%", "25", 25, "percent", "%", "độ phủ trung bình của cỏ biển", value_max=35),
    F("trên 60%", "60", 60, "percent", "%", "độ phủ trung bình của cỏ biển", P("năm 2015", "2015-01-01", "2015-12-31"),
      approx="over"),
]
rows = [("Sông Cầu", ["612", "405", "318"]), ("Tuy An", ["398", "276", "214"]),
        ("Đông Hòa", ["175", "132", "110"]), ("Toàn tỉnh", ["1.185", "813", "642"])]
heads = list(YEARS)
for place, cells in rows:
    for i, cell in enumerate(cells):
        anchor = (place if i == 0 else cells[i - 1]) + "\n" + cell
        val = float(cell.replace(".", ""))
        s, e = YEARS[heads[i]]
        FIGS.append(F(anchor, cell, val, "measure", "ha", "diện tích thảm cỏ biển", P(heads[i], s, e),
                      location=PY if place == "Toàn tỉnh" else place))
FIGS += [
    F("tổ chức 58 chuyến", "58", 58, "count", "chuyến tuần tra", "chuyến tuần tra trên đầm Ô Loan và vịnh Xuân Đài", P24),
    F("xử lý 23 vụ", "23", 23, "count", "vụ vi phạm", "vụ vi phạm xử lý", P24),
    F("số tiền 186 triệu đồng", "186", 186e6, "money", "đồng", "số tiền xử phạt vi phạm", P24),
    F("thí điểm 0,6 ha", "0,6", 0.6, "measure", "ha", "diện tích trồng thí điểm cỏ biển", P24),
    F("khoảng 120 ha", "120", 120, "measure", "ha", "diện tích cỏ biển phục hồi", P2530, approx="about",
      status="target"),
    F("thêm 2 khu", "2", 2, "count", "khu bảo vệ nguồn lợi thủy sản", "khu bảo vệ nguồn lợi thủy sản thành lập thêm",
      P2530, status="target"),
]

make("p939-7", TEXT, FIGS, published=None, location=PY, notes=[
    "Department site (Chi cục Thủy sản Phú Yên), no dateline; footer address, phone/fax, visit counter.",
    "Not figures: '52 Lê Duẩn, phường 7', '0257.3823.417', '0257.3826.552', 'Lượt truy cập: 348.512'.",
    "Table written one cell per line: unit from 'Đơn vị tính: ha', period from the year column header (scored),",
    "place row labels go to location ('Toàn tỉnh' -> Phú Yên). Table cells get no totals.",
    "'giảm 45,8%' follows '642 ha năm 2023' (from 1.185 ha năm 2015): the change of 642, baseline năm 2015.",
    "'thấp hơn nhiều so với mức trên 60% của năm 2015': no change value; 60% is a figure of its own (period 2015).",
    "0,6 ha at xã An Ninh Đông: the text does not name its district, so Phú Yên.",
])
