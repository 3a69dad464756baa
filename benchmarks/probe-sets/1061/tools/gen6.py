from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 11/4/2024, 07:30 (GMT+7)

Giá muối Sa Huỳnh lên 2.500 đồng một kg

Quảng Ngãi - Giá muối tại đồng lên 2.500 đồng/kg, cao nhất trong 5 năm, diêm dân phường Phổ Thạnh, thị xã Đức Phổ tất bật thu hoạch từ sáng sớm.

Cánh đồng muối Sa Huỳnh rộng khoảng 110 ha, với hơn 300 hộ diêm dân, là vùng sản xuất muối lớn nhất tỉnh. Từ đầu tháng 2 đến nay, diêm dân đã thu hoạch khoảng 4.800 tấn muối.

Ông Huỳnh Tấn Hai, 62 tuổi, có 5 sào ruộng muối, mỗi ngày thu được 600-700 kg. "Năm ngoái giá chỉ 1.100 đồng/kg mà bán không ai mua, năm nay giá tăng gấp đôi nên bà con rất phấn khởi", ông Hai nói.

Theo UBND thị xã Đức Phổ, năm 2023 sản lượng muối toàn thị xã đạt 9.600 tấn, giảm 18% so với năm 2022 do mưa trái mùa kéo dài. Năm nay, dự kiến sản lượng đạt khoảng 12.000 tấn nếu thời tiết thuận lợi.

Dự án nâng cấp hạ tầng đồng muối Sa Huỳnh có tổng vốn 45 tỷ đồng, gồm 6,2 km kênh dẫn nước mặn và 3 trạm bơm, đã hoàn thành cuối năm 2023. Nhờ đó, năng suất muối tăng thêm 15-20%.

Hợp tác xã muối Sa Huỳnh hiện có 185 xã viên, mỗi năm liên kết tiêu thụ khoảng 2.000 tấn muối sạch, giá cao hơn muối thường 20-25%. Toàn tỉnh Quảng Ngãi hiện còn khoảng 155 ha sản xuất muối, chủ yếu ở Đức Phổ và Bình Sơn.

Ông Võ Văn Một, Chủ tịch UBND phường Phổ Thạnh, cho biết phường đang phối hợp với doanh nghiệp xây dựng nhãn hiệu tập thể "Muối Sa Huỳnh", đưa sản phẩm lên các sàn thương mại điện tử.

Phạm Linh
"""

NOW = P("Từ đầu tháng 2 đến nay", "2024-02-01", "2024-04-11")
LY = P("Năm ngoái", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NN = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("lên 2.500 đồng một kg", "2.500", 2500, "money", "đồng/kg", "giá muối Sa Huỳnh"),
    F("lên 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá muối tại đồng"),
    F("khoảng 110 ha", "110", 110, "measure", "ha", "diện tích cánh đồng muối Sa Huỳnh", approx="about"),
    F("hơn 300 hộ", "300", 300, "count", "hộ diêm dân", "hộ diêm dân cánh đồng muối Sa Huỳnh", approx="over"),
    F("khoảng 4.800 tấn", "4.800", 4800, "measure", "tấn", "muối diêm dân thu hoạch", NOW, approx="about"),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi ông Huỳnh Tấn Hai", optional=True),
    F("có 5 sào", "5", 5, "measure", "sào", "ruộng muối của ông Huỳnh Tấn Hai", optional=True),
    F("được 600-700 kg", "600", 600, "measure", "kg/ngày", "muối thu được mỗi ngày", value_max=700),
    F("chỉ 1.100 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá muối", LY),
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "giá muối năm nay so với năm ngoái", optional=True),
    F("đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", "sản lượng muối", Y23,
      change=C("decrease", 18, "%", "năm 2022")),
    F("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn", "sản lượng muối", NN,
      approx="about", status="forecast"),
    F("vốn 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn dự án nâng cấp hạ tầng đồng muối Sa Huỳnh"),
    F("6,2 km", "6,2", 6.2, "measure", "km", "kênh dẫn nước mặn"),
    F("3 trạm bơm", "3", 3, "count", "trạm bơm", "trạm bơm"),
    F("thêm 15-20%", "15", 15, "percent", "%", "năng suất muối tăng thêm", value_max=20),
    F("có 185 xã viên", "185", 185, "count", "xã viên", "xã viên hợp tác xã muối Sa Huỳnh"),
    F("khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn/năm", "muối sạch liên kết tiêu thụ",
      approx="about"),
    F("thường 20-25%", "20", 20, "percent", "%", "giá muối sạch cao hơn muối thường", value_max=25),
    F("khoảng 155 ha", "155", 155, "measure", "ha", "diện tích sản xuất muối", approx="about",
      location="Quảng Ngãi"),
]

NOTES = [
    "National newspaper style ('Thứ năm, 11/4/2024, 07:30 (GMT+7)'): salt price at Sa Huỳnh, thị xã Đức Phổ, Quảng Ngãi (invented).",
    "Location Đức Phổ (district-level town; the field lies there); the province-wide 155 ha is Quảng Ngãi.",
    "Optional: the farmer's age '62 tuổi', his '5 sào' (an example's holding), 'gấp đôi' (a number word inside a quote).",
    "'cao nhất trong 5 năm' is a duration, not a figure; 'gồm 6,2 km ... và 3 trạm bơm' are components of another unit than 45 tỷ đồng (no total).",
    "'năng suất muối tăng thêm 15-20%' and 'giá cao hơn muối thường 20-25%' have no base amount: percent figures, no change object.",
    "Distractors: 'Thứ năm', '07:30 (GMT+7)', 'cuối năm 2023', names 'Huỳnh Tấn Hai', 'Võ Văn Một', 'Muối Sa Huỳnh'.",
]

write("p1061-6", TEXT, NOTES, FIGS, published="2024-04-11", location="Đức Phổ")
