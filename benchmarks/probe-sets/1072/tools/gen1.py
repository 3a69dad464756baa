"""p1072-1: Bến Tre province portal, bưởi da xanh area, output, price, export codes (14/08/2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Bến Tre: Diện tích bưởi da xanh đạt hơn 10.000 ha

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.318

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến tháng 6/2024, toàn tỉnh có 10.215 ha bưởi da xanh, tăng 4,2% so với cùng kỳ năm 2023; trong đó diện tích cho trái khoảng 7.800 ha, chiếm 76,4%. Bưởi tập trung ở các huyện Chợ Lách (2.950 ha), Mỏ Cày Bắc (2.140 ha), Châu Thành (1.870 ha) và Mỏ Cày Nam (1.320 ha), nhất là vùng ven Quốc lộ 57.

Sáu tháng đầu năm 2024, sản lượng bưởi da xanh ước đạt 68.500 tấn, đạt 52,3% kế hoạch năm, tăng 6,8% so với cùng kỳ. Năng suất bình quân đạt 17,5 tấn/ha, cao hơn 0,9 tấn/ha so với năm 2023.

Hiện giá bưởi da xanh loại 1 tại vườn dao động từ 35.000 đến 42.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với đầu năm; bưởi loại 2 có giá 22.000-25.000 đồng/kg. Với giá này, nhà vườn thu lợi nhuận trên 300 triệu đồng/ha/năm. Mức lợi nhuận này gấp 2,5 lần so với trồng lúa.

Toàn tỉnh đã được cấp 48 mã số vùng trồng bưởi với tổng diện tích 3.260 ha; trong đó 21 mã số đủ điều kiện xuất khẩu sang thị trường Mỹ. Từ đầu năm đến nay, các doanh nghiệp trên địa bàn đã xuất khẩu gần 1.100 tấn bưởi da xanh, riêng thị trường Mỹ đạt 310 tấn.

Thực hiện Quyết định số 2145/QĐ-UBND của UBND tỉnh, đến năm 2025, tỉnh phấn đấu có 1.500 ha bưởi đạt chứng nhận VietGAP và sản lượng bưởi xuất khẩu đạt trên 2.000 tấn/năm.

Phòng Thông tin - Sở NN&PTNT Bến Tre
"""

JUN = P("tính đến tháng 6/2024", None, "2024-06-30")
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích bưởi da xanh", approx="over"),
    F("có 10.215 ha", "10.215", 10215, "measure", "ha", "diện tích bưởi da xanh", JUN,
      change=C("increase", 4.2, baseline="cùng kỳ năm 2023")),
    F("khoảng 7.800 ha", "7.800", 7800, "measure", "ha", "diện tích bưởi da xanh cho trái", JUN,
      approx="about", total=10215, percent=76.4),
    F("Chợ Lách (2.950 ha)", "2.950", 2950, "measure", "ha", "diện tích bưởi da xanh", I(JUN), location="Chợ Lách"),
    F("Mỏ Cày Bắc (2.140 ha)", "2.140", 2140, "measure", "ha", "diện tích bưởi da xanh", I(JUN), location="Mỏ Cày Bắc"),
    F("Châu Thành (1.870 ha)", "1.870", 1870, "measure", "ha", "diện tích bưởi da xanh", I(JUN), location="Châu Thành"),
    F("Mỏ Cày Nam (1.320 ha)", "1.320", 1320, "measure", "ha", "diện tích bưởi da xanh", I(JUN), location="Mỏ Cày Nam"),
    F("ước đạt 68.500 tấn", "68.500", 68500, "measure", "tấn", "sản lượng bưởi da xanh", H1,
      status="estimate", percent=52.3, change=C("increase", 6.8, baseline="cùng kỳ")),
    F("đạt 17,5 tấn/ha", "17,5", 17.5, "measure", "tấn/ha", "năng suất bưởi bình quân", I(H1),
      change=C("increase", 0.9, "tấn/ha", baseline="năm 2023")),
    F("từ 35.000 đến 42.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá bưởi da xanh loại 1 tại vườn",
      value_max=42000, change=C("increase", 5000, "đồng/kg", baseline="đầu năm", approx="about")),
    F("giá 22.000-25.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá bưởi loại 2", value_max=25000),
    F("trên 300 triệu đồng/ha/năm", "300", 300000000, "money", "đồng/ha/năm", "lợi nhuận trồng bưởi",
      approx="over"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "mức lợi nhuận trồng bưởi so với trồng lúa"),
    F("cấp 48 mã số", "48", 48, "count", "mã số vùng trồng", "mã số vùng trồng bưởi được cấp"),
    F("diện tích 3.260 ha", "3.260", 3260, "measure", "ha", "tổng diện tích mã số vùng trồng bưởi"),
    F("trong đó 21 mã số", "21", 21, "count", "mã số", "mã số vùng trồng đủ điều kiện xuất khẩu sang thị trường Mỹ",
      total=48),
    F("gần 1.100 tấn", "1.100", 1100, "measure", "tấn", "bưởi da xanh xuất khẩu", YTD, approx="nearly"),
    F("đạt 310 tấn", "310", 310, "measure", "tấn", "bưởi da xanh xuất khẩu sang thị trường Mỹ", YTD, total=1100),
    F("có 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích bưởi đạt chứng nhận VietGAP", T25, status="target"),
    F("trên 2.000 tấn/năm", "2.000", 2000, "measure", "tấn/năm", "sản lượng bưởi xuất khẩu", T25,
      status="target", approx="over"),
]

NOTES = [
    "Bến Tre province portal: bưởi da xanh area, H1/2024 output, garden prices, export area codes, 2025 targets.",
    "Not figures: Lượt xem 2.318, 09:45, Quốc lộ 57, loại 1 / loại 2 (grades), Quyết định số 2145/QĐ-UBND.",
    "District list shares the indicator of the sentence before (diện tích bưởi da xanh); it does not add up to 10.215, so no total.",
    "21 mã số: the trong đó cue follows 3.260 ha, but the whole counting the same thing is 48 mã số.",
    "310 tấn after 'riêng thị trường Mỹ' is a part of the 1.100 tấn exported (total 1100); Mỹ is a trade partner, not a location.",
    "'Mức lợi nhuận này gấp 2,5 lần so với trồng lúa' stands as its own sentence: a multiple.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Bến Tre")
