"""p902-8: provincial newspaper online (Báo Bắc Giang), headline figure, '(BBG) -' tag; Tăng Tiến, Việt Yên, Q1/2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Làng nghề
Quý I, hàng mây tre đan Tăng Tiến xuất khẩu gần 4 triệu USD
Cập nhật lúc 08:20, Thứ Tư, 09/04/2025

(BBG) - Quý I/2025, các doanh nghiệp, hộ sản xuất mây tre đan ở xã Tăng Tiến (thị xã Việt Yên) xuất khẩu 3,86 triệu USD, tăng 14,2% so với cùng kỳ; doanh thu toàn làng nghề ước đạt 118 tỷ đồng, bằng 26,2% kế hoạch năm.

Toàn xã hiện có 25 doanh nghiệp, 4 hợp tác xã và hơn 600 hộ làm nghề, thu hút trên 3.500 lao động, trong đó lao động ở các xã lân cận chiếm khoảng 40%. Thu nhập của thợ đan từ 6-8 triệu đồng/người/tháng; thợ làm hàng mẫu đạt 10-12 triệu đồng/người/tháng.

Năm 2024, giá trị xuất khẩu hàng mây tre đan của Tăng Tiến đạt 14,5 triệu USD, đứng thứ 2 trong các làng nghề của tỉnh. Con số này gấp gần 3 lần năm 2019.

Sản phẩm chủ yếu là giỏ, làn, khay, hộp đựng bằng mây, giang, guột, xuất sang Mỹ, Canada, Nhật Bản và một số nước châu Âu. Nhiều doanh nghiệp đã có đơn hàng đến hết quý III/2025. Giá nan giang thành phẩm hiện ở mức 42.000 đồng/kg, mây sợi 98.000-105.000 đồng/kg.

Năm 2025, xã phấn đấu doanh thu làng nghề đạt 450 tỷ đồng, xuất khẩu trên 16 triệu USD. Dự kiến trong quý II, xã xuất khẩu khoảng 4,2 triệu USD. Thị xã Việt Yên cũng dự kiến dành 2 ha xây dựng cụm công nghiệp làng nghề gần Quốc lộ 37 để di dời các cơ sở sấy, nhuộm ra khỏi khu dân cư.

Ngọc Minh
"""

QI = P("Quý I", "2025-01-01", "2025-03-31")
QIY = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
QII = P("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    F("gần 4 triệu USD", "4", 4e6, "money", "USD", "xuất khẩu hàng mây tre đan Tăng Tiến", QI, approx="nearly"),
    F("xuất khẩu 3,86 triệu USD", "3,86", 3.86e6, "money", "USD", "xuất khẩu mây tre đan", QIY,
      change=C("increase", 14.2, baseline="cùng kỳ")),
    F("ước đạt 118 tỷ đồng", "118", 118e9, "money", "đồng", "doanh thu toàn làng nghề", QIY, percent=26.2,
      status="estimate"),
    F("có 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp làm nghề mây tre đan"),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã làm nghề mây tre đan"),
    F("hơn 600 hộ", "600", 600, "count", "hộ", "hộ làm nghề", approx="over"),
    F("trên 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động làng nghề", approx="over"),
    F("khoảng 40%", "40", 40, "percent", "%", "lao động ở các xã lân cận", approx="about"),
    F("từ 6-8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của thợ đan", value_max=8e6),
    F("10-12 triệu", "10", 10e6, "money", "đồng/người/tháng", "thu nhập thợ làm hàng mẫu", value_max=12e6),
    F("đạt 14,5 triệu USD", "14,5", 14.5e6, "money", "USD", "giá trị xuất khẩu hàng mây tre đan của Tăng Tiến", Y24),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "giá trị xuất khẩu trong các làng nghề của tỉnh", Y24),
    F("gấp gần 3 lần", "3", 3, "multiple", "lần", "giá trị xuất khẩu năm 2024 so với năm 2019", I(Y24), approx="nearly"),
    F("42.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", "giá nan giang thành phẩm"),
    F("98.000-105.000 đồng/kg", "98.000", 98000, "money", "đồng/kg", "giá mây sợi", value_max=105000),
    F("đạt 450 tỷ đồng", "450", 450e9, "money", "đồng", "doanh thu làng nghề", Y25, status="target"),
    F("trên 16 triệu USD", "16", 16e6, "money", "USD", "xuất khẩu", Y25, approx="over", status="target"),
    F("khoảng 4,2 triệu USD", "4,2", 4.2e6, "money", "USD", "xuất khẩu", QII, approx="about", status="forecast"),
    F("dành 2 ha", "2", 2, "measure", "ha", "diện tích xây dựng cụm công nghiệp làng nghề", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử: mây tre đan xã Tăng Tiến (thị xã Việt Yên), quý I/2025; '(BBG) -' tag; 'Cập nhật lúc 08:20, Thứ Tư, 09/04/2025'.",
    "All figures are located in Việt Yên (the commune lies in it; the province is implied by BBG and named only as 'tỉnh').",
    "Headline 'Quý I' takes 2025 (published); 'quý II' takes 2025 from 'Năm 2025' before it. 'bằng 26,2% kế hoạch năm' is the percent of 118 tỷ.",
    "'Con số này gấp gần 3 lần năm 2019' stands as its own sentence: a multiple (approx nearly), period inherited from 'Năm 2024'.",
    "'trong đó lao động ở các xã lân cận chiếm khoảng 40%': share of a part, percent figure of its own.",
    "Distractors: (BBG), 08:20, Thứ Tư, quý III/2025 (order horizon), năm 2019 (baseline only), Quốc lộ 37.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-09", location="Việt Yên")
