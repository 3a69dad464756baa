"""p1084-6: national newspaper (VnExpress style), Bến Tre coconut candy via livestream + national e-commerce data."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 14/4/2025, 10:20 (GMT+7)

Cơ sở kẹo dừa Bến Tre bán 40 tấn mỗi tháng nhờ livestream

Bán hàng qua livestream đang giúp nhiều cơ sở sản xuất đặc sản ở Bến Tre tăng mạnh doanh thu, trong bối cảnh sức mua ở chợ truyền thống chững lại.

Mỗi tối từ 20h đến 23h, cơ sở kẹo dừa Thanh Long ở xã Sơn Đông, TP Bến Tre lại lên sóng TikTok với 3 nhân viên bán hàng. Bà Trần Thị Thu, chủ cơ sở, cho biết trung bình mỗi tháng cơ sở bán khoảng 40 tấn kẹo dừa, trong đó khoảng 65% qua livestream. Doanh thu quý I/2025 đạt 7,2 tỷ đồng, tăng 48% so với cùng kỳ năm trước.

Theo Sở Công Thương Bến Tre, năm 2024 toàn tỉnh tổ chức 1.340 phiên livestream bán sản phẩm OCOP, đặc sản, đạt doanh thu 342 tỷ đồng, gấp 2,4 lần năm 2023. Tỉnh hiện có 318 sản phẩm OCOP, trong đó sản phẩm từ dừa chiếm hơn 40%. Số người bán được tập huấn kỹ năng livestream lũy kế đến cuối năm 2024 là 2.860 người.

Trên phạm vi cả nước, dữ liệu của một đơn vị phân tích thị trường cho thấy doanh số nhóm nông sản, thực phẩm trên 5 sàn thương mại điện tử lớn năm 2024 đạt khoảng 31.500 tỷ đồng, tăng 26,5% so với năm 2023; sản lượng bán ra hơn 410 triệu sản phẩm. Trong đó, TikTok Shop chiếm 41% thị phần, xếp thứ 2 sau Shopee.

Ông Lê Văn Sáu, Phó giám đốc Sở Công Thương, cho biết năm 2025 tỉnh dự kiến tổ chức 1.800 phiên livestream, doanh thu khoảng 450-500 tỷ đồng. Sở cũng đặt mục tiêu đưa 100 sản phẩm OCOP lên sàn Postmart trong quý II/2025.

Tuy vậy, nhiều cơ sở nhỏ vẫn gặp khó: chi phí quảng cáo chiếm 8-12% doanh thu mỗi phiên, tỷ lệ hoàn đơn có lúc lên tới 15%.

Minh Anh
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24n = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("lũy kế đến cuối năm 2024", None, "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("trong quý II/2025", "2025-04-01", "2025-06-30")
VN = "Việt Nam"

FIGS = [
    F("bán 40 tấn mỗi tháng", "40", 40, "measure", "tấn/tháng", "kẹo dừa bán nhờ livestream"),
    F("với 3 nhân viên", "3", 3, "count", "nhân viên", "nhân viên bán hàng livestream của cơ sở"),
    F("khoảng 40 tấn kẹo dừa", "40", 40, "measure", "tấn/tháng", "kẹo dừa cơ sở bán mỗi tháng",
      approx="about"),
    F("khoảng 65% qua livestream", "65", 65, "percent", "%", "kẹo dừa bán qua livestream",
      approx="about"),
    F("đạt 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "doanh thu của cơ sở kẹo dừa", Q1,
      change=C("increase", 48, "%", "cùng kỳ năm trước")),
    F("tổ chức 1.340 phiên livestream", "1.340", 1340, "count", "phiên livestream",
      "phiên livestream bán sản phẩm OCOP, đặc sản", Y24),
    F("doanh thu 342 tỷ đồng", "342", 342e9, "money", "đồng", "doanh thu bán hàng qua livestream", Y24,
      change=C("increase", 2.4, "lần", "năm 2023")),
    F("có 318 sản phẩm OCOP", "318", 318, "count", "sản phẩm OCOP", "sản phẩm OCOP"),
    F("chiếm hơn 40%", "40", 40, "percent", "%", "sản phẩm từ dừa trong sản phẩm OCOP", approx="over"),
    F("là 2.860 người", "2.860", 2860, "count", "người",
      "người bán được tập huấn kỹ năng livestream lũy kế", ASOF),
    F("trên 5 sàn", "5", 5, "count", "sàn thương mại điện tử", "sàn thương mại điện tử lớn",
      location=VN, optional=True),
    F("khoảng 31.500 tỷ đồng", "31.500", 31500e9, "money", "đồng",
      "doanh số nhóm nông sản, thực phẩm trên sàn thương mại điện tử", Y24n, approx="about",
      change=C("increase", 26.5, "%", "năm 2023"), location=VN),
    F("hơn 410 triệu sản phẩm", "410", 410e6, "count", "sản phẩm",
      "sản lượng nông sản, thực phẩm bán ra trên sàn thương mại điện tử", Y24n, approx="over",
      location=VN),
    F("chiếm 41% thị phần", "41", 41, "percent", "%", "thị phần của TikTok Shop", I(Y24n), location=VN),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "thị phần của TikTok Shop", I(Y24n), location=VN),
    F("tổ chức 1.800 phiên livestream", "1.800", 1800, "count", "phiên livestream", "phiên livestream",
      Y25, status="forecast"),
    F("khoảng 450-500 tỷ đồng", "450", 450e9, "money", "đồng", "doanh thu bán hàng qua livestream", Y25,
      value_max=500e9, approx="about", status="forecast"),
    F("đưa 100 sản phẩm OCOP", "100", 100, "count", "sản phẩm OCOP",
      "sản phẩm OCOP đưa lên sàn Postmart", Q2, status="target"),
    F("chiếm 8-12%", "8", 8, "percent", "%", "chi phí quảng cáo trong doanh thu mỗi phiên", value_max=12),
    F("lên tới 15%", "15", 15, "percent", "%", "tỷ lệ hoàn đơn"),
]

NOTES = [
    "National newspaper style (invented), 'Thứ hai, 14/4/2025, 10:20 (GMT+7)'; Bến Tre (TP Bến Tre and the province read alike) plus national data.",
    "'trung bình mỗi tháng ... 40 tấn' is a rate (tấn/tháng); the headline repeats it. 'khoảng 65%' after 'trong đó' is a share figure (no total).",
    "'trên 5 sàn' means 'on 5 platforms' (a preposition, not 'over'): approx exact; a scope qualifier, optional.",
    "'gấp 2,4 lần năm 2023' is the change of 342 tỷ. 'lên tới 15%' is not an approx cue listed in the spec: exact.",
    "National paragraph figures are Việt Nam; 'TikTok Shop chiếm 41% ... xếp thứ 2' inherit năm 2024 (previous sentence).",
    "'dự kiến' governs 1.800 phiên and 450-500 tỷ (forecast); 'đặt mục tiêu' → target.",
    "Distractors: '20h đến 23h', 'Ông Lê Văn Sáu', 'một đơn vị phân tích', dateline and time, byline 'Minh Anh'.",
]

write("p1084-6", TEXT, FIGS, NOTES, published="2025-04-14", location="Bến Tre")
