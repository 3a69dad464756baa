"""p1028-8: provincial newspaper online (Báo Hà Giang, '(BHG) -'): hang Lùng Khúy, huyện Quản Bạ, Q1 2025; headline figure."""
from lib import F, P, I, C, write

TEXT = """
Quý I, hang Lùng Khúy đón trên 32.000 lượt khách
Cập nhật lúc 15:40, Thứ năm, 10/04/2025

(BHG) - Theo UBND huyện Quản Bạ, quý I/2025, hang Lùng Khúy (xã Quản Bạ) đón 32.450 lượt khách, tăng 35,2% so với cùng kỳ năm 2024, trong đó có 4.870 lượt khách quốc tế. Doanh thu bán vé đạt 1,3 tỷ đồng, bằng 31% kế hoạch năm.

Hang Lùng Khúy nằm ở độ cao khoảng 1.300 m so với mực nước biển, chiều dài đã được khai thác khoảng 300 m. Từ trung tâm xã, du khách đi bộ gần 2 km theo đường mòn lên cửa hang. Giá vé hiện là 40.000 đồng/người; các hộ dân thôn Lùng Khúy, thôn Nậm Đăm cung cấp dịch vụ lưu trú, ăn uống cho khách.

Huyện đã bố trí 8 thuyết minh viên là người Mông, người Dao tại chỗ; lắp đặt hệ thống chiếu sáng với 160 bóng đèn và 2 camera giám sát tại cửa hang. Trong quý, Đội Kiểm tra liên ngành của huyện đã kiểm tra 6 lượt, không phát hiện vi phạm về an toàn. Lực lượng chức năng cũng bố trí 1 tổ cứu hộ thường trực vào các ngày cuối tuần, khi lượng khách tăng lên 800-1.000 lượt/ngày.

Hang Lùng Khúy nằm gần tuyến Quốc lộ 4C, cách thành phố Hà Giang khoảng 45 km. Năm 2025, huyện phấn đấu đón 140.000 lượt khách tới hang, tăng khoảng 20% so với năm 2024; doanh thu bán vé đạt 4,2 tỷ đồng. Từ quý II, huyện dự kiến mở thêm nhánh tham quan dài 150 m và điều chỉnh giá vé lên 50.000 đồng/người.

Thanh Hương
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NOTES = [
    "Báo Hà Giang online, tag '(BHG) -', 'Cập nhật lúc 15:40, Thứ năm, 10/04/2025': hang Lùng Khúy, huyện Quản Bạ, Q1 2025.",
    "Location is the district Quản Bạ (xã Quản Bạ lies in it). The headline states its own year-less period 'Quý I': it takes 2025",
    "(published; nothing dated stands before it) and is scored: 2025-01-01..2025-03-31.",
    "'bằng 31% kế hoạch năm' is the percent of 1,3 tỷ. '800-1.000 lượt/ngày' is a range of a rate (measure). '45 km' is a distance.",
    "Distractors: 'Quốc lộ 4C', '(BHG)', 'thôn Lùng Khúy', the time '15:40', 'Thứ năm'. The forecast figures after 'dự kiến' have no period.",
]
FIGS = [
    F("trên 32.000 lượt khách", "32.000", 32000, "count", "lượt khách", "khách đến hang Lùng Khúy",
      P("Quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("đón 32.450 lượt khách", "32.450", 32450, "count", "lượt khách", "khách đến hang Lùng Khúy", Q1,
      change=C("increase", 35.2, baseline="cùng kỳ năm 2024")),
    F("có 4.870 lượt", "4.870", 4870, "count", "lượt", "khách quốc tế", Q1, total=32450),
    F("đạt 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "doanh thu bán vé", I(Q1), percent=31),
    F("khoảng 1.300 m", "1.300", 1300, "measure", "m", "độ cao của hang Lùng Khúy so với mực nước biển", approx="about"),
    F("khoảng 300 m", "300", 300, "measure", "m", "chiều dài hang đã được khai thác", approx="about"),
    F("gần 2 km", "2", 2, "measure", "km", "quãng đường đi bộ từ trung tâm xã lên cửa hang", approx="nearly"),
    F("là 40.000 đồng/người", "40.000", 40000, "money", "đồng/người", "giá vé"),
    F("bố trí 8 thuyết minh viên", "8", 8, "count", "thuyết minh viên", "thuyết minh viên là người Mông, người Dao tại chỗ"),
    F("với 160 bóng đèn", "160", 160, "count", "bóng đèn", "bóng đèn của hệ thống chiếu sáng"),
    F("và 2 camera", "2", 2, "count", "camera", "camera giám sát tại cửa hang"),
    F("kiểm tra 6 lượt", "6", 6, "count", "lượt", "lượt kiểm tra của Đội Kiểm tra liên ngành",
      P("Trong quý", "2025-01-01", "2025-03-31")),
    F("bố trí 1 tổ cứu hộ", "1", 1, "count", "tổ cứu hộ", "tổ cứu hộ thường trực vào các ngày cuối tuần"),
    F("lên 800-1.000 lượt/ngày", "800", 800, "measure", "lượt/ngày", "lượng khách vào các ngày cuối tuần", value_max=1000),
    F("khoảng 45 km", "45", 45, "measure", "km", "khoảng cách từ hang đến thành phố Hà Giang", approx="about"),
    F("đón 140.000 lượt khách", "140.000", 140000, "count", "lượt khách", "khách tới hang Lùng Khúy", Y25,
      change=C("increase", 20, baseline="năm 2024", approx="about"), status="target"),
    F("đạt 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "doanh thu bán vé", Y25, status="target"),
    F("dài 150 m", "150", 150, "measure", "m", "chiều dài nhánh tham quan mở thêm", status="forecast"),
    F("lên 50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé sau điều chỉnh", status="forecast"),
]
write("p1028-8", TEXT, FIGS, NOTES, published="2025-04-10", location="Quản Bạ")
