from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 16/5/2024, 06:30 (GMT+7)

Giá ca cao tăng gấp 3 lần, nông dân tiếc vì đã chặt bỏ

Giá hạt ca cao lên men tại Việt Nam đang ở mức 230.000-250.000 đồng/kg, gấp khoảng 3 lần cùng kỳ năm ngoái, nhưng diện tích cả nước chỉ còn khoảng 6.000 ha.

Trên sàn New York, giá ca cao kỳ hạn từng lập đỉnh hơn 11.000 USD/tấn hồi tháng 4, trước khi giảm về quanh mức 7.500 USD/tấn. Nguyên nhân chính là nguồn cung từ Bờ Biển Ngà và Ghana, nơi chiếm khoảng 60% sản lượng thế giới, sụt giảm do thời tiết bất lợi. Tổ chức Ca cao Quốc tế (ICCO) dự báo năm 2024 thế giới thiếu hụt khoảng 374.000 tấn ca cao.

Theo Hiệp hội Ca cao Việt Nam, diện tích ca cao cả nước từng đạt gần 25.000 ha vào năm 2012. Sau đó, nhiều nhà vườn đã chặt bỏ do giá xuống thấp, chỉ 8.000-12.000 đồng/kg hạt tươi. Ông Lê Văn Chín, nông dân ở huyện Krông Ana (Đắk Lắk), cho biết gia đình từng có 3 ha ca cao nhưng nay chỉ còn 0,7 ha.

Ở khâu chế biến, các thương hiệu sô-cô-la nội đang xuất khẩu sang hơn 20 quốc gia. Đại diện một doanh nghiệp sô-cô-la cho biết giá nguyên liệu tăng khiến giá thành sản phẩm tăng 15-20%, doanh nghiệp đã phải điều chỉnh giá bán lẻ thêm 10%. Năm 2023, Việt Nam xếp thứ 4 Đông Nam Á về sản lượng ca cao, sau Indonesia, Malaysia và Philippines.

Tại Ngày hội Ca cao lần thứ 3 tổ chức ở phố đi bộ Nguyễn Huệ, Quận 1 vào tháng 3 vừa qua, nhiều nhà vườn cho biết sẽ trồng lại ca cao xen trong vườn điều, dừa.

Thu Hằng
"""

VN = "Việt Nam"

FIGS = [
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "giá ca cao", location=VN),
    F("mức 230.000-250.000", "230.000", 230000, "money", "đồng/kg", "giá hạt ca cao lên men", value_max=250000,
      change=CH("increase", 3, "lần", "cùng kỳ năm ngoái", approx="about"), location=VN),
    F("khoảng 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích ca cao cả nước", approx="about", location=VN),
    F("hơn 11.000 USD", "11.000", 11000, "money", "USD/tấn", "giá ca cao kỳ hạn trên sàn New York",
      P("tháng 4", "2024-04-01", "2024-04-30"), approx="over"),
    F("mức 7.500 USD", "7.500", 7500, "money", "USD/tấn", "giá ca cao kỳ hạn trên sàn New York", approx="about"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ trọng của Bờ Biển Ngà và Ghana trong sản lượng ca cao thế giới",
      approx="about"),
    F("khoảng 374.000 tấn", "374.000", 374000, "measure", "tấn", "lượng ca cao thế giới thiếu hụt",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("gần 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích ca cao cả nước",
      P("năm 2012", "2012-01-01", "2012-12-31"), approx="nearly", location=VN),
    F("chỉ 8.000-12.000", "8.000", 8000, "money", "đồng/kg", "giá hạt ca cao tươi", value_max=12000, location=VN),
    F("có 3 ha", "3", 3, "measure", "ha", "diện tích ca cao của gia đình ông Lê Văn Chín", location="Krông Ana"),
    F("còn 0,7 ha", "0,7", 0.7, "measure", "ha", "diện tích ca cao của gia đình ông Lê Văn Chín", location="Krông Ana"),
    F("hơn 20 quốc gia", "20", 20, "count", "quốc gia", "quốc gia nhập khẩu sô-cô-la của các thương hiệu nội",
      approx="over", location=VN),
    F("tăng 15-20%", "15", 15, "percent", "%", "giá thành sản phẩm sô-cô-la", value_max=20, location=VN),
    F("thêm 10%", "10", 10, "percent", "%", "giá bán lẻ sô-cô-la điều chỉnh tăng", location=VN),
    F("xếp thứ 4", "4", 4, "rank", "hạng", "sản lượng ca cao Đông Nam Á", P("Năm 2023", "2023-01-01", "2023-12-31"),
      location=VN),
]

COMMENTS = [
    "p754-6: national press, 'Thứ năm, 16/5/2024, 06:30 (GMT+7)', byline at the end: cocoa price surge, world market, area decline, chocolate makers.",
    "Distractors: (GMT+7), 'Ông Lê Văn Chín' (number word in a name), 'Ngày hội Ca cao lần thứ 3' (ordinal), 'Quận 1', 'tháng 3 vừa qua'.",
    "Headline 'tăng gấp 3 lần' stands alone: multiple. In the lead 'gấp khoảng 3 lần cùng kỳ năm ngoái' follows the price: its change (lần, about).",
    "World-market figures (New York futures price, Bờ Biển Ngà/Ghana share, ICCO deficit) describe no Vietnamese place: location null.",
    "'quanh mức 7.500 USD/tấn': 'quanh' (around) read as approx about. 'tháng 4' takes 2024 from the dateline.",
    "'tăng 15-20%' and 'thêm 10%' are rates that are the claim: percent figures, no change. Rank 'xếp thứ 4 Đông Nam Á': Việt Nam.",
    "Krông Ana grower: location Krông Ana (district named with the grower).",
]

emit("p754-6", TEXT, COMMENTS, FIGS, published="2024-05-16")
