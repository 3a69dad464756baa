from lib import Doc, per

d = Doc("p890-5", published="2023-08-22", location="Hương Khê", notes=[
    "Báo Hà Tĩnh: bưởi Phúc Trạch ở huyện Hương Khê được mùa, được giá (vụ 2023). Byline 'THÙY DƯƠNG' and bare date '22/8/2023' at the end.",
    "'Năm nay' = 2023 (the date of the article). 'anh Trần Văn Sáu', 'thôn 10', 'chỉ dẫn địa lý số 00013' are not figures.",
    "'năng suất ... cao hơn năm trước khoảng 15%' has no base amount: a percent figure without change. '4 sao' is a rating class (optional).",
])
d.text = """Bưởi Phúc Trạch được mùa, được giá

Những ngày này, nhà vườn ở các xã Phúc Trạch, Hương Trạch, Hương Đô (huyện Hương Khê) đang tất bật thu hoạch bưởi. Năm nay, toàn huyện có 3.250 ha bưởi Phúc Trạch, trong đó 2.400 ha đang cho thu hoạch; năng suất ước đạt 12 tấn/ha, sản lượng dự kiến khoảng 28.800 tấn.

Theo ông Phan Văn Ba, Phó Trưởng phòng Nông nghiệp và PTNT huyện Hương Khê, nhờ thời tiết thuận lợi, năng suất bưởi năm nay cao hơn năm trước khoảng 15%. Bưởi loại 1 được thương lái thu mua tại vườn với giá 30.000-35.000 đồng/quả, cao nhất từ trước đến nay. Với giá bán này, giá trị sản xuất từ cây bưởi năm 2023 ước đạt trên 500 tỷ đồng, chiếm gần 40% giá trị sản xuất ngành trồng trọt của huyện.

Gia đình anh Trần Văn Sáu ở thôn 10, xã Phúc Trạch có 2,5 ha bưởi với hơn 700 gốc. Vụ này, anh thu khoảng 20.000 quả, trừ chi phí còn lãi gần 450 triệu đồng.

Hiện huyện có 12 sản phẩm OCOP từ bưởi, trong đó 5 sản phẩm đạt 4 sao. Bưởi Phúc Trạch đã được bảo hộ chỉ dẫn địa lý số 00013; huyện đang hỗ trợ 6 hợp tác xã xây dựng vùng trồng đạt chuẩn xuất khẩu.

Tuy vậy, tình trạng bưởi bị rụng quả non, nứt trái vẫn xảy ra trên khoảng 150 ha. Huyện phấn đấu đến năm 2025 nâng diện tích bưởi Phúc Trạch lên 3.500 ha, trong đó 500 ha đạt tiêu chuẩn VietGAP; giá trị sản xuất đạt 700 tỷ đồng/năm.

THÙY DƯƠNG
22/8/2023
"""
Y = per("Năm nay", "2023-01-01", "2023-12-31")
d.add("có 3.250 ha", "3.250", 3250, "measure", "ha", subject="diện tích bưởi Phúc Trạch", period=Y)
d.add("trong đó 2.400 ha", "2.400", 2400, "measure", "ha", total=3250,
      subject="diện tích bưởi đang cho thu hoạch", period=Y)
d.add("ước đạt 12 tấn/ha", "12", 12, "measure", "tấn/ha", status="estimate",
      subject="năng suất bưởi", period=Y)
d.add("khoảng 28.800 tấn", "28.800", 28800, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng bưởi", period=Y)
d.add("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="năng suất bưởi so với năm trước", period=per("năm nay", "2023-01-01", "2023-12-31"))
d.add("giá 30.000-35.000 đồng/quả", "30.000", 30000, "money", "đồng/quả", value_max=35000,
      subject="giá thu mua bưởi loại 1 tại vườn")
d.add("trên 500 tỷ đồng", "500", 500e9, "money", "đồng", approx="over", status="estimate", percent=40,
      subject="giá trị sản xuất từ cây bưởi", period=per("năm 2023", "2023-01-01", "2023-12-31"))
d.add("có 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích bưởi của gia đình anh Trần Văn Sáu")
d.add("hơn 700 gốc", "700", 700, "count", "gốc", approx="over", subject="gốc bưởi của gia đình anh Trần Văn Sáu")
d.add("khoảng 20.000 quả", "20.000", 20000, "count", "quả", approx="about", subject="bưởi thu hoạch vụ này")
d.add("gần 450 triệu đồng", "450", 450e6, "money", "đồng", approx="nearly", subject="lãi sau khi trừ chi phí")
d.add("có 12 sản phẩm", "12", 12, "count", "sản phẩm", subject="sản phẩm OCOP từ bưởi")
d.add("5 sản phẩm", "5", 5, "count", "sản phẩm", total=12, subject="sản phẩm OCOP từ bưởi đạt 4 sao")
d.add("đạt 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP")
d.add("hỗ trợ 6 hợp tác xã", "6", 6, "count", "hợp tác xã",
      subject="hợp tác xã được hỗ trợ xây dựng vùng trồng đạt chuẩn xuất khẩu")
d.add("khoảng 150 ha", "150", 150, "measure", "ha", approx="about",
      subject="diện tích bưởi bị rụng quả non, nứt trái")
T25 = per("đến năm 2025", end="2025-12-31")
d.add("lên 3.500 ha", "3.500", 3500, "measure", "ha", status="target",
      subject="diện tích bưởi Phúc Trạch", period=T25)
d.add("trong đó 500 ha", "500", 500, "measure", "ha", total=3500, status="target",
      subject="diện tích bưởi đạt tiêu chuẩn VietGAP", period=T25)
d.add("đạt 700 tỷ đồng/năm", "700", 700e9, "money", "đồng/năm", status="target",
      subject="giá trị sản xuất bưởi", period=T25)
d.write()
