from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa

Giá cà phê lập đỉnh mới, vượt 130.000 đồng/kg
Thứ năm, 25/4/2024, 14:20 (GMT+7)

Giá cà phê nhân xô tại Tây Nguyên sáng nay tiếp tục tăng, lên mức cao nhất lịch sử.

Cụ thể, tại Đắk Lắk giá thu mua ở mức 130.500 đồng/kg, Đắk Nông 130.700 đồng/kg, Gia Lai 130.300 đồng/kg và Lâm Đồng 129.800 đồng/kg, cùng tăng khoảng 2.000 đồng/kg so với hôm qua. So với đầu năm, giá cà phê trong nước đã tăng khoảng 75%, gấp đôi cùng kỳ năm ngoái.

Trên sàn London, giá cà phê robusta giao tháng 7/2024 đóng cửa phiên 24/4 ở mức 4.158 USD/tấn, tăng 3,2% so với phiên trước.

Theo Tổng cục Hải quan, quý I/2024, Việt Nam xuất khẩu 754.000 tấn cà phê, thu về 2,3 tỷ USD, tăng 66% so với cùng kỳ năm 2023. Riêng tháng 3/2024, giá xuất khẩu bình quân đạt 3.382 USD/tấn.

Nguyên nhân chính là sản lượng niên vụ 2023-2024 của Việt Nam ước giảm khoảng 12%, còn khoảng 1,6 triệu tấn, trong khi lượng tồn kho trong dân đã cạn.

Ông Y Khu Niê ở xã Ea Tul, huyện Cư M'gar (Đắk Lắk) cho biết gia đình có 2 ha cà phê, vụ vừa qua thu 9 tấn nhân nhưng đã bán gần hết khi giá mới khoảng 60.000 đồng/kg. "Giờ giá lên cao thì nhà không còn hàng để bán", ông nói.

Các chuyên gia khuyến cáo người trồng không nên chặt bỏ cây cà phê để chuyển sang sầu riêng, bởi diện tích cà phê cả nước đã giảm khoảng 20.000 ha trong 5 năm qua.

Thanh Lan

Chia sẻ | 18 bình luận
"""

FIGS = [
    F("vượt 130.000 đồng/kg", "130.000", 130000, "money", "đồng/kg", "giá cà phê", approx="over"),
    F("mức 130.500 đồng/kg", "130.500", 130500, "money", "đồng/kg", "giá thu mua cà phê nhân xô",
      change=CH("increase", 2000, "đồng/kg", "hôm qua", approx="about"), location="Đắk Lắk"),
    F("Đắk Nông 130.700 đồng/kg", "130.700", 130700, "money", "đồng/kg", "giá thu mua cà phê nhân xô",
      change=CH("increase", 2000, "đồng/kg", "hôm qua", approx="about"), location="Đắk Nông"),
    F("Gia Lai 130.300 đồng/kg", "130.300", 130300, "money", "đồng/kg", "giá thu mua cà phê nhân xô",
      change=CH("increase", 2000, "đồng/kg", "hôm qua", approx="about"), location="Gia Lai"),
    F("Lâm Đồng 129.800 đồng/kg", "129.800", 129800, "money", "đồng/kg", "giá thu mua cà phê nhân xô",
      change=CH("increase", 2000, "đồng/kg", "hôm qua", approx="about"), location="Lâm Đồng"),
    F("tăng khoảng 75%", "75", 75, "percent", "%", "giá cà phê trong nước", approx="about"),
    F("gấp đôi cùng kỳ", "đôi", 2, "multiple", "lần", "giá cà phê trong nước so với cùng kỳ năm ngoái"),
    F("mức 4.158 USD/tấn", "4.158", 4158, "money", "USD/tấn", "giá cà phê robusta trên sàn London",
      change=CH("increase", 3.2, "%", "phiên trước"), location=""),
    F("xuất khẩu 754.000 tấn", "754.000", 754000, "measure", "tấn", "cà phê xuất khẩu",
      P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("thu về 2,3 tỷ USD", "2,3", 2300000000, "money", "USD", "xuất khẩu cà phê thu về",
      P("quý I/2024", "2024-01-01", "2024-03-31"), change=CH("increase", 66, "%", "cùng kỳ năm 2023")),
    F("đạt 3.382 USD/tấn", "3.382", 3382, "money", "USD/tấn", "giá xuất khẩu bình quân",
      P("tháng 3/2024", "2024-03-01", "2024-03-31")),
    F("khoảng 1,6 triệu tấn", "1,6", 1600000, "measure", "tấn", "sản lượng cà phê", approx="about",
      status="estimate", change=CH("decrease", 12, "%", None, approx="about")),
    F("có 2 ha", "2", 2, "measure", "ha", "diện tích cà phê", location="Cư M'gar"),
    F("thu 9 tấn", "9", 9, "measure", "tấn", "cà phê nhân thu", location="Cư M'gar"),
    F("khoảng 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá bán cà phê", approx="about",
      location="Cư M'gar"),
    F("giảm khoảng 20.000 ha", "20.000", 20000, "measure", "ha", "diện tích cà phê cả nước giảm",
      None, approx="about", optional=True),
]

COMMENTS = [
    "National press (business section): record coffee prices in Tây Nguyên, London robusta, Q1 2024 exports, crop shortfall, a farmer in Cư M'gar.",
    "Dateline 'Thứ năm, 25/4/2024, 14:20 (GMT+7)'; byline and '18 bình luận' (page furniture) at the end.",
    "Distractors: '(GMT+7)', 'giao tháng 7/2024' (contract month), 'phiên 24/4', 'so với hôm qua', a person's name, 'xã Ea Tul'.",
    "Province list shares the indicator 'giá thu mua'; 'cùng tăng khoảng 2.000 đồng/kg so với hôm qua' applies to every item ('cùng'): each carries the change.",
    "'tăng khoảng 75%' (since the start of the year) is a growth rate that is the claim; 'gấp đôi cùng kỳ năm ngoái' is a multiple standing alone.",
    "London robusta price: a foreign exchange, no Vietnamese place → location null (empty). Price days ('sáng nay', 'phiên 24/4') carry no gold period.",
    "'ước giảm khoảng 12%, còn khoảng 1,6 triệu tấn': the change before its figure belongs to it (estimate). Crop year: no gold period.",
    "The farmer's figures take his district Cư M'gar (named with the commune); his name stays out of the subjects.",
    "revised after the first run: subjects of 'thu về 2,3 tỷ USD' and 'thu 9 tấn' now use the sentence's own words (were 'kim ngạch xuất khẩu cà phê', 'sản lượng cà phê nhân thu hoạch').",
    "'giảm khoảng 20.000 ha trong 5 năm qua' is a change with no base figure: optional (debatable whether a figure); no period dates.",
]

emit("p321-7", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Việt Nam")
