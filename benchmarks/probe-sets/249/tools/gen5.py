from lib import F, P, C, T, build

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 15/4/2024, 14:20 (GMT+7)

Giá tôm nguyên liệu ở miền Tây tăng trở lại
Giá tôm thẻ, tôm sú tại nhiều tỉnh Đồng bằng sông Cửu Long tăng 5.000-10.000 đồng mỗi kg so với tháng trước do nguồn cung khan hiếm.

Tại Sóc Trăng, tôm thẻ chân trắng loại 100 con/kg được thương lái thu mua 98.000 đồng/kg, tăng 10.000 đồng so với đầu tháng 3; loại 50 con/kg giá 125.000 đồng/kg; loại 30 con/kg đạt 160.000 đồng/kg.

Ở Bạc Liêu, tôm sú loại 20 con/kg được mua với giá 270.000-280.000 đồng/kg, loại 40 con/kg khoảng 175.000 đồng/kg, cao hơn khoảng 5% so với tháng trước.

Anh Trần Văn Tèo, nuôi 6 ao tôm thẻ tại xã Vĩnh Hải, thị xã Vĩnh Châu (Sóc Trăng), cho biết vụ này thu hoạch 12 tấn tôm cỡ 45 con/kg, năng suất khoảng 20 tấn/ha, lãi hơn 600 triệu đồng.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), giá tăng do nhiều hộ treo ao sau đợt nắng nóng, trong khi nhu cầu của các nhà máy chế biến tăng mạnh. Quý I/2024, xuất khẩu tôm cả nước đạt 744 triệu USD, tăng 7% so với cùng kỳ năm trước; trong đó xuất sang Mỹ 134 triệu USD, Trung Quốc và Hong Kong 130 triệu USD, Nhật Bản 125 triệu USD.

Tuy nhiên, người nuôi vẫn lo ngại chi phí đầu vào. Giá thức ăn tôm hiện ở mức 32.000-35.000 đồng/kg, cao hơn 15% so với năm 2022, khiến giá thành nuôi tôm thẻ cỡ 100 con/kg lên tới 85.000 đồng/kg. Ông Nguyễn Văn Thành, một đại lý ở quận Ninh Kiều (Cần Thơ), nhận định giá có thể giữ ổn định đến hết tháng 5.

Ngọc Tài
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("tăng 5.000-10.000 đồng", "5.000", "money", "đồng", "mức tăng giá tôm thẻ, tôm sú", value_max=10000, location="", optional=True),
    F("loại 100 con/kg được", "100", "measure", "con/kg", "cỡ tôm thẻ", optional=True),
    F("thu mua 98.000 đồng/kg", "98.000", "money", "đồng/kg", "giá tôm thẻ chân trắng loại 100 con/kg",
      change=C("increase", 10000, "đồng", "đầu tháng 3"), location="Sóc Trăng"),
    F("loại 50 con/kg", "50", "measure", "con/kg", "cỡ tôm thẻ", optional=True),
    F("giá 125.000 đồng/kg", "125.000", "money", "đồng/kg", "giá tôm thẻ chân trắng loại 50 con/kg", location="Sóc Trăng"),
    F("loại 30 con/kg", "30", "measure", "con/kg", "cỡ tôm thẻ", optional=True),
    F("đạt 160.000 đồng/kg", "160.000", "money", "đồng/kg", "giá tôm thẻ chân trắng loại 30 con/kg", location="Sóc Trăng"),
    F("loại 20 con/kg", "20", "measure", "con/kg", "cỡ tôm sú", optional=True),
    F("giá 270.000-280.000", "270.000", "money", "đồng/kg", "giá tôm sú loại 20 con/kg", value_max=280000, location="Bạc Liêu"),
    F("loại 40 con/kg", "40", "measure", "con/kg", "cỡ tôm sú", optional=True),
    F("khoảng 175.000 đồng/kg", "175.000", "money", "đồng/kg", "giá tôm sú loại 40 con/kg", approx="about",
      change=C("increase", 5, "%", "tháng trước", approx="about"), location="Bạc Liêu"),
    F("nuôi 6 ao", "6", "count", "ao", "ao tôm thẻ", location="Vĩnh Châu"),
    F("hoạch 12 tấn", "12", "measure", "tấn", "sản lượng tôm thu hoạch vụ này", location="Vĩnh Châu"),
    F("cỡ 45 con/kg", "45", "measure", "con/kg", "cỡ tôm thu hoạch", location="Vĩnh Châu", optional=True),
    F("khoảng 20 tấn/ha", "20", "measure", "tấn/ha", "năng suất", approx="about", location="Vĩnh Châu"),
    F("hơn 600 triệu", "600", "money", "đồng", "lãi vụ này", mult="triệu", approx="over", location="Vĩnh Châu"),
    F("đạt 744 triệu USD", "744", "money", "USD", "xuất khẩu tôm cả nước", mult="triệu",
      change=C("increase", 7, "%", "cùng kỳ năm trước"), location="Việt Nam", period=Q1),
    F("Mỹ 134 triệu USD", "134", "money", "USD", "xuất khẩu tôm sang Mỹ", mult="triệu", total=744e6,
      location="Việt Nam", period=Q1),
    F("Hong Kong 130 triệu USD", "130", "money", "USD", "xuất khẩu tôm sang Trung Quốc và Hong Kong", mult="triệu",
      total=744e6, location="Việt Nam", period=Q1),
    F("Nhật Bản 125 triệu USD", "125", "money", "USD", "xuất khẩu tôm sang Nhật Bản", mult="triệu", total=744e6,
      location="Việt Nam", period=Q1),
    F("mức 32.000-35.000 đồng/kg", "32.000", "money", "đồng/kg", "giá thức ăn tôm", value_max=35000,
      change=C("increase", 15, "%", "năm 2022")),
    F("cỡ 100 con/kg lên", "100", "measure", "con/kg", "cỡ tôm thẻ", optional=True),
    F("tới 85.000 đồng/kg", "85.000", "money", "đồng/kg", "giá thành nuôi tôm thẻ cỡ 100 con/kg"),
]

COMMENTS = [
    "National press (VnExpress-style): giá tôm nguyên liệu ở miền Tây, 'Thứ hai, 15/4/2024, 14:20 (GMT+7)' -> published 2024-04-15.",
    "No default location: the article covers the Mekong delta region (not a province); each price takes the province its paragraph names",
    "(Sóc Trăng, Bạc Liêu); the farmer's figures take thị xã Vĩnh Châu; the feed price and unit cost name no place (null).",
    "Size labels 'loại N con/kg' / 'cỡ N con/kg' are grades, optional measures (con/kg). The standfirst's 'tăng 5.000-10.000 đồng mỗi kg' is a",
    "price change with no base price: optional. Exports 'cả nước' -> Việt Nam; the partners after 'trong đó' are not places (location Việt Nam),",
    "total 744e6. 'cao hơn khoảng 5% so với tháng trước' is the change of 175.000 đồng/kg; 'cao hơn 15% so với năm 2022' that of the feed price.",
    "Prices stated 'hiện' / without a period phrase carry no period. Distractors: (GMT+7), 'đầu tháng 3', 'hết tháng 5', 'quận Ninh Kiều (Cần Thơ)'.",
    "revised after the first run: subject of 6 ao is the indicator as the sentence names it (ao tôm thẻ), without the owner's name.",
]

build(5, TEXT, COMMENTS, FIGS, published="2024-04-15", location=None)
