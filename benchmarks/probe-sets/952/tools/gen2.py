"""p952-2: Văn Yên district portal — Q1/2025 bark harvest, prices, organic communes, cooperative, 2025 plan."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN YÊN - TỈNH YÊN BÁI
Trang chủ > Tin tức > Kinh tế - Xã hội
Thứ Hai, 07/04/2025 - 10:15

Quý I thu hoạch gần 3.000 tấn vỏ quế

Quý I/2025, các hộ trồng quế trên địa bàn huyện đã khai thác 2.960 tấn vỏ quế khô, tăng 240 tấn so với cùng kỳ năm 2024; sản lượng cành, lá quế đạt 9.400 tấn. Giá vỏ quế khô bình quân 40.500 đồng/kg, quế vụn từ 14.000-16.000 đồng/kg, tinh dầu quế khoảng 1,1 triệu đồng/lít.

Toàn huyện hiện có 56.380 ha quế, trong đó 4.150 ha đã được cấp chứng nhận hữu cơ, tập trung ở các xã Đại Sơn (1.020 ha), Mỏ Vàng (860 ha), Viễn Sơn (740 ha) và Nà Hẩu (510 ha). Có 1.450 hộ tham gia liên kết sản xuất quế hữu cơ với 4 doanh nghiệp và 12 hợp tác xã; thu nhập bình quân từ quế đạt khoảng 95 triệu đồng/hộ/năm.

Ông Hoàng Văn Sáu, Chủ nhiệm HTX Quế hữu cơ Đại Sơn cho biết, từ đầu năm đến nay HTX đã thu mua 185 tấn vỏ quế của xã viên, giá thu mua cao hơn thị trường 3.000 đồng/kg.

Năm 2025, huyện phấn đấu trồng mới 1.200 ha quế, chứng nhận thêm 500 ha quế hữu cơ; dự kiến sản lượng vỏ quế cả năm đạt 14.500 tấn. Huyện cũng tổ chức Hội chợ quế lần thứ 2 tại thị trấn Mậu A vào tháng 10.

Địa chỉ: Tổ dân phố số 5, thị trấn Mậu A, huyện Văn Yên. ĐT: 0216.3834.256
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1H = P("Quý I", "2025-01-01", "2025-03-31")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-04-07")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ORG = "diện tích quế được cấp chứng nhận hữu cơ"

FIGS = [
    F("gần 3.000 tấn", "3.000", 3000, "measure", "tấn", "vỏ quế thu hoạch", Q1H, approx="nearly"),
    F("khai thác 2.960 tấn", "2.960", 2960, "measure", "tấn", "vỏ quế khô khai thác", Q1,
      change=C("increase", 240, "tấn", "cùng kỳ năm 2024")),
    F("đạt 9.400 tấn", "9.400", 9400, "measure", "tấn", "sản lượng cành, lá quế", Q1),
    F("bình quân 40.500 đồng/kg", "40.500", 40500, "money", "đồng/kg", "giá vỏ quế khô bình quân", I(Q1)),
    F("từ 14.000-16.000", "14.000", 14000, "money", "đồng/kg", "giá quế vụn", I(Q1), value_max=16000),
    F("khoảng 1,1 triệu đồng/lít", "1,1", 1.1e6, "money", "đồng/lít", "giá tinh dầu quế", I(Q1), approx="about"),
    F("có 56.380 ha", "56.380", 56380, "measure", "ha", "diện tích quế"),
    F("đó 4.150 ha", "4.150", 4150, "measure", "ha", ORG, total=56380),
    F("Đại Sơn (1.020 ha)", "1.020", 1020, "measure", "ha", ORG),
    F("Mỏ Vàng (860 ha)", "860", 860, "measure", "ha", ORG),
    F("Viễn Sơn (740 ha)", "740", 740, "measure", "ha", ORG),
    F("Nà Hẩu (510 ha)", "510", 510, "measure", "ha", ORG),
    F("Có 1.450 hộ", "1.450", 1450, "count", "hộ", "hộ tham gia liên kết sản xuất quế hữu cơ"),
    F("với 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp liên kết sản xuất quế hữu cơ"),
    F("12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã liên kết sản xuất quế hữu cơ"),
    F("khoảng 95 triệu", "95", 95e6, "money", "đồng/hộ/năm", "thu nhập bình quân từ quế", approx="about"),
    F("thu mua 185 tấn", "185", 185, "measure", "tấn", "vỏ quế HTX thu mua của xã viên", YTD),
    F("thị trường 3.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá thu mua cao hơn thị trường"),
    F("trồng mới 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích quế trồng mới", Y25, status="target"),
    F("thêm 500 ha", "500", 500, "measure", "ha", "diện tích quế hữu cơ chứng nhận thêm", Y25, status="target"),
    F("đạt 14.500 tấn", "14.500", 14500, "measure", "tấn", "sản lượng vỏ quế cả năm", Y25, status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Văn Yên (Yên Bái): Q1/2025 harvest, prices, organic area by commune, cooperative buying, 2025 plan.",
    "Dateline 'Thứ Hai, 07/04/2025 - 10:15'. Not figures: 'Ông Hoàng Văn Sáu', 'Hội chợ quế lần thứ 2', 'Tổ dân phố số 5', phone, 'tháng 10'.",
    "All figures describe the district (communes lie in it): location Văn Yên. The commune list (sum 3.130 ≠ 4.150) gets no total.",
    "Headline 'Quý I' takes 2025 from the dateline. Prices in the next sentence inherit quý I/2025.",
    "'cao hơn thị trường 3.000 đồng/kg' has no base amount: a money figure of its own, no change.",
]

write("p952-2", TEXT, NOTES, FIGS, published="2025-04-07", location="Văn Yên")
