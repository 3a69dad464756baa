"""p946-6: national newspaper (VnExpress style), rambutan price collapse in Sóc Trăng, 2023."""
from lib import F, P, Y, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 14/6/2023, 16:20 (GMT+7)
Chôm chôm rớt giá còn 5.000 đồng một kg

Chôm chôm Thái tại Sóc Trăng được thương lái thu mua 5.000-7.000 đồng/kg, giảm khoảng 65% so với cùng kỳ năm ngoái, nhiều nhà vườn bỏ mặc trái chín trên cây. Riêng chôm chôm nhãn vẫn giữ giá 15.000-18.000 đồng/kg.

Sáng 14/6, dọc đường tỉnh 932 qua xã Kế An, huyện Kế Sách, nhiều vườn chôm chôm chín đỏ nhưng vắng người thu mua. Ông Trần Văn Chín cho biết vườn 2 ha của gia đình đang vào đợt thu hoạch rộ với khoảng 25 tấn trái, song thương lái chỉ mua nhỏ giọt, mỗi ngày vài tạ. "Tiền thuê nhân công hái đã 250.000 đồng/người/ngày, bán không đủ trả công", ông Chín nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Sóc Trăng, toàn tỉnh có khoảng 3.200 ha chôm chôm, trong đó huyện Kế Sách 1.850 ha. Năm nay, sản lượng chôm chôm của tỉnh ước khoảng 42.000 tấn, tăng 15% so với năm trước, nhưng đến nay mới tiêu thụ được gần 60%.

Ông Lâm Hoàng Phong, Phó Chủ tịch UBND huyện Kế Sách, cho biết giá giảm mạnh do chôm chôm chín rộ cùng lúc với miền Đông Nam Bộ, trong khi xuất khẩu sang Trung Quốc chậm lại. Huyện đã kết nối 6 doanh nghiệp và bếp ăn tập thể tại TP HCM, dự kiến tiêu thụ khoảng 1.500 tấn trong tháng 6.

Theo Tổng cục Hải quan, 5 tháng đầu năm, kim ngạch xuất khẩu chôm chôm của Việt Nam đạt 11,6 triệu USD, giảm 23% so với cùng kỳ. Cả nước hiện có khoảng 30.000 ha chôm chôm, tập trung ở Đông Nam Bộ và Đồng bằng sông Cửu Long.

Phương Nam
"""

Y23 = Y(2023, "Năm nay")
NOW = P("đến nay", None, "2023-06-14")
JUN = P("trong tháng 6", "2023-06-01", "2023-06-30")
M5 = P("5 tháng đầu năm", "2023-01-01", "2023-05-31")
KS = "Kế Sách"

FIGS = [
    F("còn 5.000 đồng một kg", "5.000", "money", "đồng/kg", "giá chôm chôm"),
    F("mua 5.000-7.000 đồng/kg", "5.000", "money", "đồng/kg", "giá thương lái thu mua chôm chôm Thái",
      value_max=7000, change=C("decrease", 65, baseline="cùng kỳ năm ngoái", approx="about")),
    F("giá 15.000-18.000 đồng/kg", "15.000", "money", "đồng/kg", "giá chôm chôm nhãn", value_max=18000),
    F("vườn 2 ha", "2", "measure", "ha", "diện tích vườn chôm chôm của gia đình ông Trần Văn Chín", location=KS),
    F("khoảng 25 tấn trái", "25", "measure", "tấn", "sản lượng chôm chôm vào đợt thu hoạch rộ của vườn",
      approx="about", location=KS),
    F("đã 250.000 đồng/người/ngày", "250.000", "money", "đồng/người/ngày", "tiền thuê nhân công hái chôm chôm",
      location=KS),
    F("khoảng 3.200 ha", "3.200", "measure", "ha", "diện tích chôm chôm", approx="about"),
    F("Kế Sách 1.850 ha", "1.850", "measure", "ha", "diện tích chôm chôm", total=3200, location=KS),
    F("khoảng 42.000 tấn", "42.000", "measure", "tấn", "sản lượng chôm chôm",
      approx="about", change=C("increase", 15, baseline="năm trước"), status="estimate", period=Y23),
    F("gần 60%", "60", "percent", "%", "sản lượng chôm chôm đã tiêu thụ", approx="nearly", period=NOW),
    F("kết nối 6 doanh nghiệp", "6", "count", "doanh nghiệp", "doanh nghiệp và bếp ăn tập thể được kết nối tiêu thụ chôm chôm",
      location=KS),
    F("khoảng 1.500 tấn", "1.500", "measure", "tấn", "chôm chôm dự kiến tiêu thụ qua kết nối",
      approx="about", status="forecast", period=JUN, location=KS),
    F("đạt 11,6 triệu USD", "11,6", "money", "USD", "kim ngạch xuất khẩu chôm chôm",
      change=C("decrease", 23, baseline="cùng kỳ"), period=M5, location="Việt Nam"),
    F("khoảng 30.000 ha", "30.000", "measure", "ha", "diện tích chôm chôm cả nước", approx="about", location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style), 14/6/2023: rambutan price collapse in Sóc Trăng (Kế Sách); national export and area figures at the end.",
    "Headline '5.000 đồng một kg' = money, unit đồng/kg. 'giảm khoảng 65% so với cùng kỳ năm ngoái' is the change of the price range.",
    "'mới tiêu thụ được gần 60%' names another indicator (consumed share), not đạt/chiếm after 42.000 tấn: a percent figure of its own.",
    "Enterprises in TP HCM are partners, not the place of the district's figures (Kế Sách). 'vài tạ' has no number: not a figure.",
    "Year-less '5 tháng đầu năm', 'trong tháng 6' take 2023 from the dateline. Distractors: dateline and time, Sáng 14/6, đường tỉnh 932, Trần Văn Chín / ông Chín.",
]

write("p946-6", TEXT, FIGS, NOTES, published="2023-06-14", location="Sóc Trăng")
