"""p827-8: provincial newspaper online (Báo Tây Ninh style, tag '(BTNO) -'), Tết 2025 visitors to parks; headline figure."""
from lib import C, F, P, T, build

TEXT = """Gần 1,3 triệu lượt khách đến các khu du lịch, vui chơi dịp Tết

Cập nhật ngày: 03/02/2025 - 16:45

(BTNO) - Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ 25/1 đến 2/2/2025), các khu du lịch, khu vui chơi giải trí trên địa bàn tỉnh Tây Ninh đón khoảng 1.285.000 lượt khách, tăng 15,2% so với Tết năm 2024; tổng doanh thu ước đạt 326 tỷ đồng, tăng 18%.

Riêng Khu du lịch quốc gia núi Bà Đen đón hơn 1,02 triệu lượt, chiếm gần 80% tổng lượt khách; ngày cao điểm mùng 4 Tết (1/2) đón khoảng 160.000 lượt. Công viên nước và khu vui chơi ven hồ Dầu Tiếng đón trên 38.000 lượt, gấp 1,6 lần cùng kỳ.

Giá vé cáp treo lên đỉnh núi được giữ nguyên ở mức 250.000 đồng/lượt khứ hồi đối với người lớn; giá vé vào công viên nước 80.000 đồng/người. Trong dịp Tết, lực lượng chức năng đã kiểm tra 12 cơ sở kinh doanh dịch vụ vui chơi, không phát hiện sự cố mất an toàn; 100% thiết bị trò chơi còn hạn kiểm định.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2025 tỉnh phấn đấu đón 6,5 triệu lượt khách, doanh thu du lịch đạt 3.200 tỷ đồng. Hiện tỉnh đang kêu gọi đầu tư 4 dự án khu vui chơi giải trí với tổng vốn dự kiến trên 5.000 tỷ đồng, trong đó dự án công viên nước tại huyện Gò Dầu có quy mô 68 ha.

Bà Nguyễn Thị Hoa, Giám đốc Sở cho biết, dịp Xuân năm nay tỉnh tổ chức Hội Xuân núi Bà Đen lần thứ 24 kéo dài đến hết tháng Giêng âm lịch.

Thanh Bình

Từ khóa: Tết Ất Tỵ, núi Bà Đen, khu vui chơi
"""

TET = P("từ 25/1 đến 2/2/2025", "2025-01-25", "2025-02-02")
TETi = P("từ 25/1 đến 2/2/2025", "2025-01-25", "2025-02-02", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 1,3 triệu lượt khách", "1,3", 1300000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, vui chơi dịp Tết", approx="nearly",
      period=P("dịp Tết", "2025-01-25", "2025-02-02", inherited=True)),
    F("khoảng 1.285.000 lượt khách", "1.285.000", 1285000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, khu vui chơi giải trí", approx="about",
      change=C("increase", 15.2, baseline="Tết năm 2024"), period=TET),
    F("ước đạt 326 tỷ đồng", "326", 326e9, "money", "đồng", "tổng doanh thu", status="estimate",
      change=C("increase", 18), period=TET),
    F("hơn 1,02 triệu lượt", "1,02", 1020000, "count", "lượt", "lượt khách đến Khu du lịch quốc gia núi Bà Đen",
      approx="over", percent=80, period=TETi),
    F("khoảng 160.000 lượt", "160.000", 160000, "count", "lượt", "lượt khách ngày cao điểm", approx="about",
      period=P("mùng 4 Tết (1/2)", "2025-02-01", "2025-02-01")),
    F("trên 38.000 lượt", "38.000", 38000, "count", "lượt",
      "lượt khách đến công viên nước và khu vui chơi ven hồ Dầu Tiếng", approx="over",
      change=C("increase", 1.6, "lần", baseline="cùng kỳ"), period=TETi),
    F("250.000 đồng/lượt", "250.000", 250000, "money", "đồng/lượt", "giá vé cáp treo khứ hồi người lớn"),
    F("80.000 đồng/người", "80.000", 80000, "money", "đồng/người", "giá vé vào công viên nước"),
    F("kiểm tra 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở kinh doanh dịch vụ vui chơi được kiểm tra",
      period=P("Trong dịp Tết", "2025-01-25", "2025-02-02", inherited=True)),
    F("100% thiết bị", "100", 100, "percent", "%", "thiết bị trò chơi còn hạn kiểm định",
      period=P("Trong dịp Tết", "2025-01-25", "2025-02-02", inherited=True)),
    F("đón 6,5 triệu lượt khách", "6,5", 6500000, "count", "lượt khách", "lượt khách", status="target",
      period=Y25),
    F("đạt 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "doanh thu du lịch", status="target", period=Y25),
    F("đầu tư 4 dự án", "4", 4, "count", "dự án", "dự án khu vui chơi giải trí kêu gọi đầu tư"),
    F("trên 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", "tổng vốn dự kiến", approx="over",
      status="forecast"),
    F("quy mô 68 ha", "68", 68, "measure", "ha", "quy mô dự án công viên nước", location="Gò Dầu"),
]

COMMENTS = [
    "Báo Tây Ninh online style: headline figure, 'Cập nhật ngày: 03/02/2025 - 16:45', tag '(BTNO) -'. Tết Ất Tỵ 2025 holiday.",
    "The holiday period is given once, '(từ 25/1 đến 2/2/2025)'; the headline 'dịp Tết' and 'Trong dịp Tết' resolve to it only",
    "through that other sentence, so they are marked inherited. 'mùng 4 Tết (1/2)' names the day itself: 2025-02-01, scored.",
    "'9 ngày nghỉ' only locates the figures in time (a duration): not a figure. 'lần thứ 24' is an ordinal; 'Ất Tỵ' a name.",
    "'gấp 1,6 lần cùng kỳ' after 38.000 lượt is its change (unit lần). 'hồ Dầu Tiếng' is a lake, not the place of a figure.",
    "'trong đó dự án công viên nước tại huyện Gò Dầu có quy mô 68 ha' is not a part of the capital (different quantity): no total;",
    "its location is Gò Dầu. 'tổng vốn dự kiến' → forecast; 'Hiện' sentence has no period.",
]

build("p827-8", TEXT, FIGS, COMMENTS, published="2025-02-03", location="Tây Ninh")
