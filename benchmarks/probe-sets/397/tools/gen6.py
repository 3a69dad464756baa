from lib import F, P, C, T, emit

TEXT = """Kinh doanh › Hàng hóa

Giá sắn lao dốc, nông dân lo lỗ vốn
Thứ tư, 8/1/2025, 14:20 (GMT+7)

Giá sắn củ tươi tại Tây Ninh hiện chỉ còn 2.100-2.300 đồng/kg, giảm khoảng 1.100 đồng/kg so với cùng kỳ năm trước, nhiều nông dân có nguy cơ thua lỗ.

Ghi nhận ngày 7/1, các nhà máy tinh bột sắn dọc Quốc lộ 22B ở huyện Tân Châu thu mua sắn củ tươi (chữ bột 28-30%) với giá 2.200 đồng/kg; sắn lát khô có giá 4.600 đồng/kg, giảm 18% so với tháng 12/2024. Ông Trần Văn Bảy, chủ vựa sắn ở xã Tân Hòa (Tân Châu) cho biết kho của ông đang tồn khoảng 300 tấn sắn lát chưa bán được.

Với năng suất bình quân 30 tấn/ha và chi phí đầu tư khoảng 55 triệu đồng/ha, mỗi hecta sắn ở Tây Ninh hiện chỉ lãi 8-10 triệu đồng, có hộ chỉ hòa vốn. Tỉnh có khoảng 65.000 ha sắn, trong đó hơn 40% diện tích đang vào vụ thu hoạch.

Theo Hiệp hội Sắn Việt Nam, năm 2024 xuất khẩu sắn và sản phẩm sắn đạt 2,93 triệu tấn, trị giá 1,32 tỷ USD, giảm 16,4% về lượng nhưng chỉ giảm 6,8% về trị giá so với năm 2023. Giá tinh bột sắn xuất khẩu hiện dao động 440-450 USD/tấn, thấp hơn khoảng 70 USD/tấn so với tháng 10/2024.

Nguyên nhân là nhu cầu nhập khẩu của Trung Quốc giảm, trong khi nguồn cung từ Thái Lan tăng mạnh: sản lượng sắn của nước này được dự báo đạt 27,5 triệu tấn, tăng 13%. Hiệp hội khuyến cáo doanh nghiệp đa dạng hóa thị trường, nông dân không nên mở rộng diện tích trong vụ tới.

Hồng Châu
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("còn 2.100-2.300 đồng/kg", "2.100", 2100, "money", "đồng/kg", "giá sắn củ tươi", value_max=2300,
      change=C("decrease", 1100, "đồng/kg", "cùng kỳ năm trước", approx="about"), location="Tây Ninh"),
    F("(chữ bột 28-30%)", "28", 28, "percent", "%", "chữ bột của sắn củ tươi", value_max=30, optional=True,
      location="Tân Châu"),
    F("giá 2.200 đồng/kg", "2.200", 2200, "money", "đồng/kg", "giá sắn củ tươi các nhà máy tinh bột sắn thu mua",
      P("ngày 7/1", "2025-01-07", "2025-01-07"), location="Tân Châu"),
    F("giá 4.600 đồng/kg", "4.600", 4600, "money", "đồng/kg", "giá sắn lát khô",
      P("ngày 7/1", "2025-01-07", "2025-01-07"), change=C("decrease", 18, "%", "tháng 12/2024"), location="Tân Châu"),
    F("khoảng 300 tấn", "300", 300, "measure", "tấn", "sắn lát tồn kho của vựa ông Trần Văn Bảy", approx="about",
      location="Tân Châu"),
    F("bình quân 30 tấn/ha", "30", 30, "measure", "tấn/ha", "năng suất sắn bình quân", location="Tây Ninh"),
    F("khoảng 55 triệu đồng/ha", "55", 55000000, "money", "đồng/ha", "chi phí đầu tư trồng sắn", approx="about",
      location="Tây Ninh"),
    F("lãi 8-10 triệu đồng", "8", 8000000, "money", "đồng", "lãi mỗi hecta sắn", value_max=10000000,
      location="Tây Ninh"),
    F("khoảng 65.000 ha", "65.000", 65000, "measure", "ha", "diện tích sắn", approx="about", location="Tây Ninh"),
    F("hơn 40% diện tích", "40", 40, "percent", "%", "diện tích sắn đang vào vụ thu hoạch", approx="over",
      location="Tây Ninh"),
    F("đạt 2,93 triệu tấn", "2,93", 2930000, "measure", "tấn", "xuất khẩu sắn và sản phẩm sắn", Y24,
      change=C("decrease", 16.4, "%", "năm 2023")),
    F("trị giá 1,32 tỷ USD", "1,32", 1320000000, "money", "USD", "giá trị xuất khẩu sắn và sản phẩm sắn", Y24,
      change=C("decrease", 6.8, "%", "năm 2023")),
    F("dao động 440-450 USD/tấn", "440", 440, "money", "USD/tấn", "giá tinh bột sắn xuất khẩu", value_max=450,
      change=C("decrease", 70, "USD/tấn", "tháng 10/2024", approx="about")),
    F("đạt 27,5 triệu tấn", "27,5", 27500000, "measure", "tấn", "sản lượng sắn của Thái Lan", status="forecast",
      change=C("increase", 13, "%"), location="Thái Lan", optional=True),
]

COMMENTS = [
    "National press (business section, VnExpress-like dateline 'Thứ tư, 8/1/2025, 14:20 (GMT+7)', byline at the end): cassava price slump.",
    "Default location Việt Nam (national exports); Tây Ninh and Tân Châu figures carry their place. Distractors: '(GMT+7)', 'Quốc lộ 22B',",
    "'xã Tân Hòa', person's name. 'Ghi nhận ngày 7/1' dates the two factory prices (2025-01-07; year from the dateline).",
    "'hiện' prices and the headline price carry no period. Price changes in đồng/kg or USD/tấn are changes with that unit; 'thấp hơn khoảng",
    "70 USD/tấn so với tháng 10/2024' → decrease 70, approx about. 'giảm 16,4% về lượng nhưng chỉ giảm 6,8% về trị giá' splits between",
    "2,93 triệu tấn and 1,32 tỷ USD. '30 tấn/ha' and '55 triệu đồng/ha' are stated averages (figures). 'chữ bột 28-30%' is a quality grade:",
    "optional. Thailand's forecast output is a foreign country's figure (no place the spec covers): optional.",
    "'hơn 40% diện tích' after 'trong đó' is a share (percent figure); a percent takes no total.",
]

emit("p397-6", TEXT, COMMENTS, FIGS, published="2025-01-08", location="Việt Nam")
