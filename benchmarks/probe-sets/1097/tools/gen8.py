"""p1097-8: Báo Bình Dương online, headline figure, (BDO) tag: ornamental fish exports 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """Xuất khẩu cá cảnh 9 tháng đạt 3,6 triệu USD

Cập nhật: 10:25, 16/10/2023

(BDO) - 9 tháng năm 2023, các cơ sở nuôi cá cảnh trên địa bàn tỉnh xuất khẩu 3,6 triệu USD, tăng 18,4% so với cùng kỳ, đạt 80% kế hoạch năm. Sản lượng cá cảnh ước đạt 12,8 triệu con, tăng 7% so với cùng kỳ.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh có 215 cơ sở nuôi cá cảnh, trong đó 38 cơ sở đạt chứng nhận VietGAP. Thành phố Thuận An, thành phố Tân Uyên và thị xã Bến Cát có số cơ sở nhiều nhất, lần lượt 72, 54 và 31 cơ sở. Từ đầu năm đến nay, Chi cục đã cấp mã số cho 12 cơ sở nuôi cá cảnh xuất khẩu, nâng tổng số cơ sở được cấp mã số lên 47 cơ sở.

Các loài cá chủ lực gồm cá dĩa, cá rồng, cá Koi và cá bảy màu. Trong đó, cá rồng (cá Kim Long) có giá cao nhất, từ 3 triệu đến 50 triệu đồng/con; cá dĩa xuất khẩu 1,5-2,2 USD/con. Mỗi cơ sở nuôi quy mô vừa có doanh thu bình quân 1,2 tỷ đồng/năm, tạo việc làm cho 4-6 lao động.

Công ty TNHH Cá cảnh Sài Gòn Xanh 2 tại phường Bình Chuẩn (TP. Thuận An) là đơn vị xuất khẩu lớn nhất tỉnh với 1,1 triệu USD, chiếm 30,6% kim ngạch xuất khẩu cá cảnh của tỉnh.

Theo ông Nguyễn Thành Tâm, Chi cục trưởng Chi cục Chăn nuôi và Thủy sản, nhiều cơ sở đã chuyển sang nuôi trong nhà màng, hệ thống lọc tuần hoàn, giúp tỷ lệ cá đạt chuẩn xuất khẩu tăng từ 65% lên 82%.

Dự kiến cả năm 2023, kim ngạch xuất khẩu cá cảnh của tỉnh đạt 4,6 triệu USD, vượt 2,2% kế hoạch. Tỉnh đặt mục tiêu đến năm 2025 có 300 cơ sở nuôi cá cảnh, trong đó ít nhất 25% đạt VietGAP.

HOÀNG LAN
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
KN = "kim ngạch xuất khẩu cá cảnh"
CS = "cơ sở nuôi cá cảnh"

FIGS = [
    F("9 tháng đạt 3,6 triệu USD", "3,6", 3600000, "money", "USD", KN, P("9 tháng", "2023-01-01", "2023-09-30")),
    F("xuất khẩu 3,6 triệu USD", "3,6", 3600000, "money", "USD", KN, M9, percent=80,
      change=C("increase", 18.4, baseline="cùng kỳ")),
    F("ước đạt 12,8 triệu con", "12,8", 12800000, "count", "con", "sản lượng cá cảnh", I(M9), status="estimate",
      change=C("increase", 7, baseline="cùng kỳ")),
    F("có 215 cơ sở", "215", 215, "count", "cơ sở", CS),
    F("38 cơ sở đạt", "38", 38, "count", "cơ sở", "cơ sở đạt chứng nhận VietGAP", total=215),
    F("lần lượt 72", "72", 72, "count", "cơ sở", CS, location="Thuận An"),
    F("72, 54", "54", 54, "count", "cơ sở", CS, location="Tân Uyên"),
    F("54 và 31 cơ sở", "31", 31, "count", "cơ sở", CS, location="Bến Cát"),
    F("cho 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở nuôi cá cảnh xuất khẩu được cấp mã số",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-10-16")),
    F("lên 47 cơ sở", "47", 47, "count", "cơ sở", "tổng số cơ sở được cấp mã số"),
    F("từ 3 triệu đến 50 triệu", "3", 3000000, "money", "đồng/con", "giá cá rồng", value_max=50000000),
    F("1,5-2,2 USD/con", "1,5", 1.5, "money", "USD/con", "giá cá dĩa xuất khẩu", value_max=2.2),
    F("1,2 tỷ đồng/năm", "1,2", 1200000000, "money", "đồng/năm", "doanh thu bình quân mỗi cơ sở nuôi quy mô vừa"),
    F("cho 4-6 lao động", "4", 4, "count", "lao động", "việc làm tạo ra ở mỗi cơ sở", value_max=6),
    F("với 1,1 triệu USD", "1,1", 1100000, "money", "USD", "kim ngạch xuất khẩu của Công ty TNHH Cá cảnh Sài Gòn Xanh 2",
      I(M9), percent=30.6, location="Thuận An"),
    F("từ 65% lên 82%", "82", 82, "percent", "%", "tỷ lệ cá đạt chuẩn xuất khẩu"),
    F("từ 65%", "65", 65, "percent", "%", "tỷ lệ cá đạt chuẩn xuất khẩu trước đây", optional=True),
    F("đạt 4,6 triệu USD", "4,6", 4600000, "money", "USD", KN, P("cả năm 2023", "2023-01-01", "2023-12-31"),
      status="forecast", change=C("increase", 2.2, baseline="kế hoạch")),
    F("có 300 cơ sở", "300", 300, "count", "cơ sở", CS, T25, status="target"),
    F("ít nhất 25%", "25", 25, "percent", "%", "cơ sở nuôi cá cảnh đạt VietGAP", T25, approx="at_least", status="target"),
]

NOTES = [
    "Báo Bình Dương online: headline with a figure, 'Cập nhật: 10:25, 16/10/2023', '(BDO) -' tag (implies Bình Dương), byline at the end.",
    "Headline '9 tháng' has no year: 2023 (published). 'Sài Gòn Xanh 2', 'Nguyễn Thành Tâm', 'VietGAP' are not figures.",
    "The ranking list 'lần lượt 72, 54 và 31 cơ sở' shares its indicator; does not add up to 215 and has no part-of cue: no total.",
    "'từ 65% lên 82%': the figure is the new level 82% (no change value is stated, none computed); the earlier level 65% is optional.",
    "'Từ đầu năm đến nay' ends at the dateline (2023-10-16); 12 precedes 'nâng tổng số ... lên 47': two figures, no change attribute.",
    "'vượt 2,2% kế hoạch' is a change with baseline 'kế hoạch' (spec); 'Dự kiến' gives forecast. 'ít nhất 25%' is a target share.",
]

write("p1097-8", TEXT, NOTES, FIGS, published="2023-10-16", location="Bình Dương")
