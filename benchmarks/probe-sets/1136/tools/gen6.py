"""p1136-6: national newspaper, Sóc Trăng (Mỹ Xuyên): farmers donate land for rural roads, province 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Xã hội

Nông dân Sóc Trăng hiến đất, góp tiền đổi 'lộ đal' thành đường bê tông

Thứ bảy, 23/11/2024, 09:40 (GMT+7)

Ở ấp Hòa Lời, xã Hòa Tú 1, huyện Mỹ Xuyên, con lộ đal rộng 1,5 m nay đã thành đường bê tông rộng 3,5 m, dài 2,8 km, xe tải nhỏ chạy tới tận bờ ruộng.

Để làm tuyến đường, 74 hộ dân trong ấp hiến gần 5.600 m2 đất. Ông Lâm Văn Sang (68 tuổi) hiến 640 m2 đất ruộng, theo giá thị trường trị giá hơn 300 triệu đồng. "Có đường rồi, thương lái vô tận ruộng, lúa bán được giá cao hơn 200-300 đồng/kg", ông Sang nói.

Theo UBND huyện Mỹ Xuyên, từ đầu năm đến nay, nhân dân trong huyện đã hiến hơn 41.000 m2 đất và đóng góp khoảng 6,8 tỷ đồng để xây dựng 57 tuyến đường giao thông nông thôn với tổng chiều dài 63,4 km.

Ông Trần Văn Lâu, Phó giám đốc Sở Giao thông vận tải Sóc Trăng, cho biết 10 tháng năm 2024, toàn tỉnh đã nhựa hóa, bê tông hóa 412 km đường giao thông nông thôn, đạt 82,4% kế hoạch năm. Tỷ lệ đường ấp, liên ấp được cứng hóa hiện đạt 76%, mục tiêu đến năm 2025 là 85%.

Suất đầu tư mỗi km đường bê tông rộng 3,5 m khoảng 1,6-1,8 tỷ đồng, trong khi ngân sách chỉ đáp ứng được chừng 60% nhu cầu. Năm 2025, tỉnh dự kiến bố trí 350 tỷ đồng để hỗ trợ các xã; phần còn lại kêu gọi doanh nghiệp, con em xa quê và người dân cùng góp sức.

Tại Quốc lộ 1A đoạn qua thị trấn Mỹ Xuyên, tỉnh cũng đang thi công nút giao với đường tỉnh 934 để kết nối các tuyến nông thôn.

Phúc Hưng
"""

SINCE = per("từ đầu năm đến nay", "2024-01-01", "2024-11-23")
P10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
MX = "Mỹ Xuyên"

FIGS = [
    fig("đal rộng 1,5 m", "1,5", 1.5, "measure", "m", subject="chiều rộng con lộ đal trước đây", location=MX),
    fig("tông rộng 3,5 m, dài", "3,5", 3.5, "measure", "m",
        subject="chiều rộng đường bê tông ấp Hòa Lời", location=MX),
    fig("dài 2,8 km", "2,8", 2.8, "measure", "km", subject="chiều dài đường bê tông ấp Hòa Lời", location=MX),
    fig("74 hộ", "74", 74, "count", "hộ", subject="hộ dân ấp Hòa Lời hiến đất", location=MX),
    fig("gần 5.600 m2", "5.600", 5600, "measure", "m2", approx="nearly",
        subject="đất hộ dân ấp Hòa Lời hiến", location=MX),
    fig("68 tuổi", "68", 68, "measure", "tuổi", optional=True, subject="tuổi ông Lâm Văn Sang", location=MX),
    fig("hiến 640 m2", "640", 640, "measure", "m2", subject="đất ruộng ông Lâm Văn Sang hiến", location=MX),
    fig("hơn 300 triệu", "300", 300e6, "money", "đồng", approx="over",
        subject="giá trị đất ruộng ông Lâm Văn Sang hiến", location=MX),
    fig("hơn 200-300 đồng/kg", "200", 200, "money", "đồng/kg", value_max=300,
        subject="giá lúa bán được cao hơn", location=MX),
    fig("hơn 41.000 m2", "41.000", 41000, "measure", "m2", approx="over",
        subject="đất nhân dân huyện Mỹ Xuyên hiến", period=SINCE, location=MX),
    fig("khoảng 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", approx="about",
        subject="tiền nhân dân huyện Mỹ Xuyên đóng góp", period=SINCE, location=MX),
    fig("57 tuyến", "57", 57, "count", "tuyến đường",
        subject="tuyến đường giao thông nông thôn xây dựng", period=SINCE, location=MX),
    fig("dài 63,4 km", "63,4", 63.4, "measure", "km",
        subject="tổng chiều dài đường giao thông nông thôn xây dựng", period=SINCE, location=MX),
    fig("hóa 412 km", "412", 412, "measure", "km", percent=82.4,
        subject="đường giao thông nông thôn nhựa hóa, bê tông hóa", period=P10),
    fig("đạt 76%", "76", 76, "percent", "%", target=tgt(85),
        subject="tỷ lệ đường ấp, liên ấp được cứng hóa"),
    fig("1,6-1,8 tỷ", "1,6", 1.6e9, "money", "đồng/km", value_max=1.8e9, approx="about",
        subject="suất đầu tư mỗi km đường bê tông rộng 3,5 m"),
    fig("chừng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ nhu cầu ngân sách đáp ứng được"),
    fig("bê tông rộng 3,5 m khoảng", "3,5", 3.5, "measure", "m", optional=True,
        subject="chiều rộng đường bê tông tính suất đầu tư"),
    fig("bố trí 350 tỷ", "350", 350e9, "money", "đồng", status="forecast",
        subject="ngân sách bố trí để hỗ trợ các xã", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 23/11/2024, 09:40 (GMT+7)', byline at the end. Place: Sóc Trăng, Mỹ Xuyên.",
    "Distractors: 'xã Hòa Tú 1' (name), Quốc lộ 1A, đường tỉnh 934, (GMT+7), 09:40, 'm2'.",
    "'68 tuổi' optional. 'giá cao hơn 200-300 đồng/kg': 'cao hơn' is the comparative, not approx 'hơn'; the gain is the claim",
    "  (no base figure), a money range 200..300 đồng/kg, exact.",
    "'hiện đạt 76%, mục tiêu đến năm 2025 là 85%': 85 is the target attribute of 76%; 'hiện' gives no period.",
    "'từ đầu năm đến nay' ends at the published date. Hòa Lời and Mỹ Xuyên figures: location Mỹ Xuyên.",
    "The 3,5 m in 'Suất đầu tư mỗi km đường bê tông rộng 3,5 m' qualifies the unit price's road type: optional.",
]

if __name__ == "__main__":
    write("p1136-6", TEXT, NOTES, FIGS, published="2024-11-23", location="Sóc Trăng")
