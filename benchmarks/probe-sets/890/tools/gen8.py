from lib import Doc, per, chg

d = Doc("p890-8", published="2023-12-20", location="Đoan Hùng", notes=[
    "Báo Phú Thọ điện tử: headline figure 'Đoan Hùng thu gần 600 tỷ đồng từ bưởi', 'Cập nhật: 08:12, Thứ Tư, 20/12/2023', tag '(PTO) -'.",
    "'lô bưởi thứ 3' (ordinal), 'Quốc lộ 2', 'Lễ hội bưởi Đoan Hùng lần thứ 5', the time 08:12 are not figures.",
    "'Hai giống bưởi chủ lực' counts the structure of the list (optional); 'lần lượt chiếm 55% và 40%' after two varieties: two percent figures, each variety in its subject.",
    "'dự kiến năm 2024 ... khoảng 46.000 tấn' is a forecast; 'phấn đấu đến năm 2025' targets.",
])
d.text = """Báo Phú Thọ điện tử › Kinh tế › Nông nghiệp

Đoan Hùng thu gần 600 tỷ đồng từ bưởi

Cập nhật: 08:12, Thứ Tư, 20/12/2023

(PTO) - Vụ bưởi năm 2023, huyện Đoan Hùng có 3.500 ha bưởi, trong đó 2.850 ha cho thu hoạch; sản lượng ước đạt 44.000 tấn, tăng 10% so với năm 2022. Với giá bán bình quân khoảng 13.500 đồng/quả, tổng giá trị ước đạt gần 600 tỷ đồng, chiếm 35% giá trị sản xuất nông nghiệp của huyện.

Hai giống bưởi chủ lực là bưởi Sửu và bưởi Bằng Luân, lần lượt chiếm 55% và 40% diện tích. Những năm qua, huyện đã chuyển đổi hơn 300 ha đất đồi, vườn tạp kém hiệu quả sang trồng bưởi; năng suất bình quân đạt 15,4 tấn/ha, cao hơn 1,2 tấn/ha so với năm 2020.

Toàn huyện có 55 ha bưởi được cấp mã số vùng trồng phục vụ xuất khẩu và 8 hợp tác xã chuyên canh bưởi. Tháng 11/2023, lô bưởi thứ 3 của huyện đã được xuất khẩu sang Anh với 12 tấn quả. Dọc Quốc lộ 2 qua địa bàn hiện có hơn 200 điểm bán bưởi, mỗi điểm bán từ 300 đến 500 quả/ngày vào cao điểm cuối năm.

Dịp Lễ hội bưởi Đoan Hùng lần thứ 5 diễn ra cuối tháng 12, huyện dự kiến thu hút khoảng 15.000 lượt khách. Huyện phấn đấu đến năm 2025 nâng diện tích bưởi lên 3.800 ha, giá trị sản xuất đạt 700 tỷ đồng; dự kiến năm 2024 sản lượng đạt khoảng 46.000 tấn.

Thanh Nga
"""
V23 = per("Vụ bưởi năm 2023", "2023-01-01", "2023-12-31")
d.add("thu gần 600 tỷ đồng", "600", 600e9, "money", "đồng", approx="nearly",
      subject="giá trị thu từ bưởi")
d.add("có 3.500 ha", "3.500", 3500, "measure", "ha", subject="diện tích bưởi", period=V23)
d.add("trong đó 2.850 ha", "2.850", 2850, "measure", "ha", total=3500,
      subject="diện tích bưởi cho thu hoạch", period=V23)
d.add("ước đạt 44.000 tấn", "44.000", 44000, "measure", "tấn", status="estimate",
      change=chg("increase", 10, "%", "năm 2022"), subject="sản lượng bưởi", period=V23)
V23i = per("Vụ bưởi năm 2023", "2023-01-01", "2023-12-31", inherited=True)
d.add("khoảng 13.500 đồng/quả", "13.500", 13500, "money", "đồng/quả", approx="about",
      subject="giá bán bình quân bưởi", period=V23i)
d.add("ước đạt gần 600 tỷ đồng", "600", 600e9, "money", "đồng", approx="nearly", status="estimate",
      percent=35, subject="tổng giá trị bưởi", period=V23i)
d.add("Hai giống bưởi", "Hai", 2, "count", "giống", optional=True, subject="giống bưởi chủ lực")
d.add("chiếm 55%", "55", 55, "percent", "%", subject="tỷ lệ diện tích bưởi Sửu")
d.add("và 40% diện tích", "40", 40, "percent", "%", subject="tỷ lệ diện tích bưởi Bằng Luân")
d.add("hơn 300 ha", "300", 300, "measure", "ha", approx="over",
      subject="diện tích đất đồi, vườn tạp chuyển đổi sang trồng bưởi")
d.add("đạt 15,4 tấn/ha", "15,4", 15.4, "measure", "tấn/ha",
      change=chg("increase", 1.2, "tấn/ha", "năm 2020"), subject="năng suất bình quân bưởi")
d.add("có 55 ha", "55", 55, "measure", "ha",
      subject="diện tích bưởi được cấp mã số vùng trồng phục vụ xuất khẩu")
d.add("và 8 hợp tác xã", "8", 8, "count", "hợp tác xã", subject="hợp tác xã chuyên canh bưởi")
d.add("với 12 tấn", "12", 12, "measure", "tấn", subject="bưởi xuất khẩu sang Anh",
      period=per("Tháng 11/2023", "2023-11-01", "2023-11-30"))
d.add("hơn 200 điểm", "200", 200, "count", "điểm bán", approx="over",
      subject="điểm bán bưởi dọc Quốc lộ 2")
d.add("từ 300 đến 500 quả/ngày", "300", 300, "measure", "quả/ngày", value_max=500,
      subject="bưởi bán mỗi điểm bán")
d.add("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách Lễ hội bưởi Đoan Hùng")
T25 = per("đến năm 2025", end="2025-12-31")
d.add("lên 3.800 ha", "3.800", 3800, "measure", "ha", status="target", subject="diện tích bưởi", period=T25)
d.add("đạt 700 tỷ đồng", "700", 700e9, "money", "đồng", status="target",
      subject="giá trị sản xuất bưởi", period=T25)
d.add("khoảng 46.000 tấn", "46.000", 46000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng bưởi", period=per("năm 2024", "2024-01-01", "2024-12-31"))
d.write()
