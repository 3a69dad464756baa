"""p1424-6: national newspaper: tungsten price peak, exports Q1/2025, a mine in Đại Từ (Thái Nguyên)."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Thứ ba, 15/4/2025, 06:00 (GMT+7)

Giá quặng vonfram lập đỉnh, doanh nghiệp khai khoáng tăng tốc

Giá quặng tinh vonfram trên thị trường thế giới đã lên hơn 30.000 USD/tấn, cao nhất hơn một thập kỷ, giúp nhiều mỏ trong nước đẩy mạnh sản xuất.

Theo số liệu của Cục Xuất nhập khẩu, quý I/2025, Việt Nam xuất khẩu khoảng 2.150 tấn sản phẩm vonfram các loại, trị giá 98,4 triệu USD, tăng 36% so với cùng kỳ năm trước. Giá xuất khẩu bình quân đạt 45.770 USD/tấn, tăng 47% so với quý I/2024.

Tại huyện Đại Từ (Thái Nguyên), Công ty TNHH Vonfram Núi Hồng cho biết 3 tháng đầu năm đơn vị tiêu thụ 1.320 tấn quặng tinh, gấp 1,4 lần cùng kỳ. "Giá bán hiện khoảng 750 triệu đồng/tấn quặng tinh 65% WO3, tăng 30-35% so với đầu năm 2024", ông Trần Minh Khôi, Phó giám đốc công ty, nói. Doanh nghiệp dự kiến đầu tư thêm 450 tỷ đồng, nâng công suất nhà máy tuyển lên 4 triệu tấn/năm.

Theo Hiệp hội Khoáng sản Việt Nam, cả nước hiện có 6 mỏ vonfram đang hoạt động, trong đó Thái Nguyên chiếm gần 90% sản lượng. Năm 2024, sản lượng quặng tinh vonfram cả nước đạt khoảng 6.100 tấn, đứng thứ 3 thế giới.

Chuyên gia dự báo giá vonfram sẽ duy trì ở mức 28.000-32.000 USD/tấn đến hết năm 2025. Tuy nhiên, hệ số thu hồi quặng của nhiều mỏ nhỏ mới đạt 55-60%, thấp hơn khoảng 15 điểm phần trăm so với các mỏ lớn.

Minh Châu
"""

Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
M3 = period("3 tháng đầu năm", "2025-01-01", "2025-03-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến hết năm 2025", None, "2025-12-31")
VN, DT = "Việt Nam", "Đại Từ"

FIGS = [
    F("hơn 30.000 USD/tấn", "30.000", 30000, "money", "USD/tấn", "giá quặng tinh vonfram trên thị trường thế giới",
      approx="over", location=None),
    F("khoảng 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản phẩm vonfram các loại xuất khẩu", Q1,
      approx="about", location=VN),
    F("trị giá 98,4 triệu", "98,4", 98.4e6, "money", "USD", "trị giá xuất khẩu sản phẩm vonfram", Q1,
      change=change("increase", 36, "%", "cùng kỳ năm trước"), location=VN),
    F("đạt 45.770 USD/tấn", "45.770", 45770, "money", "USD/tấn", "giá xuất khẩu bình quân", inherit(Q1),
      change=change("increase", 47, "%", "quý I/2024"), location=VN),
    F("tiêu thụ 1.320 tấn", "1.320", 1320, "measure", "tấn", "quặng tinh công ty tiêu thụ", M3,
      change=change("increase", 1.4, "lần", "cùng kỳ"), location=DT),
    F("khoảng 750 triệu", "750", 750e6, "money", "đồng/tấn", "giá bán quặng tinh", approx="about",
      change=change("increase", 30, "%", "đầu năm 2024"), location=DT),
    F("quặng tinh 65% WO3", "65", 65, "percent", "%", "hàm lượng WO3 của quặng tinh", location=DT, optional=True),
    F("thêm 450 tỷ", "450", 450e9, "money", "đồng", "vốn đầu tư thêm", status="forecast", location=DT),
    F("lên 4 triệu tấn/năm", "4", 4e6, "measure", "tấn/năm", "công suất nhà máy tuyển", status="forecast",
      location=DT),
    F("có 6 mỏ", "6", 6, "count", "mỏ", "mỏ vonfram đang hoạt động", location=VN),
    F("gần 90% sản lượng", "90", 90, "percent", "%", "sản lượng vonfram", approx="nearly", location="Thái Nguyên"),
    F("khoảng 6.100 tấn", "6.100", 6100, "measure", "tấn", "sản lượng quặng tinh vonfram cả nước", Y24,
      approx="about", location=VN),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "sản lượng quặng tinh vonfram cả nước", Y24, location=VN),
    F("mức 28.000-32.000", "28.000", 28000, "money", "USD/tấn", "giá vonfram", T25, value_max=32000,
      status="forecast", location=None),
    F("đạt 55-60%", "55", 55, "percent", "%", "hệ số thu hồi quặng của nhiều mỏ nhỏ", value_max=60,
      change=change("decrease", 15, "điểm phần trăm", "các mỏ lớn", approx="about"), location=VN),
]

NOTES = [
    "National newspaper: section line, 'Thứ ba, 15/4/2025, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'quý I/2024' (baseline), 'hơn một thập kỷ' (a duration, not a figure), 'WO3'.",
    "World prices (sapo, expert forecast) describe no province or country: location empty (null). Export and national output figures: Việt Nam.",
    "Mine passage in huyện Đại Từ: location Đại Từ. '3 tháng đầu năm' takes 2025 from 'quý I/2025'. 'gấp 1,4 lần cùng kỳ' after an amount is a change in lần.",
    "45.770 USD/tấn: its sentence has no period; quý I/2025 of the previous sentence is inherited.",
    "'tăng 30-35% so với đầu năm 2024' is the change of the 750 triệu price (first value 30). 'quặng tinh 65% WO3' is the product grade named with the price: optional.",
    "'trong đó Thái Nguyên chiếm gần 90% sản lượng': a percent figure of its own (no base amount before it), location Thái Nguyên.",
    "'đứng thứ 3 thế giới' continues the 2024 output sentence: rank, period 2024, Việt Nam.",
    "'dự kiến' governs both clauses of the investment sentence; 'dự báo' the price range. '55-60%, thấp hơn khoảng 15 điểm phần trăm so với các mỏ lớn': change of the recovery rate.",
]

if __name__ == "__main__":
    write("p1424-6", TEXT, NOTES, FIGS, published="2025-04-15")
