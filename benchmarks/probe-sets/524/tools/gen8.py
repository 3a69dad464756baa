"""p524-8: city portal (TP Hồ Chí Minh), relocating houses on and along canals; 'Ngày cập nhật' dateline."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Trang chủ > Tin tức > Đô thị
Ngày cập nhật 18/11/2024

TP.HCM đặt mục tiêu di dời 6.500 căn nhà trên và ven kênh rạch đến năm 2025

Theo Sở Xây dựng, giai đoạn 2021-2024, thành phố đã di dời 2.960 căn nhà trên và ven kênh rạch, đạt 45,5% mục tiêu giai đoạn 2021-2025. Riêng 10 tháng năm 2024, thành phố di dời 815 căn, tập trung tại Quận 8 (342 căn), quận Bình Thạnh (205 căn), huyện Bình Chánh (150 căn) và Quận 4 (118 căn).

Dự án cải tạo kênh Xuyên Tâm (đoạn từ rạch Cầu Sơn đến kênh Nhiêu Lộc - Thị Nghè) dài 6,3 km, tổng mức đầu tư khoảng 8.200 tỷ đồng, trong đó chi phí bồi thường, giải phóng mặt bằng chiếm hơn 60%. Dự án ảnh hưởng đến 4.257 hộ dân tại quận Bình Thạnh và quận Gò Vấp.

Để bố trí tái định cư, thành phố hiện có 2.180 căn hộ sẵn sàng, giá bán bình quân 15,6 triệu đồng/m²; mỗi hộ di dời được hỗ trợ thêm từ 100 đến 300 triệu đồng tùy diện tích nhà bị giải tỏa.

Đến năm 2030, thành phố phấn đấu di dời khoảng 50.000 căn nhà trên và ven kênh rạch, chỉnh trang đô thị với tổng kinh phí dự kiến khoảng 110.000 tỷ đồng, theo Nghị quyết số 98/2023/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố.

Người dân cần thông tin liên hệ Sở Xây dựng, 60 Trương Định, Phường Võ Thị Sáu, Quận 3; điện thoại (028) 3932.5302.
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T30 = P("Đến năm 2030", None, "2030-12-31")
LIST = "căn nhà trên và ven kênh rạch được di dời"

FIGS = [
    F("di dời 6.500 căn", "6.500", 6500, "count", "căn nhà", "căn nhà trên và ven kênh rạch di dời",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("di dời 2.960 căn", "2.960", 2960, "count", "căn nhà", "căn nhà trên và ven kênh rạch đã di dời",
      P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31"), percent=45.5),
    F("di dời 815 căn", "815", 815, "count", "căn", LIST, M10),
    F("Quận 8 (342 căn)", "342", 342, "count", "căn", LIST, M10, total=815, location="Quận 8"),
    F("Bình Thạnh (205 căn)", "205", 205, "count", "căn", LIST, M10, total=815, location="Bình Thạnh"),
    F("Bình Chánh (150 căn)", "150", 150, "count", "căn", LIST, M10, total=815, location="Bình Chánh"),
    F("Quận 4 (118 căn)", "118", 118, "count", "căn", LIST, M10, total=815, location="Quận 4"),
    F("dài 6,3 km", "6,3", 6.3, "measure", "km", "chiều dài dự án cải tạo kênh Xuyên Tâm"),
    F("khoảng 8.200 tỷ đồng", "8.200", 8200000000000, "money", "đồng", "tổng mức đầu tư dự án cải tạo kênh Xuyên Tâm",
      approx="about"),
    F("hơn 60%", "60", 60, "percent", "%", "chi phí bồi thường, giải phóng mặt bằng trong tổng mức đầu tư", approx="over"),
    F("đến 4.257 hộ", "4.257", 4257, "count", "hộ dân", "hộ dân bị ảnh hưởng bởi dự án cải tạo kênh Xuyên Tâm"),
    F("có 2.180 căn hộ", "2.180", 2180, "count", "căn hộ", "căn hộ tái định cư sẵn sàng"),
    F("15,6 triệu đồng/m²", "15,6", 15600000, "money", "đồng/m²", "giá bán bình quân căn hộ tái định cư"),
    F("từ 100 đến 300 triệu đồng", "100", 100000000, "money", "đồng", "hỗ trợ thêm mỗi hộ di dời", value_max=300000000),
    F("khoảng 50.000 căn", "50.000", 50000, "count", "căn nhà", "căn nhà trên và ven kênh rạch di dời", T30,
      approx="about", status="target"),
    F("khoảng 110.000 tỷ đồng", "110.000", 110000000000000, "money", "đồng", "tổng kinh phí di dời nhà, chỉnh trang đô thị", T30,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT TP Hồ Chí Minh (city portal), 'Ngày cập nhật 18/11/2024': di dời nhà trên và ven kênh rạch.",
    "815 căn 'tập trung tại' a bracketed district list that adds up (342+205+150+118 = 815) → total 815, location per district;",
    "district names with numbers ('Quận 8', 'Quận 4') are locations, not figures. The canal project spans two districts → city.",
    "'chiếm hơn 60%' has no base amount of its own in its clause (it is a share of the 8.200 tỷ total) → percent figure.",
    "'giai đoạn 2021-2024' → 2021-01-01..2024-12-31; targets 'đến năm 2025/2030' end that year; 'dự kiến' → forecast for 110.000 tỷ.",
    "Distractors: Nghị quyết số 98/2023/QH15, '60 Trương Định', 'Phường Võ Thị Sáu, Quận 3', phone '(028) 3932.5302'.",
]

if __name__ == "__main__":
    emit("p524-8", TEXT, COMMENTS, FIGS, published="2024-11-18", location="TP Hồ Chí Minh")
