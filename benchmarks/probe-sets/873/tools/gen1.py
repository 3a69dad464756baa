"""p873-1: Bắc Ninh province portal, Song Hồ votive-paper village before Tết Giáp Thìn."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Làng hàng mã Song Hồ vào vụ Tết: giá trị sản xuất ước đạt 185 tỷ đồng
Cập nhật: 26/01/2024 09:45 | Lượt xem: 2.316

Những ngày giáp Tết Nguyên đán Giáp Thìn, làng nghề hàng mã Song Hồ (huyện Thuận Thành) tất bật sản xuất. Toàn xã Song Hồ hiện có 312 hộ làm nghề, trong đó 86 hộ sản xuất quy mô lớn, sử dụng máy in, máy cắt tự động; nghề hàng mã thu hút khoảng 1.500 lao động với thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Năm 2023, giá trị sản xuất hàng mã của xã ước đạt 185 tỷ đồng, tăng 12% so với năm 2022, chiếm 41,5% tổng giá trị sản xuất tiểu thủ công nghiệp của xã. Với kết quả này, Song Hồ đứng thứ 2 toàn huyện về giá trị sản xuất làng nghề.

Vào vụ Tết, mỗi cơ sở lớn xuất ra thị trường trung bình 30-40 tấn/tháng. Sản lượng mùa cao điểm gấp 2 lần ngày thường. Giá vàng thỏi giấy bán buôn dao động 25.000-30.000 đồng/kg; bộ quần áo giấy khoảng 10.000 đồng/bộ.

Ông Nguyễn Văn Ba, chủ một xưởng ở thôn 3, cho biết từ đầu tháng 12/2023 đến nay xưởng đã xuất hơn 50 tấn hàng đi Hà Nam, Nam Định, Thái Bình, doanh thu gần 1,2 tỷ đồng. Xưởng hiện có 14 công nhân làm việc cả ngày lẫn đêm.

Tuy nhiên, bụi giấy, mực in gây ô nhiễm là vấn đề đáng lo ngại. Đến nay mới có 19/86 cơ sở lớn đầu tư hệ thống thu gom bụi và xử lý nước thải. Thực hiện Kế hoạch số 215/KH-UBND của UBND tỉnh, huyện Thuận Thành phấn đấu đến năm 2025 có 100% cơ sở sản xuất hàng mã đáp ứng yêu cầu về môi trường, di dời ít nhất 20 xưởng ra cụm công nghiệp Thanh Khương (Quốc lộ 17).

Toàn tỉnh Bắc Ninh hiện có 4 làng nghề hàng mã, thu hút khoảng 2.700 lao động.

Cổng Thông tin điện tử tỉnh Bắc Ninh - Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh - ĐT: 0222.3822.369
"""

TT = "Thuận Thành"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-26")
ASOF = P("Đến nay", None, "2024-01-26")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("vụ Tết: giá trị sản xuất ước đạt 185 tỷ đồng", "185", 185e9, "money", "đồng",
      "giá trị sản xuất hàng mã", status="estimate", period=I(Y23), location=TT),
    F("có 312 hộ làm nghề", "312", 312, "count", "hộ", "hộ làm nghề hàng mã", location=TT),
    F("trong đó 86 hộ", "86", 86, "count", "hộ", "hộ sản xuất hàng mã quy mô lớn", total=312, location=TT),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động nghề hàng mã",
      approx="about", location=TT),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động nghề hàng mã",
      value_max=8e6, location=TT),
    F("của xã ước đạt 185 tỷ đồng", "185", 185e9, "money", "đồng", "giá trị sản xuất hàng mã của xã",
      status="estimate", change=C("increase", 12, "%", "năm 2022"), percent=41.5, period=Y23, location=TT),
    F("đứng thứ 2 toàn huyện", "2", 2, "rank", "hạng", "giá trị sản xuất làng nghề", location=TT),
    F("trung bình 30-40 tấn/tháng", "30", 30, "measure", "tấn/tháng", "hàng mã mỗi cơ sở lớn xuất ra thị trường",
      value_max=40, location=TT),
    F("gấp 2 lần ngày thường", "2", 2, "multiple", "lần", "sản lượng mùa cao điểm so với ngày thường", location=TT),
    F("dao động 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá vàng thỏi giấy bán buôn",
      value_max=30000, location=TT),
    F("khoảng 10.000 đồng/bộ", "10.000", 10000, "money", "đồng/bộ", "giá bộ quần áo giấy", approx="about", location=TT),
    F("hơn 50 tấn hàng", "50", 50, "measure", "tấn", "hàng mã xưởng đã xuất", approx="over", period=NOW, location=TT),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "doanh thu của xưởng", approx="nearly", period=NOW, location=TT),
    F("có 14 công nhân", "14", 14, "count", "công nhân", "công nhân của xưởng", location=TT),
    F("19/86 cơ sở lớn", "19", 19, "count", "cơ sở", "cơ sở lớn đầu tư hệ thống thu gom bụi và xử lý nước thải",
      total=86, period=ASOF, location=TT),
    F("có 100% cơ sở sản xuất hàng mã", "100", 100, "percent", "%",
      "cơ sở sản xuất hàng mã đáp ứng yêu cầu về môi trường", status="target", period=T25, location=TT),
    F("ít nhất 20 xưởng", "20", 20, "count", "xưởng", "xưởng di dời ra cụm công nghiệp",
      approx="at_least", status="target", period=T25, location=TT),
    F("có 4 làng nghề hàng mã", "4", 4, "count", "làng nghề", "làng nghề hàng mã", location="Bắc Ninh"),
    F("khoảng 2.700 lao động", "2.700", 2700, "count", "lao động", "lao động làng nghề hàng mã",
      approx="about", location="Bắc Ninh"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bắc Ninh: làng hàng mã Song Hồ (huyện Thuận Thành) vào vụ Tết Giáp Thìn; dateline 'Cập nhật: 26/01/2024 09:45'.",
    "Song Hồ figures take the district (Thuận Thành, the commune lies in it); the province-wide closing sentence takes Bắc Ninh.",
    "Headline 185 tỷ đồng: its period ('Năm 2023') stands in the body, so inherited. 'hiện' gives no period.",
    "'gấp 2 lần ngày thường' stands as its own sentence: a multiple. 'từ đầu tháng 12/2023 đến nay' ends at the dateline.",
    "Distractors: Lượt xem 2.316, 09:45, Kế hoạch số 215/KH-UBND, thôn 3, Quốc lộ 17, Nguyễn Văn Ba, số 10 Phù Đổng Thiên Vương, phone.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-01-26", location="Bắc Ninh")
