from lib import *

TEXT = """Bắc Giang: Hơn 85% trẻ sơ sinh được sàng lọc

(BBG) - Năm 2023, công tác sàng lọc trước sinh và sơ sinh trên địa bàn tỉnh Bắc Giang đạt nhiều kết quả tích cực, góp phần nâng cao chất lượng dân số.

Theo Chi cục Dân số - Kế hoạch hóa gia đình tỉnh, năm 2023 toàn tỉnh có 21.380 bà mẹ mang thai được sàng lọc trước sinh, đạt 78,6%, tăng 6,2% so với năm 2022. Qua sàng lọc, các cơ sở y tế đã phát hiện 214 trường hợp có nguy cơ cao mắc dị tật bẩm sinh. Số trẻ sơ sinh được lấy máu gót chân để sàng lọc là 23.950 trẻ, chiếm 85,4% tổng số trẻ sinh ra; trong đó phát hiện 96 trẻ nghi ngờ thiếu men G6PD và 12 trẻ nghi ngờ suy giáp trạng bẩm sinh.

Ở cấp huyện, tỷ lệ sàng lọc sơ sinh cao nhất thuộc về Việt Yên (93,5%), Hiệp Hòa (91,2%) và thành phố Bắc Giang (90,7%); thấp nhất là huyện Sơn Động với 61,4%.

Bà Nguyễn Thị Hằng, Chi cục trưởng cho biết, để mở rộng dịch vụ, năm qua tỉnh đã đầu tư gần 1,8 tỷ đồng mua sắm trang thiết bị cho 10 trung tâm y tế huyện. Chi phí gói sàng lọc sơ sinh cơ bản khoảng 450 nghìn đồng/trẻ; trẻ thuộc hộ nghèo, hộ cận nghèo được hỗ trợ 100% chi phí.

Năm 2024, Bắc Giang đặt mục tiêu 82% bà mẹ mang thai được sàng lọc trước sinh và 90% trẻ sơ sinh được sàng lọc. Phấn đấu đến năm 2025 có từ 85 đến 90% trẻ sơ sinh được sàng lọc ít nhất 5 bệnh phổ biến; 100% xã, phường, thị trấn có cộng tác viên được tập huấn về sàng lọc.

Thu Hương
05/03/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 85%", "85", 85, "percent", "%", "trẻ sơ sinh được sàng lọc", I(Y23), approx="over"),
    F("có 21.380 bà mẹ", "21.380", 21380, "count", "bà mẹ mang thai", "bà mẹ mang thai được sàng lọc trước sinh", Y23,
      percent=78.6, change=CH("increase", 6.2, "%", "năm 2022")),
    F("phát hiện 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp có nguy cơ cao mắc dị tật bẩm sinh", I(Y23)),
    F("là 23.950 trẻ", "23.950", 23950, "count", "trẻ", "Số trẻ sơ sinh được lấy máu gót chân để sàng lọc", I(Y23),
      percent=85.4),
    F("phát hiện 96 trẻ", "96", 96, "count", "trẻ", "trẻ nghi ngờ thiếu men G6PD", I(Y23), total=23950),
    F("và 12 trẻ", "12", 12, "count", "trẻ", "trẻ nghi ngờ suy giáp trạng bẩm sinh", I(Y23), total=23950),
    F("Việt Yên (93,5%)", "93,5", 93.5, "percent", "%", "tỷ lệ sàng lọc sơ sinh", I(Y23), location="Việt Yên"),
    F("Hiệp Hòa (91,2%)", "91,2", 91.2, "percent", "%", "tỷ lệ sàng lọc sơ sinh", I(Y23), location="Hiệp Hòa"),
    F("Bắc Giang (90,7%)", "90,7", 90.7, "percent", "%", "tỷ lệ sàng lọc sơ sinh", I(Y23), location="thành phố Bắc Giang"),
    F("với 61,4%", "61,4", 61.4, "percent", "%", "tỷ lệ sàng lọc sơ sinh", I(Y23), location="Sơn Động"),
    F("gần 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "đầu tư mua sắm trang thiết bị", I(Y23), approx="nearly"),
    F("cho 10 trung tâm", "10", 10, "count", "trung tâm y tế huyện", "trung tâm y tế huyện được đầu tư trang thiết bị", I(Y23)),
    F("khoảng 450 nghìn đồng/trẻ", "450", 450000, "money", "đồng/trẻ", "Chi phí gói sàng lọc sơ sinh cơ bản", approx="about"),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "trẻ thuộc hộ nghèo, hộ cận nghèo được hỗ trợ chi phí"),
    F("mục tiêu 82%", "82", 82, "percent", "%", "bà mẹ mang thai được sàng lọc trước sinh", Y24, status="target"),
    F("và 90% trẻ", "90", 90, "percent", "%", "trẻ sơ sinh được sàng lọc", Y24, status="target"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "trẻ sơ sinh được sàng lọc ít nhất 5 bệnh phổ biến", T25,
      value_max=90, status="target"),
    F("ít nhất 5 bệnh", "5", 5, "count", "bệnh", approx="at_least", optional=True),
    F("100% xã, phường", "100", 100, "percent", "%", "xã, phường, thị trấn có cộng tác viên được tập huấn về sàng lọc", T25,
      status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (BBG): sàng lọc trước sinh và sơ sinh năm 2023, mục tiêu 2024/2025. Party-paper style: byline \"Thu Hương\" and the bare date 05/03/2024 at the end (published).",
    "Not figures: \"G6PD\", the name of the Chi cục trưởng, \"năm qua\". \"ít nhất 5 bệnh\" (a threshold in the target's name) is optional.",
    "96 and 12 suspected cases after \"trong đó\" are children among the 23.950 screened (same unit, same period): total 23950.",
    "District list items go to location (TP Bắc Giang as \"thành phố Bắc Giang\"); \"năm qua\" is not a dated period, so the investment inherits 2023 (unscored).",
    "\"Phấn đấu đến năm 2025\" governs both clauses after it (the ';' clause continues it): target, period end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p640-5", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Bắc Giang")
