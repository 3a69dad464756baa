"""p1028-1: Quảng Bình province portal, cave tourism 9 months 2024."""
from lib import F, P, I, C, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Hang động Quảng Bình hút khách dịp cuối năm
Cập nhật: 05/10/2024 09:12 | Lượt xem: 2.315

(Cổng TTĐT Quảng Bình) - Theo Sở Du lịch, 9 tháng đầu năm 2024, các điểm du lịch hang động trên địa bàn tỉnh đã đón hơn 1,12 triệu lượt khách, tăng 18,6% so với cùng kỳ năm 2023, đạt 86% kế hoạch năm. Trong đó, khách quốc tế ước đạt 96.500 lượt, chiếm 8,6%.

Doanh thu bán vé tham quan hang động ước đạt 238,4 tỷ đồng, tăng 21,3% so với cùng kỳ. Riêng Trung tâm Du lịch Phong Nha - Kẻ Bàng đón 742.000 lượt khách, trong đó động Phong Nha, động Thiên Đường và động Tiên Sơn lần lượt đón 395.000, 268.000 và 79.000 lượt. Giá vé vào động Phong Nha hiện là 150.000 đồng/người, vé thuyền trên sông Son 550.000 đồng/thuyền.

Toàn tỉnh hiện có 12 hang động được khai thác du lịch, trong đó 4 hang được mở cửa đón khách từ năm 2022 đến nay. Các doanh nghiệp lữ hành đang vận hành 27 tour khám phá hang động, giá từ 1,5 triệu đến 8,5 triệu đồng/khách. Số hướng dẫn viên, thuyết minh viên tại các điểm hang động là 415 người, tăng 37 người so với cuối năm 2023.

Công tác bảo đảm an toàn được chú trọng: 100% thuyền chở khách được trang bị đủ áo phao; lực lượng cứu hộ gồm 60 người túc trực tại bến Xuân Sơn và các lối vào động. Từ đầu năm, các đơn vị đã tổ chức 3 đợt diễn tập cứu nạn trong hang, không để xảy ra sự cố nghiêm trọng.

Theo Quyết định số 1586/QĐ-UBND, năm 2024 tỉnh phấn đấu đón 1,3 triệu lượt khách tham quan hang động, doanh thu bán vé đạt 280 tỷ đồng. Dịp Lễ hội Hang động Quảng Bình lần thứ 6, các điểm đến dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây đã được chỉnh trang.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOTES = [
    "Quảng Bình provincial portal: cave tourism, 9 months 2024 (visitors, ticket revenue, guides, caves opened, safety, 2024 targets).",
    "Distractors: 'Cập nhật: 05/10/2024 09:12', 'Lượt xem: 2.315', 'Quyết định số 1586/QĐ-UBND', 'lần thứ 6', 'Quốc lộ 9'.",
    "The three caves after 'trong đó … lần lượt' are parts of the 742.000 (they add up): total 742000; caves are not places (subject, not location).",
    "'đạt 86% kế hoạch năm' is the percent of 1,12 triệu; '8,6%' after 'chiếm' is the percent of 96.500.",
]
FIGS = [
    F("đón hơn 1,12 triệu lượt khách", "1,12", 1120000, "count", "lượt khách",
      "khách đến các điểm du lịch hang động", M9, approx="over", percent=86,
      change=C("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("ước đạt 96.500 lượt", "96.500", 96500, "count", "lượt", "khách quốc tế đến các điểm hang động", I(M9),
      total=1120000, percent=8.6, status="estimate"),
    F("ước đạt 238,4 tỷ đồng", "238,4", 238400000000, "money", "đồng", "doanh thu bán vé tham quan hang động", I(M9),
      change=C("increase", 21.3, baseline="cùng kỳ"), status="estimate"),
    F("đón 742.000 lượt khách", "742.000", 742000, "count", "lượt khách",
      "khách đến Trung tâm Du lịch Phong Nha - Kẻ Bàng", I(M9)),
    F("đón 395.000,", "395.000", 395000, "count", "lượt", "khách tham quan động Phong Nha", I(M9), total=742000),
    F("268.000 và", "268.000", 268000, "count", "lượt", "khách tham quan động Thiên Đường", I(M9), total=742000),
    F("và 79.000 lượt", "79.000", 79000, "count", "lượt", "khách tham quan động Tiên Sơn", I(M9), total=742000),
    F("là 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", "giá vé vào động Phong Nha"),
    F("Son 550.000 đồng/thuyền", "550.000", 550000, "money", "đồng/thuyền", "giá vé thuyền trên sông Son"),
    F("có 12 hang động", "12", 12, "count", "hang động", "hang động được khai thác du lịch"),
    F("trong đó 4 hang", "4", 4, "count", "hang", "hang động được mở cửa đón khách từ năm 2022 đến nay",
      P("từ năm 2022 đến nay", "2022-01-01", "2024-10-05"), total=12),
    F("vận hành 27 tour", "27", 27, "count", "tour", "tour khám phá hang động doanh nghiệp lữ hành vận hành"),
    F("từ 1,5 triệu đến 8,5 triệu đồng/khách", "1,5", 1500000, "money", "đồng/khách", "giá tour khám phá hang động",
      value_max=8500000),
    F("là 415 người", "415", 415, "count", "người", "hướng dẫn viên, thuyết minh viên tại các điểm hang động",
      change=C("increase", 37, "người", "cuối năm 2023")),
    F("100% thuyền", "100", 100, "percent", "%", "thuyền chở khách được trang bị đủ áo phao"),
    F("gồm 60 người", "60", 60, "count", "người", "lực lượng cứu hộ túc trực tại bến Xuân Sơn và các lối vào động"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt diễn tập cứu nạn trong hang",
      P("Từ đầu năm", "2024-01-01", "2024-10-05")),
    F("đón 1,3 triệu lượt khách", "1,3", 1300000, "count", "lượt khách", "khách tham quan hang động",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 280 tỷ đồng", "280", 280000000000, "money", "đồng", "doanh thu bán vé",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]
write("p1028-1", TEXT, FIGS, NOTES, published="2024-10-05", location="Quảng Bình")
