"""p891-6: national newspaper (VnExpress style), Quảng Ngãi dưa hấu rớt giá, April 2023."""
from lib import F, C, P, Y, write

TEXT = """Kinh doanh > Hàng hóa
Thứ năm, 13/4/2023, 10:05 (GMT+7)
Dưa hấu rớt giá còn 2.000 đồng một kg
Hơn 1.000 tấn dưa hấu ở Quảng Ngãi chưa có đầu ra khi giá giảm mạnh, nhiều nông dân bán lỗ.

Ông Phạm Văn Năm, 62 tuổi, ở xã Bình Dương, huyện Bình Sơn, trồng 8 sào dưa hấu. Đến kỳ thu hoạch, thương lái chỉ trả 2.000-2.500 đồng/kg, giảm khoảng 60% so với đầu vụ. "Với giá này, mỗi sào lỗ khoảng 3 triệu đồng", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Quảng Ngãi, vụ Đông Xuân 2022-2023 toàn tỉnh trồng hơn 4.100 ha dưa hấu, tăng khoảng 700 ha so với vụ trước. Đến nay đã thu hoạch 2.850 ha; còn khoảng 1.250 ha chưa thu hoạch, tập trung ở Bình Sơn (520 ha), Sơn Tịnh (310 ha) và Mộ Đức (240 ha), sản lượng ước hơn 35.000 tấn.

Ông Lê Văn Tám, Phó giám đốc Sở, cho biết dưa hấu các tỉnh phía Nam cùng thời điểm dồn ra cửa khẩu, trong khi sức mua phía Trung Quốc giảm. Hiện giá dưa hấu tại cửa khẩu Tân Thanh (Lạng Sơn) chỉ khoảng 4.000 đồng/kg, thấp hơn 3.500 đồng/kg so với cùng kỳ năm 2022.

Để hỗ trợ nông dân, tỉnh đã kết nối 15 doanh nghiệp, siêu thị; dự kiến trong tháng 4/2023 sẽ tiêu thụ thêm khoảng 1.500 tấn. Tuần qua, hệ thống siêu thị trong tỉnh đã thu mua 320 tấn với giá 5.000 đồng/kg, cao hơn 2.500 đồng/kg so với giá thương lái trả.

Năm 2022, diện tích dưa hấu của tỉnh chỉ khoảng 3.400 ha, nhưng giá bán ổn định ở mức 6.000-7.000 đồng/kg.

Phạm Linh
"""

NOW = P("Đến nay", None, "2023-04-13")
CHUATH = "diện tích dưa hấu chưa thu hoạch"
BS = "Bình Sơn"
FIGS = [
    F("còn 2.000 đồng một kg", "2.000", 2000, "money", "đồng/kg", "giá dưa hấu"),
    F("Hơn 1.000 tấn", "1.000", 1000, "measure", "tấn", "dưa hấu chưa có đầu ra", approx="over"),
    F("62 tuổi", "62", 62, "count", "tuổi", "tuổi ông Phạm Văn Năm", location=BS, optional=True),
    F("trồng 8 sào", "8", 8, "measure", "sào", "diện tích dưa hấu của ông Phạm Văn Năm", location=BS),
    F("trả 2.000-2.500 đồng/kg", "2.000", 2000, "money", "đồng/kg", "giá thương lái trả", value_max=2500,
      change=C("-", 60, "%", "đầu vụ", "about"), location=BS),
    F("khoảng 3 triệu đồng", "3", 3e6, "money", "đồng/sào", "lỗ mỗi sào dưa hấu", approx="about", location=BS),
    F("hơn 4.100 ha", "4.100", 4100, "measure", "ha", "diện tích dưa hấu", approx="over",
      change=C("+", 700, "ha", "vụ trước", "about")),
    F("thu hoạch 2.850 ha", "2.850", 2850, "measure", "ha", "diện tích dưa hấu đã thu hoạch", NOW),
    F("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", CHUATH, NOW, approx="about"),
    F("Bình Sơn (520 ha)", "520", 520, "measure", "ha", CHUATH, NOW, location=BS),
    F("Sơn Tịnh (310 ha)", "310", 310, "measure", "ha", CHUATH, NOW, location="Sơn Tịnh"),
    F("Mộ Đức (240 ha)", "240", 240, "measure", "ha", CHUATH, NOW, location="Mộ Đức"),
    F("hơn 35.000 tấn", "35.000", 35000, "measure", "tấn", "sản lượng dưa hấu chưa thu hoạch", NOW,
      approx="over", status="estimate"),
    F("khoảng 4.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá dưa hấu tại cửa khẩu Tân Thanh",
      approx="about", change=C("-", 3500, "đồng/kg", "cùng kỳ năm 2022"), location="Lạng Sơn"),
    F("kết nối 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp, siêu thị", "doanh nghiệp, siêu thị được kết nối tiêu thụ"),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", "dưa hấu tiêu thụ thêm",
      P("trong tháng 4/2023", "2023-04-01", "2023-04-30"), approx="about", status="forecast"),
    F("thu mua 320 tấn", "320", 320, "measure", "tấn", "dưa hấu siêu thị thu mua"),
    F("giá 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá siêu thị thu mua dưa hấu",
      change=C("+", 2500, "đồng/kg", "giá thương lái trả")),
    F("khoảng 3.400 ha", "3.400", 3400, "measure", "ha", "diện tích dưa hấu", Y(2022, "Năm 2022"), approx="about"),
    F("mức 6.000-7.000 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá bán dưa hấu", Y(2022, "Năm 2022"),
      value_max=7000),
]
NOTES = [
    "VnExpress-style national paper: Quảng Ngãi dưa hấu rớt giá (13/4/2023); headline and sapo figures, a Bình Sơn farmer, Sở figures.",
    "'vụ Đông Xuân 2022-2023', 'vụ trước', 'đầu vụ', 'Tuần qua' are not datable periods: no period. 'Đến nay' ends at the dateline.",
    "The district list after 1.250 ha does not add up (1.070): no total. The border-gate price is located at Lạng Sơn.",
    "'giảm khoảng 60% so với đầu vụ' is the change of the trader's price; '62 tuổi' (the farmer's age) is optional.",
    "Distractors: dateline time 10:05 (GMT+7), names 'Phạm Văn Năm', 'Lê Văn Tám' (number words as names).",
]
write(6, TEXT, FIGS, NOTES, published="2023-04-13", location="Quảng Ngãi")
