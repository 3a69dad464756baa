"""p824-6: national newspaper (VnExpress style), footwear orders return but labour is short, 7 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 15/8/2024, 06:00 (GMT+7)
Da giày thiếu lao động khi đơn hàng trở lại

Đơn hàng tăng, nhiều doanh nghiệp da giày phải nâng lương, tuyển gấp công nhân nhưng vẫn thiếu người.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), 7 tháng đầu năm, kim ngạch xuất khẩu giày dép đạt 12,9 tỷ USD, tăng 9,8% so với cùng kỳ năm ngoái; túi xách, vali, mũ, ô dù đạt 2,4 tỷ USD, tăng 11,6%. Khoảng 70% doanh nghiệp hội viên đã có đơn hàng đến hết quý III, một số có đơn đến cuối năm. Lefaso dự kiến cả năm xuất khẩu da giày, túi xách đạt 26-27 tỷ USD.

Tại TP Hồ Chí Minh, Công ty CP Giày An Lạc cần tuyển 1.200 công nhân may mũ giày và gò ráp nhưng sau 2 tháng mới tuyển được khoảng 450 người. Mức lương công ty đưa ra 7,5-9 triệu đồng/tháng, cao hơn khoảng 10% so với năm trước.

Ở Bình Dương, khảo sát của Sở Lao động - Thương binh và Xã hội cho thấy các doanh nghiệp da giày cần tuyển khoảng 12.000 lao động trong quý III, tăng khoảng 35% so với quý II.

Theo Lefaso, toàn ngành hiện có khoảng 1,4 triệu lao động, trong đó hơn 80% là nữ. Ngành cần thêm 30.000-40.000 lao động trong những tháng cuối năm, trong khi chi phí nhân công đã chiếm 25-30% giá thành sản phẩm và giá gia công (FOB) giảm 5-7%.

Việt Nam hiện là nước xuất khẩu giày dép lớn thứ hai thế giới. Ông Hoàng Văn Tư, giám đốc một doanh nghiệp giày ở Long An, cho biết lương tối thiểu vùng tăng 6% từ ngày 1/7 khiến chi phí của công ty tăng thêm khoảng 1,8 tỷ đồng mỗi năm.

Minh Sơn
"""

M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
FIGS = [
    F("đạt 12,9 tỷ USD", "12,9", 12.9e9, "money", "USD", "kim ngạch xuất khẩu giày dép", M7,
      change=C("increase", 9.8, baseline="cùng kỳ năm ngoái")),
    F("đạt 2,4 tỷ USD", "2,4", 2.4e9, "money", "USD", "kim ngạch xuất khẩu túi xách, vali, mũ, ô dù", M7,
      change=C("increase", 11.6)),
    F("Khoảng 70% doanh nghiệp", "70", 70, "percent", "%", "doanh nghiệp hội viên đã có đơn hàng đến hết quý III",
      approx="about"),
    F("đạt 26-27 tỷ USD", "26", 26e9, "money", "USD", "xuất khẩu da giày, túi xách",
      P("cả năm", "2024-01-01", "2024-12-31"), value_max=27e9, status="forecast"),
    F("tuyển 1.200 công nhân", "1.200", 1200, "count", "công nhân", "công nhân cần tuyển",
      location="TP Hồ Chí Minh"),
    F("khoảng 450 người", "450", 450, "count", "người", "công nhân tuyển được", approx="about",
      location="TP Hồ Chí Minh"),
    F("đưa ra 7,5-9 triệu đồng/tháng", "7,5", 7.5e6, "money", "đồng/tháng", "mức lương công ty đưa ra",
      value_max=9e6, change=C("increase", 10, baseline="năm trước", approx="about"), location="TP Hồ Chí Minh"),
    F("khoảng 12.000 lao động", "12.000", 12000, "count", "lao động", "lao động doanh nghiệp da giày cần tuyển",
      P("quý III", "2024-07-01", "2024-09-30"), approx="about",
      change=C("increase", 35, baseline="quý II", approx="about"), location="Bình Dương"),
    F("khoảng 1,4 triệu lao động", "1,4", 1.4e6, "count", "lao động", "lao động toàn ngành da giày", approx="about"),
    F("hơn 80% là nữ", "80", 80, "percent", "%", "lao động nữ", approx="over"),
    F("thêm 30.000-40.000 lao động", "30.000", 30000, "count", "lao động", "lao động ngành cần thêm",
      value_max=40000),
    F("chiếm 25-30% giá thành", "25", 25, "percent", "%", "chi phí nhân công trong giá thành sản phẩm",
      value_max=30),
    F("giảm 5-7%", "5", 5, "percent", "%", "giá gia công (FOB)", value_max=7),
    F("lớn thứ hai thế giới", "hai", 2, "rank", "hạng", "nước xuất khẩu giày dép"),
    F("tăng 6% từ ngày 1/7", "6", 6, "percent", "%", "lương tối thiểu vùng"),
    F("khoảng 1,8 tỷ đồng mỗi năm", "1,8", 1.8e9, "money", "đồng/năm", "chi phí của công ty tăng thêm",
      approx="about", location="Long An"),
]

NOTES = [
    "National newspaper, 'Thứ năm, 15/8/2024, 06:00 (GMT+7)': Lefaso on 7-month 2024 exports, orders, labour shortage, wages.",
    "'7 tháng đầu năm' and 'cả năm', 'quý III' have no year: 2024 from the date line. Location Việt Nam unless a place is named:",
    "TP Hồ Chí Minh (the An Lạc firm), Bình Dương (the survey), Long An (the firm's cost); the regional minimum wage is national.",
    "'hơn 80% là nữ' after 'trong đó' is a share figure of its own (a percent has no count whole).",
    "'giảm 5-7%' and 'tăng 6%' have no base amount: percent figures without change. 'thứ hai' is a rank in words.",
    "'trong những tháng cuối năm' is too vague to date: no period given. Not figures: 06:00, GMT+7, 'sau 2 tháng' (a duration",
    "locating the hiring), 'đến hết quý III', 'ngày 1/7', the name Hoàng Văn Tư.",
]

if __name__ == "__main__":
    write("p824-6", TEXT, NOTES, FIGS, published="2024-08-15", location="Việt Nam")
