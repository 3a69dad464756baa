from lib import *

TEXT = """BÁO KHÁNH HÒA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KHÁNH HÒA
Kinh tế

Ngành đóng tàu: Đơn hàng kín đến năm 2026

Năm 2023, hoạt động đóng tàu trên địa bàn tỉnh tiếp tục khởi sắc với giá trị sản xuất ước đạt 14.260 tỷ đồng, chiếm 9,8% giá trị sản xuất công nghiệp toàn tỉnh.

Dẫn đầu là Công ty TNHH Đóng tàu HD Hyundai Việt Nam tại Khu kinh tế Vân Phong. Năm qua, công ty đã bàn giao 15 tàu cho các chủ tàu châu Âu và châu Á, trong đó có 9 tàu chở dầu/hóa chất trọng tải 50.000 DWT và 6 tàu container sức chở 1.800 TEU. Doanh thu của công ty đạt 620 triệu USD, tăng 18% so với năm 2022; nộp ngân sách 312 tỷ đồng.

Hiện công ty có khoảng 3.900 lao động, trong đó hơn 3.600 lao động người Việt Nam, thu nhập bình quân 13,5 triệu đồng/người/tháng. Lượng thép tấm sử dụng trong năm khoảng 145.000 tấn, trong đó thép sản xuất trong nước mới chiếm 8%.

Tính đến cuối tháng 12/2023, công ty đã ký hợp đồng đóng mới 34 tàu, đủ việc làm đến năm 2026. Dự kiến năm 2024, công ty bàn giao 16 tàu, doanh thu đạt khoảng 700 triệu USD.

Tại TP. Cam Ranh, Công ty Đóng tàu và Sửa chữa tàu Cam Ranh trong năm đã sửa chữa 58 lượt tàu, đóng mới 7 tàu cá vỏ thép và tàu dịch vụ hậu cần nghề cá, doanh thu 236 tỷ đồng.

Theo Sở Công Thương, tỉnh phấn đấu đến năm 2030 giá trị sản xuất ngành đóng tàu đạt 25.000 tỷ đồng, tạo việc làm cho khoảng 10.000 lao động.

KIM ANH

29/01/2024 08:12
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NQ = P("Năm qua", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến cuối tháng 12/2023", None, "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("ước đạt 14.260 tỷ đồng", "14.260", 14260e9, "money", "đồng", "giá trị sản xuất ngành đóng tàu", Y23,
      percent=9.8, status="estimate"),
    F("bàn giao 15 tàu", "15", 15, "count", "tàu", "tàu công ty bàn giao", NQ),
    F("có 9 tàu", "9", 9, "count", "tàu", "tàu chở dầu/hóa chất", NQ, total=15),
    F("50.000 DWT", "50.000", 50000, "measure", "DWT", "trọng tải tàu chở dầu/hóa chất", NQ),
    F("và 6 tàu", "6", 6, "count", "tàu", "tàu container", NQ, total=15),
    F("1.800 TEU", "1.800", 1800, "measure", "TEU", "sức chở tàu container", NQ),
    F("đạt 620 triệu USD", "620", 620e6, "money", "USD", "doanh thu của công ty", I(NQ),
      change=CH("increase", 18, "%", "năm 2022")),
    F("nộp ngân sách 312 tỷ đồng", "312", 312e9, "money", "đồng", "nộp ngân sách", I(NQ)),
    F("khoảng 3.900 lao động", "3.900", 3900, "count", "lao động", "lao động của công ty", approx="about"),
    F("hơn 3.600 lao động", "3.600", 3600, "count", "lao động", "lao động người Việt Nam", approx="over", total=3900),
    F("13,5 triệu đồng/người/tháng", "13,5", 13.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khoảng 145.000 tấn", "145.000", 145000, "measure", "tấn", "lượng thép tấm sử dụng",
      P("trong năm", "2023-01-01", "2023-12-31", inh=True), approx="about"),
    F("chiếm 8%", "8", 8, "percent", "%", "thép sản xuất trong nước trong lượng thép tấm sử dụng",
      P("trong năm", "2023-01-01", "2023-12-31", inh=True)),
    F("đóng mới 34 tàu", "34", 34, "count", "tàu", "tàu công ty đã ký hợp đồng đóng mới", ASOF),
    F("bàn giao 16 tàu", "16", 16, "count", "tàu", "tàu công ty bàn giao", Y24, status="forecast"),
    F("khoảng 700 triệu USD", "700", 700e6, "money", "USD", "doanh thu", Y24, approx="about", status="forecast"),
    F("sửa chữa 58 lượt tàu", "58", 58, "count", "lượt tàu", "lượt tàu Công ty Đóng tàu và Sửa chữa tàu Cam Ranh sửa chữa",
      P("trong năm", "2023-01-01", "2023-12-31", inh=True), location="Cam Ranh"),
    F("đóng mới 7 tàu", "7", 7, "count", "tàu", "tàu cá vỏ thép và tàu dịch vụ hậu cần nghề cá đóng mới",
      P("trong năm", "2023-01-01", "2023-12-31", inh=True), location="Cam Ranh"),
    F("doanh thu 236 tỷ đồng", "236", 236e9, "money", "đồng", "doanh thu Công ty Đóng tàu và Sửa chữa tàu Cam Ranh",
      P("trong năm", "2023-01-01", "2023-12-31", inh=True), location="Cam Ranh"),
    F("đạt 25.000 tỷ đồng", "25.000", 25000e9, "money", "đồng", "giá trị sản xuất ngành đóng tàu", T30, status="target"),
    F("khoảng 10.000 lao động", "10.000", 10000, "count", "lao động", "việc làm tạo ra cho lao động", T30,
      approx="about", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Khánh Hòa): shipbuilding in Khánh Hòa 2023 — HD Hyundai Việt Nam at Vân Phong, Cam Ranh yard, 2030 target. Byline and date at the end.",
    "'Năm qua' in a January 2024 article is 2023 (scored where it stands in the sentence). 'trong năm' in a later sentence takes 2023 but is marked inherited.",
    "Ship specs '50.000 DWT', '1.800 TEU' are measures of the ships delivered (figures). Cam Ranh yard figures: location Cam Ranh (Tại TP. Cam Ranh);",
    "Vân Phong is an economic zone, not a province/district, so the company's figures stay Khánh Hòa. 'chiếm 8%' with no base number is a percent figure.",
    "Distractors: 'đến năm 2026' (date), 'TP. Cam Ranh' name, dateline 29/01/2024 08:12, Khánh Hòa masthead.",
]

emit("p600-5", TEXT, COMMENTS, FIGS, published="2024-01-29", location="Khánh Hòa")
