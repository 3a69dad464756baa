"""p799-6: national newspaper, tourism at a hat village in Triệu Phong (Quảng Trị)."""
from lib import F, P, I, C, write

TEXT = """Du lịch
Chủ nhật, 8/9/2024, 07:30 (GMT+7)
Làng nón trăm tuổi hút khách Tây

Từ đầu năm đến nay, làng nón An Lộng (xã Triệu Thành, huyện Triệu Phong, Quảng Trị) đón khoảng 8.600 lượt khách, gấp 2,4 lần cùng kỳ năm ngoái, trong đó khách quốc tế chiếm khoảng 65%.

Làng có hơn 200 năm tuổi với 160 hộ làm nón. Năm 2023, các hộ làm ra khoảng 210.000 chiếc nón, phần lớn bán cho thương lái ở Đông Hà và Huế. Từ năm 2022 đến nay, 12 hộ đã mở dịch vụ đón khách. Tour trải nghiệm kéo dài 2 giờ, giá 150.000 đồng/người; khách được tự tay chằm một chiếc nón bài thơ mang về.

Anh Lê Văn Tư, chủ một cơ sở đón khách, cho biết mỗi tháng gia đình đón 250-300 khách, doanh thu khoảng 45 triệu đồng, cao hơn nhiều so với chỉ làm nón bán cho thương lái. "Khách Pháp, khách Úc thích nhất là công đoạn lợp lá và khâu vành", anh nói.

Theo UBND huyện Triệu Phong, doanh thu từ du lịch tại làng nón 8 tháng năm 2024 ước đạt 1,9 tỷ đồng. Giá một chiếc nón bài thơ bán cho khách khoảng 120.000 đồng, cao hơn 40% so với bán cho thương lái.

Ông Trần Quang Ba, Chủ tịch UBND xã Triệu Thành, cho biết xã đã được tỉnh hỗ trợ 600 triệu đồng làm 1,2 km đường bê tông từ Quốc lộ 1A vào làng. Dự kiến năm 2025, làng đón khoảng 15.000 lượt khách; mục tiêu đến năm 2030 có 30 hộ làm du lịch cộng đồng.

Hoàng Anh
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-08")

FIGS = [
    F("khoảng 8.600 lượt khách", "8.600", 8600, "count", "lượt khách", "lượt khách đến làng nón", SINCE,
      approx="about", change=C("increase", 2.4, "lần", "cùng kỳ năm ngoái")),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "khách quốc tế trong lượt khách đến làng nón", SINCE,
      approx="about"),
    F("hơn 200 năm tuổi", "200", 200, "measure", "năm", "tuổi của làng nón", approx="over", optional=True),
    F("160 hộ làm nón", "160", 160, "count", "hộ", "hộ làm nón"),
    F("khoảng 210.000 chiếc nón", "210.000", 210_000, "count", "chiếc nón", "nón các hộ làm ra",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("12 hộ đã mở dịch vụ", "12", 12, "count", "hộ", "hộ mở dịch vụ đón khách",
      P("Từ năm 2022 đến nay", "2022-01-01", "2024-09-08")),
    F("kéo dài 2 giờ", "2", 2, "measure", "giờ", "thời gian tour trải nghiệm"),
    F("150.000 đồng/người", "150.000", 150_000, "money", "đồng/người", "giá tour trải nghiệm"),
    F("đón 250-300 khách", "250", 250, "count", "khách/tháng", "khách cơ sở đón mỗi tháng", value_max=300),
    F("khoảng 45 triệu đồng", "45", 45e6, "money", "đồng/tháng", "doanh thu mỗi tháng của cơ sở đón khách",
      approx="about"),
    F("ước đạt 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "doanh thu từ du lịch tại làng nón",
      P("8 tháng năm 2024", "2024-01-01", "2024-08-31"), status="estimate"),
    F("khoảng 120.000 đồng", "120.000", 120_000, "money", "đồng", "giá nón bài thơ bán cho khách",
      approx="about", change=C("increase", 40, "%", "bán cho thương lái")),
    F("hỗ trợ 600 triệu đồng", "600", 600e6, "money", "đồng", "kinh phí tỉnh hỗ trợ làm đường vào làng"),
    F("làm 1,2 km đường", "1,2", 1.2, "measure", "km", "đường bê tông vào làng"),
    F("khoảng 15.000 lượt khách", "15.000", 15_000, "count", "lượt khách", "lượt khách đến làng nón",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("có 30 hộ", "30", 30, "count", "hộ", "hộ làm du lịch cộng đồng", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
]

NOTES = [
    "National newspaper style: section, 'Chủ nhật, 8/9/2024, 07:30 (GMT+7)' (published), byline at the end.",
    "All figures describe the village in huyện Triệu Phong (location Triệu Phong); the province's support was received by the",
    "commune (Triệu Phong); the 210.000 hats sold to traders in Đông Hà and Huế stay Triệu Phong. Not figures: 'Lê Văn Tư', 'Trần Quang Ba' (names with number words), 'Quốc lộ 1A', 07:30, 'trăm tuổi'.",
    "'gấp 2,4 lần cùng kỳ năm ngoái' follows the count and compares it with a baseline: a change in lần, not a multiple figure.",
    "'trong đó khách quốc tế chiếm khoảng 65%' has no count: a percent figure. The village's age is optional.",
]

if __name__ == "__main__":
    write("p799-6", TEXT, FIGS, NOTES, published="2024-09-08", location="Triệu Phong")
