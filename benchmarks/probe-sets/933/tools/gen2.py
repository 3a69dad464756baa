"""p933-2: district portal (Krông Pắc, Đắk Lắk) — thị trấn Phước An finishes house-number plates on 21 named streets."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tin tức - Sự kiện > Kinh tế - Xã hội
Thứ Ba, 14/05/2024 - 10:05

Thị trấn Phước An hoàn thành gắn biển số nhà trên 21 tuyến đường

Sau gần 2 tháng triển khai, UBND thị trấn Phước An đã hoàn thành việc gắn biển số nhà cho các hộ dân thuộc 21 tuyến đường, phố đã được đặt tên theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh Đắk Lắk. Riêng các hộ dọc Quốc lộ 26 được gắn số theo hệ thống của tuyến quốc lộ.

Kết quả, thị trấn đã gắn 2.864 biển số nhà, đạt 95,5% kế hoạch; trong đó 2.617 biển cho nhà ở hộ gia đình, 247 biển cho cơ quan, trường học và cơ sở kinh doanh. Còn 135 hộ chưa gắn do nhà đang xây dựng hoặc chủ hộ đi làm ăn xa.

Tổng kinh phí thực hiện là 415,3 triệu đồng, trong đó ngân sách huyện hỗ trợ 300 triệu đồng, nhân dân đóng góp hơn 115 triệu đồng. Đơn giá mỗi biển số nhà là 145.000 đồng, giảm 10.000 đồng so với đợt gắn biển năm 2021.

Thị trấn Phước An hiện có 47 tuyến đường, trong đó 32 tuyến đã được đặt tên, chiếm 68,1%. Theo kế hoạch, năm 2024 huyện sẽ đề nghị tỉnh đặt tên thêm 9 tuyến, nâng tổng số tuyến có tên lên 41 tuyến. Trong quý II/2024, huyện dự kiến gắn khoảng 1.200 biển số nhà tại trung tâm xã Ea Yông và xã Hòa An.

Ông Y Khuê Niê, Chủ tịch UBND thị trấn, cho biết việc gắn biển số nhà giúp người dân thuận tiện trong giao dịch, nhận bưu phẩm; thời gian tìm địa chỉ của nhân viên giao hàng giảm khoảng 30%. Tại tổ dân phố 7 và khối 3, 100% hộ dân đã gắn biển.

Địa chỉ: số 01 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk. Điện thoại: 0262.3521.246
"""

FIGS = [
    F("số nhà trên 21 tuyến đường", "21", 21, "count", "tuyến đường", "tuyến đường được gắn biển số nhà"),
    F("gần 2 tháng", "2", 2, "measure", "tháng", "thời gian triển khai gắn biển số nhà", approx="nearly", optional=True),
    F("thuộc 21 tuyến đường", "21", 21, "count", "tuyến đường", "tuyến đường, phố đã được đặt tên được gắn biển số nhà"),
    F("gắn 2.864 biển", "2.864", 2864, "count", "biển số nhà", "biển số nhà đã gắn", percent=95.5),
    F("2.617 biển", "2.617", 2617, "count", "biển", "biển số nhà cho nhà ở hộ gia đình", total=2864),
    F("247 biển", "247", 247, "count", "biển", "biển số nhà cho cơ quan, trường học và cơ sở kinh doanh", total=2864),
    F("135 hộ", "135", 135, "count", "hộ", "hộ chưa gắn biển số nhà"),
    F("415,3 triệu đồng", "415,3", 415.3e6, "money", "đồng", "tổng kinh phí thực hiện gắn biển số nhà"),
    F("hỗ trợ 300 triệu đồng", "300", 300e6, "money", "đồng", "ngân sách huyện hỗ trợ", total=415.3e6),
    F("hơn 115 triệu đồng", "115", 115e6, "money", "đồng", "nhân dân đóng góp", total=415.3e6, approx="over"),
    F("145.000 đồng", "145.000", 145000, "money", "đồng/biển", "đơn giá mỗi biển số nhà",
      change=C("decrease", 10000, "đồng", "đợt gắn biển năm 2021")),
    F("có 47 tuyến đường", "47", 47, "count", "tuyến đường", "tuyến đường của thị trấn Phước An"),
    F("32 tuyến", "32", 32, "count", "tuyến", "tuyến đường đã được đặt tên", total=47, percent=68.1),
    F("thêm 9 tuyến", "9", 9, "count", "tuyến", "tuyến đề nghị đặt tên thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lên 41 tuyến", "41", 41, "count", "tuyến", "tổng số tuyến có tên",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 1.200 biển", "1.200", 1200, "count", "biển số nhà", "biển số nhà dự kiến gắn",
      P("quý II/2024", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "thời gian tìm địa chỉ của nhân viên giao hàng giảm", approx="about"),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân đã gắn biển tại tổ dân phố 7 và khối 3"),
]

HEADER = [
    "Krông Pắc district portal: thị trấn Phước An house-number plates; commune-level figures take the district as location.",
    "Headline 'trên 21 tuyến đường' is the preposition 'on' (approx exact). 'gần 2 tháng' (campaign duration) is optional.",
    "Distractors: Nghị quyết số 12/2022/NQ-HĐND, Quốc lộ 26, tổ dân phố 7, khối 3, số 01 Giải Phóng, 0262.3521.246, 10:05, 2021.",
    "'hiện có' gives no period. 'Theo kế hoạch' -> target (9 and 41 tuyến); 'dự kiến' -> forecast. 'giảm khoảng 30%' has no base: percent figure.",
]

write("p933-2", TEXT, HEADER, FIGS, published="2024-05-14", location="Krông Pắc")
