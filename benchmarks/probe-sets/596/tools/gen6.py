"""p596-6: national press (VnExpress style) — raw shrimp prices, shrimp exports 9 months 2024, plants short of material."""
from lib import F, P, inh, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Giá tôm nguyên liệu tăng 10-15%, xuất khẩu tôm 9 tháng gần 2,9 tỷ USD
Thứ năm, 17/10/2024, 06:15 (GMT+7)

Nguồn cung thiếu hụt đẩy giá tôm nguyên liệu tăng 10-15% so với đầu năm, trong khi xuất khẩu tôm khởi sắc ở hầu hết thị trường lớn.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 9 tháng năm 2024, xuất khẩu tôm đạt gần 2,9 tỷ USD, tăng 12% so với cùng kỳ năm ngoái. Riêng tháng 9, kim ngạch đạt 418 triệu USD, tăng 28%.

Trung Quốc và Hồng Kông (Trung Quốc) là thị trường nhập khẩu tôm lớn nhất với 582 triệu USD, tăng 43%; tiếp đến là Mỹ 560 triệu USD, tăng 21%, và Nhật Bản 385 triệu USD, giảm 6%.

Tại Cà Mau, giá tôm thẻ chân trắng loại 100 con/kg hiện ở mức 105.000-110.000 đồng/kg, tăng khoảng 15.000 đồng/kg so với đầu năm; tôm sú loại 20 con/kg đạt 320.000 đồng/kg.

Theo VASEP, nhiều nhà máy chế biến tôm hiện chỉ chạy 50-60% công suất vì thiếu nguyên liệu. Ông Trần Văn Hùng, Tổng giám đốc một doanh nghiệp tôm ở Sóc Trăng, cho biết công ty có 5 nhà máy với khoảng 12.000 công nhân, mỗi ngày cần 600 tấn tôm nguyên liệu nhưng chỉ mua được khoảng 350 tấn.

Tại Hội chợ Thủy sản Việt Nam lần thứ 8 (Vietfish 2024), VASEP dự báo xuất khẩu tôm cả năm 2024 có thể đạt 3,9-4 tỷ USD, tăng khoảng 14% so với năm 2023.

Hoài Thu
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("nguyên liệu tăng 10-15%, xuất", "10", 10, "percent", "%", value_max=15,
      subject="giá tôm nguyên liệu"),
    F("gần 2,9 tỷ USD\n", "2,9", 2.9e9, "money", "USD", approx="nearly",
      subject="xuất khẩu tôm", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tăng 10-15% so với", "10", 10, "percent", "%", value_max=15,
      subject="giá tôm nguyên liệu"),
    F("đạt gần 2,9 tỷ USD", "2,9", 2.9e9, "money", "USD", approx="nearly",
      change=CH("increase", 12, baseline="cùng kỳ năm ngoái"), subject="xuất khẩu tôm", period=M9),
    F("đạt 418 triệu USD", "418", 418e6, "money", "USD", change=CH("increase", 28),
      subject="kim ngạch xuất khẩu tôm", period=P("tháng 9", "2024-09-01", "2024-09-30")),
    F("với 582 triệu USD", "582", 582e6, "money", "USD", change=CH("increase", 43),
      subject="kim ngạch xuất khẩu tôm sang Trung Quốc và Hồng Kông (Trung Quốc)", period=inh(M9)),
    F("Mỹ 560 triệu USD", "560", 560e6, "money", "USD", change=CH("increase", 21),
      subject="kim ngạch xuất khẩu tôm sang Mỹ", period=inh(M9)),
    F("Nhật Bản 385 triệu USD", "385", 385e6, "money", "USD", change=CH("decrease", 6),
      subject="kim ngạch xuất khẩu tôm sang Nhật Bản", period=inh(M9)),
    F("loại 100 con/kg", "100", 100, "measure", "con/kg", subject="cỡ tôm thẻ chân trắng",
      location="Cà Mau", optional=True),
    F("mức 105.000-110.000 đồng/kg", "105.000", 105000, "money", "đồng/kg", value_max=110000,
      change=CH("increase", 15000, unit="đồng/kg", approx="about", baseline="đầu năm"),
      subject="giá tôm thẻ chân trắng loại 100 con/kg", location="Cà Mau"),
    F("loại 20 con/kg", "20", 20, "measure", "con/kg", subject="cỡ tôm sú", location="Cà Mau", optional=True),
    F("đạt 320.000 đồng/kg", "320.000", 320000, "money", "đồng/kg",
      subject="giá tôm sú loại 20 con/kg", location="Cà Mau"),
    F("chạy 50-60% công suất", "50", 50, "percent", "%", value_max=60,
      subject="công suất nhà máy chế biến tôm"),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy của một doanh nghiệp tôm",
      location="Sóc Trăng"),
    F("khoảng 12.000 công nhân", "12.000", 12000, "count", "công nhân", approx="about",
      subject="công nhân của một doanh nghiệp tôm", location="Sóc Trăng"),
    F("cần 600 tấn", "600", 600, "measure", "tấn", subject="tôm nguyên liệu cần mỗi ngày",
      location="Sóc Trăng"),
    F("khoảng 350 tấn", "350", 350, "measure", "tấn", approx="about",
      subject="tôm nguyên liệu mua được mỗi ngày", location="Sóc Trăng"),
    F("đạt 3,9-4 tỷ USD", "3,9", 3.9e9, "money", "USD", value_max=4e9, status="forecast",
      change=CH("increase", 14, approx="about", baseline="năm 2023"),
      subject="xuất khẩu tôm", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "National press (VnExpress style: section line, 'Thứ năm, 17/10/2024, 06:15 (GMT+7)', byline at the end): raw shrimp prices,",
    "shrimp exports 9 months of 2024 by market (VASEP), plants short of raw material, forecast for 2024. Location Việt Nam, except the",
    "Cà Mau prices and the Sóc Trăng company ('một doanh nghiệp tôm ở Sóc Trăng' -> its plants, workers and tonnage are Sóc Trăng's).",
    "'tăng 10-15%' (headline and lead) is a price growth rate that is itself the claim: percent range, no change, no period.",
    "Headline '9 tháng' takes 2024 from the dateline. Markets keep partners in the subject ('Hồng Kông (Trung Quốc)' is no place here).",
    "'3,9-4 tỷ USD' = 3.9e9..4e9 (the multiplier applies to both ends); 'dự báo' -> forecast. Size grades optional.",
    "Not figures: '(GMT+7)', 'Hội chợ ... lần thứ 8 (Vietfish 2024)', 'so với năm 2023' baseline.",
]

if __name__ == "__main__":
    emit("p596-6", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Việt Nam")
