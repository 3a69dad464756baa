"""p805-6: national newspaper (VnExpress style), làng mộc Kim Bồng, Hội An (Quảng Nam)."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch > Điểm đến
Chủ nhật, 16/3/2025, 07:30 (GMT+7)
Làng mộc Kim Bồng níu chân khách Tây

Làng mộc bên kia sông Thu Bồn đón hơn 85.000 lượt khách năm ngoái, thu khoảng 42 tỷ đồng từ bán đồ gỗ và dịch vụ trải nghiệm.

Làng mộc Kim Bồng (xã Cẩm Kim, TP Hội An, Quảng Nam) có lịch sử hơn 500 năm, từng góp công dựng nên nhiều ngôi nhà cổ ở phố Hội. Hiện làng có khoảng 120 hộ làm mộc với gần 400 thợ, trong đó hơn 50 thợ cả có thể chạm những chi tiết khó.

Xưởng của nghệ nhân Huỳnh Văn Ba, 62 tuổi, có 12 thợ. Năm 2024, xưởng xuất sang Nhật Bản, Pháp khoảng 2.000 sản phẩm. "Một bức hoành phi chạm lộng mất 45 ngày công", ông Ba nói. Tượng gỗ cỡ nhỏ bán cho khách có giá từ 300.000 đồng đến 1,5 triệu đồng, bàn ghế chạm đặt hàng ít nhất 40 triệu đồng một bộ.

Theo UBND TP Hội An, doanh thu của làng tăng 18% so với năm 2023, trong đó dịch vụ trải nghiệm như tự tay chạm khắc chiếm khoảng 25%. Cả nước hiện có 342 làng nghề chạm khắc và đồ gỗ mỹ nghệ, nhưng ít làng gắn được với du lịch như Kim Bồng.

Từ năm 2022 đến nay, thành phố đã mở 9 lớp truyền nghề mộc cho 210 thanh niên địa phương, mỗi học viên được hỗ trợ 1,2 triệu đồng/tháng trong thời gian học. Khoảng 40% học viên đã ở lại làm nghề.

Dự kiến năm nay, thành phố đầu tư khoảng 15 tỷ đồng xây nhà trưng bày và nâng cấp tuyến ĐT608 vào làng, theo ông Nguyễn Văn Sơn, Phó chủ tịch UBND TP Hội An.

Đắc Thành
"""

HA = "Hội An"
Y24 = P("năm ngoái", "2024-01-01", "2024-12-31")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2025-03-16")

FIGS = [
    F("hơn 85.000 lượt khách", "85.000", "count", "lượt khách", "lượt khách tham quan làng mộc Kim Bồng",
      approx="over", period=Y24, location=HA),
    F("khoảng 42 tỷ đồng", "42", "money", "đồng", "doanh thu từ bán đồ gỗ và dịch vụ trải nghiệm", mult=10**9,
      approx="about", period=Y24, location=HA),
    F("hơn 500 năm", "500", "measure", "năm", "lịch sử làng mộc Kim Bồng", approx="over", location=HA),
    F("khoảng 120 hộ", "120", "count", "hộ", "hộ làm mộc", approx="about", location=HA),
    F("gần 400 thợ", "400", "count", "thợ", "thợ mộc", approx="nearly", location=HA),
    F("hơn 50 thợ cả", "50", "count", "thợ", "thợ cả", approx="over", total=400, location=HA),
    F("62 tuổi", "62", "measure", "tuổi", "tuổi nghệ nhân", location=HA, optional=True),
    F("có 12 thợ", "12", "count", "thợ", "thợ của xưởng", location=HA),
    F("khoảng 2.000 sản phẩm", "2.000", "count", "sản phẩm", "sản phẩm xuất khẩu của xưởng", approx="about",
      period=P("Năm 2024", "2024-01-01", "2024-12-31"), location=HA),
    F("mất 45 ngày công", "45", "measure", "ngày công", "thời gian chạm một bức hoành phi chạm lộng", location=HA),
    F("từ 300.000 đồng đến 1,5 triệu đồng", "300.000", "money", "đồng", "giá tượng gỗ cỡ nhỏ", vmax=1_500_000,
      location=HA),
    F("ít nhất 40 triệu đồng", "40", "money", "đồng/bộ", "giá bàn ghế chạm đặt hàng", mult=10**6, approx="at_least",
      location=HA),
    F("tăng 18%", "18", "percent", "%", "doanh thu của làng", location=HA),
    F("khoảng 25%", "25", "percent", "%", "tỷ trọng dịch vụ trải nghiệm trong doanh thu", approx="about",
      location=HA),
    F("có 342 làng nghề", "342", "count", "làng nghề", "làng nghề chạm khắc và đồ gỗ mỹ nghệ", location="Việt Nam"),
    F("mở 9 lớp", "9", "count", "lớp", "lớp truyền nghề mộc", period=SINCE, location=HA),
    F("cho 210 thanh niên", "210", "count", "thanh niên", "thanh niên địa phương được truyền nghề", period=SINCE,
      location=HA),
    F("hỗ trợ 1,2 triệu đồng/tháng", "1,2", "money", "đồng/tháng", "hỗ trợ mỗi học viên trong thời gian học",
      mult=10**6, period=SINCE, location=HA),
    F("Khoảng 40%", "40", "percent", "%", "học viên ở lại làm nghề", approx="about", location=HA),
    F("khoảng 15 tỷ đồng", "15", "money", "đồng", "vốn đầu tư xây nhà trưng bày và nâng cấp tuyến đường vào làng",
      mult=10**9, approx="about", status="forecast", period=P("năm nay", "2025-01-01", "2025-12-31"), location=HA),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)'): làng mộc Kim Bồng, TP Hội An (Quảng Nam).",
    "Figures of the village get location Hội An (the city); the national count of 342 villages is Việt Nam.",
    "'năm ngoái' = 2024 and 'năm nay' = 2025 (relative to the dateline). 'hơn 500 năm' is the village's age, a measure (the claim).",
    "'doanh thu của làng tăng 18% so với năm 2023' has no base amount in its sentence: a percent figure without change.",
    "'62 tuổi' (a person's age) is optional. 'Huỳnh Văn Ba' / 'ông Ba', 'ĐT608', dateline time are not figures.",
]

write("p805-6", TEXT, FIGS, COMMENTS, published="2025-03-16", location="Quảng Nam")
