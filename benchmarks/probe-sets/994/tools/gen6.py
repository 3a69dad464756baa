"""p994-6: national newspaper (VnExpress style), hành tím Bạc Liêu giáp Tết 2025."""
from lib import F, P, Y, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Thứ hai, 13/1/2025, 06:30 (GMT+7)

Giá hành tím lên 42.000 đồng một kg, nông dân Bạc Liêu lãi lớn

Hành tím vào mùa thu hoạch giáp Tết được thương lái mua tại ruộng với giá cao, nhiều hộ ở Bạc Liêu lãi hơn 200 triệu đồng mỗi ha.

Sáng 12/1, trên cánh đồng xã Vĩnh Hưng, huyện Vĩnh Lợi, ông Lý Văn Sáu cùng 8 nhân công đang nhổ hành. Ông Sáu trồng 1,5 ha, năng suất khoảng 22 tấn/ha. "Thương lái mua tại ruộng 42.000 đồng/kg, cao hơn năm ngoái khoảng 20.000 đồng. Trừ hết chi phí, tôi lãi gần 1 tỷ đồng", ông nói. Nhân công nhổ hành được trả 300.000 đồng/người/ngày.

Theo Sở Nông nghiệp và Phát triển nông thôn Bạc Liêu, vụ hành tím năm nay toàn tỉnh xuống giống 1.180 ha, tập trung ở huyện Vĩnh Lợi (620 ha), huyện Hòa Bình (340 ha) và thành phố Bạc Liêu (220 ha). Năng suất bình quân 19,5 tấn/ha, sản lượng ước 23.000 tấn.

Theo Hiệp hội Rau quả Việt Nam, giá hành tím tăng mạnh do diện tích ở Sóc Trăng, vựa hành lớn nhất cả nước, giảm khoảng 15% vì mưa kéo dài, trong khi nhu cầu từ Indonesia, Philippines tăng. Năm 2024, xuất khẩu hành tím, hành tăm của cả nước đạt 48,5 triệu USD, tăng 23,7% so với năm trước.

Ông Trần Minh Nhựt, Giám đốc HTX Nông nghiệp Vĩnh Hưng, cho biết hợp tác xã vừa đưa vào sử dụng kho lạnh 500 tấn, giúp bảo quản hành từ 4 đến 6 tháng, hao hụt chỉ còn 5% thay vì 20-30% khi phơi gác truyền thống. Dự kiến năm 2025, HTX liên kết bao tiêu cho 120 hộ với diện tích 200 ha.

Hoàng Nam
"""

NAY = P("năm nay", "2025-01-01", "2025-12-31")
Y25 = Y(2025)
AREA = "diện tích xuống giống hành tím"

FIGS = [
    F("lên 42.000 đồng một kg", "42.000", 42000, "money", "đồng/kg", "giá hành tím"),
    F("hơn 200 triệu đồng", "200", 200e6, "money", "đồng/ha", "lãi mỗi ha của nhiều hộ", approx="over"),
    F("cùng 8 nhân công", "8", 8, "count", "nhân công", "nhân công nhổ hành", location="Vĩnh Lợi"),
    F("trồng 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích hành tím ông Sáu trồng", location="Vĩnh Lợi"),
    F("khoảng 22 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất", approx="about", location="Vĩnh Lợi"),
    F("ruộng 42.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", "giá thương lái mua tại ruộng", location="Vĩnh Lợi",
      change=C("increase", 20000, "đồng", "năm ngoái", approx="about")),
    F("gần 1 tỷ đồng", "1", 1e9, "money", "đồng", "lãi của ông Sáu trừ chi phí", approx="nearly", location="Vĩnh Lợi"),
    F("300.000 đồng/người/ngày", "300.000", 300000, "money", "đồng/người/ngày", "tiền công nhổ hành", location="Vĩnh Lợi"),
    F("xuống giống 1.180 ha", "1.180", 1180, "measure", "ha", AREA, NAY),
    F("Vĩnh Lợi (620 ha)", "620", 620, "measure", "ha", AREA, NAY, total=1180, location="Vĩnh Lợi"),
    F("Hòa Bình (340 ha)", "340", 340, "measure", "ha", AREA, NAY, total=1180, location="Hòa Bình"),
    F("Bạc Liêu (220 ha)", "220", 220, "measure", "ha", AREA, NAY, total=1180, location="Bạc Liêu"),
    F("bình quân 19,5 tấn/ha", "19,5", 19.5, "measure", "tấn/ha", "năng suất bình quân", I(NAY)),
    F("ước 23.000 tấn", "23.000", 23000, "measure", "tấn", "sản lượng hành tím", I(NAY), status="estimate"),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "diện tích hành tím giảm", approx="about", location="Sóc Trăng"),
    F("đạt 48,5 triệu USD", "48,5", 48.5e6, "money", "USD", "xuất khẩu hành tím, hành tăm", Y(2024),
      change=C("increase", 23.7, "%", "năm trước"), location="Việt Nam"),
    F("kho lạnh 500 tấn", "500", 500, "measure", "tấn", "sức chứa kho lạnh", location="Vĩnh Lợi"),
    F("từ 4 đến 6 tháng", "4", 4, "measure", "tháng", "thời gian bảo quản hành", value_max=6, location="Vĩnh Lợi"),
    F("còn 5%", "5", 5, "percent", "%", "tỷ lệ hao hụt khi bảo quản trong kho lạnh", location="Vĩnh Lợi"),
    F("thay vì 20-30%", "20", 20, "percent", "%", "tỷ lệ hao hụt khi phơi gác truyền thống", value_max=30, location="Vĩnh Lợi"),
    F("cho 120 hộ", "120", 120, "count", "hộ", "hộ được HTX liên kết bao tiêu", Y25, status="forecast", location="Vĩnh Lợi"),
    F("diện tích 200 ha", "200", 200, "measure", "ha", "diện tích liên kết bao tiêu", Y25, status="forecast", location="Vĩnh Lợi"),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ hai, 13/1/2025, 06:30 (GMT+7)'): hành tím Bạc Liêu giáp Tết — a farmer in Vĩnh Lợi,",
    "provincial area by district (bracketed breakdown that adds up: total 1.180), yield, output, Sóc Trăng's area decline, national export, a cooperative's cold store.",
    "Distractors: 'Sáng 12/1', '06:30 (GMT+7)', 'ông Lý Văn Sáu' (a name), 'xã Vĩnh Hưng', 'HTX Nông nghiệp Vĩnh Hưng'.",
    "Location: the farmer's and the cooperative's figures are in huyện Vĩnh Lợi (xã Vĩnh Hưng, named in the farmer paragraph); the headline and lead are Bạc Liêu;",
    "'diện tích ở Sóc Trăng … giảm khoảng 15%' is Sóc Trăng (a growth rate with no base: percent figure, no change); the 2024 export is Việt Nam.",
    "'vụ hành tím năm nay' = 2025 (year of the dateline). 'cao hơn năm ngoái khoảng 20.000 đồng' is the change of the quoted field price.",
]

write("p994-6", TEXT, FIGS, COMMENTS, published="2025-01-13", location="Bạc Liêu")
