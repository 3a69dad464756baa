from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 17/4/2024, 06:00 (GMT+7)

Giá gỗ keo tăng 15%, người trồng rừng lãi gần 100 triệu đồng mỗi ha

Giá gỗ keo nguyên liệu đang ở mức cao nhất 3 năm qua, giúp người trồng rừng nhiều địa phương có lãi lớn.

Theo khảo sát của Hiệp hội Gỗ và Lâm sản Việt Nam (VIFOREST), quý I/2024, giá gỗ keo đường kính dưới 12 cm được thu mua tại bãi từ 1,25 đến 1,35 triệu đồng/tấn, tăng khoảng 15% so với cùng kỳ năm ngoái. Với năng suất bình quân 90-100 tấn/ha, mỗi ha rừng keo cho doanh thu 120-130 triệu đồng; trừ chi phí, người trồng lãi gần 100 triệu đồng/ha.

Quý I, cả nước xuất khẩu 3,2 triệu tấn dăm gỗ, trị giá 535 triệu USD, tăng lần lượt 28% và 19% so với cùng kỳ. Trung Quốc và Nhật Bản chiếm khoảng 90% lượng dăm xuất khẩu. Năm 2023, các tỉnh có sản lượng khai thác gỗ rừng trồng lớn nhất là Quảng Ngãi với khoảng 3,6 triệu m³, Quảng Nam 2,8 triệu m³ và Thừa Thiên Huế 2,1 triệu m³.

Dù vậy, ông Tô Xuân Phúc, chuyên gia của tổ chức Forest Trends, cảnh báo hơn 70% diện tích rừng trồng hiện vẫn bị khai thác non, nên giá trị gỗ chỉ bằng 50-60% so với gỗ lớn. Theo dự báo của VIFOREST, nếu kéo dài chu kỳ lên 10 năm, lợi nhuận sẽ tăng gấp 2 lần.

Bộ Nông nghiệp và Phát triển nông thôn đặt mục tiêu đến năm 2030, diện tích rừng trồng gỗ lớn đạt 1 triệu ha, gấp khoảng 2,5 lần hiện nay.

Đức Minh
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("Quý I", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
PROD = "sản lượng khai thác gỗ rừng trồng"

FIGS = [
    F("keo tăng 15%", "15", 15, "percent", "%", "giá gỗ keo", I(Q1)),
    F("lãi gần 100 triệu đồng mỗi ha", "100", 100e6, "money", "đồng/ha", "lãi của người trồng rừng", I(Q1), approx="nearly"),
    F("dưới 12 cm", "12", 12, "measure", "cm", "đường kính gỗ keo", approx="under", optional=True),
    F("từ 1,25 đến 1,35 triệu đồng/tấn", "1,25", 1.25e6, "money", "đồng/tấn",
      "giá gỗ keo đường kính dưới 12 cm thu mua tại bãi", Q1, value_max=1.35e6,
      change=CH("increase", 15, "%", "cùng kỳ năm ngoái", approx="about")),
    F("90-100 tấn/ha", "90", 90, "measure", "tấn/ha", "năng suất bình quân rừng keo", value_max=100),
    F("120-130 triệu đồng", "120", 120e6, "money", "đồng", "doanh thu mỗi ha rừng keo", value_max=130e6),
    F("lãi gần 100 triệu đồng/ha", "100", 100e6, "money", "đồng/ha", "lãi của người trồng rừng keo", approx="nearly"),
    F("3,2 triệu tấn", "3,2", 3.2e6, "measure", "tấn", "dăm gỗ xuất khẩu", Q1b, change=CH("increase", 28, "%", "cùng kỳ")),
    F("trị giá 535 triệu USD", "535", 535e6, "money", "USD", "trị giá dăm gỗ xuất khẩu", Q1b,
      change=CH("increase", 19, "%", "cùng kỳ")),
    F("khoảng 90%", "90", 90, "percent", "%", "tỷ trọng Trung Quốc và Nhật Bản trong lượng dăm xuất khẩu", I(Q1b),
      approx="about"),
    F("khoảng 3,6 triệu m³", "3,6", 3.6e6, "measure", "m³", PROD, Y23, approx="about", location="Quảng Ngãi"),
    F("Quảng Nam 2,8 triệu m³", "2,8", 2.8e6, "measure", "m³", PROD, Y23, location="Quảng Nam"),
    F("Thừa Thiên Huế 2,1 triệu m³", "2,1", 2.1e6, "measure", "m³", PROD, Y23, location="Thừa Thiên Huế"),
    F("hơn 70%", "70", 70, "percent", "%", "diện tích rừng trồng bị khai thác non", approx="over"),
    F("bằng 50-60%", "50", 50, "percent", "%", "giá trị gỗ khai thác non so với gỗ lớn", value_max=60),
    F("lên 10 năm", "10", 10, "measure", "năm", "chu kỳ khai thác rừng trồng", optional=True),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lợi nhuận khi kéo dài chu kỳ", status="forecast"),
    F("đạt 1 triệu ha", "1", 1e6, "measure", "ha", "diện tích rừng trồng gỗ lớn", T30,
      change=CH("increase", 2.5, "lần", "hiện nay", approx="about"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style), Thứ tư 17/4/2024: acacia timber prices Q1/2024, wood-chip exports, harvest by province, 2030 target.",
    "National article -> Việt Nam (VIFOREST survey, cả nước); provinces in the 2023 harvest list are their items' location.",
    "Headline 'tăng 15%' is a growth rate as the claim (percent, no change); in the body the same 15% is the change of the price range.",
    "'tăng lần lượt 28% và 19%' distributes one change to each of the two figures. 'gấp 2 lần' alone is a multiple (forecast: 'Theo dự báo');",
    "'gấp khoảng 2,5 lần hiện nay' right after 1 triệu ha is that figure's change (lần, about). 'dưới 12 cm', 'lên 10 năm' optional.",
    "Distractors: '(GMT+7)', 'cao nhất 3 năm qua' (a time span), dateline time 06:00.",
]

emit("p542-6", TEXT, COMMENTS, FIGS, published="2024-04-17", location="Việt Nam")
