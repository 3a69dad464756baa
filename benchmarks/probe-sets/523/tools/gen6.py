"""p523-6: national press, shrimp prices in Sóc Trăng, farmers' losses, national shrimp exports 5 months 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Giá tôm thẻ ở Sóc Trăng giảm 20%, người nuôi thua lỗ

Giá tôm thẻ chân trắng cỡ 100 con/kg tại ao ở Sóc Trăng hiện còn 85.000-90.000 đồng/kg, giảm khoảng 20% so với đầu năm, trong khi giá thành nuôi lên tới 95.000 đồng/kg. Theo Sở Nông nghiệp và Phát triển nông thôn Sóc Trăng, 5 tháng qua tỉnh thả nuôi 32.500 ha tôm nước lợ, bằng 57% kế hoạch; khoảng 1.700 ha bị thiệt hại do dịch bệnh và nắng nóng.

Ông Lê Văn Tám, chủ trại tôm ở huyện Trần Đề, cho biết gia đình thả nuôi 4 ha tôm siêu thâm canh, vụ vừa rồi thu hoạch gần 60 tấn nhưng lỗ hơn 300 triệu đồng. Theo ông, chi phí thức ăn chiếm 60-65% giá thành; từ đầu năm các hãng thức ăn đã tăng giá liên tiếp 3 lần, mỗi lần 1.000-1.500 đồng/kg.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 5 tháng đầu năm 2024, xuất khẩu tôm của cả nước đạt 1,32 tỷ USD, tăng 6% so với cùng kỳ năm trước, nhưng giá xuất khẩu bình quân giảm từ 10 đến 15%. Mỹ và Trung Quốc là hai thị trường lớn nhất, lần lượt đạt 275 triệu USD và 240 triệu USD.

Số liệu của Tổng cục Thống kê cho thấy diện tích thả nuôi tôm nước lợ của cả nước 5 tháng đạt khoảng 585.000 ha, trong đó Cà Mau 280.000 ha. VASEP dự báo cả năm 2024 xuất khẩu tôm đạt khoảng 3,6 tỷ USD.

Ngọc Tài
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
VN = "Việt Nam"
ST = "Sóc Trăng"
TD = "Trần Đề"

FIGS = [
    F("giảm 20%", "20", 20, "percent", "%", "giá tôm thẻ ở Sóc Trăng giảm", location=ST),
    F("cỡ 100 con/kg", "100", 100, "measure", "con/kg", optional=True, location=ST),
    F("85.000-90.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá tôm thẻ chân trắng cỡ 100 con/kg tại ao",
      value_max=90000, change=CH("decrease", 20, baseline="đầu năm", approx="about"), location=ST),
    F("lên tới 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá thành nuôi tôm", location=ST),
    F("nuôi 32.500 ha", "32.500", 32500, "measure", "ha", "diện tích thả nuôi tôm nước lợ",
      P("5 tháng qua", "2024-01-01", "2024-05-31"), percent=57, location=ST),
    F("khoảng 1.700 ha", "1.700", 1700, "measure", "ha", "diện tích tôm bị thiệt hại do dịch bệnh và nắng nóng",
      P("5 tháng qua", "2024-01-01", "2024-05-31"), approx="about", location=ST),
    F("nuôi 4 ha", "4", 4, "measure", "ha", "diện tích thả nuôi tôm siêu thâm canh của gia đình ông Lê Văn Tám",
      location=TD),
    F("gần 60 tấn", "60", 60, "measure", "tấn", "sản lượng tôm thu hoạch vụ vừa rồi", approx="nearly", location=TD),
    F("lỗ hơn 300 triệu đồng", "300", 300000000, "money", "đồng", "số tiền lỗ vụ vừa rồi", approx="over", location=TD),
    F("chiếm 60-65%", "60", 60, "percent", "%", "tỷ trọng chi phí thức ăn trong giá thành", value_max=65, location=TD),
    F("liên tiếp 3 lần", "3", 3, "count", "lần", "số lần các hãng thức ăn tăng giá",
      P("từ đầu năm", "2024-01-01", "2024-06-03", inherited=True), location=TD),
    F("1.000-1.500 đồng/kg", "1.000", 1000, "money", "đồng/kg", "mức tăng giá thức ăn mỗi lần", value_max=1500,
      location=TD),
    F("đạt 1,32 tỷ USD", "1,32", 1320000000, "money", "USD", "xuất khẩu tôm của cả nước", M5,
      change=CH("increase", 6, baseline="cùng kỳ năm trước"), location=VN),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giá xuất khẩu tôm bình quân giảm", M5, value_max=15, location=VN),
    F("hai thị trường", "hai", 2, "count", "thị trường", optional=True, location=VN),
    F("đạt 275 triệu USD", "275", 275000000, "money", "USD", "xuất khẩu tôm sang Mỹ", INH(M5), location=VN),
    F("240 triệu USD", "240", 240000000, "money", "USD", "xuất khẩu tôm sang Trung Quốc", INH(M5), location=VN),
    F("khoảng 585.000 ha", "585.000", 585000, "measure", "ha", "diện tích thả nuôi tôm nước lợ của cả nước",
      P("5 tháng", "2024-01-01", "2024-05-31"), approx="about", location=VN),
    F("Cà Mau 280.000 ha", "280.000", 280000, "measure", "ha", "diện tích thả nuôi tôm nước lợ",
      P("5 tháng", "2024-01-01", "2024-05-31"), total=585000, location="Cà Mau"),
    F("khoảng 3,6 tỷ USD", "3,6", 3600000000, "money", "USD", "xuất khẩu tôm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast", location=VN),
]

COMMENTS = [
    "National press (`Thứ hai, 3/6/2024, 07:00 (GMT+7)`, byline `Ngọc Tài` at the end): shrimp price slump in Sóc Trăng, national shrimp exports.",
    "No article-wide location: the price figures are Sóc Trăng's (named in headline and sentence), the farmer's in huyện Trần Đề, export and",
    "national area figures Việt Nam (trade partners Mỹ, Trung Quốc are not places of the figure), `Cà Mau 280.000 ha` a part of the national area.",
    "Headline `giảm 20%` is a rate that is the claim: percent, no change; in the lead `giảm khoảng 20% so với đầu năm` is the price's change.",
    "`tăng giá liên tiếp 3 lần, mỗi lần …` counts price rises: count (lần), not a multiple. `từ 10 đến 15%` price fall stands as a percent figure.",
    "`5 tháng qua` (no year) takes 2024 from the dateline; it governs both clauses of its sentence (`bằng 57% kế hoạch` is the area's percent).",
    "Distractors: `Lê Văn Tám` (tám = 8), `(GMT+7)`, `07:00`. Size grade `100 con/kg` and `hai thị trường` optional.",
]

if __name__ == "__main__":
    emit("p523-6", TEXT, COMMENTS, FIGS, published="2024-06-03")
