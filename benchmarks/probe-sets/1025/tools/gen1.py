"""p1025-1: Bến Tre province portal — sluice gates operated against saltwater intrusion, March 2024."""
from lib import F, build, change, inherit, period

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Bến Tre vận hành 52 cống, bảo vệ hơn 40.000 ha cây trồng trước xâm nhập mặn
Cập nhật: 18/03/2024 10:15 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 15/3/2024, mặn đã xâm nhập sâu vào các sông chính trên địa bàn tỉnh Bến Tre. Trên sông Hàm Luông, ranh mặn 4‰ vào sâu khoảng 58 km, sâu hơn 6 km so với cùng kỳ năm 2023; ranh mặn 1‰ vào sâu từ 65 đến 70 km.

Thực hiện Kế hoạch số 5823/KH-UBND của UBND tỉnh, ngành nông nghiệp đã vận hành 52 cống thuộc hệ thống thủy lợi Bắc Bến Tre và Nam Bến Tre, trong đó có 8 cống lớn như Tân Phú, An Hóa, Bến Rớ. Các cống được đóng khi độ mặn ngoài sông vượt 2 g/l và chỉ mở lấy nước khi độ mặn dưới 0,5 g/l. Từ đầu năm đến nay, các cống đã thực hiện 346 lượt đóng, mở, tăng 18,5% so với cùng kỳ.

Nhờ đó, hệ thống cống đã bảo vệ an toàn hơn 40.000 ha cây trồng, trong đó khoảng 21.500 ha cây ăn trái, 12.800 ha dừa và 5.900 ha lúa Đông Xuân. Diện tích lúa bị thiệt hại do mặn chỉ khoảng 120 ha, chiếm 2% diện tích xuống giống.

Năm 2024, tỉnh đã bố trí hơn 95 tỷ đồng cho công tác phòng, chống hạn mặn, gia cố 17 cống và đắp 23 đập tạm ngăn mặn dọc Quốc lộ 57. Dự kiến trong tháng 4, toàn tỉnh có khoảng 18.000 hộ dân thiếu nước sinh hoạt; tỉnh phấn đấu hỗ trợ nước ngọt miễn phí cho 100% số hộ này.

Dự án Hệ thống thủy lợi Bắc Bến Tre có tổng mức đầu tư 4.216 tỷ đồng, đến nay giải ngân đạt 89,3%. Dự án có nhiệm vụ kiểm soát mặn cho khoảng 139.000 ha đất tự nhiên.

