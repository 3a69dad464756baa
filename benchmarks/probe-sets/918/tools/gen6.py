"""p918-6: national newspaper (VnExpress style), giá ốc hương lao dốc ở Bình Thuận, 10/2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 5/10/2024, 07:30 (GMT+7)

Giá ốc hương lao dốc, người nuôi Bình Thuận thua lỗ

Giá ốc hương thương phẩm tại Bình Thuận giảm còn 260.000-280.000 đồng/kg, thấp nhất trong 5 năm, khiến nhiều hộ nuôi thua lỗ.

Ông Trần Văn Năm (58 tuổi, ở xã Chí Công, huyện Tuy Phong) có 12 ao nuôi ốc hương với tổng diện tích 3 ha. Trong tháng 9, ông thu hoạch 9 tấn ốc nhưng chỉ bán được 270.000 đồng/kg, trong khi giá thành khoảng 250.000 đồng/kg. "Đầu năm thương lái mua 450.000 đồng một kg, giờ trả chưa tới 300.000 đồng", ông Năm nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Thuận, toàn tỉnh có khoảng 400 ha nuôi ốc hương, chủ yếu ở Tuy Phong, Bắc Bình và Hàm Tân; 9 tháng qua sản lượng đạt 2.150 tấn. So với đầu năm, giá ốc hương giảm khoảng 40%, trong khi giá thức ăn (cá tạp) tăng 15-20%.

Nguyên nhân chính là xuất khẩu sang Trung Quốc chậm lại. Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 8 tháng đầu năm kim ngạch xuất khẩu ốc hương đạt 62 triệu USD, giảm 21% so với cùng kỳ năm 2023. Thị trường Trung Quốc chiếm khoảng 85% lượng ốc hương xuất khẩu của Việt Nam.

Ông Nguyễn Văn Hòa, Chi cục trưởng Chi cục Thủy sản Bình Thuận, cho biết tỉnh khuyến cáo người nuôi giảm mật độ thả xuống dưới 100 con/m2, tìm thêm thị trường tiêu thụ nội địa. Dự kiến đến cuối năm, khoảng 30% diện tích nuôi sẽ tạm ngưng thả giống.

Hoàng Minh
"""

T9 = P("Trong tháng 9", "2024-09-01", "2024-09-30")

FIGS = [
    F("giảm còn 260.000-280.000 đồng/kg", "260.000", 260000, "money", "đồng/kg", "giá ốc hương thương phẩm",
      value_max=280000),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Trần Văn Năm", optional=True),
    F("có 12 ao", "12", 12, "count", "ao", "ao nuôi ốc hương của ông Trần Văn Năm", location="Tuy Phong"),
    F("tổng diện tích 3 ha", "3", 3, "measure", "ha", "tổng diện tích ao nuôi", location="Tuy Phong"),
    F("thu hoạch 9 tấn ốc", "9", 9, "measure", "tấn", "ốc thu hoạch", T9, location="Tuy Phong"),
    F("bán được 270.000 đồng/kg", "270.000", 270000, "money", "đồng/kg", "giá bán ốc", T9, location="Tuy Phong"),
    F("khoảng 250.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá thành nuôi ốc", T9, approx="about",
      location="Tuy Phong"),
    F("mua 450.000 đồng một kg", "450.000", 450000, "money", "đồng/kg", "giá thương lái mua ốc hương",
      location="Tuy Phong"),
    F("chưa tới 300.000 đồng", "300.000", 300000, "money", "đồng/kg", "giá thương lái trả", approx="under",
      location="Tuy Phong"),
    F("khoảng 400 ha", "400", 400, "measure", "ha", "diện tích nuôi ốc hương", approx="about"),
    F("đạt 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng ốc hương", P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("giảm khoảng 40%", "40", 40, "percent", "%", "giá ốc hương giảm so với đầu năm", approx="about"),
    F("tăng 15-20%", "15", 15, "percent", "%", "giá thức ăn (cá tạp) tăng", value_max=20),
    F("đạt 62 triệu USD", "62", 62_000_000, "money", "USD", "kim ngạch xuất khẩu ốc hương",
      P("8 tháng đầu năm", "2024-01-01", "2024-08-31"), change=C("decrease", 21, "%", "cùng kỳ năm 2023"),
      location="Việt Nam"),
    F("khoảng 85%", "85", 85, "percent", "%", "thị phần Trung Quốc trong lượng ốc hương xuất khẩu", approx="about",
      location="Việt Nam"),
    F("dưới 100 con/m2", "100", 100, "measure", "con/m2", "mật độ thả", approx="under", status="target",
      optional=True),
    F("khoảng 30% diện tích", "30", 30, "percent", "%", "diện tích nuôi tạm ngưng thả giống",
      P("đến cuối năm", None, "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 5/10/2024, 07:30 (GMT+7)' gives published. Bình Thuận; the farmer's figures",
    "are Tuy Phong (his district is named); VASEP's export figures and the China share are Việt Nam (China is a trade partner).",
    "'thấp nhất trong 5 năm', '58 tuổi' (optional), 'Trần Văn Năm'/'ông Năm', 'Chi cục trưởng' are no figures (age optional).",
    "'giảm còn X' gives no change value. 'Đầu năm ... 450.000 đồng một kg' = đồng/kg; 'chưa tới 300.000 đồng' (per kg) is under.",
    "'giảm khoảng 40%', 'tăng 15-20%' have no base amount: percent figures without change. 'Trong tháng 9', '9 tháng qua',",
    "'8 tháng đầu năm', 'đến cuối năm' take 2024 from the dateline. The density limit is optional.",
]

write("p918-6", TEXT, NOTES, FIGS, published="2024-10-05", location="Bình Thuận")
