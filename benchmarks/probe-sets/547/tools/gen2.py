"""p547-2: huyện Hải Hậu (Nam Định) district portal, vụ Mùa 2024 after bão số 3."""
from lib import F, P, I, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Nông nghiệp

Hải Hậu: Khắc phục hậu quả bão số 3, cứu gần 2.200 ha lúa mùa bị ngập
Thứ Năm, 26/09/2024 - 14:05

Vụ Mùa năm 2024, toàn huyện gieo cấy 10.386 ha lúa, đạt 100,4% kế hoạch; trong đó diện tích lúa chất lượng cao (Bắc Thơm số 7, RVT, Đài Thơm 8, ST25) là 7.240 ha, chiếm 69,7%.

Do ảnh hưởng của bão số 3 (Yagi) và mưa lớn kéo dài từ ngày 7/9 đến 11/9/2024, có 2.815 ha lúa bị ngập úng, đổ rạp, tập trung ở các xã Hải Đông, Hải Lý, Hải Chính; trong đó 640 ha bị thiệt hại từ 30 đến 70%, 95 ha bị thiệt hại trên 70%. Ngoài ra, 312 ha rau màu vụ đông sớm bị hư hỏng hoàn toàn.

Ngay sau bão, UBND huyện đã huy động 18 trạm bơm điện và hơn 250 máy bơm dã chiến hoạt động liên tục để tiêu úng. Đến ngày 20/9, đã cứu được gần 2.200 ha lúa, chiếm 78% diện tích bị ngập. Huyện cũng hỗ trợ 15 tấn giống lúa ngắn ngày và 200 triệu đồng cho các hộ bị thiệt hại nặng để gieo cấy lại; kinh phí bơm tiêu úng ước khoảng 1,25 tỷ đồng.

Ước tính năng suất lúa mùa năm nay đạt khoảng 58 tạ/ha, giảm 4,5 tạ/ha so với vụ Mùa năm 2023; sản lượng đạt khoảng 60.200 tấn.

Ông Vũ Văn Thắng, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, huyện phấn đấu đến năm 2025, diện tích lúa chất lượng cao đạt trên 80% tổng diện tích gieo cấy.

Phòng Nông nghiệp và PTNT huyện Hải Hậu - Khu 5, thị trấn Yên Định; ĐT: 0228.3877.216.
"""

COMMENTS = [
    "District portal of Hải Hậu (Nam Định): vụ Mùa 2024 area, damage from bão số 3 (Yagi), rescue, support, yield/output estimate, 2025 target.",
    "Dateline 'Thứ Năm, 26/09/2024 - 14:05' gives published. District portal: every figure is located in Hải Hậu (communes named do not change it).",
    "Not figures: 'bão số 3' (a storm's name), variety names (Bắc Thơm số 7, Đài Thơm 8, ST25), dates, 'Khu 5', the phone number.",
    "'thiệt hại từ 30 đến 70%' / 'trên 70%' are damage classes that name the parts, not claims: optional.",
    "'Vụ Mùa năm 2024' gives năm 2024; 'năm nay' is the dateline's year; 'Đến ngày 20/9' takes 2024 from the earlier '11/9/2024'.",
    "Status: 'Ước tính' heads the yield sentence and continues into the output clause after ';' (estimate); 'ước khoảng 1,25 tỷ' is estimate.",
]

Y24 = Y(2024)

FIGS = [
    F("cứu gần 2.200 ha lúa mùa", "2.200", 2200, "measure", "ha",
      "diện tích lúa mùa bị ngập được cứu", I(P("Đến ngày 20/9", None, "2024-09-20")), approx="nearly"),
    F("gieo cấy 10.386 ha lúa", "10.386", 10386, "measure", "ha",
      "diện tích lúa vụ Mùa gieo cấy", Y24, percent=100.4),
    F("là 7.240 ha", "7.240", 7240, "measure", "ha",
      "diện tích lúa chất lượng cao", Y24, total=10386, percent=69.7),
    F("có 2.815 ha lúa", "2.815", 2815, "measure", "ha",
      "diện tích lúa bị ngập úng, đổ rạp",
      P("từ ngày 7/9 đến 11/9/2024", "2024-09-07", "2024-09-11")),
    F("trong đó 640 ha", "640", 640, "measure", "ha",
      "diện tích lúa bị thiệt hại từ 30 đến 70%",
      P("từ ngày 7/9 đến 11/9/2024", "2024-09-07", "2024-09-11"), total=2815),
    F("từ 30 đến 70%", "30", 30, "percent", "%",
      "mức thiệt hại", value_max=70, optional=True),
    F("95 ha bị thiệt hại", "95", 95, "measure", "ha",
      "diện tích lúa bị thiệt hại trên 70%",
      P("từ ngày 7/9 đến 11/9/2024", "2024-09-07", "2024-09-11"), total=2815),
    F("thiệt hại trên 70%", "70", 70, "percent", "%",
      "mức thiệt hại", approx="over", optional=True),
    F("312 ha rau màu", "312", 312, "measure", "ha",
      "diện tích rau màu vụ đông sớm bị hư hỏng hoàn toàn"),
    F("18 trạm bơm điện", "18", 18, "count", "trạm bơm điện",
      "trạm bơm điện được huy động tiêu úng"),
    F("hơn 250 máy bơm", "250", 250, "count", "máy bơm dã chiến",
      "máy bơm dã chiến được huy động tiêu úng", approx="over"),
    F("cứu được gần 2.200 ha", "2.200", 2200, "measure", "ha",
      "diện tích lúa bị ngập được cứu", P("Đến ngày 20/9", None, "2024-09-20"),
      approx="nearly", percent=78),
    F("hỗ trợ 15 tấn", "15", 15, "measure", "tấn",
      "giống lúa ngắn ngày hỗ trợ"),
    F("và 200 triệu đồng", "200", 200000000, "money", "đồng",
      "kinh phí hỗ trợ các hộ bị thiệt hại nặng"),
    F("khoảng 1,25 tỷ đồng", "1,25", 1250000000, "money", "đồng",
      "kinh phí bơm tiêu úng", approx="about", status="estimate"),
    F("khoảng 58 tạ/ha", "58", 58, "measure", "tạ/ha",
      "năng suất lúa mùa", Y(2024, "năm nay"), approx="about",
      change=CH("decrease", 4.5, "tạ/ha", "vụ Mùa năm 2023"), status="estimate"),
    F("khoảng 60.200 tấn", "60.200", 60200, "measure", "tấn",
      "sản lượng lúa mùa", Y(2024, "năm nay"), approx="about", status="estimate"),
    F("trên 80% tổng", "80", 80, "percent", "%",
      "tỷ lệ diện tích lúa chất lượng cao trong tổng diện tích gieo cấy",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

if __name__ == "__main__":
    emit("p547-2", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Hải Hậu")
