"""p1084-8: Báo Lạng Sơn online, headline figure, (LSO) tag: Q1/2025 livestream orders."""
from lib import F, P, I, C, T, write

TEXT = """Báo Lạng Sơn điện tử
Kinh tế | Thứ Ba, 08/04/2025 | 07:45

Hơn 8.500 đơn hàng nông sản được chốt qua livestream trong quý I

(LSO) - Quý I/2025, các hợp tác xã, hộ kinh doanh trên địa bàn tỉnh đã tổ chức 124 phiên livestream bán nông sản, sản phẩm OCOP, chốt hơn 8.500 đơn hàng với tổng giá trị khoảng 4,3 tỷ đồng, tăng 52% so với cùng kỳ năm 2024.

Theo Sở Công Thương, các sản phẩm bán chạy gồm hồi, quế, miến dong và thạch đen Tràng Định, khác hẳn trước đây khi nông sản chủ yếu bày bán ở các sạp dọc Quốc lộ 1A. Trong đó, thạch đen là mặt hàng tiêu thụ lớn nhất với 21 tấn, chiếm gần 35% tổng sản lượng bán qua livestream. Huyện Tràng Định, Chi Lăng và Văn Quan lần lượt đạt 2.140, 1.860 và 1.320 đơn hàng.

Từ đầu năm đến nay, tỉnh đã tổ chức 6 lớp tập huấn về kỹ năng livestream cho 410 học viên là thành viên HTX, đoàn viên thanh niên, nâng tổng số người bán hàng trực tuyến được đào tạo từ năm 2022 đến nay lên hơn 2.300 người. Anh Hoàng Văn Tư, Giám đốc HTX Nông sản Đồng Đăng 2, cho biết mỗi phiên livestream của HTX thường bán từ 80 đến 120 đơn, tăng gấp 1,5 lần so với đầu năm 2024.

Trong quý II/2025, tỉnh dự kiến tổ chức khoảng 150 phiên livestream kết hợp Tuần lễ quảng bá na Chi Lăng và đưa thêm 25 sản phẩm OCOP lên sàn Postmart, Shopee. Mục tiêu cả năm 2025, doanh thu bán hàng qua livestream đạt 20 tỷ đồng, số người bán được đào tạo đạt 3.000 người.

Thông tin liên hệ: Sở Công Thương Lạng Sơn, số 2 đường Hoàng Văn Thụ, thành phố Lạng Sơn; điện thoại 0205.3812.345.
"""

HEAD = P("trong quý I", "2025-01-01", "2025-03-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")
SINCE22 = P("từ năm 2022 đến nay", "2022-01-01", "2025-04-08")
Q2 = P("Trong quý II/2025", "2025-04-01", "2025-06-30")
Y25 = P("cả năm 2025", "2025-01-01", "2025-12-31")
LIST = "đơn hàng chốt qua livestream"

FIGS = [
    F("Hơn 8.500 đơn hàng", "8.500", 8500, "count", "đơn hàng",
      "đơn hàng nông sản được chốt qua livestream", HEAD, approx="over"),
    F("tổ chức 124 phiên livestream", "124", 124, "count", "phiên livestream",
      "phiên livestream bán nông sản, sản phẩm OCOP", Q1),
    F("chốt hơn 8.500 đơn hàng", "8.500", 8500, "count", "đơn hàng", "đơn hàng chốt qua livestream", Q1,
      approx="over"),
    F("khoảng 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "tổng giá trị đơn hàng", Q1, approx="about",
      change=C("increase", 52, "%", "cùng kỳ năm 2024")),
    F("với 21 tấn", "21", 21, "measure", "tấn", "thạch đen tiêu thụ qua livestream", I(Q1), percent=35),
    F("đạt 2.140", "2.140", 2140, "count", "đơn hàng", LIST, I(Q1), location="Tràng Định"),
    F("1.860 và", "1.860", 1860, "count", "đơn hàng", LIST, I(Q1), location="Chi Lăng"),
    F("1.320 đơn hàng", "1.320", 1320, "count", "đơn hàng", LIST, I(Q1), location="Văn Quan"),
    F("tổ chức 6 lớp tập huấn", "6", 6, "count", "lớp tập huấn", "lớp tập huấn về kỹ năng livestream", YTD),
    F("cho 410 học viên", "410", 410, "count", "học viên", "học viên được tập huấn kỹ năng livestream", YTD),
    F("lên hơn 2.300 người", "2.300", 2300, "count", "người",
      "tổng số người bán hàng trực tuyến được đào tạo", SINCE22, approx="over"),
    F("từ 80 đến 120 đơn", "80", 80, "measure", "đơn/phiên", "đơn hàng mỗi phiên livestream của HTX",
      value_max=120, change=C("increase", 1.5, "lần", "đầu năm 2024")),
    F("khoảng 150 phiên livestream", "150", 150, "count", "phiên livestream", "phiên livestream", Q2,
      approx="about", status="forecast"),
    F("thêm 25 sản phẩm OCOP", "25", 25, "count", "sản phẩm OCOP",
      "sản phẩm OCOP đưa lên sàn Postmart, Shopee", Q2, status="forecast"),
    F("đạt 20 tỷ đồng", "20", 20e9, "money", "đồng", "doanh thu bán hàng qua livestream", Y25,
      status="target"),
    F("đạt 3.000 người", "3.000", 3000, "count", "người", "số người bán được đào tạo", Y25, status="target"),
]

NOTES = [
    "Báo Lạng Sơn online style (invented): headline figure, '(LSO) -' tag; the tag and footer imply Lạng Sơn (the text says only 'tỉnh').",
    "Headline 'trong quý I' without year takes 2025 from the dateline before it. 'chiếm gần 35%' is the percent of 21 tấn.",
    "'lần lượt đạt 2.140, 1.860 và 1.320 đơn hàng' share the indicator; districts are locations; they do not add up to 8.500 and no part cue: no total.",
    "'tăng gấp 1,5 lần so với đầu năm 2024' is the change of the per-session range. 'Từ đầu năm đến nay'/'từ năm 2022 đến nay' end at the dateline.",
    "'dự kiến' governs 150 phiên and the continuing clause 'đưa thêm 25 sản phẩm' (forecast); 'Mục tiêu cả năm 2025' → target.",
    "Distractors: 'Thứ Ba, 08/04/2025 | 07:45', 'Quốc lộ 1A', 'Hoàng Văn Tư', 'HTX Nông sản Đồng Đăng 2', 'số 2 đường Hoàng Văn Thụ', phone.",
]

write("p1084-8", TEXT, FIGS, NOTES, published="2025-04-08", location="Lạng Sơn")
