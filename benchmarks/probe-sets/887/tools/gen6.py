"""p887-6: national newspaper: wedding-photo studios in TP Hồ Chí Minh losing customers."""
from lib import F, P, I, C, T, write

TEXT = """
Kinh doanh › Doanh nghiệp
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Studio ảnh cưới chật vật giữ khách

Giá gói chụp ảnh cưới tại TP HCM giảm 15-20% so với trước dịch, nhiều studio trên "phố áo cưới" Hồ Văn Huê phải trả bớt mặt bằng.

Theo khảo sát của phóng viên, trên đường Hồ Văn Huê (quận Phú Nhuận) hiện còn 38 cửa hàng áo cưới, studio, giảm gần 45% so với năm 2019.

Anh Trần Minh Tuấn, chủ một studio ở quận 10 có 12 nhân viên, cho biết năm 2024 doanh thu của cửa hàng chỉ khoảng 2,4 tỷ đồng, giảm 30% so với năm 2023. Mặt bằng 120 m2 trên đường Ba Tháng Hai có giá thuê 85 triệu đồng/tháng, chiếm gần 40% chi phí.

Giá một gói chụp ảnh cưới trọn gói tại TP HCM hiện phổ biến từ 8 đến 25 triệu đồng; gói chụp ngoại cảnh ở Đà Lạt, Phú Quốc từ 30 triệu đồng trở lên. Theo Hội Nhiếp ảnh TP HCM, thành phố có khoảng 1.500 cơ sở kinh doanh dịch vụ chụp ảnh cưới, sử dụng hơn 12.000 lao động; năm 2024 có 196 cơ sở ngừng hoạt động, trong khi chỉ 74 cơ sở mới thành lập.

Nguyên nhân chính là số cặp đôi kết hôn giảm. Năm 2024, TP HCM có 62.400 cặp đăng ký kết hôn, thấp hơn 8,5% so với năm 2022. Bên cạnh đó, khoảng 35% cặp đôi chọn thuê nhiếp ảnh gia tự do với giá 3-5 triệu đồng/buổi thay vì mua gói ở studio.

Theo ước tính của các hiệp hội nghề, cả nước hiện có khoảng 25.000 cơ sở chụp ảnh, quay phim cưới hỏi.

Minh Phương
"""

Y24a = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Q10 = "Quận 10"

FIGS = [
    F("giảm 15-20%", "15", 15, "percent", "%", "giá gói chụp ảnh cưới", value_max=20),
    F("còn 38 cửa hàng", "38", 38, "count", "cửa hàng", "cửa hàng áo cưới, studio trên đường Hồ Văn Huê",
      change=C("decrease", 45, "%", "năm 2019", approx="nearly"), location="Phú Nhuận"),
    F("có 12 nhân viên", "12", 12, "count", "nhân viên", "nhân viên của studio", location=Q10),
    F("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "doanh thu của cửa hàng", Y24a, approx="about",
      change=C("decrease", 30, "%", "năm 2023"), location=Q10),
    F("Mặt bằng 120 m2", "120", 120, "measure", "m2", "diện tích mặt bằng", location=Q10),
    F("thuê 85 triệu đồng/tháng", "85", 85e6, "money", "đồng/tháng", "giá thuê mặt bằng", percent=40, location=Q10),
    F("từ 8 đến 25 triệu đồng", "8", 8e6, "money", "đồng", "giá một gói chụp ảnh cưới trọn gói", value_max=25e6),
    F("từ 30 triệu đồng trở lên", "30", 30e6, "money", "đồng", "giá gói chụp ngoại cảnh", approx="at_least",
      optional=True),
    F("khoảng 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", "cơ sở kinh doanh dịch vụ chụp ảnh cưới", approx="about"),
    F("hơn 12.000 lao động", "12.000", 12000, "count", "lao động", "lao động dịch vụ chụp ảnh cưới", approx="over"),
    F("có 196 cơ sở", "196", 196, "count", "cơ sở", "cơ sở ngừng hoạt động", Y24a),
    F("chỉ 74 cơ sở", "74", 74, "count", "cơ sở", "cơ sở mới thành lập", Y24a),
    F("có 62.400 cặp", "62.400", 62400, "count", "cặp", "cặp đăng ký kết hôn", Y24b,
      change=C("decrease", 8.5, "%", "năm 2022")),
    F("khoảng 35% cặp đôi", "35", 35, "percent", "%", "cặp đôi chọn thuê nhiếp ảnh gia tự do", approx="about"),
    F("giá 3-5 triệu đồng/buổi", "3", 3e6, "money", "đồng/buổi", "giá thuê nhiếp ảnh gia tự do", value_max=5e6),
    F("khoảng 25.000 cơ sở", "25.000", 25000, "count", "cơ sở", "cơ sở chụp ảnh, quay phim cưới hỏi",
      approx="about", status="estimate", location="Việt Nam"),
]

NOTES = [
    "National newspaper (dateline 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)'): wedding-photo studios in TP Hồ Chí Minh.",
    "Not figures: 07:30, quận 10 (a district name), đường Ba Tháng Hai (a street named by a date), 'trước dịch'.",
    "'giảm 15-20% so với trước dịch' (no base amount) is a percent range figure without change. 'giảm gần 45% so với năm 2019'",
    "is the change of 38 cửa hàng; 'chiếm gần 40% chi phí' the share of the rent. The studio's figures are located in its",
    "district (Quận 10), the street count in quận Phú Nhuận; the city figures TP Hồ Chí Minh; 'cả nước' → Việt Nam, and",
    "'Theo ước tính' makes it an estimate. The 30 triệu lower bound of a package class is a category threshold: optional.",
    "'hiện' sentences get no period; 'năm 2024' covers both clauses after the semicolon (196 and 74).",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-16", location="TP Hồ Chí Minh")
