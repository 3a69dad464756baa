"""p945-6: national newspaper, acacia price record (Quảng Ngãi, Ba Tơ), national wood-chip exports, Bình Định FSC."""
from lib import F, build, period, year, asof, up

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 6/3/2025, 14:30 (GMT+7)

Giá gỗ keo lên đỉnh, người trồng rừng phấn khởi

Giá keo nguyên liệu tại nhiều tỉnh miền Trung đã lên 1,5-1,6 triệu đồng/tấn, mức cao nhất từ trước đến nay, kéo theo làn sóng mở rộng rừng trồng.

Tại Quảng Ngãi, địa phương có khoảng 270.000 ha rừng trồng, giá keo tươi giao tại các nhà máy dăm ở Khu kinh tế Dung Quất hiện là 1,55 triệu đồng/tấn, tăng khoảng 300.000 đồng/tấn so với cùng kỳ năm 2024. Ông Phạm Văn Hùng, ở xã Ba Vinh, huyện Ba Tơ, vừa bán 3 ha keo 5 năm tuổi được 390 triệu đồng, tức khoảng 130 triệu đồng/ha.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam, năm 2024 cả nước xuất khẩu 15,8 triệu tấn dăm gỗ, thu về 2,6 tỷ USD, tăng lần lượt 18,2% và 17,5% so với năm 2023. Việt Nam hiện là nước xuất khẩu dăm gỗ lớn nhất thế giới, trong đó Trung Quốc chiếm khoảng 60% lượng dăm xuất khẩu.

Tuy nhiên, phần lớn rừng keo trong cả nước vẫn bị khai thác non ở tuổi 4-5, năng suất chỉ đạt 15-17 m3/ha/năm. Theo ông Lê Minh Đức, chuyên gia kinh tế lâm nghiệp, nếu kéo dài chu kỳ lên 8-10 năm để bán gỗ xẻ, lợi nhuận mỗi ha dự kiến tăng thêm 30-40%.

Bình Định hiện có hơn 25.000 ha rừng được cấp chứng chỉ FSC, đứng thứ 3 cả nước; tỉnh đặt mục tiêu đến năm 2030 nâng lên 50.000 ha.

Hoàng Nam
"""

Y24 = year("năm 2024", 2024)
VN = "Việt Nam"

FIGS = [
    F("lên 1,5-1,6 triệu đồng/tấn", "1,5", 1.5e6, "money", "đồng/tấn", "giá keo nguyên liệu", value_max=1.6e6),
    F("khoảng 270.000 ha", "270.000", 270000, "measure", "ha", "rừng trồng", approx="about", location="Quảng Ngãi"),
    F("là 1,55 triệu đồng/tấn", "1,55", 1.55e6, "money", "đồng/tấn",
      "giá keo tươi giao tại các nhà máy dăm ở Khu kinh tế Dung Quất",
      change=up(300000, "đồng/tấn", "cùng kỳ năm 2024", "about"), location="Quảng Ngãi"),
    F("bán 3 ha", "3", 3, "measure", "ha", "diện tích keo ông Phạm Văn Hùng bán", location="Ba Tơ"),
    F("keo 5 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi keo", location="Ba Tơ", optional=True),
    F("được 390 triệu đồng", "390", 390e6, "money", "đồng", "tiền bán keo", location="Ba Tơ"),
    F("khoảng 130 triệu đồng/ha", "130", 130e6, "money", "đồng/ha", "giá bán keo mỗi ha", approx="about",
      location="Ba Tơ"),
    F("xuất khẩu 15,8 triệu tấn", "15,8", 15.8e6, "measure", "tấn", "dăm gỗ xuất khẩu",
      change=up(18.2, baseline="năm 2023"), location=VN, period=Y24),
    F("thu về 2,6 tỷ USD", "2,6", 2.6e9, "money", "USD", "kim ngạch xuất khẩu dăm gỗ",
      change=up(17.5, baseline="năm 2023"), location=VN, period=Y24),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ trọng Trung Quốc trong lượng dăm xuất khẩu", approx="about",
      location=VN),
    F("ở tuổi 4-5", "4", 4, "measure", "tuổi", "tuổi khai thác rừng keo", value_max=5, location=VN, optional=True),
    F("đạt 15-17 m3/ha/năm", "15", 15, "measure", "m3/ha/năm", "năng suất rừng keo", value_max=17, location=VN),
    F("lên 8-10 năm", "8", 8, "measure", "năm", "chu kỳ kéo dài", value_max=10, location=VN, optional=True),
    F("tăng thêm 30-40%", "30", 30, "percent", "%", "lợi nhuận mỗi ha", value_max=40, status="forecast", location=VN),
    F("hơn 25.000 ha", "25.000", 25000, "measure", "ha", "rừng được cấp chứng chỉ FSC", approx="over",
      location="Bình Định"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "diện tích rừng được cấp chứng chỉ FSC", location="Bình Định"),
    F("lên 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC", status="target",
      location="Bình Định", period=asof("đến năm 2030", "2030-12-31")),
]

NOTES = [
    "National newspaper (VnExpress-like dateline 'Thứ năm, 6/3/2025, 14:30 (GMT+7)'): record acacia prices, wood-chip exports, FSC.",
    "No article-wide location: 'nhiều tỉnh miền Trung' names no province (null); Quảng Ngãi, Ba Tơ (district of the farmer), Việt Nam, Bình Định per figure.",
    "'tăng lần lượt 18,2% và 17,5% so với năm 2023' distributes one change to each of the two figures before it.",
    "'Trung Quốc chiếm khoảng 60%' is a share with no amount: percent figure, location Việt Nam (a trade partner is not a place).",
    "'dự kiến tăng thêm 30-40%' -> forecast percent range. Ages and the proposed rotation are optional.",
    "Distractors: weekday, time '14:30 (GMT+7)', 'xã Ba Vinh' (number word in name), 'mức cao nhất từ trước đến nay'.",
]

build(6, TEXT, FIGS, NOTES, published="2025-03-06")
