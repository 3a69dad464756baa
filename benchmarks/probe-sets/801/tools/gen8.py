"""p801-8: provincial newspaper online (Báo Quảng Nam, '(QNO) -'), làng đúc đồng Phước Kiều, thị xã Điện Bàn."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
Báo Quảng Nam Online › Kinh tế
Phước Kiều bán ra hơn 2.000 bộ chiêng mỗi năm
Thứ Sáu, 07/03/2025 06:20

(QNO) - Làng nghề đúc đồng Phước Kiều (xã Điện Phương, thị xã Điện Bàn) nằm ven Quốc lộ 1A hiện có 36 hộ với 21 lò đúc đang hoạt động, mỗi năm cung cấp hơn 2.000 bộ chiêng, cồng cho đồng bào các tỉnh Tây Nguyên và miền núi Quảng Nam.

Năm 2024, tổng doanh thu của làng nghề đạt khoảng 32 tỷ đồng, tăng 14% so với năm 2023; riêng nhóm đồ thờ, lư hương chiếm gần 45%. Một bộ chiêng 3 chiếc có giá từ 12 đến 18 triệu đồng, bộ cồng chiêng 6 chiếc loại lớn giá hơn 60 triệu đồng. Theo Phòng Kinh tế thị xã, năm 2024 các lò trong làng dùng khoảng 45 tấn đồng phế liệu, giá thu mua bình quân 185.000 đồng/kg, cao hơn 10% so với năm trước.

Theo nghệ nhân Lê Văn Mười, để có một bộ chiêng chuẩn âm phải mất 3-4 ngày, thợ cả được trả 500.000 đồng/ngày. Lò của ông hiện có 7 lao động, mỗi tháng xuất khoảng 25 bộ chiêng.

Khói từ lò nấu than từng ảnh hưởng đến hơn 120 hộ dân xung quanh. Từ đầu năm đến nay, thị xã Điện Bàn đã hỗ trợ 8 hộ chuyển từ lò than sang lò điện, mỗi hộ 50 triệu đồng; mục tiêu đến cuối năm 2025 có 20 hộ sử dụng lò điện.

Cồng chiêng Phước Kiều đạt OCOP 4 sao từ năm 2022; đến nay làng có 3 sản phẩm OCOP và 2 nghệ nhân ưu tú.

ĐỨC ANH
"""

Y24 = year("Năm 2024", 2024)
YTD = span("Từ đầu năm đến nay", "2025-01-01", "2025-03-07")
NOW = asof("đến nay", "2025-03-07")

FIGS = [
    F("bán ra hơn 2.000 bộ chiêng", "2.000", 2000, "count", "bộ", "bộ chiêng Phước Kiều bán ra mỗi năm", approx="over"),
    F("có 36 hộ", "36", 36, "count", "hộ", "hộ làng nghề đúc đồng Phước Kiều"),
    F("21 lò đúc", "21", 21, "count", "lò đúc", "lò đúc đang hoạt động"),
    F("cung cấp hơn 2.000 bộ", "2.000", 2000, "count", "bộ", "bộ chiêng, cồng cung cấp mỗi năm", approx="over"),
    F("khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "tổng doanh thu của làng nghề", Y24, approx="about",
      change=up(14, baseline="năm 2023")),
    F("chiếm gần 45%", "45", 45, "percent", "%", "nhóm đồ thờ, lư hương trong doanh thu", Y24, approx="nearly"),
    F("chiêng 3 chiếc", "3", 3, "count", "chiếc", "số chiếc của một bộ chiêng", optional=True),
    F("từ 12 đến 18 triệu đồng", "12", 12e6, "money", "đồng", "giá một bộ chiêng 3 chiếc", value_max=18e6),
    F("chiêng 6 chiếc", "6", 6, "count", "chiếc", "số chiếc của bộ cồng chiêng loại lớn", optional=True),
    F("hơn 60 triệu đồng", "60", 60e6, "money", "đồng", "giá bộ cồng chiêng 6 chiếc loại lớn", approx="over"),
    F("khoảng 45 tấn", "45", 45, "measure", "tấn", "đồng phế liệu các lò sử dụng", year("năm 2024", 2024), approx="about"),
    F("185.000 đồng/kg", "185.000", 185000, "money", "đồng/kg", "giá thu mua đồng phế liệu bình quân",
      year("năm 2024", 2024), change=up(10, baseline="năm trước")),
    F("mất 3-4 ngày", "3", 3, "measure", "ngày", "thời gian làm một bộ chiêng chuẩn âm", value_max=4),
    F("500.000 đồng/ngày", "500.000", 500000, "money", "đồng/ngày", "tiền công thợ cả"),
    F("có 7 lao động", "7", 7, "count", "lao động", "lao động lò của nghệ nhân Lê Văn Mười"),
    F("khoảng 25 bộ chiêng", "25", 25, "count", "bộ", "bộ chiêng xuất mỗi tháng", approx="about"),
    F("hơn 120 hộ dân", "120", 120, "count", "hộ dân", "hộ dân xung quanh bị ảnh hưởng bởi khói lò nấu than",
      approx="over"),
    F("hỗ trợ 8 hộ", "8", 8, "count", "hộ", "hộ được hỗ trợ chuyển từ lò than sang lò điện", YTD),
    F("mỗi hộ 50 triệu đồng", "50", 50e6, "money", "đồng", "mức hỗ trợ mỗi hộ", YTD),
    F("có 20 hộ", "20", 20, "count", "hộ", "hộ sử dụng lò điện", asof("đến cuối năm 2025", "2025-12-31"),
      status="target"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("có 3 sản phẩm OCOP", "3", 3, "count", "sản phẩm", "sản phẩm OCOP", NOW),
    F("2 nghệ nhân ưu tú", "2", 2, "count", "nghệ nhân", "nghệ nhân ưu tú", NOW),
]

build(8, TEXT, FIGS, published="2025-03-07", location="Điện Bàn", comments=[
    "Báo Quảng Nam online, '(QNO) -' tag, Thứ Sáu 07/03/2025 06:20: làng đúc đồng Phước Kiều (xã Điện Phương, thị xã Điện Bàn).",
    "Year-less headline figure 'hơn 2.000 bộ chiêng mỗi năm' has no period. Buyers in Tây Nguyên / miền núi Quảng Nam do not relocate figures.",
    "'chiếm gần 45%' is the share of a part of revenue (đồ thờ), so a percent figure of its own. '3 chiếc', '6 chiếc' (a set's make-up) and '4 sao' optional.",
    "'Từ đầu năm đến nay' = 2025-01-01..2025-03-07. Lê Văn Mười, Quốc lộ 1A, 06:20, 'từ năm 2022' (date of the OCOP rating): distractors.",
])
