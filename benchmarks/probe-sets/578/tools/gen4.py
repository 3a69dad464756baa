"""p578-4: ministry site (Bộ Y tế) — national stroke-treatment network."""
from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động
Ngày đăng: 28/10/2024 | Lượt xem: 2.408

Cả nước có 159 bệnh viện có đơn vị đột quỵ đạt chuẩn quốc tế

Nhân Ngày Đột quỵ thế giới 29/10, Cục Quản lý Khám, chữa bệnh (Bộ Y tế) cho biết, tính đến tháng 9/2024, cả nước có 276 bệnh viện có khả năng điều trị tái thông mạch máu não cấp cứu, tăng 48 bệnh viện so với năm 2022. Trong đó, 159 bệnh viện có đơn vị đột quỵ được Hội Đột quỵ thế giới (WSO) công nhận đạt chuẩn, gồm 23 bệnh viện hạng Kim cương, 51 bệnh viện hạng Bạch kim và 85 bệnh viện hạng Vàng.

Các địa phương có nhiều bệnh viện đạt chuẩn nhất là Hà Nội (21 bệnh viện), TP. Hồ Chí Minh (19 bệnh viện), Nghệ An (7 bệnh viện) và Đồng Nai (6 bệnh viện). Hiện mới có 54/63 tỉnh, thành phố có bệnh viện điều trị tái thông; người bệnh ở 9 tỉnh còn lại phải chuyển tuyến với quãng đường trung bình trên 100 km.

Mỗi năm Việt Nam ghi nhận khoảng 200.000 ca đột quỵ mới, trong đó khoảng 20% người bệnh tử vong. Năm 2023, tỷ lệ người bệnh nhồi máu não được điều trị tái thông đạt 8,6%, tăng 3,1 điểm phần trăm so với năm 2021. Thời gian cửa - kim trung bình tại các bệnh viện đạt chuẩn là 48 phút.

Bộ Y tế đặt mục tiêu đến năm 2025 có ít nhất 300 bệnh viện có khả năng điều trị đột quỵ cấp và đến năm 2030 là 400 bệnh viện, bảo đảm mỗi tỉnh, thành phố có tối thiểu 2 bệnh viện đạt chuẩn.

Người dân cần tư vấn có thể gọi đường dây nóng Bộ Y tế 1900 9095.
Nguồn: Cục Quản lý Khám, chữa bệnh - Bộ Y tế
"""

COMMENTS = [
    "Ministry site (Bộ Y tế): national stroke network; 'Ngày đăng: 28/10/2024 | Lượt xem: 2.408'.",
    "Distractors: 'Ngày Đột quỵ thế giới 29/10', 'Lượt xem: 2.408', hotline '1900 9095', 'hạng Kim cương/Bạch kim/Vàng' (grades, no numbers).",
    "159 is a part of 276 ('Trong đó', same thing: bệnh viện); 23 + 51 + 85 = 159 after 'gồm'. The headline restates 159 (annotated, inherited period).",
    "Province list items take their province as location, subject = the list's indicator. 54/63 -> total 63, location Việt Nam (count of provinces).",
    "'khoảng 20% người bệnh tử vong' after 'trong đó': a percent has no whole (own figure, no total).",
    "'tối thiểu 2 bệnh viện' closes a sentence with both 2025 and 2030 targets: period marked inherited (2030), i.e. not scored.",
    "8,6% carries its change (3,1 điểm phần trăm); it is a level, not a growth rate. Targets: 'đặt mục tiêu đến năm 2025 ... và đến năm 2030'.",
]

ASOF = P("tính đến tháng 9/2024", None, "2024-09-30")
VN = "Việt Nam"

FIGS = [
    F("Cả nước có 159 bệnh viện", "159", 159, "count", "bệnh viện",
      "bệnh viện có đơn vị đột quỵ đạt chuẩn quốc tế", I(ASOF)),
    F("có 276 bệnh viện", "276", 276, "count", "bệnh viện",
      "bệnh viện có khả năng điều trị tái thông mạch máu não cấp cứu", ASOF,
      change=CH("increase", 48, "bệnh viện", "năm 2022")),
    F("Trong đó, 159 bệnh viện", "159", 159, "count", "bệnh viện",
      "bệnh viện có đơn vị đột quỵ được Hội Đột quỵ thế giới (WSO) công nhận đạt chuẩn", I(ASOF), total=276),
    F("gồm 23 bệnh viện", "23", 23, "count", "bệnh viện", "bệnh viện hạng Kim cương", I(ASOF), total=159),
    F("51 bệnh viện", "51", 51, "count", "bệnh viện", "bệnh viện hạng Bạch kim", I(ASOF), total=159),
    F("85 bệnh viện", "85", 85, "count", "bệnh viện", "bệnh viện hạng Vàng", I(ASOF), total=159),
    F("(21 bệnh viện)", "21", 21, "count", "bệnh viện", "bệnh viện đạt chuẩn", I(ASOF), location="Hà Nội"),
    F("(19 bệnh viện)", "19", 19, "count", "bệnh viện", "bệnh viện đạt chuẩn", I(ASOF), location="TP. Hồ Chí Minh"),
    F("(7 bệnh viện)", "7", 7, "count", "bệnh viện", "bệnh viện đạt chuẩn", I(ASOF), location="Nghệ An"),
    F("(6 bệnh viện)", "6", 6, "count", "bệnh viện", "bệnh viện đạt chuẩn", I(ASOF), location="Đồng Nai"),
    F("có 54/63 tỉnh", "54", 54, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có bệnh viện điều trị tái thông", total=63),
    F("ở 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh còn lại phải chuyển tuyến"),
    F("trên 100 km", "100", 100, "measure", "km", "quãng đường chuyển tuyến trung bình", approx="over"),
    F("khoảng 200.000 ca", "200.000", 200000, "count", "ca", "ca đột quỵ mới mỗi năm", approx="about"),
    F("khoảng 20% người bệnh", "20", 20, "percent", "%", "người bệnh đột quỵ tử vong", approx="about"),
    F("đạt 8,6%", "8,6", 8.6, "percent", "%", "tỷ lệ người bệnh nhồi máu não được điều trị tái thông",
      P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 3.1, "điểm phần trăm", "năm 2021")),
    F("là 48 phút", "48", 48, "measure", "phút",
      "Thời gian cửa - kim trung bình tại các bệnh viện đạt chuẩn", I(P("Năm 2023", "2023-01-01", "2023-12-31"))),
    F("ít nhất 300 bệnh viện", "300", 300, "count", "bệnh viện",
      "bệnh viện có khả năng điều trị đột quỵ cấp", P("đến năm 2025", None, "2025-12-31"),
      approx="at_least", status="target"),
    F("là 400 bệnh viện", "400", 400, "count", "bệnh viện",
      "bệnh viện có khả năng điều trị đột quỵ cấp", P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("tối thiểu 2 bệnh viện", "2", 2, "count", "bệnh viện", "bệnh viện đạt chuẩn mỗi tỉnh, thành phố",
      I(P("đến năm 2030", None, "2030-12-31")), approx="at_least", status="target"),
]

if __name__ == "__main__":
    emit("p578-4", TEXT, COMMENTS, FIGS, published="2024-10-28", location=VN)
