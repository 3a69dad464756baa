from lib import F, P, I, C, T, build

TEXT = """
Kinh doanh › Hàng hóa
Thứ năm, 15/8/2024, 14:30 (GMT+7)

Cá cảnh TP HCM thu về hơn 11 triệu USD từ xuất khẩu

Bảy tháng đầu năm, các doanh nghiệp TP HCM xuất khẩu khoảng 9,6 triệu con cá cảnh, thu về hơn 11 triệu USD, tăng 18% so với cùng kỳ năm ngoái.

Theo Sở Nông nghiệp và Phát triển nông thôn TP HCM, thành phố hiện có 215 cơ sở nuôi cá cảnh với diện tích khoảng 120 ha, chủ yếu ở các huyện Củ Chi, Bình Chánh, Hóc Môn và TP Thủ Đức. Hơn 30 doanh nghiệp tham gia xuất khẩu, trong đó 5 doanh nghiệp lớn chiếm gần 60% kim ngạch.

Tại Củ Chi, trại cá cảnh của ông Nguyễn Văn Tám (xã Tân Thạnh Đông) nuôi hơn 40 loài cá, mỗi tháng xuất đi Mỹ, Đức, Nhật Bản khoảng 60.000 con. Theo ông Tám, giá cá xuất khẩu bình quân 0,3-0,5 USD/con, riêng cá rồng huyết giá 500-700 USD/con. Năm 2023, trại đạt doanh thu gần 12 tỷ đồng, lãi khoảng 30%.

Ông Trần Minh Hải, Phó chi cục trưởng Chi cục Chăn nuôi và Thú y TP HCM, cho biết giá cước vận chuyển hàng không tăng 25-30% khiến lợi nhuận của doanh nghiệp giảm. Nhiều trại phải cắt giảm đàn cá bố mẹ, có nơi chỉ còn giữ 200 cặp thay vì 500 cặp như trước.

Cả nước hiện có khoảng 2.500 cơ sở nuôi cá cảnh; kim ngạch xuất khẩu cá cảnh năm 2023 đạt 25,6 triệu USD. TP HCM đặt mục tiêu năm 2025 kim ngạch xuất khẩu cá cảnh của thành phố đạt 25 triệu USD, số cơ sở nuôi đạt chứng nhận an toàn dịch bệnh tăng lên 50.

Gia Minh
"""

M7 = P("Bảy tháng đầu năm", "2024-01-01", "2024-07-31")
T25 = P("năm 2025", "2025-01-01", "2025-12-31")
KN = "kim ngạch xuất khẩu cá cảnh"

FIGS = [
    F("thu về hơn 11 triệu USD từ xuất khẩu", "11", 11_000_000, "money", "USD", KN, approx="over"),
    F("khoảng 9,6 triệu con", "9,6", 9_600_000, "count", "con", "cá cảnh xuất khẩu", M7, approx="about"),
    F("hơn 11 triệu USD, tăng", "11", 11_000_000, "money", "USD", KN, M7, approx="over",
      change=C("increase", 18, "%", "cùng kỳ năm ngoái")),
    F("có 215 cơ sở", "215", 215, "count", "cơ sở", "cơ sở nuôi cá cảnh"),
    F("khoảng 120 ha", "120", 120, "measure", "ha", "diện tích nuôi cá cảnh", approx="about"),
    F("Hơn 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu cá cảnh", approx="over"),
    F("5 doanh nghiệp lớn", "5", 5, "count", "doanh nghiệp", "doanh nghiệp lớn xuất khẩu cá cảnh", total=30),
    F("gần 60% kim ngạch", "60", 60, "percent", "%", "tỷ trọng kim ngạch của 5 doanh nghiệp lớn", approx="nearly"),
    F("hơn 40 loài", "40", 40, "count", "loài", "loài cá trại nuôi", approx="over", location="Củ Chi"),
    F("khoảng 60.000 con", "60.000", 60_000, "count", "con/tháng", "cá cảnh xuất đi mỗi tháng", approx="about",
      location="Củ Chi"),
    F("0,3-0,5 USD/con", "0,3", 0.3, "money", "USD/con", "giá cá xuất khẩu bình quân", value_max=0.5, location="Củ Chi"),
    F("500-700 USD/con", "500", 500, "money", "USD/con", "giá cá rồng huyết", value_max=700, location="Củ Chi"),
    F("gần 12 tỷ đồng", "12", 12_000_000_000, "money", "đồng", "doanh thu của trại cá cảnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly", location="Củ Chi"),
    F("lãi khoảng 30%", "30", 30, "percent", "%", "tỷ lệ lãi của trại", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", location="Củ Chi"),
    F("tăng 25-30%", "25", 25, "percent", "%", "mức tăng giá cước vận chuyển hàng không", value_max=30),
    F("giữ 200 cặp", "200", 200, "count", "cặp", "đàn cá bố mẹ còn giữ"),
    F("500 cặp", "500", 500, "count", "cặp", "đàn cá bố mẹ trước đây"),
    F("khoảng 2.500 cơ sở", "2.500", 2500, "count", "cơ sở", "cơ sở nuôi cá cảnh cả nước", approx="about",
      location="Việt Nam"),
    F("đạt 25,6 triệu USD", "25,6", 25_600_000, "money", "USD", KN, P("năm 2023", "2023-01-01", "2023-12-31"),
      location="Việt Nam"),
    F("đạt 25 triệu USD", "25", 25_000_000, "money", "USD", KN, T25, status="target"),
    F("tăng lên 50", "50", 50, "count", "cơ sở", "cơ sở nuôi đạt chứng nhận an toàn dịch bệnh", T25, status="target"),
]

NOTES = [
    "VnExpress style (invented): TP HCM cá cảnh export, 7 months of 2024; a Củ Chi farm; national count and 2023 export; 2025 targets.",
    "Year-less headline figure 'hơn 11 triệu USD' has no period phrase of its own (no period). 'Bảy tháng đầu năm' takes 2024 (dateline).",
    "Distractors: 'Thứ năm, 15/8/2024, 14:30 (GMT+7)', names 'ông Nguyễn Văn Tám'/'ông Tám' (a number word), 'Trần Minh Hải',",
    "trading partners Mỹ, Đức, Nhật Bản (not places of figures), 'TP Thủ Đức'.",
    "'trong đó 5 doanh nghiệp lớn chiếm gần 60% kim ngạch': 5 is a part of the 30 firms (total 30); 60% is a share of export value,",
    "not of the firms, so a percent figure of its own. 'lãi khoảng 30%' after the revenue is a profit margin: its own percent figure.",
    "'tăng 25-30%' has no base amount: a percent range figure. '200 cặp thay vì 500 cặp': two counts (now vs before).",
    "'số cơ sở … tăng lên 50' is the target level (50 cơ sở), not a change. Farm figures -> location Củ Chi; national -> Việt Nam.",
]

build("p1011-6", TEXT, NOTES, FIGS, published="2024-08-15", location="TP Hồ Chí Minh")
