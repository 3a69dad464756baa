from lib import F, P, CH, emit

TEXT = """Thời sự › Kinh tế
Thứ ba, 15/10/2024, 14:20 (GMT+7)

Giá muối xuống thấp, diêm dân Sa Huỳnh lao đao

Quảng Ngãi - Giá muối tại ruộng ở làng muối Sa Huỳnh hiện chỉ còn 700-800 đồng/kg, giảm hơn 40% so với đầu năm, trong khi chi phí sản xuất mỗi kg muối gần 1.000 đồng.

Ông Nguyễn Văn Tám, 62 tuổi, ở tổ dân phố Thạch Bi 2, phường Phổ Thạnh (thị xã Đức Phổ), cho biết gia đình có 3 sào ruộng muối, từ tháng 3 đến nay thu hoạch được khoảng 40 tấn nhưng mới bán được 15 tấn. "Làm muối cả ngày dưới nắng mà bán không ai mua, thương lái cũng ép giá", ông Tám nói.

Theo UBND thị xã Đức Phổ, làng muối Sa Huỳnh hiện có 110 ha với 420 hộ làm muối. Từ đầu năm đến nay, sản lượng đạt khoảng 12.000 tấn. Hiện lượng muối tồn kho hơn 4.500 tấn, chiếm 37,5% sản lượng.

Không riêng Quảng Ngãi, giá muối tại nhiều địa phương cũng giảm. Theo khảo sát của phóng viên, giá muối tại ruộng ở Khánh Hòa khoảng 1.000 đồng/kg, Bạc Liêu 1.300 đồng/kg, Ninh Thuận 1.100 đồng/kg. Theo Hiệp hội Muối Việt Nam, giá muối bình quân cả nước giảm khoảng 30% so với cùng kỳ năm 2023.

Ông Lê Văn Dũng, Chủ tịch UBND thị xã Đức Phổ cho biết, thị xã đã được tỉnh hỗ trợ 1,2 tỷ đồng để thu mua tạm trữ 1.500 tấn muối, đồng thời vừa thành lập Hợp tác xã muối Sa Huỳnh với khoảng 150 thành viên. Địa phương phấn đấu đến năm 2026 có 50% diện tích sản xuất muối trên bạt, liên kết với doanh nghiệp bao tiêu toàn bộ sản lượng muối sạch.

Bạn đọc có thể phản ánh qua đường dây nóng 0913.456.789.

Phạm Linh
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")

FIGS = [
    F("còn 700-800 đồng/kg", "700", 700, "money", "đồng/kg", "giá muối tại ruộng ở làng muối Sa Huỳnh",
      value_max=800, change=CH("decrease", 40, baseline="đầu năm", approx="over")),
    F("gần 1.000 đồng", "1.000", 1000, "money", "đồng", "chi phí sản xuất mỗi kg muối", approx="nearly"),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi ông Nguyễn Văn Tám", optional=True),
    F("có 3 sào", "3", 3, "measure", "sào", "ruộng muối của gia đình ông Tám"),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", "muối gia đình ông Tám thu hoạch",
      P("từ tháng 3 đến nay", "2024-03-01", "2024-10-15"), approx="about"),
    F("bán được 15 tấn", "15", 15, "measure", "tấn", "muối gia đình ông Tám đã bán",
      P("từ tháng 3 đến nay", "2024-03-01", "2024-10-15")),
    F("có 110 ha", "110", 110, "measure", "ha", "diện tích làng muối Sa Huỳnh"),
    F("420 hộ", "420", 420, "count", "hộ", "hộ làm muối"),
    F("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn", "sản lượng muối", YTD, approx="about"),
    F("hơn 4.500 tấn", "4.500", 4500, "measure", "tấn", "lượng muối tồn kho", approx="over", percent=37.5),
    F("Khánh Hòa khoảng 1.000 đồng/kg", "1.000", 1000, "money", "đồng/kg", "giá muối tại ruộng", approx="about",
      location="Khánh Hòa"),
    F("Bạc Liêu 1.300 đồng/kg", "1.300", 1300, "money", "đồng/kg", "giá muối tại ruộng", location="Bạc Liêu"),
    F("Ninh Thuận 1.100 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá muối tại ruộng", location="Ninh Thuận"),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "giá muối bình quân cả nước giảm so với cùng kỳ", approx="about",
      location="Việt Nam"),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí hỗ trợ thu mua tạm trữ muối"),
    F("trữ 1.500 tấn", "1.500", 1500, "measure", "tấn", "muối thu mua tạm trữ"),
    F("khoảng 150 thành viên", "150", 150, "count", "thành viên", "thành viên Hợp tác xã muối Sa Huỳnh",
      approx="about"),
    F("có 50% diện tích", "50", 50, "percent", "%", "tỷ lệ diện tích sản xuất muối trên bạt",
      P("đến năm 2026", None, "2026-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress-style): salt price slump at Sa Huỳnh, thị xã Đức Phổ (Quảng Ngãi), with prices in other provinces.",
    "Dateline 'Thứ ba, 15/10/2024, 14:20 (GMT+7)'. Sa Huỳnh and Phổ Thạnh are ward-level names, so Sa Huỳnh figures take the",
    "town (thị xã Đức Phổ) as location (default). Distractors: '(GMT+7)', 'Thạch Bi 2' (a name), hotline 0913.456.789, dateline.",
    "'giảm hơn 40% so với đầu năm' is the change of the price range (approx over). '62 tuổi' (a person's age) optional.",
    "'từ tháng 3 đến nay' = 2024-03-01 .. published. 'chiếm 37,5% sản lượng' is the stock's percent (no numeric whole, no total).",
    "Province price list: each item a figure with its province as location. 'giá muối bình quân cả nước giảm khoảng 30% so với cùng kỳ'",
    "stands alone as a rate: a percent figure with no change object, location Việt Nam ('cả nước'; Hiệp hội Muối Việt Nam is a name).",
    "'phấn đấu đến năm 2026 có 50% …': percent target, period ends 2026-12-31.",
]

emit("p283-6", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Đức Phổ")
