"""p1106-8: Báo Bạc Liêu online, Gành Hào fishing port (huyện Đông Hải) 11 months 2024; headline figure, (BBL) tag."""
from lib import F, P, I, C, build

TEXT = """Báo Bạc Liêu điện tử
Kinh tế
Cảng cá Gành Hào thu hơn 5,2 tỷ đồng phí dịch vụ
Thứ Sáu, 29/11/2024 - 15:40

(BBL) - Từ đầu năm đến nay, Cảng cá Gành Hào (huyện Đông Hải) đã tiếp nhận 6.380 lượt tàu cá vào cảng, tăng 512 lượt so với cùng kỳ năm 2023; sản lượng thủy sản bốc dỡ qua cảng hơn 28.600 tấn, đạt 95,3% kế hoạch năm. Tổng thu phí, giá dịch vụ cảng ước đạt 5,24 tỷ đồng, tăng 8,7%.

Theo ông Lâm Văn Mười, Giám đốc Ban Quản lý cảng cá tỉnh, cảng hiện có 2 cầu cảng dài 180 m, tiếp nhận được tàu đến 1.000 CV; cảng nằm cách Quốc lộ 1A khoảng 40 km. Các mặt hàng chủ lực qua cảng là tôm, mực, cá đù, cá chỉ vàng. Tại chợ cá Gành Hào, giá mực khô loại 1 đang ở mức 650.000-700.000 đồng/kg, tôm sắt 120.000 đồng/kg.

Phục vụ hậu cần nghề cá, thị trấn Gành Hào hiện có 8 nhà máy nước đá với tổng công suất 1.200 tấn/ngày; giá đá cây 25.000 đồng/cây, tăng 1.000 đồng so với đầu năm.

Toàn tỉnh Bạc Liêu hiện có 1.182 tàu cá, trong đó 413 tàu có chiều dài từ 15 m trở lên. 10 tháng năm 2024, tổng sản lượng khai thác thủy sản của tỉnh đạt 98.450 tấn, tăng 4,2% so với cùng kỳ.

Năm 2025, tỉnh đặt mục tiêu sản lượng qua cảng Gành Hào đạt 32.000 tấn. Dự án mở rộng cảng cá Gành Hào giai đoạn 2 dự kiến có tổng vốn 120 tỷ đồng từ nguồn ngân sách trung ương.

MINH NHỰT
Đường dây nóng: 0291.3822.456
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-29")
D = "Đông Hải"
FIGS = [
    F("hơn 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "phí dịch vụ cảng cá thu được", approx="over", location=D),
    F("tiếp nhận 6.380 lượt tàu", "6.380", 6380, "count", "lượt tàu", "lượt tàu cá vào cảng", SINCE,
      change=C("increase", 512, "lượt", "cùng kỳ năm 2023"), location=D),
    F("hơn 28.600 tấn", "28.600", 28600, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng", SINCE,
      approx="over", percent=95.3, location=D),
    F("ước đạt 5,24 tỷ đồng", "5,24", 5.24e9, "money", "đồng", "tổng thu phí, giá dịch vụ cảng", I(SINCE),
      change=C("increase", 8.7, "%"), status="estimate", location=D),
    F("có 2 cầu cảng", "2", 2, "count", "cầu cảng", "cầu cảng", location=D),
    F("dài 180 m", "180", 180, "measure", "m", "chiều dài cầu cảng", location=D),
    F("đến 1.000 CV", "1.000", 1000, "measure", "CV", "công suất tàu cảng tiếp nhận được", approx="at_most",
      location=D, optional=True),
    F("khoảng 40 km", "40", 40, "measure", "km", "khoảng cách từ cảng đến Quốc lộ 1A", approx="about", location=D),
    F("650.000-700.000 đồng/kg", "650.000", 650000, "money", "đồng/kg", "giá mực khô loại 1", value_max=700000,
      location=D),
    F("120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá tôm sắt", location=D),
    F("có 8 nhà máy", "8", 8, "count", "nhà máy", "nhà máy nước đá", location=D),
    F("1.200 tấn/ngày", "1.200", 1200, "measure", "tấn/ngày", "tổng công suất nhà máy nước đá", location=D),
    F("25.000 đồng/cây", "25.000", 25000, "money", "đồng/cây", "giá đá cây",
      change=C("increase", 1000, "đồng", "đầu năm"), location=D),
    F("có 1.182 tàu cá", "1.182", 1182, "count", "tàu cá", "tàu cá"),
    F("413 tàu", "413", 413, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=1182),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("đạt 98.450 tấn", "98.450", 98450, "measure", "tấn", "tổng sản lượng khai thác thủy sản",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), change=C("increase", 4.2, "%", "cùng kỳ")),
    F("đạt 32.000 tấn", "32.000", 32000, "measure", "tấn", "sản lượng qua cảng Gành Hào",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target", location=D),
    F("vốn 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng vốn dự án mở rộng cảng cá Gành Hào giai đoạn 2",
      status="forecast", location=D),
]

COMMENTS = [
    "Báo Bạc Liêu online: cảng cá Gành Hào (huyện Đông Hải) từ đầu năm đến 29/11/2024; headline figure; '(BBL) -' tag implies Bạc Liêu.",
    "Port, market and thị trấn Gành Hào figures: location Đông Hải (the district named for the port); province-wide fleet and catch: Bạc Liêu.",
    "The headline '5,2 tỷ đồng' has no period phrase: no period. 'tăng 8,7%' (no baseline written) is the change of 5,24 tỷ.",
    "Not figures: 'Thứ Sáu, 29/11/2024 - 15:40', 'Quốc lộ 1A', 'loại 1' (grade), 'giai đoạn 2', 'Lâm Văn Mười' (name), 'MINH NHỰT', hotline.",
    "Optional: 'tàu đến 1.000 CV' (port's capability threshold) and 'từ 15 m trở lên' (size class). 413 tàu after 'trong đó' has total 1.182.",
]

if __name__ == "__main__":
    build("p1106-8", TEXT, FIGS, COMMENTS, published="2024-11-29", location="Bạc Liêu")
