from lib import F, P, I, C, T, write

TEXT = """Thời sự › Dân sinh

Đồng Tháp xóa hơn 4.000 cầu tiêu ao cá trong 10 tháng

Thứ ba, 12/11/2024, 06:30 (GMT+7)

Trong 10 tháng đầu năm, Đồng Tháp đã xóa 4.126 cầu tiêu ao cá, đưa tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh lên 88,3%.

Theo Sở Nông nghiệp và Phát triển nông thôn Đồng Tháp, số cầu tiêu được xóa tập trung ở ba huyện Tháp Mười, Tam Nông và Thanh Bình, chiếm khoảng 70%. Để thay thế, người dân đã xây 3.850 nhà tiêu có bể tự hoại, trong đó 1.420 công trình được vay vốn Ngân hàng Chính sách xã hội với tổng số tiền 31,2 tỷ đồng.

Ông Nguyễn Văn Bảy, 58 tuổi, ở xã Mỹ Hòa, huyện Tháp Mười, cho biết cầu tiêu ao cá của gia đình có từ thời cha ông. Năm ngoái ông vay 20 triệu đồng, góp thêm 6 triệu đồng tiền dành dụm để xây nhà vệ sinh với bể tự hoại bằng nhựa dung tích 1,5 m3. “Giờ nhà sạch, ao cá cũng không còn mùi”, ông nói.

Chi phí một bể tự hoại composite hiện từ 6 đến 9 triệu đồng, bể xây gạch khoảng 10-12 triệu đồng tùy dung tích. Với hộ nghèo, tỉnh dự kiến dành khoảng 24 tỷ đồng hỗ trợ 8.000 hộ trong năm 2025, mức 3 triệu đồng/hộ.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện còn khoảng 150.000 cầu tiêu ao cá, sông rạch, phần lớn ở Đồng bằng sông Cửu Long. Năm 2023, tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh của cả nước là 78,1%.

Đồng Tháp đặt mục tiêu đến cuối năm 2025 xóa hoàn toàn cầu tiêu ao cá, nâng tỷ lệ hộ có nhà tiêu hợp vệ sinh lên 92%.

Ngọc Tài
"""

LOC = "Đồng Tháp"
M10 = P("Trong 10 tháng đầu năm", "2024-01-01", "2024-10-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 4.000 cầu tiêu", "4.000", "count", "cầu tiêu ao cá", approx="over",
      subject="cầu tiêu ao cá xóa bỏ", period=P("trong 10 tháng", "2024-01-01", "2024-10-31")),
    F("xóa 4.126 cầu tiêu", "4.126", "count", "cầu tiêu ao cá", subject="cầu tiêu ao cá xóa bỏ", period=M10),
    F("lên 88,3%", "88,3", "percent", "%", subject="tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh", period=M10),
    F("ba huyện", "ba", "count", "huyện", subject="huyện tập trung cầu tiêu được xóa", optional=True),
    F("chiếm khoảng 70%", "70", "percent", "%", approx="about",
      subject="cầu tiêu được xóa ở Tháp Mười, Tam Nông và Thanh Bình", period=I(M10)),
    F("xây 3.850 nhà tiêu", "3.850", "count", "nhà tiêu", subject="nhà tiêu có bể tự hoại xây thay thế",
      period=I(M10)),
    F("trong đó 1.420 công trình", "1.420", "count", "công trình", total=3850,
      subject="công trình được vay vốn Ngân hàng Chính sách xã hội", period=I(M10)),
    F("tiền 31,2 tỷ đồng", "31,2", "money", "đồng", mult=10**9, subject="tổng số tiền vay", period=I(M10)),
    F("58 tuổi", "58", "measure", "tuổi", subject="tuổi ông Nguyễn Văn Bảy", optional=True),
    F("vay 20 triệu đồng", "20", "money", "đồng", mult=10**6, subject="tiền vay của hộ ông Bảy", location="Tháp Mười",
      period=P("Năm ngoái", "2023-01-01", "2023-12-31")),
    F("thêm 6 triệu đồng", "6", "money", "đồng", mult=10**6, subject="tiền dành dụm góp thêm", location="Tháp Mười",
      period=P("Năm ngoái", "2023-01-01", "2023-12-31")),
    F("dung tích 1,5 m3", "1,5", "measure", "m3", subject="dung tích bể tự hoại bằng nhựa", optional=True),
    F("từ 6 đến 9 triệu đồng", "6", "money", "đồng", mult=10**6, value_max=9e6,
      subject="chi phí một bể tự hoại composite"),
    F("khoảng 10-12 triệu đồng", "10", "money", "đồng", mult=10**6, value_max=12e6, approx="about",
      subject="chi phí bể xây gạch"),
    F("khoảng 24 tỷ đồng", "24", "money", "đồng", mult=10**9, approx="about", status="forecast",
      subject="kinh phí hỗ trợ hộ nghèo", period=Y25),
    F("hỗ trợ 8.000 hộ", "8.000", "count", "hộ", status="forecast", subject="hộ nghèo được hỗ trợ", period=Y25),
    F("mức 3 triệu đồng/hộ", "3", "money", "đồng/hộ", mult=10**6, status="forecast",
      subject="mức hỗ trợ", period=Y25),
    F("khoảng 150.000 cầu tiêu", "150.000", "count", "cầu tiêu ao cá", approx="about",
      subject="cầu tiêu ao cá, sông rạch còn lại", location="Việt Nam"),
    F("là 78,1%", "78,1", "percent", "%", subject="tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh của cả nước",
      location="Việt Nam", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 92%", "92", "percent", "%", status="target", subject="tỷ lệ hộ có nhà tiêu hợp vệ sinh",
      period=P("đến cuối năm 2025", end="2025-12-31")),
]

write("p1026-6", TEXT, FIGS, published="2024-11-12", location=LOC, notes=[
    "National newspaper (VnExpress style, 'Thứ ba, 12/11/2024, 06:30 (GMT+7)'): Đồng Tháp removes fish-pond latrines; costs, loans, national figures.",
    "Distractors: 06:30 (GMT+7), person 'Nguyễn Văn Bảy' (number word in a name), xã Mỹ Hòa.",
    "'ba huyện Tháp Mười, Tam Nông và Thanh Bình' is a referring count: optional. Age '58 tuổi' and the example tank's '1,5 m3' optional.",
    "'Năm ngoái' = 2023 (published 2024). 'chiếm khoảng 70%' has no count before it in its clause: a percent figure. National figures: Việt Nam.",
    "revised after the first run: the household loan figures of ông Bảy (xã Mỹ Hòa, huyện Tháp Mười) take the district Tháp Mười, as commune/household figures do elsewhere in the set (was: Đồng Tháp).",
    "Headline 'trong 10 tháng' takes 2024 from the dateline. 'dự kiến … trong năm 2025, mức 3 triệu đồng/hộ': forecast for all three.",
])
