from lib import F, P, C, T, write

TEXT = """Hơn 4.700 ha rừng ngập mặn ven biển được trồng mới trong 3 năm
Thứ sáu, 15/3/2024, 14:20 (GMT+7)

Trong giai đoạn 2021-2023, cả nước đã trồng mới hơn 4.700 ha rừng ngập mặn ven biển, đạt 47% mục tiêu đề ra cho loại rừng này trong Đề án trồng một tỷ cây xanh, theo Cục Lâm nghiệp.

Tổng diện tích rừng ven biển cả nước hiện khoảng 0,31 triệu ha, trong đó rừng ngập mặn khoảng 0,19 triệu ha, chiếm 61%. Riêng năm 2023, diện tích rừng ngập mặn trồng mới đạt 1.850 ha, tăng 23,3% so với năm 2022.

Trong năm 2023, các tỉnh trồng nhiều nhất là Cà Mau 612 ha, Sóc Trăng 455 ha, Bạc Liêu 380 ha và Trà Vinh 297 ha. Tuy vậy, tỷ lệ cây sống sau 1 năm ở nhiều nơi chỉ đạt từ 40% đến 60% do sóng lớn và bãi bồi bị xói.

Để bảo vệ đai rừng phòng hộ, Ngân hàng Thế giới cho vay 150 triệu USD thực hiện dự án chống sạt lở bờ biển tại 5 tỉnh, dự kiến xây dựng khoảng 57 km đê mềm, hàng rào tre tạo bãi. Mỗi km hàng rào giảm sóng có chi phí từ 3 đến 5 tỷ đồng, chỉ bằng khoảng 10% chi phí kè bê tông.

"Nơi nào còn đai rừng ngập mặn rộng trên 500 m thì bờ biển gần như không bị xói lở", ông Nguyễn Văn Thành, Phó Cục trưởng Cục Lâm nghiệp, nói. Mục tiêu đến năm 2030, cả nước trồng mới và phục hồi 10.000 ha rừng ngập mặn, nâng tỷ lệ che phủ rừng ven biển lên 45%.

Theo số liệu Tổng cục Thống kê, so với năm 1943, diện tích rừng ngập mặn miền Nam đến nay đã giảm gần 60%, phần lớn do chuyển đổi sang nuôi tôm.

Ngọc Tài
"""

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
P2030 = P("đến năm 2030", None, "2030-12-31")
L = "diện tích rừng ngập mặn trồng mới"
FIGS = [
    F("Hơn 4.700 ha", "4.700", 4700, "measure", "ha", "rừng ngập mặn ven biển được trồng mới", approx="over"),
    F("hơn 4.700 ha", "4.700", 4700, "measure", "ha", "rừng ngập mặn ven biển trồng mới", approx="over", percent=47,
      period=P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khoảng 0,31 triệu ha", "0,31", 310000, "measure", "ha", "tổng diện tích rừng ven biển", approx="about"),
    F("khoảng 0,19 triệu ha", "0,19", 190000, "measure", "ha", "rừng ngập mặn", approx="about", total=310000, percent=61),
    F("đạt 1.850 ha", "1.850", 1850, "measure", "ha", L, change=C("increase", 23.3, "%", "năm 2022"), period=P23),
    F("Cà Mau 612 ha", "612", 612, "measure", "ha", L, location="Cà Mau", period=P23),
    F("Sóc Trăng 455 ha", "455", 455, "measure", "ha", L, location="Sóc Trăng", period=P23),
    F("Bạc Liêu 380 ha", "380", 380, "measure", "ha", L, location="Bạc Liêu", period=P23),
    F("Trà Vinh 297 ha", "297", 297, "measure", "ha", L, location="Trà Vinh", period=P23),
    F("sau 1 năm", "1", 1, "measure", "năm", optional=True),
    F("từ 40% đến 60%", "40", 40, "percent", "%", "tỷ lệ cây sống sau 1 năm", value_max=60),
    F("vay 150 triệu USD", "150", 150e6, "money", "USD", "vốn vay Ngân hàng Thế giới cho dự án chống sạt lở bờ biển"),
    F("tại 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh thực hiện dự án chống sạt lở bờ biển"),
    F("khoảng 57 km", "57", 57, "measure", "km", "đê mềm, hàng rào tre tạo bãi", approx="about", status="forecast"),
    F("từ 3 đến 5 tỷ đồng", "3", 3e9, "money", "đồng/km", "chi phí mỗi km hàng rào giảm sóng", value_max=5e9, percent=10),
    F("trên 500 m", "500", 500, "measure", "m", "đai rừng ngập mặn rộng", approx="over", optional=True),
    F("phục hồi 10.000 ha", "10.000", 10000, "measure", "ha", "rừng ngập mặn trồng mới và phục hồi", status="target", period=P2030),
    F("lên 45%", "45", 45, "percent", "%", "tỷ lệ che phủ rừng ven biển", status="target", period=P2030),
    F("giảm gần 60%", "60", 60, "percent", "%", "diện tích rừng ngập mặn miền Nam", approx="nearly"),
]
HEADER = [
    "National press (VnExpress style), 'Thứ sáu, 15/3/2024, 14:20 (GMT+7)'; byline at the end. Mangrove planting and soft embankments.",
    "Distractors: 'Đề án trồng một tỷ cây xanh' (a programme name with a number word), 'trong 3 năm' (duration in the title), '(GMT+7)',",
    "'năm 1943' (year). Title figure repeats the lead (own figure, no period). 'đạt 47% mục tiêu' → percent of 4.700 ha (as h14).",
    "'0,19 triệu ha' after 'trong đó' has total 0,31 triệu ha and percent 61. Province list in 'Trong năm 2023' → location each province.",
    "'sau 1 năm' and 'trên 500 m' (a criterion in a quote) optional. Range 3–5 tỷ đồng per km: money, unit đồng/km, percent 10 ('bằng').",
    "'giảm gần 60%' (so với năm 1943) has no base amount: a percent figure of its own (growth-rate rule). 'miền Nam' is a region,",
    "not a province: the figure keeps the file default Việt Nam.",
]
write("p315-6", TEXT, HEADER, FIGS, published="2024-03-15", location="Việt Nam")
