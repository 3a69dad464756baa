"""p836-5: Báo Thừa Thiên Huế (Party paper), a spinning mill in KCN Phú Bài, byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Nhà máy sợi tăng ca về đích kế hoạch năm

Những ngày cuối tháng 11, không khí sản xuất tại Công ty CP Sợi Hương Phú trong KCN Phú Bài luôn khẩn trương. Ba dây chuyền với tổng cộng 86.400 cọc sợi chạy liên tục 3 ca, mỗi ngày xuất xưởng khoảng 45 tấn sợi.

Ông Trần Văn Bảy, Giám đốc công ty cho biết, 10 tháng năm 2023, đơn vị sản xuất được 12.800 tấn sợi, đạt 85% kế hoạch năm; doanh thu đạt 692 tỷ đồng, giảm 6,3% so với cùng kỳ do giá sợi giảm 10-12% so với đầu năm. Hiện công ty đã ký đơn hàng đến hết quý I/2024 với khoảng 4.500 tấn, trong đó sợi chải kỹ chiếm 70%.

Công ty đang sử dụng 1.150 công nhân, thu nhập bình quân 8,2 triệu đồng/người/tháng, cao hơn 400.000 đồng so với năm 2022. Dự kiến thưởng Tết Giáp Thìn bình quân 1,5 tháng lương. Để giảm chi phí, năm 2023 công ty đầu tư 36 tỷ đồng lắp đặt hệ thống điện mặt trời mái nhà công suất 2,8 MWp, tiết kiệm gần 15% chi phí điện.

Theo Ban Quản lý Khu kinh tế, công nghiệp tỉnh, KCN Phú Bài hiện có 14 doanh nghiệp dệt may, sợi với hơn 18.000 lao động. Từ đầu năm đến nay, các doanh nghiệp sợi trong tỉnh xuất khẩu đạt 176 triệu USD, chiếm 38% kim ngạch xuất khẩu dệt may toàn tỉnh. Tỉnh đặt mục tiêu đến năm 2025 giá trị sản xuất ngành dệt may, sợi đạt 12.000 tỷ đồng, thu hút thêm ít nhất 2 dự án kéo sợi sử dụng công nghệ tiết kiệm năng lượng.

MINH HIỀN
24/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CO = "Công ty CP Sợi Hương Phú"
FIGS = [
    F("Ba dây chuyền", "Ba", 3, "count", "dây chuyền", f"dây chuyền kéo sợi của {CO}"),
    F("tổng cộng 86.400 cọc sợi", "86.400", 86400, "count", "cọc sợi", f"cọc sợi của {CO}"),
    F("liên tục 3 ca", "3", 3, "count", "ca", "ca sản xuất", optional=True),
    F("khoảng 45 tấn sợi", "45", 45, "measure", "tấn/ngày", "sợi xuất xưởng mỗi ngày", approx="about"),
    F("được 12.800 tấn sợi", "12.800", 12800, "measure", "tấn", f"sợi sản xuất của {CO}", M10, percent=85),
    F("đạt 692 tỷ đồng", "692", 692e9, "money", "đồng", f"doanh thu của {CO}", M10,
      change=C("decrease", 6.3, baseline="cùng kỳ")),
    F("giảm 10-12%", "10", 10, "percent", "%", "giá sợi giảm so với đầu năm", value_max=12),
    F("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn", "đơn hàng sợi đã ký", approx="about"),
    F("chiếm 70%", "70", 70, "percent", "%", "tỷ trọng sợi chải kỹ trong đơn hàng đã ký"),
    F("sử dụng 1.150 công nhân", "1.150", 1150, "count", "công nhân", f"công nhân của {CO}"),
    F("bình quân 8,2 triệu đồng", "8,2", 8.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của công nhân",
      change=C("increase", 400000, unit="đồng", baseline="năm 2022")),
    F("bình quân 1,5 tháng lương", "1,5", 1.5, "measure", "tháng lương", "thưởng Tết Giáp Thìn bình quân",
      status="forecast"),
    F("đầu tư 36 tỷ đồng", "36", 36e9, "money", "đồng", "vốn đầu tư hệ thống điện mặt trời mái nhà",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("công suất 2,8 MWp", "2,8", 2.8, "measure", "MWp", "công suất hệ thống điện mặt trời mái nhà"),
    F("gần 15% chi phí điện", "15", 15, "percent", "%", "chi phí điện tiết kiệm được", approx="nearly"),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp dệt may, sợi tại KCN Phú Bài"),
    F("hơn 18.000 lao động", "18.000", 18000, "count", "lao động", "lao động tại KCN Phú Bài", approx="over"),
    F("đạt 176 triệu USD", "176", 176e6, "money", "USD", "kim ngạch xuất khẩu của các doanh nghiệp sợi",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-11-24"), percent=38),
    F("đạt 12.000 tỷ đồng", "12.000", 12000e9, "money", "đồng", "giá trị sản xuất ngành dệt may, sợi", T25,
      status="target"),
    F("ít nhất 2 dự án", "2", 2, "count", "dự án", "dự án kéo sợi công nghệ tiết kiệm năng lượng thu hút thêm", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Thừa Thiên Huế style: one spinning mill in KCN Phú Bài plus provincial figures; byline 'MINH HIỀN' and bare date 24/11/2023 at the end.",
    "No location: the text never names the province (only 'tỉnh', 'toàn tỉnh'); KCN Phú Bài is an industrial park, not a province or district.",
    "revised after the first run: default location 'Thừa Thiên Huế' removed (it came from the paper, which the text does not name; FIGURES.md: null when only 'tỉnh').",
    "'Ba dây chuyền' (number word) is a count; '3 ca' (shift pattern) optional. 'mỗi ngày ... khoảng 45 tấn' is a per-day rate: unit tấn/ngày.",
    "'giá sợi giảm 10-12% so với đầu năm' has no base amount in the clause: a percent figure. 'cao hơn 400.000 đồng so với năm 2022' is the wage's change.",
    "'đến hết quý I/2024' is the order book's horizon, not a period. 'Từ đầu năm đến nay' ends at the bare date 2023-11-24.",
    "Distractors: Trần Văn Bảy (name), Tết Giáp Thìn, 'cuối tháng 11', byline/date.",
]

write(5, TEXT, FIGS, NOTES, published="2023-11-24", location=None)
