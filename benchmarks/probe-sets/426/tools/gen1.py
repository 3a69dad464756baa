from lib import build, F, P, C, T

text = """Cổng Thông tin điện tử tỉnh Cà Mau
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu tôm của Cà Mau 9 tháng năm 2024 đạt hơn 850 triệu USD
Cập nhật: 08/10/2024 09:15 | Lượt xem: 2.316

Theo Sở Công Thương tỉnh Cà Mau, 9 tháng năm 2024, kim ngạch xuất khẩu thủy sản của tỉnh ước đạt 912,4 triệu USD, tăng 7,8% so với cùng kỳ năm 2023, đạt 73% kế hoạch năm. Trong đó, xuất khẩu tôm đạt 851,6 triệu USD, chiếm 93,3% tổng kim ngạch. Sản lượng tôm chế biến xuất khẩu ước đạt 118.500 tấn, tăng 5,1%.

Các thị trường chính của tôm Cà Mau vẫn là Mỹ, Nhật Bản, Trung Quốc và EU. Cụ thể, thị trường Mỹ đạt 248,6 triệu USD, chiếm 29,2%; Nhật Bản đạt 176,3 triệu USD, tăng 3,5%; Trung Quốc (kể cả Hồng Kông) đạt 139 triệu USD, giảm 11,4%; khối EU đạt 97,8 triệu USD.

Toàn tỉnh hiện có 38 nhà máy chế biến thủy sản xuất khẩu với tổng công suất khoảng 320.000 tấn/năm, trong đó 29 nhà máy chế biến tôm. Các doanh nghiệp đang sử dụng trên 42.000 lao động.

Trong tháng 9, giá tôm sú loại 20 con/kg được thương lái thu mua khoảng 255.000 đồng/kg; tôm thẻ chân trắng loại 100 con/kg từ 92.000 đến 95.000 đồng/kg, thấp hơn khoảng 10.000 đồng/kg so với đầu năm.

Thực hiện Quyết định số 1523/QĐ-UBND, năm 2024 tỉnh phấn đấu kim ngạch xuất khẩu thủy sản đạt 1,25 tỷ USD; đến năm 2030 đạt 2 tỷ USD, trong đó tôm chiếm trên 90%.

Mọi ý kiến đóng góp xin gửi về Sở Công Thương, số 2 đường Hùng Vương, phường 5, TP Cà Mau; điện thoại: 0290.3831.456.
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
T9 = P("Trong tháng 9", "2024-09-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("9 tháng năm 2024 đạt hơn 850 triệu USD", "850", 850e6, "money", "USD", "xuất khẩu tôm",
      approx="over", period=Y9),
    F("ước đạt 912,4 triệu USD", "912,4", 912.4e6, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      percent=73, change=C("increase", 7.8, baseline="cùng kỳ năm 2023"), status="estimate", period=Y9),
    F("tôm đạt 851,6 triệu USD", "851,6", 851.6e6, "money", "USD", "xuất khẩu tôm",
      total=912.4e6, percent=93.3, status="estimate", period=Y9i),
    F("ước đạt 118.500 tấn", "118.500", 118500, "measure", "tấn", "sản lượng tôm chế biến xuất khẩu",
      change=C("increase", 5.1), status="estimate", period=Y9i),
    F("thị trường Mỹ đạt 248,6 triệu USD", "248,6", 248.6e6, "money", "USD", "xuất khẩu tôm sang thị trường Mỹ",
      percent=29.2, period=Y9i),
    F("Nhật Bản đạt 176,3 triệu USD", "176,3", 176.3e6, "money", "USD", "xuất khẩu tôm sang thị trường Nhật Bản",
      change=C("increase", 3.5), period=Y9i),
    F("Hồng Kông) đạt 139 triệu USD", "139", 139e6, "money", "USD", "xuất khẩu tôm sang thị trường Trung Quốc (kể cả Hồng Kông)",
      change=C("decrease", 11.4), period=Y9i),
    F("EU đạt 97,8 triệu USD", "97,8", 97.8e6, "money", "USD", "xuất khẩu tôm sang khối EU", period=Y9i),
    F("có 38 nhà máy", "38", 38, "count", "nhà máy", "nhà máy chế biến thủy sản xuất khẩu"),
    F("khoảng 320.000 tấn/năm", "320.000", 320000, "measure", "tấn/năm", "tổng công suất nhà máy chế biến thủy sản xuất khẩu",
      approx="about"),
    F("trong đó 29 nhà máy", "29", 29, "count", "nhà máy", "nhà máy chế biến tôm", total=38),
    F("trên 42.000 lao động", "42.000", 42000, "count", "lao động", "lao động các doanh nghiệp sử dụng", approx="over"),
    F("loại 20 con/kg", "20", 20, "measure", "con/kg", "cỡ tôm sú", optional=True, period=T9),
    F("khoảng 255.000 đồng/kg", "255.000", 255000, "money", "đồng/kg", "giá tôm sú loại 20 con/kg thương lái thu mua",
      approx="about", period=T9),
    F("loại 100 con/kg", "100", 100, "measure", "con/kg", "cỡ tôm thẻ chân trắng", optional=True, period=T9),
    F("từ 92.000 đến 95.000 đồng/kg", "92.000", 92000, "money", "đồng/kg", "giá tôm thẻ chân trắng loại 100 con/kg",
      value_max=95000, change=C("decrease", 10000, "đồng/kg", "đầu năm", "about"), period=T9),
    F("đạt 1,25 tỷ USD", "1,25", 1.25e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", status="target", period=Y24),
    F("đạt 2 tỷ USD", "2", 2e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", status="target", period=Y30),
    F("chiếm trên 90%", "90", 90, "percent", "%", "tỷ trọng tôm trong kim ngạch xuất khẩu thủy sản",
      approx="over", status="target", period=Y30),
]

comments = """
Cổng TTĐT tỉnh Cà Mau (province portal): shrimp exports 9 months 2024, markets, factories, raw shrimp prices, 2024/2030 targets.
Dateline 'Cập nhật: 08/10/2024 09:15 | Lượt xem: 2.316' (view counter is page furniture). Distractors: Quyết định số 1523/QĐ-UBND,
address 'số 2 đường Hùng Vương, phường 5', phone 0290.3831.456, breadcrumb.
Headline figure 'hơn 850 triệu USD' is a figure (rounded shrimp exports). 'ước đạt 912,4 triệu USD ..., đạt 73% kế hoạch năm': 73 is the share (percent).
'Trong đó, xuất khẩu tôm đạt 851,6 triệu USD' is a part of 912,4 (total) and inherits the estimate (as shared h14 does after 'Trong đó').
Market items: a trade partner is not a place, location stays Cà Mau; no total (the 'Cụ thể' list has no part-of cue).
'Trong tháng 9' takes 2024. Size grades '20 con/kg', '100 con/kg' are product grades: optional.
'thấp hơn khoảng 10.000 đồng/kg so với đầu năm' is the price range's change (decrease, đồng/kg, about).
'trong đó tôm chiếm trên 90%' is a percent (target, đến năm 2030); a percent does not take the money figure as total.
"""

build("p426-1", text, comments, figs, published="2024-10-08", location="Cà Mau")
