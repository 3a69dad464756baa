"""p543-5: Party newspaper (Báo Thừa Thiên Huế), Phú Bài airport terminal T2, byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO THỪA THIÊN HUẾ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ
Kinh tế

Cảng hàng không Phú Bài: nhà ga mới 5 triệu khách/năm mở ra cơ hội cho du lịch Huế

Nhà ga hành khách T2 Cảng hàng không quốc tế Phú Bài được đưa vào khai thác từ tháng 4/2023 với tổng diện tích sàn hơn 28.800 m², công suất thiết kế 5 triệu hành khách/năm, tổng mức đầu tư 2.253 tỷ đồng. Công suất này gấp 3 lần nhà ga T1 cũ.

Năm 2023, sản lượng khách thông qua Cảng đạt 1,41 triệu lượt, tăng 21,7% so với năm 2022; số chuyến bay cất, hạ cánh đạt 10.356 chuyến. Hệ số sử dụng ghế bình quân trên các đường bay đạt từ 75 đến 80%. Hiện có bốn hãng hàng không khai thác sáu đường bay nội địa và 2 đường bay quốc tế đến Bangkok (Thái Lan), Seoul (Hàn Quốc).

Song song với nhà ga, dự án nâng cấp đường cất hạ cánh 09/27 dài 3.048 m, rộng 45 m đã hoàn thành, cho phép tiếp nhận các loại tàu bay thân rộng như Boeing 787, Airbus A350.

Để thu hút hãng bay, giai đoạn 2023-2025 tỉnh bố trí 60 tỷ đồng hỗ trợ kích cầu, mức hỗ trợ tối đa 100 triệu đồng/chuyến bay quốc tế. Tỉnh phấn đấu đến năm 2025, sản lượng khách qua Cảng đạt 2,5 triệu lượt, đến năm 2030 đạt khoảng 5 triệu lượt, trong đó khách quốc tế chiếm 20-25%.

Theo ông Lê Văn Tuấn, Giám đốc Cảng hàng không quốc tế Phú Bài, trong năm 2024 Cảng dự kiến phối hợp với các doanh nghiệp lữ hành tổ chức ít nhất 3 đợt xúc tiến tại thị trường Hàn Quốc, Nhật Bản.

MINH HIỀN
28/02/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")

FIGS = [
    F("nhà ga mới 5 triệu khách/năm", "5", 5000000, "measure", "khách/năm",
      "công suất nhà ga mới Cảng hàng không Phú Bài"),
    F("hơn 28.800 m²", "28.800", 28800, "measure", "m²",
      "tổng diện tích sàn nhà ga hành khách T2", approx="over"),
    F("thiết kế 5 triệu hành khách/năm", "5", 5000000, "measure", "hành khách/năm",
      "công suất thiết kế nhà ga hành khách T2"),
    F("đầu tư 2.253 tỷ đồng", "2.253", 2253000000000, "money", "đồng",
      "tổng mức đầu tư nhà ga hành khách T2"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      "công suất nhà ga T2 so với nhà ga T1 cũ"),
    F("đạt 1,41 triệu lượt", "1,41", 1410000, "count", "lượt",
      "sản lượng khách thông qua Cảng", Y23, change=CH("increase", 21.7, baseline="năm 2022")),
    F("đạt 10.356 chuyến", "10.356", 10356, "count", "chuyến",
      "số chuyến bay cất, hạ cánh", Y23),
    F("từ 75 đến 80%", "75", 75, "percent", "%",
      "hệ số sử dụng ghế bình quân trên các đường bay", I(Y23), value_max=80),
    F("có bốn hãng", "bốn", 4, "count", "hãng hàng không", "hãng hàng không khai thác"),
    F("sáu đường bay", "sáu", 6, "count", "đường bay", "đường bay nội địa"),
    F("và 2 đường bay", "2", 2, "count", "đường bay", "đường bay quốc tế"),
    F("dài 3.048 m", "3.048", 3048, "measure", "m", "chiều dài đường cất hạ cánh"),
    F("rộng 45 m", "45", 45, "measure", "m", "chiều rộng đường cất hạ cánh"),
    F("bố trí 60 tỷ đồng", "60", 60000000000, "money", "đồng",
      "kinh phí tỉnh bố trí hỗ trợ kích cầu", GD),
    F("tối đa 100 triệu đồng", "100", 100000000, "money", "đồng/chuyến bay",
      "mức hỗ trợ chuyến bay quốc tế", GD, approx="at_most"),
    F("đạt 2,5 triệu lượt", "2,5", 2500000, "count", "lượt",
      "sản lượng khách qua Cảng", P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt khoảng 5 triệu lượt", "5", 5000000, "count", "lượt",
      "sản lượng khách qua Cảng", P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
    F("chiếm 20-25%", "20", 20, "percent", "%",
      "tỷ trọng khách quốc tế trong sản lượng khách qua Cảng", P("đến năm 2030", None, "2030-12-31"),
      value_max=25, status="target"),
    F("ít nhất 3 đợt", "3", 3, "count", "đợt",
      "đợt xúc tiến tại thị trường Hàn Quốc, Nhật Bản", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Thừa Thiên Huế), byline 'MINH HIỀN' and bare date '28/02/2024' at the end: Phú Bài airport, terminal T2, 2023.",
    "Location: Thừa Thiên Huế throughout (Bangkok, Seoul, Hàn Quốc, Nhật Bản are destinations/markets, not places of the figures).",
    "'Công suất này gấp 3 lần nhà ga T1 cũ' stands alone as its own sentence: a multiple. 'trong đó khách quốc tế chiếm 20-25%' has",
    "no count of its own: a target percent figure with value_max, not the percent of the 5 triệu (a range cannot be one share anyway).",
    "Not figures: 'nhà ga T2/T1', 'đường cất hạ cánh 09/27', 'Boeing 787', 'Airbus A350', 'tháng 4/2023', 'giai đoạn 2023-2025', date line.",
]

if __name__ == "__main__":
    emit("p543-5", TEXT, COMMENTS, FIGS, published="2024-02-28", location="Thừa Thiên Huế")
