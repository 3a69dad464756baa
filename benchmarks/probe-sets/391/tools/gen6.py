from lib import F, P, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 11/1/2024, 14:20 (GMT+7)

Xuất khẩu hạt điều lập kỷ lục hơn 3,6 tỷ USD

Năm 2023, Việt Nam xuất khẩu 644.000 tấn nhân điều, thu về 3,64 tỷ USD, tăng lần lượt 24,2% và 17,6% so với năm 2022, mức cao nhất từ trước tới nay.

Ông Phạm Văn Công, Chủ tịch Hiệp hội Điều Việt Nam (Vinacas), cho biết ngành điều Việt Nam đã giữ vị trí số một thế giới về xuất khẩu nhân điều 18 năm liên tiếp, chiếm hơn 80% thị phần nhân điều toàn cầu.

Mỹ là thị trường lớn nhất với 864 triệu USD, chiếm 23,7%; tiếp đến là Trung Quốc (612 triệu USD) và Hà Lan (379 triệu USD). Xuất khẩu sang Trung Quốc tăng mạnh nhất, tới 48%.

Để phục vụ chế biến, các doanh nghiệp đã nhập khẩu khoảng 2,75 triệu tấn điều thô, trị giá gần 3,4 tỷ USD; trong đó nhập từ Campuchia khoảng 950.000 tấn, Bờ Biển Ngà 1,04 triệu tấn. Trong khi đó, diện tích điều trong nước chỉ còn khoảng 300.000 ha, sản lượng điều thô năm 2023 đạt 342.000 tấn. Lượng này mới đáp ứng chưa đến 15% nhu cầu nguyên liệu của các nhà máy.

"Cả nước có hơn 400 nhà máy chế biến điều, nhưng nhiều nhà máy chỉ chạy 50-60% công suất vì thiếu vốn và nguyên liệu", ông Công nói.

Năm 2024, Vinacas đặt mục tiêu kim ngạch xuất khẩu điều đạt 3,8 tỷ USD; Bộ Nông nghiệp và Phát triển nông thôn dự báo giá nhân điều có thể tăng 5-7%.

Thanh Tâm
12 bình luận
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("kỷ lục hơn 3,6 tỷ USD", "3,6", 3.6e9, "money", "USD", "kim ngạch xuất khẩu hạt điều", approx="over", optional=True),
    F("xuất khẩu 644.000 tấn", "644.000", 644000, "measure", "tấn", "nhân điều xuất khẩu", Y23,
      change={"direction": "increase", "value": 24.2, "unit": "%", "baseline": "năm 2022"}),
    F("thu về 3,64 tỷ USD", "3,64", 3.64e9, "money", "USD", "kim ngạch xuất khẩu nhân điều", Y23,
      change={"direction": "increase", "value": 17.6, "unit": "%", "baseline": "năm 2022"}),
    F("vị trí số một", "một", 1, "rank", "hạng", "xuất khẩu nhân điều thế giới"),
    F("18 năm liên tiếp", "18", 18, "count", "năm", optional=True),
    F("chiếm hơn 80%", "80", 80, "percent", "%", "thị phần nhân điều toàn cầu của Việt Nam", approx="over"),
    F("với 864 triệu USD", "864", 864e6, "money", "USD", "kim ngạch xuất khẩu điều sang Mỹ", Y23i, percent=23.7),
    F("(612 triệu USD)", "612", 612e6, "money", "USD", "kim ngạch xuất khẩu điều sang Trung Quốc", Y23i),
    F("(379 triệu USD)", "379", 379e6, "money", "USD", "kim ngạch xuất khẩu điều sang Hà Lan", Y23i),
    F("tới 48%", "48", 48, "percent", "%", "tăng trưởng xuất khẩu điều sang Trung Quốc", Y23i),
    F("khoảng 2,75 triệu tấn", "2,75", 2.75e6, "measure", "tấn", "điều thô nhập khẩu", Y23i, approx="about"),
    F("gần 3,4 tỷ USD", "3,4", 3.4e9, "money", "USD", "trị giá nhập khẩu điều thô", Y23i, approx="nearly"),
    F("khoảng 950.000 tấn", "950.000", 950000, "measure", "tấn", "điều thô nhập khẩu từ Campuchia", Y23i,
      approx="about", total=2.75e6),
    F("Bờ Biển Ngà 1,04 triệu tấn", "1,04", 1.04e6, "measure", "tấn", "điều thô nhập khẩu từ Bờ Biển Ngà", Y23i,
      total=2.75e6),
    F("khoảng 300.000 ha", "300.000", 300000, "measure", "ha", "diện tích điều trong nước", approx="about"),
    F("đạt 342.000 tấn", "342.000", 342000, "measure", "tấn", "sản lượng điều thô",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("chưa đến 15%", "15", 15, "percent", "%", "tỷ lệ đáp ứng nhu cầu nguyên liệu của các nhà máy", Y23i,
      approx="under"),
    F("hơn 400 nhà máy", "400", 400, "count", "nhà máy", "nhà máy chế biến điều", approx="over"),
    F("50-60% công suất", "50", 50, "percent", "%", "công suất hoạt động của nhà máy chế biến điều", value_max=60),
    F("đạt 3,8 tỷ USD", "3,8", 3.8e9, "money", "USD", "kim ngạch xuất khẩu điều", Y24, status="target"),
    F("tăng 5-7%", "5", 5, "percent", "%", "tăng giá nhân điều", Y24, value_max=7, status="forecast"),
]

COMMENTS = [
    "National press (business section), dateline 'Thứ năm, 11/1/2024, 14:20 (GMT+7)'; byline and '12 bình luận' (furniture) at the end.",
    "Cashew exports 2023: volume, value, markets, raw-nut imports, domestic area and output, processing plants, 2024 target and forecast.",
    "'tăng lần lượt 24,2% và 17,6%' distributes the changes to volume and value. The headline 'hơn 3,6 tỷ USD' restates 3,64 tỷ: optional.",
    "'vị trí số một' rank 1; '18 năm liên tiếp' (streak) optional. Markets and origins (Mỹ, Trung Quốc, Campuchia, Bờ Biển Ngà) are",
    "trade partners: location Việt Nam. Campuchia/Bờ Biển Ngà after 'trong đó' take total 2,75 triệu tấn. 'tới 48%' growth rate as a claim.",
    "'đặt mục tiêu' -> target; 'dự báo ... tăng 5-7%' -> percent figure, forecast. Distractors: '(GMT+7)', time 14:20, '12 bình luận'.",
]

if __name__ == "__main__":
    write("p391-6", TEXT, FIGS, COMMENTS, published="2024-01-11", location="Việt Nam")
