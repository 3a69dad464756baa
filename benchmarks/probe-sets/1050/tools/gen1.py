"""p1050-1: Cà Mau province portal, mud crab output in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Cà Mau: Sản lượng cua biển 6 tháng ước đạt hơn 15.200 tấn
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh Cà Mau có 312.450 ha nuôi cua biển, trong đó diện tích nuôi chuyên canh là 2.860 ha (Ngọc Hiển 1.120 ha, Năm Căn 840 ha, Đầm Dơi 610 ha, Phú Tân 290 ha), còn lại chủ yếu nuôi kết hợp trong ao tôm quảng canh và dưới tán rừng ngập mặn. Sản lượng cua thu hoạch ước đạt 15.236 tấn, tăng 6,8% so với cùng kỳ, đạt 52,5% kế hoạch năm.

Năng suất bình quân của mô hình chuyên canh đạt từ 1,2 đến 1,5 tấn/ha/vụ. Năng suất nuôi chuyên canh gấp khoảng 3 lần nuôi kết hợp.

Hiện giá cua thịt loại 1 (3 con/kg) được thương lái thu mua tại ao từ 280.000 đến 320.000 đồng/kg; cua gạch loại 1 có giá 450.000 đồng/kg, cao hơn khoảng 15% so với cùng kỳ năm 2023. Với mức giá này, nuôi chuyên canh cho lợi nhuận trên 120 triệu đồng/ha/năm. Cua thương phẩm được các vựa dọc Quốc lộ 1A thu gom, tiêu thụ tại TP. Hồ Chí Minh, Hà Nội và xuất sang Trung Quốc.

Từ đầu năm đến nay, người nuôi đã thả trên 85 triệu con cua giống, trong đó cua giống sản xuất trong tỉnh chiếm gần 70%. Toàn tỉnh hiện có 46 cơ sở sản xuất cua giống, tăng 5 cơ sở so với cuối năm 2023.

Năm 2024, tỉnh phấn đấu đạt sản lượng cua 29.000 tấn, diện tích nuôi chuyên canh 3.000 ha. Theo Nghị quyết số 05-NQ/TU của Tỉnh ủy, đến năm 2025 giá trị sản xuất cua biển của tỉnh đạt khoảng 6.500 tỷ đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SP = "diện tích nuôi cua chuyên canh"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("6 tháng ước đạt hơn 15.200 tấn", "15.200", 15200, "measure", "tấn", "sản lượng cua biển",
      approx="over", status="estimate", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("có 312.450 ha", "312.450", 312450, "measure", "ha", "diện tích nuôi cua biển", period=H1),
    F("chuyên canh là 2.860 ha", "2.860", 2860, "measure", "ha", SP, total=312450, period=H1),
    F("Ngọc Hiển 1.120 ha", "1.120", 1120, "measure", "ha", SP, total=2860, period=H1, location="Ngọc Hiển"),
    F("Năm Căn 840 ha", "840", 840, "measure", "ha", SP, total=2860, period=H1, location="Năm Căn"),
    F("Đầm Dơi 610 ha", "610", 610, "measure", "ha", SP, total=2860, period=H1, location="Đầm Dơi"),
    F("Phú Tân 290 ha", "290", 290, "measure", "ha", SP, total=2860, period=H1, location="Phú Tân"),
    F("ước đạt 15.236 tấn", "15.236", 15236, "measure", "tấn", "sản lượng cua thu hoạch",
      percent=52.5, change=C("increase", 6.8, "%", "cùng kỳ"), status="estimate", period=I(H1)),
    F("từ 1,2 đến 1,5 tấn/ha/vụ", "1,2", 1.2, "measure", "tấn/ha/vụ",
      "năng suất bình quân của mô hình nuôi cua chuyên canh", value_max=1.5),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "năng suất nuôi chuyên canh so với nuôi kết hợp",
      approx="about"),
    F("(3 con/kg)", "3", 3, "measure", "con/kg", "cỡ cua thịt loại 1", optional=True),
    F("từ 280.000 đến 320.000 đồng/kg", "280.000", 280000, "money", "đồng/kg",
      "giá cua thịt loại 1 thu mua tại ao", value_max=320000),
    F("có giá 450.000 đồng/kg", "450.000", 450000, "money", "đồng/kg", "giá cua gạch loại 1",
      change=C("increase", 15, "%", "cùng kỳ năm 2023", approx="about")),
    F("lợi nhuận trên 120 triệu đồng/ha/năm", "120", 120e6, "money", "đồng/ha/năm",
      "lợi nhuận nuôi cua chuyên canh", approx="over"),
    F("thả trên 85 triệu con cua giống", "85", 85e6, "count", "con cua giống", "cua giống người nuôi đã thả",
      approx="over", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")),
    F("chiếm gần 70%", "70", 70, "percent", "%", "tỷ lệ cua giống sản xuất trong tỉnh trong số cua giống thả nuôi",
      approx="nearly", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")),
    F("hiện có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở sản xuất cua giống",
      change=C("increase", 5, "cơ sở", "cuối năm 2023")),
    F("sản lượng cua 29.000 tấn", "29.000", 29000, "measure", "tấn", "sản lượng cua",
      status="target", period=Y24),
    F("chuyên canh 3.000 ha", "3.000", 3000, "measure", "ha", SP, status="target", period=Y24),
    F("khoảng 6.500 tỷ đồng", "6.500", 6.5e12, "money", "đồng", "giá trị sản xuất cua biển",
      approx="about", status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Cà Mau provincial portal: mud crab area, output, prices, seed and targets, H1/2024.",
    "Not figures: 'Lượt xem: 2.315', '18/07/2024 09:45', 'Quốc lộ 1A', 'Nghị quyết số 05-NQ/TU', grade names 'loại 1'.",
    "Headline '6 tháng' takes 2024 from the dateline. 'Từ đầu năm đến nay' ends at the dateline.",
    "The bracketed district breakdown adds up to 2.860 ha (total). '(3 con/kg)' is a grade threshold (optional).",
    "'chiếm gần 70%' is the share of a part whose count is not given: a percent figure of its own.",
    "'gấp khoảng 3 lần' stands as its own sentence: a multiple.",
]

write("p1050-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Cà Mau")
