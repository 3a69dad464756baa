"""p788-8: Báo Khánh Hòa online, (BKHO) tag, Yến sào Khánh Hòa company results for 9 months of 2024."""
from lib import F, build, change, inherit, period, year

TEXT = """BÁO KHÁNH HÒA ĐIỆN TỬ
Kinh tế

Yến sào Khánh Hòa: Doanh thu 9 tháng ước đạt 2.350 tỷ đồng
18/10/2024 | 16:40

(BKHO) - Theo Công ty TNHH Nhà nước MTV Yến sào Khánh Hòa, 9 tháng đầu năm 2024, tổng doanh thu của công ty ước đạt 2.350 tỷ đồng, bằng 78,3% kế hoạch năm, tăng 6,8% so với cùng kỳ. Công ty đã nộp ngân sách nhà nước 612 tỷ đồng.

Trong 9 tháng, công ty khai thác được 5.860 kg yến sào tại 25 đảo yến, đạt 81,4% kế hoạch; trong đó sản lượng vụ chính đạt 4.920 kg. Sản phẩm nước yến tiêu thụ hơn 165 triệu lon; doanh thu nước yến chiếm 71% tổng doanh thu, yến sào tinh chế chiếm 19%.

Kim ngạch xuất khẩu 9 tháng đạt 8,2 triệu USD, tăng 45% so với cùng kỳ, chủ yếu sang thị trường Trung Quốc, Hồng Kông, Mỹ. Tại Hội chợ Nông nghiệp quốc tế lần thứ 23, sản phẩm của công ty tiếp tục được người tiêu dùng bình chọn. Công ty hiện có 1.850 lao động, trong đó 420 người làm nhiệm vụ bảo vệ, khai thác tại các đảo yến; thu nhập bình quân 14,2 triệu đồng/người/tháng.

Dự kiến cả năm 2024, doanh thu của công ty đạt khoảng 3.100 tỷ đồng, vượt 3,3% kế hoạch. Năm 2025, công ty đặt mục tiêu doanh thu 3.300 tỷ đồng và mở rộng vùng nuôi yến nhà tại huyện Vạn Ninh thêm 120 nhà yến.

Trụ sở công ty: 248 Thống Nhất, phường Phương Sài, TP. Nha Trang.

MINH HẢI
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
NINE_B = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = year(2024, "cả năm 2024")
Y25 = year(2025, "Năm 2025")

FIGS = [
    F("ước đạt 2.350 tỷ đồng\n", "2.350", 2350e9, "money", "đồng", "doanh thu", NINE_H, status="estimate"),
    F("ước đạt 2.350 tỷ đồng,", "2.350", 2350e9, "money", "đồng", "tổng doanh thu của công ty", NINE,
      status="estimate", percent=78.3, change=change("increase", 6.8, "%", "cùng kỳ")),
    F("nước 612 tỷ", "612", 612e9, "money", "đồng", "nộp ngân sách nhà nước", inherit(NINE)),
    F("được 5.860 kg", "5.860", 5860, "measure", "kg", "yến sào khai thác", NINE_B, percent=81.4),
    F("tại 25 đảo yến", "25", 25, "count", "đảo yến", "đảo yến khai thác", NINE_B),
    F("đạt 4.920 kg", "4.920", 4920, "measure", "kg", "sản lượng vụ chính", NINE_B, total=5860),
    F("hơn 165 triệu lon", "165", 165e6, "count", "lon", "sản phẩm nước yến tiêu thụ", inherit(NINE_B),
      approx="over"),
    F("chiếm 71%", "71", 71, "percent", "%", "doanh thu nước yến trong tổng doanh thu", inherit(NINE_B)),
    F("chiếm 19%", "19", 19, "percent", "%", "doanh thu yến sào tinh chế trong tổng doanh thu", inherit(NINE_B)),
    F("đạt 8,2 triệu USD", "8,2", 8.2e6, "money", "USD", "kim ngạch xuất khẩu", NINE_H,
      change=change("increase", 45, "%", "cùng kỳ")),
    F("có 1.850 lao động", "1.850", 1850, "count", "lao động", "lao động của công ty"),
    F("trong đó 420 người", "420", 420, "count", "người", "lao động làm nhiệm vụ bảo vệ, khai thác tại các đảo yến",
      total=1850),
    F("14,2 triệu đồng/người/tháng", "14,2", 14.2e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khoảng 3.100 tỷ", "3.100", 3100e9, "money", "đồng", "doanh thu của công ty", Y24, approx="about",
      status="forecast", change=change("increase", 3.3, "%", "kế hoạch")),
    F("doanh thu 3.300 tỷ", "3.300", 3300e9, "money", "đồng", "doanh thu", Y25, status="target"),
    F("thêm 120 nhà yến", "120", 120, "count", "nhà yến", "nhà yến mở rộng vùng nuôi yến nhà", Y25,
      status="target", location="Vạn Ninh"),
]

COMMENTS = [
    "Báo Khánh Hòa online, tag '(BKHO) -', dateline '18/10/2024 | 16:40': Công ty Yến sào Khánh Hòa, 9 tháng năm 2024.",
    "The headline figure repeats the body's 2.350 tỷ: both are figures; the year-less '9 tháng' (headline, 'Trong 9 tháng',",
    "'Kim ngạch xuất khẩu 9 tháng') takes 2024 (the dateline / the first body period). The tag implies Khánh Hòa.",
    "'bằng 78,3% kế hoạch năm' and 'đạt 81,4% kế hoạch' are percents of their figures; 'vượt 3,3% kế hoạch' is a change with",
    "baseline 'kế hoạch'. 4.920 kg after 'trong đó' takes total 5.860. 'chiếm 71%' / 'chiếm 19%' follow a count in lon: own figures.",
    "'Dự kiến cả năm 2024' → forecast; 'Năm 2025, công ty đặt mục tiêu' → target (the 120 houses go to Vạn Ninh).",
    "Not figures: 'Hội chợ … lần thứ 23' (an edition), '248 Thống Nhất' (address), the time 16:40.",
]

if __name__ == "__main__":
    build("p788-8", TEXT, FIGS, COMMENTS, published="2024-10-18", location="Khánh Hòa")
