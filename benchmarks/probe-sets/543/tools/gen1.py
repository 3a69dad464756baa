"""p543-1: Khánh Hòa province portal, Cam Ranh international airport, 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 08/07/2024 10:25 | Lượt xem: 3.482

Cảng hàng không quốc tế Cam Ranh đón gần 4,6 triệu lượt khách trong 6 tháng đầu năm

Theo Cảng hàng không quốc tế Cam Ranh, 6 tháng đầu năm 2024, sản lượng hành khách thông qua cảng đạt gần 4,6 triệu lượt, tăng 38,5% so với cùng kỳ năm 2023, đạt 56,2% kế hoạch năm. Trong đó, khách quốc tế đạt 2,15 triệu lượt, chiếm 46,7%; khách nội địa khoảng 2,44 triệu lượt.

Tổng số chuyến bay cất, hạ cánh đạt 27.340 chuyến, bình quân khoảng 150 chuyến/ngày; ngày cao điểm dịp nghỉ lễ 30/4 - 1/5, cảng phục vụ 212 chuyến bay. Sản lượng hàng hóa, bưu kiện đạt 5.126,4 tấn, giảm 3,2% so với cùng kỳ.

Hiện có 18 hãng hàng không quốc tế khai thác 24 đường bay quốc tế đến Cam Ranh, trong đó có 11 đường bay từ Hàn Quốc và sáu đường bay từ Trung Quốc. Khách đến bằng đường hàng không chủ yếu lưu trú tại thành phố Nha Trang (khoảng 1,7 triệu lượt), thành phố Cam Ranh (320.000 lượt), thị xã Ninh Hòa (95.000 lượt) và huyện Vạn Ninh (68.500 lượt).

Về hạ tầng, dự án mở rộng sân đỗ tàu bay có tổng mức đầu tư 1.040 tỷ đồng đã hoàn thành khoảng 65% khối lượng; dự kiến hoàn thành trong năm 2025, nâng tổng số vị trí đỗ lên 50 vị trí. Nhà ga hành khách quốc tế T2 có công suất thiết kế 4 triệu khách/năm, hiện đã khai thác vượt công suất.

Năm 2024, Cảng phấn đấu đón 8,2 triệu lượt khách, trong đó khách quốc tế 4 triệu lượt.

Liên hệ: Cảng hàng không quốc tế Cam Ranh, phường Cam Nghĩa, TP. Cam Ranh; điện thoại 0258.3989.913.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón gần 4,6 triệu lượt khách", "4,6", 4600000, "count", "lượt khách",
      "lượt khách Cảng hàng không quốc tế Cam Ranh đón", H1, approx="nearly"),
    F("đạt gần 4,6 triệu lượt", "4,6", 4600000, "count", "lượt",
      "sản lượng hành khách thông qua cảng", H1Y, approx="nearly", percent=56.2,
      change=CH("increase", 38.5, baseline="cùng kỳ năm 2023")),
    F("quốc tế đạt 2,15 triệu lượt", "2,15", 2150000, "count", "lượt",
      "khách quốc tế", I(H1Y), total=4600000, percent=46.7),
    F("nội địa khoảng 2,44 triệu lượt", "2,44", 2440000, "count", "lượt",
      "khách nội địa", I(H1Y), approx="about", total=4600000),
    F("đạt 27.340 chuyến", "27.340", 27340, "count", "chuyến",
      "tổng số chuyến bay cất, hạ cánh", I(H1Y)),
    F("khoảng 150 chuyến/ngày", "150", 150, "measure", "chuyến/ngày",
      "chuyến bay cất, hạ cánh bình quân", I(H1Y), approx="about"),
    F("phục vụ 212 chuyến bay", "212", 212, "count", "chuyến bay",
      "chuyến bay cảng phục vụ ngày cao điểm dịp nghỉ lễ"),
    F("đạt 5.126,4 tấn", "5.126,4", 5126.4, "measure", "tấn",
      "sản lượng hàng hóa, bưu kiện", I(H1Y), change=CH("decrease", 3.2, baseline="cùng kỳ")),
    F("Hiện có 18 hãng", "18", 18, "count", "hãng hàng không",
      "hãng hàng không quốc tế khai thác đến Cam Ranh"),
    F("khai thác 24 đường bay", "24", 24, "count", "đường bay",
      "đường bay quốc tế đến Cam Ranh"),
    F("có 11 đường bay", "11", 11, "count", "đường bay",
      "đường bay quốc tế từ Hàn Quốc", total=24),
    F("sáu đường bay", "sáu", 6, "count", "đường bay",
      "đường bay quốc tế từ Trung Quốc", total=24),
    F("(khoảng 1,7 triệu lượt)", "1,7", 1700000, "count", "lượt",
      "khách đến bằng đường hàng không lưu trú", I(H1Y), approx="about", location="Nha Trang"),
    F("(320.000 lượt)", "320.000", 320000, "count", "lượt",
      "khách đến bằng đường hàng không lưu trú", I(H1Y), location="Cam Ranh"),
    F("(95.000 lượt)", "95.000", 95000, "count", "lượt",
      "khách đến bằng đường hàng không lưu trú", I(H1Y), location="Ninh Hòa"),
    F("(68.500 lượt)", "68.500", 68500, "count", "lượt",
      "khách đến bằng đường hàng không lưu trú", I(H1Y), location="Vạn Ninh"),
    F("đầu tư 1.040 tỷ đồng", "1.040", 1040000000000, "money", "đồng",
      "tổng mức đầu tư dự án mở rộng sân đỗ tàu bay"),
    F("khoảng 65% khối lượng", "65", 65, "percent", "%",
      "khối lượng dự án mở rộng sân đỗ tàu bay đã hoàn thành", approx="about"),
    F("lên 50 vị trí", "50", 50, "count", "vị trí",
      "tổng số vị trí đỗ tàu bay", P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("thiết kế 4 triệu khách/năm", "4", 4000000, "measure", "khách/năm",
      "công suất thiết kế nhà ga hành khách quốc tế T2"),
    F("đón 8,2 triệu lượt khách", "8,2", 8200000, "count", "lượt khách",
      "lượt khách Cảng đón", Y24, status="target"),
    F("quốc tế 4 triệu lượt", "4", 4000000, "count", "lượt",
      "khách quốc tế", Y24, total=8200000, status="target"),
]

COMMENTS = [
    "Khánh Hòa province portal (breadcrumb, 'Cập nhật: 08/07/2024 10:25 | Lượt xem: 3.482'): Cam Ranh airport, 6 tháng đầu năm 2024.",
    "Location: the province (Khánh Hòa); the airport's name 'Cam Ranh' is a name, not the place of its figures. Cities/districts in the",
    "bracketed lodging list go to location. 'Hàn Quốc', 'Trung Quốc' are route origins, not places of the figure.",
    "'đạt 56,2% kế hoạch năm' after the passenger count is its percent (cf. shared h14 'đạt 70% so kế hoạch').",
    "Not figures: 'Lượt xem: 3.482', '30/4 - 1/5', 'nhà ga ... T2', phone 0258.3989.913, 'phường Cam Nghĩa'.",
]

if __name__ == "__main__":
    emit("p543-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Khánh Hòa")
