from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 10/6/2024, 07:00 (GMT+7)
Xuất khẩu mây tre, gốm sứ 5 tháng tăng hơn 20%

Hàng mây tre, cói, thảm và gốm sứ xuất khẩu phục hồi mạnh nhờ đơn hàng từ Mỹ, Nhật Bản quay trở lại.

Theo số liệu của Tổng cục Hải quan, kim ngạch xuất khẩu hàng mây, tre, cói và thảm 5 tháng đầu năm đạt 365 triệu USD, tăng 21,4% so với cùng kỳ năm ngoái. Riêng tháng 5 đạt 78,6 triệu USD, tăng 9,2% so với tháng trước. Xuất khẩu sản phẩm gốm sứ 5 tháng đạt 241 triệu USD, tăng 18,7%.

Mỹ tiếp tục là thị trường lớn nhất của hàng mây tre, cói, thảm với 142 triệu USD, chiếm 38,9% tổng kim ngạch; tiếp đến là Nhật Bản 51,2 triệu USD và Đức 28,4 triệu USD. Tại Hội chợ Lifestyle Vietnam lần thứ 18 diễn ra từ ngày 24 đến 27/4 ở TP HCM, nhiều doanh nghiệp đã ký được đơn hàng cho quý III.

Ông Lê Bá Ngọc, Phó chủ tịch Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam (Vietcraft), cho biết cả nước có khoảng 2.000 doanh nghiệp xuất khẩu hàng thủ công mỹ nghệ, sản phẩm có mặt tại 163 quốc gia và vùng lãnh thổ. Tỷ lệ giá trị gia tăng trong nước của mặt hàng này đạt từ 95 đến 97%, cao nhất trong các ngành xuất khẩu. Năm 2023, kim ngạch toàn ngành đạt khoảng 3,1 tỷ USD, giảm 8,8% so với năm 2022.

"Việt Nam hiện xếp thứ 5 thế giới về xuất khẩu hàng thủ công mỹ nghệ", ông Ngọc nói. Hiệp hội dự kiến kim ngạch cả năm 2024 đạt khoảng 3,5 tỷ USD; mục tiêu đến năm 2030 đạt 6 tỷ USD.

Minh Sơn
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    F("5 tháng tăng hơn 20%", "20", 20, "percent", "%", "tăng trưởng xuất khẩu mây tre, gốm sứ",
      P("5 tháng", "2024-01-01", "2024-05-31"), approx="over"),
    F("đạt 365 triệu USD", "365", 365e6, "money", "USD", "kim ngạch xuất khẩu hàng mây, tre, cói và thảm", M5,
      change=CH("increase", 21.4, baseline="cùng kỳ năm ngoái")),
    F("đạt 78,6 triệu USD", "78,6", 78.6e6, "money", "USD", "kim ngạch xuất khẩu hàng mây, tre, cói và thảm tháng 5",
      P("tháng 5", "2024-05-01", "2024-05-31"), change=CH("increase", 9.2, baseline="tháng trước")),
    F("đạt 241 triệu USD", "241", 241e6, "money", "USD", "xuất khẩu sản phẩm gốm sứ",
      P("5 tháng", "2024-01-01", "2024-05-31"), change=CH("increase", 18.7)),
    F("với 142 triệu USD", "142", 142e6, "money", "USD", "kim ngạch xuất khẩu hàng mây tre, cói, thảm sang Mỹ", I(M5),
      percent=38.9),
    F("Nhật Bản 51,2 triệu USD", "51,2", 51.2e6, "money", "USD",
      "kim ngạch xuất khẩu hàng mây tre, cói, thảm sang Nhật Bản", I(M5)),
    F("Đức 28,4 triệu USD", "28,4", 28.4e6, "money", "USD", "kim ngạch xuất khẩu hàng mây tre, cói, thảm sang Đức", I(M5)),
    F("khoảng 2.000 doanh nghiệp", "2.000", 2000, "count", "doanh nghiệp",
      "doanh nghiệp xuất khẩu hàng thủ công mỹ nghệ", approx="about"),
    F("tại 163 quốc gia", "163", 163, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có sản phẩm thủ công mỹ nghệ"),
    F("từ 95 đến 97%", "95", 95, "percent", "%", "tỷ lệ giá trị gia tăng trong nước của hàng thủ công mỹ nghệ",
      value_max=97),
    F("khoảng 3,1 tỷ USD", "3,1", 3.1e9, "money", "USD", "kim ngạch xuất khẩu toàn ngành thủ công mỹ nghệ",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about",
      change=CH("decrease", 8.8, baseline="năm 2022")),
    F("xếp thứ 5 thế giới", "5", 5, "rank", "hạng", "xếp hạng xuất khẩu hàng thủ công mỹ nghệ thế giới"),
    F("khoảng 3,5 tỷ USD", "3,5", 3.5e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt 6 tỷ USD", "6", 6e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 10/6/2024, 07:00 (GMT+7)'): handicraft exports 5 months 2024 — rattan/bamboo/sedge/carpet,",
    "ceramics, markets, Vietcraft's count of exporters, value added share, 2023 result, 2024 forecast, 2030 target.",
    "Headline growth rate 'tăng hơn 20%' is the claim: a percent figure with no change. '5 tháng' takes the dateline's year.",
    "Trade partners (Mỹ, Nhật Bản, Đức) are not places: location Việt Nam, partner in the subject.",
    "'dự kiến' governs its clause (forecast); the clause after ';' has its own cue 'mục tiêu' (target).",
    "Distractors: '(GMT+7)', 'lần thứ 18', 'từ ngày 24 đến 27/4' (a date range), 'quý III'.",
]

emit("p541-6", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Việt Nam")
