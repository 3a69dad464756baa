"""p1302-5: national newspaper (VnExpress-like): a private student-housing block in TP Thủ Đức, August 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Giáo dục > Tuyển sinh

Thứ ba, 13/8/2024, 06:00 (GMT+7)

Ký túc xá tư nhân giá 1,5 triệu đồng một tháng hút sinh viên

TP HCMKhu nhà ở sinh viên do doanh nghiệp đầu tư ở TP Thủ Đức kín hơn 90% giường chỉ sau hai tuần mở đăng ký, dù giá cao gấp ba lần ký túc xá công lập.

Khu nhà 12 tầng trên đường Lê Văn Chí, phường Linh Trung, do Công ty cổ phần Đầu tư An Cư Trẻ xây dựng với vốn khoảng 240 tỷ đồng, có 312 phòng, tổng cộng 1.840 giường. Mỗi phòng rộng 25-30 m2, ở 4-6 người, có điều hòa, nhà vệ sinh riêng. Giá thuê 1,5 triệu đồng/giường/tháng, đã gồm điện nước, Internet; sinh viên đóng tiền trước một học kỳ được giảm 5%.

Ông Đỗ Minh Khang, Giám đốc công ty, cho biết đến ngày 10/8, 1.672 giường đã có người đăng ký, đạt 90,9% công suất. Công ty dự kiến đầu tư thêm một khu 2.000 giường tại TP Dĩ An (Bình Dương) vào năm 2026.

Theo Sở Giáo dục và Đào tạo TP HCM, thành phố có khoảng 600.000 sinh viên, nhưng hệ thống ký túc xá mới đáp ứng chưa tới 15% nhu cầu. Ký túc xá Đại học Quốc gia TP HCM, lớn nhất cả nước, có sức chứa gần 40.000 chỗ, giá từ 185.000 đồng đến 410.000 đồng/tháng nhưng thường kín chỗ ngay đầu năm học.

"Ở đây đắt hơn nhưng gần trường, đi bộ 5 phút là tới lớp, không phải chen xe buýt số 19 như năm ngoái", Nguyễn Thảo Vy, sinh viên năm hai Trường Đại học Bách khoa, nói.

Lệ Nguyễn
"""

ASOF = period("đến ngày 10/8", None, "2024-08-10")
Y26 = period("vào năm 2026", "2026-01-01", "2026-12-31")
HCM = "TP Hồ Chí Minh"
TD = "Thủ Đức"
DA = "Dĩ An"

FIGS = [
    F("giá 1,5 triệu đồng một tháng", "1,5", 1.5e6, "money", "đồng/tháng",
      subject="giá ký túc xá tư nhân", location=TD),
    F("kín hơn 90%", "90", 90, "percent", "%", approx="over",
      subject="giường khu nhà ở sinh viên do doanh nghiệp đầu tư đã kín", location=TD),
    F("gấp ba lần", "ba", 3, "multiple", "lần",
      subject="giá khu nhà ở sinh viên so với ký túc xá công lập", location=TD),
    F("Khu nhà 12 tầng", "12", 12, "count", "tầng", subject="tầng của khu nhà", location=TD, optional=True),
    F("khoảng 240 tỷ", "240", 240e9, "money", "đồng", approx="about",
      subject="vốn xây dựng khu nhà ở sinh viên", location=TD),
    F("có 312 phòng", "312", 312, "count", "phòng",
      subject="phòng của khu nhà ở sinh viên", location=TD),
    F("cộng 1.840 giường", "1.840", 1840, "count", "giường",
      subject="giường của khu nhà ở sinh viên", location=TD),
    F("rộng 25-30 m2", "25", 25, "measure", "m2", value_max=30,
      subject="diện tích mỗi phòng", location=TD),
    F("ở 4-6 người", "4", 4, "measure", "người/phòng", value_max=6,
      subject="người ở mỗi phòng", location=TD),
    F("thuê 1,5 triệu", "1,5", 1.5e6, "money", "đồng/giường/tháng",
      subject="giá thuê giường", location=TD),
    F("giảm 5%", "5", 5, "percent", "%",
      subject="mức giảm cho sinh viên đóng tiền trước một học kỳ", location=TD),
    F("10/8, 1.672 giường", "1.672", 1672, "count", "giường", percent=90.9,
      subject="giường đã có người đăng ký", per=ASOF, location=TD),
    F("thêm một khu", "một", 1, "count", "khu", status="forecast",
      subject="khu nhà ở sinh viên công ty đầu tư thêm", per=Y26, location=DA),
    F("khu 2.000 giường", "2.000", 2000, "count", "giường", status="forecast",
      subject="giường của khu nhà ở sinh viên đầu tư thêm", per=Y26, location=DA),
    F("khoảng 600.000", "600.000", 600000, "count", "sinh viên", approx="about",
      subject="sinh viên của thành phố", location=HCM),
    F("chưa tới 15%", "15", 15, "percent", "%", approx="under",
      subject="nhu cầu chỗ ở hệ thống ký túc xá đáp ứng", location=HCM),
    F("gần 40.000 chỗ", "40.000", 40000, "count", "chỗ", approx="nearly",
      subject="sức chứa Ký túc xá Đại học Quốc gia TP HCM", location=HCM),
    F("từ 185.000 đồng đến 410.000", "185.000", 185000, "money", "đồng/tháng", value_max=410000,
      subject="giá Ký túc xá Đại học Quốc gia TP HCM", location=HCM),
    F("đi bộ 5 phút", "5", 5, "measure", "phút",
      subject="thời gian đi bộ tới lớp", location=TD),
]

NOTES = [
    "National newspaper (VnExpress-like): breadcrumb, 'Thứ ba, 13/8/2024, 06:00 (GMT+7)' (published), headline, sapo with the",
    "city glued to its first word ('TP HCMKhu'), quote, byline at the end. No tag.",
    "Distractors: (GMT+7), 06:00, 'sau hai tuần' (a duration), 'một học kỳ' (a duration in a condition), 'đường Lê Văn Chí',",
    "'xe buýt số 19', 'năm ngoái' without a figure, 'năm hai' (year of study), 'ngày 10/8' (as-of date).",
    "Optional: 'Khu nhà 12 tầng' (a building's height named as its description; a careful annotator may or may not count it).",
    "Headline price '1,5 triệu đồng một tháng' → đồng/tháng; it is the price of the Thủ Đức block the sapo names, so location",
    "Thủ Đức (borderline: the headline itself names no place). 'gấp ba lần ký túc xá công lập' has no amount in its clause: multiple.",
    "The block in phường Linh Trung, TP Thủ Đức: location Thủ Đức; the planned block: Dĩ An (forecast, 'vào năm 2026').",
    "'1.672 giường ..., đạt 90,9% công suất' → percent attribute; as-of 'đến ngày 10/8' takes 2024 from the dateline.",
    "Ranges: '25-30 m2', '4-6 người' (người/phòng, a rate after 'Mỗi phòng'), 'từ 185.000 đồng đến 410.000 đồng/tháng'.",
    "'giảm 5%' for paying a term in advance is a discount rate: a percent figure, not a change.",
]

if __name__ == "__main__":
    write("p1302-5", TEXT, NOTES, FIGS, published="2024-08-13", location=HCM)
