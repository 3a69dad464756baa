"""p1052-2: district portal, huyện Tiên Lữ (Hưng Yên), water for the 2025 spring crop."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LỮ
Tin tức - Sự kiện › Kinh tế

Tiên Lữ: Bảo đảm nước gieo cấy vụ Xuân 2025

Thứ Năm, 16/01/2025 - 14:05

Sáng 15/1, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện phối hợp với Xí nghiệp Khai thác công trình thủy lợi Tiên Lữ kiểm tra đợt lấy nước lần thứ hai phục vụ gieo cấy tại các xã Thiện Phiến, Hải Triều và Thụy Lôi.

Vụ Xuân năm nay, toàn huyện gieo cấy khoảng 5.850 ha lúa, giảm 120 ha so với vụ Xuân 2024 do chuyển đổi sang trồng cây ăn quả và nuôi trồng thủy sản. Để có đủ nước, xí nghiệp đã vận hành 24 trạm bơm điện với 96 máy bơm, tổng công suất hơn 86.000 m3/giờ; các hợp tác xã dịch vụ nông nghiệp vận hành thêm 57 trạm bơm cục bộ.

Từ đầu tháng 12/2024 đến nay, huyện đã huy động hơn 3.200 ngày công nạo vét 142 tuyến kênh mương nội đồng với tổng chiều dài 186,4 km, khối lượng đất đào đắp khoảng 215.000 m3, đạt 92% kế hoạch. Kinh phí thực hiện gần 4,8 tỷ đồng, trong đó nguồn hỗ trợ giá dịch vụ thủy lợi 3,1 tỷ đồng.

Tính đến ngày 15/1/2025, diện tích đã đủ nước làm đất là 4.970 ha, đạt 85% diện tích kế hoạch; dự kiến đến ngày 25/1 toàn bộ diện tích được cấp đủ nước. Theo ông Đỗ Văn Tám, Giám đốc Xí nghiệp, đơn giá dịch vụ tưới tiêu bằng động lực đối với lúa là 1.811.000 đồng/ha/vụ, được ngân sách Nhà nước hỗ trợ 100% nên người dân không phải đóng góp.

Ban Biên tập: Phòng Văn hóa và Thông tin huyện Tiên Lữ - Điện thoại: 0221.3871.247
"""

SEASON = P("Vụ Xuân năm nay")
SINCE = P("Từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-16")
FIGS = [
    F("khoảng 5.850 ha", "5.850", 5850, "measure", "ha",
      "diện tích lúa gieo cấy", SEASON, approx="about",
      change=C("decrease", 120, "ha", "vụ Xuân 2024")),
    F("vận hành 24 trạm bơm", "24", 24, "count", "trạm bơm điện",
      "trạm bơm điện được vận hành", I(SEASON)),
    F("với 96 máy bơm", "96", 96, "count", "máy bơm",
      "máy bơm được vận hành", I(SEASON)),
    F("hơn 86.000 m3/giờ", "86.000", 86000, "measure", "m3/giờ",
      "tổng công suất máy bơm", I(SEASON), approx="over"),
    F("thêm 57 trạm bơm", "57", 57, "count", "trạm bơm cục bộ",
      "trạm bơm cục bộ do hợp tác xã vận hành", I(SEASON)),
    F("hơn 3.200 ngày công", "3.200", 3200, "count", "ngày công",
      "ngày công huy động nạo vét kênh mương", SINCE, approx="over"),
    F("nạo vét 142 tuyến", "142", 142, "count", "tuyến kênh mương",
      "tuyến kênh mương nội đồng được nạo vét", SINCE),
    F("dài 186,4 km", "186,4", 186.4, "measure", "km",
      "tổng chiều dài kênh mương nạo vét", SINCE),
    F("khoảng 215.000 m3", "215.000", 215000, "measure", "m3",
      "khối lượng đất đào đắp", SINCE, approx="about", percent=92),
    F("gần 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng",
      "kinh phí thực hiện nạo vét", I(SINCE), approx="nearly"),
    F("thủy lợi 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng",
      "nguồn hỗ trợ giá dịch vụ thủy lợi", I(SINCE), total=4.8e9),
    F("là 4.970 ha", "4.970", 4970, "measure", "ha",
      "diện tích đã đủ nước làm đất", P("Tính đến ngày 15/1/2025", None, "2025-01-15"),
      percent=85),
    F("là 1.811.000 đồng/ha/vụ", "1.811.000", 1811000, "money", "đồng/ha/vụ",
      "đơn giá dịch vụ tưới tiêu bằng động lực đối với lúa"),
    F("hỗ trợ 100%", "100", 100, "percent", "%",
      "mức ngân sách Nhà nước hỗ trợ đơn giá dịch vụ tưới tiêu"),
]

NOTES = [
    "Tiên Lữ district portal (Hưng Yên): water for the 2025 spring crop, pumping stations, canal dredging, fee support.",
    "Location is the district 'Tiên Lữ' throughout. 'Vụ Xuân năm nay' is a crop season: a period with text only (no calendar dates).",
    "'Từ đầu tháng 12/2024 đến nay' ends at the dateline 2025-01-16. 'giảm 120 ha so với vụ Xuân 2024' is a change in ha.",
    "Distractors: 'Thứ Năm, 16/01/2025 - 14:05', 'Sáng 15/1', 'đợt lấy nước lần thứ hai', 'ngày 25/1', 'Đỗ Văn Tám', phone 0221.3871.247.",
]

write_set("p1052-2", TEXT, FIGS, NOTES, published="2025-01-16", location="Tiên Lữ")