Liên hệ: Sở NN&PTNT tỉnh Bến Tre, số 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre; điện thoại: 0275.3822.290.
"""

AS_OF = period("tính đến ngày 15/3/2024", None, "2024-03-15")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-03-18")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
APR = period("trong tháng 4", "2024-04-01", "2024-04-30")
NOW = period("đến nay", None, "2024-03-18")

FIGS = [
    F("vận hành 52 cống, bảo vệ", "52", 52, "count", "cống", "cống ngăn mặn được vận hành"),
    F("bảo vệ hơn 40.000 ha cây trồng trước", "40.000", 40000, "measure", "ha",
      "diện tích cây trồng được bảo vệ trước xâm nhập mặn", approx="over"),
    F("ranh mặn 4‰ vào sâu", "4", 4, "measure", "‰", "ngưỡng độ mặn của ranh mặn", optional=True),
    F("khoảng 58 km", "58", 58, "measure", "km", "ranh mặn 4‰ vào sâu trên sông Hàm Luông", inherit(AS_OF),
      approx="about", change=change("increase", 6, "km", "cùng kỳ năm 2023")),
    F("ranh mặn 1‰", "1", 1, "measure", "‰", "ngưỡng độ mặn của ranh mặn", optional=True),
    F("từ 65 đến 70 km", "65", 65, "measure", "km", "ranh mặn 1‰ vào sâu trên sông Hàm Luông", inherit(AS_OF),
      value_max=70),
    F("vận hành 52 cống thuộc", "52", 52, "count", "cống",
      "cống thuộc hệ thống thủy lợi Bắc Bến Tre và Nam Bến Tre được vận hành"),
    F("có 8 cống lớn", "8", 8, "count", "cống", "cống lớn được vận hành", total=52),
    F("vượt 2 g/l", "2", 2, "measure", "g/l", "độ mặn ngoài sông khi đóng cống", approx="over", optional=True),
    F("dưới 0,5 g/l", "0,5", 0.5, "measure", "g/l", "độ mặn khi mở cống lấy nước", approx="under", optional=True),
    F("346 lượt đóng, mở", "346", 346, "count", "lượt", "lượt đóng, mở cống", YTD,
      change=change("increase", 18.5, "%", "cùng kỳ")),
    F("an toàn hơn 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích cây trồng được hệ thống cống bảo vệ an toàn",
      approx="over"),
    F("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích cây ăn trái được bảo vệ", approx="about",
      total=40000),
    F("12.800 ha dừa", "12.800", 12800, "measure", "ha", "diện tích dừa được bảo vệ", total=40000),
    F("5.900 ha lúa", "5.900", 5900, "measure", "ha", "diện tích lúa Đông Xuân được bảo vệ", total=40000),
    F("khoảng 120 ha", "120", 120, "measure", "ha", "diện tích lúa bị thiệt hại do mặn", approx="about", percent=2),
    F("hơn 95 tỷ đồng", "95", 95e9, "money", "đồng", "kinh phí phòng, chống hạn mặn được bố trí", Y24,
      approx="over"),
    F("gia cố 17 cống", "17", 17, "count", "cống", "cống được gia cố", Y24),
    F("đắp 23 đập tạm", "23", 23, "count", "đập tạm", "đập tạm ngăn mặn được đắp", Y24),
    F("khoảng 18.000 hộ", "18.000", 18000, "count", "hộ", "hộ dân thiếu nước sinh hoạt", APR, approx="about",
      status="forecast"),
    F("cho 100% số hộ", "100", 100, "percent", "%", "tỷ lệ hộ thiếu nước được hỗ trợ nước ngọt miễn phí", APR,
      status="target"),
    F("tổng mức đầu tư 4.216 tỷ đồng", "4.216", 4216e9, "money", "đồng",
      "tổng mức đầu tư Dự án Hệ thống thủy lợi Bắc Bến Tre"),
    F("giải ngân đạt 89,3%", "89,3", 89.3, "percent", "%", "tỷ lệ giải ngân Dự án Hệ thống thủy lợi Bắc Bến Tre", NOW),
    F("khoảng 139.000 ha", "139.000", 139000, "measure", "ha", "diện tích đất tự nhiên được dự án kiểm soát mặn",
      approx="about"),
]

META = {
    "published": "2024-03-18",
    "location": "Bến Tre",
    "comments": [
        "p1025-1: Cổng TTĐT tỉnh Bến Tre (breadcrumb, 'Cập nhật: 18/03/2024 10:15 | Lượt xem: 2.316').",
        "Isohaline labels ('ranh mặn 4‰', 'ranh mặn 1‰') and gate operating thresholds (vượt 2 g/l, dưới 0,5 g/l): optional.",
        "'sâu hơn 6 km so với cùng kỳ năm 2023' is the change of 58 km. 21.500/12.800/5.900 ha follow 'trong đó' → total 40.000.",
        "'tổng mức đầu tư 4.216 tỷ đồng, đến nay giải ngân đạt 89,3%': the disbursement rate is its own figure, not a share of the investment.",
        "Distractors: Lượt xem 2.316, Kế hoạch số 5823/KH-UBND, Quốc lộ 57, số 126A Nguyễn Thị Định, 0275.3822.290, 15/3/2024.",
    ],
}

if __name__ == "__main__":
    build(1, TEXT, META, FIGS)
