"""p928-7: Chi cục Thủy sản Bà Rịa - Vũng Tàu (department site, no dateline): oysters of Long Sơn, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển nghề nuôi hàu bền vững ở Long Sơn

Xã Long Sơn (TP Vũng Tàu) là vùng nuôi hàu lớn nhất tỉnh, với các bè nuôi tập trung trên sông Chà Và, sông Dinh và rạch Bà. Năm 2023, sản lượng hàu toàn tỉnh đạt 14.200 tấn, giá trị khoảng 284 tỷ đồng; riêng TP Vũng Tàu (chủ yếu xã Long Sơn) chiếm gần 85%.

Hiện trạng nuôi hàu theo địa phương (tính đến 31/12/2023)
Địa phương
Số hộ nuôi (hộ)
Số bè (bè)
Sản lượng năm 2023 (tấn)
TP Vũng Tàu
1.120
14.300
12.060
Thị xã Phú Mỹ
86
740
1.380
Huyện Long Điền
42
310
760
Toàn tỉnh
1.248
15.350
14.200

Hàu được nuôi bằng hình thức treo dây trên bè, mỗi bè rộng 30-40 m2, treo 300-400 dây. Giá hàu thương phẩm tại bè hiện dao động 18.000-22.000 đồng/kg; mỗi hộ nuôi 10-15 bè có thu nhập 150-200 triệu đồng/năm. Sản phẩm hàu Long Sơn đã được công nhận OCOP 4 sao.

Tuy nhiên, mật độ bè dày đặc khiến tải lượng hữu cơ vượt 1,5-2 lần sức tải môi trường, hàu chậm lớn, tỷ lệ hao hụt có năm lên tới 40%. Theo kế hoạch, đến năm 2025 tỉnh sắp xếp lại vùng nuôi, giảm số bè xuống còn 12.000 bè, mật độ không quá 60 bè/ha.

CHI CỤC THỦY SẢN TỈNH BÀ RỊA - VŨNG TÀU
Địa chỉ: Số 2 đường 3 Tháng 2, phường 8, TP Vũng Tàu
Điện thoại: 0254.3852.614 - Fax: 0254.3852.615
Lượt truy cập: 1.284.659 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến 31/12/2023", None, "2023-12-31", inherited=True)
COL = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
H, B, S = "số hộ nuôi hàu", "số bè nuôi hàu", "sản lượng hàu"

FIGS = [
    F("đạt 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng hàu toàn tỉnh", period=Y23),
    F("khoảng 284 tỷ đồng", "284", 284e9, "money", "đồng", "giá trị sản lượng hàu", approx="about", period=Y23),
    F("gần 85%", "85", 85, "percent", "%", "tỷ trọng sản lượng hàu của TP Vũng Tàu", approx="nearly", period=Y23,
      location="Vũng Tàu"),
    # one cell per line
    F("Vũng Tàu\n1.120", "1.120", 1120, "count", "hộ", H, period=ASOF, location="Vũng Tàu"),
    F("14.300", "14.300", 14300, "count", "bè", B, period=ASOF, location="Vũng Tàu"),
    F("12.060", "12.060", 12060, "measure", "tấn", S, period=COL, location="Vũng Tàu"),
    F("Phú Mỹ\n86", "86", 86, "count", "hộ", H, period=ASOF, location="Phú Mỹ"),
    F("86\n740", "740", 740, "count", "bè", B, period=ASOF, location="Phú Mỹ"),
    F("740\n1.380", "1.380", 1380, "measure", "tấn", S, period=COL, location="Phú Mỹ"),
    F("Long Điền\n42", "42", 42, "count", "hộ", H, period=ASOF, location="Long Điền"),
    F("42\n310", "310", 310, "count", "bè", B, period=ASOF, location="Long Điền"),
    F("310\n760", "760", 760, "measure", "tấn", S, period=COL, location="Long Điền"),
    F("1.248", "1.248", 1248, "count", "hộ", H, period=ASOF),
    F("15.350", "15.350", 15350, "count", "bè", B, period=ASOF),
    F("15.350\n14.200", "14.200", 14200, "measure", "tấn", S, period=COL),
    F("rộng 30-40 m2", "30", 30, "measure", "m2", "diện tích mỗi bè", value_max=40, optional=True),
    F("treo 300-400 dây", "300", 300, "measure", "dây/bè", "dây treo mỗi bè", value_max=400),
    F("18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá hàu thương phẩm tại bè", value_max=22000),
    F("nuôi 10-15 bè", "10", 10, "count", "bè", "bè của mỗi hộ nuôi", value_max=15, optional=True),
    F("150-200 triệu đồng/năm", "150", 150e6, "money", "đồng/năm", "thu nhập mỗi hộ nuôi hàu", value_max=200e6),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng OCOP của sản phẩm hàu Long Sơn", optional=True),
    F("vượt 1,5-2 lần", "1,5", 1.5, "multiple", "lần", "tải lượng hữu cơ so với sức tải môi trường", value_max=2),
    F("lên tới 40%", "40", 40, "percent", "%", "tỷ lệ hao hụt hàu nuôi"),
    F("còn 12.000 bè", "12.000", 12000, "count", "bè", "số bè nuôi hàu", status="target", period=Y25),
    F("không quá 60 bè/ha", "60", 60, "measure", "bè/ha", "mật độ bè nuôi", approx="at_most", status="target",
      period=Y25),
]

NOTES = [
    "Chi cục Thủy sản Bà Rịa - Vũng Tàu (department site): no dateline, so no `published`; footer address, phone, visit counter.",
    "Table pasted one cell per line: header cells, then row label + 3 cells per row; units from the header '(hộ)', '(bè)', '(tấn)'.",
    "Row places → location (TP Vũng Tàu → Vũng Tàu; Toàn tỉnh → the province). Cells get no total; 'Toàn tỉnh' row is a figure of its own.",
    "Periods: 'Sản lượng năm 2023' column header (scored, as in h23/h24); hộ and bè columns take the as-of date of the table title",
    "'tính đến 31/12/2023' (a line of its own: inherited).",
    "'vượt 1,5-2 lần sức tải' has no base amount: a multiple figure (range). 'lên tới 40%' kept exact (not a spec approx cue).",
    "Optional: raft size 30-40 m2, 'mỗi hộ nuôi 10-15 bè' (a category of household), 'OCOP 4 sao' (a rating class).",
    "Distractors: Số 2 đường 3 Tháng 2, phường 8, 0254.3852.614/615, Lượt truy cập 1.284.659, Đang trực tuyến 37.",
]

write(7, TEXT, FIGS, NOTES, location="Bà Rịa - Vũng Tàu")
