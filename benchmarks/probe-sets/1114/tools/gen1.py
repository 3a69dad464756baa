"""p1114-1: Bắc Ninh province portal, wooden-furniture villages of Từ Sơn, H1/2024."""
from lib import F, write, period, inherit, change

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Làng nghề đồ gỗ Từ Sơn xuất khẩu gần 50 triệu USD
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.318

Theo báo cáo của UBND thành phố Từ Sơn, 6 tháng đầu năm 2024, giá trị sản xuất của các làng nghề đồ gỗ trên địa bàn ước đạt 4.250 tỷ đồng, tăng 12,5% so với cùng kỳ năm 2023, chiếm khoảng 38% giá trị sản xuất tiểu thủ công nghiệp của thành phố. Kim ngạch xuất khẩu đồ gỗ đạt 49,6 triệu USD, tăng 18% so với cùng kỳ; thị trường chính là Trung Quốc, Hàn Quốc và Nhật Bản.

Toàn thành phố hiện có 3 làng nghề đồ gỗ truyền thống là Đồng Kỵ, Phù Khê và Hương Mạc với hơn 2.600 cơ sở sản xuất, trong đó có 312 doanh nghiệp và hợp tác xã. Các làng nghề thu hút trên 17.000 lao động, thu nhập bình quân từ 8 đến 12 triệu đồng/người/tháng; thợ chạm khắc tay nghề cao đạt 20-25 triệu đồng/người/tháng.

Nguồn nguyên liệu chủ yếu là gỗ nhập khẩu từ châu Phi, Lào và Nam Mỹ. Mỗi năm các làng nghề sử dụng khoảng 150.000 m3 gỗ tròn và gỗ xẻ, trong đó gỗ nhập khẩu chiếm gần 70%. Giá gỗ hương nhập khẩu hiện dao động 28-32 triệu đồng/m3, tăng khoảng 10% so với đầu năm.

Về phòng cháy, chữa cháy, từ đầu năm đến nay, Công an thành phố đã kiểm tra 486 lượt cơ sở sản xuất đồ gỗ, phát hiện 57 cơ sở vi phạm, xử phạt 213,5 triệu đồng. Trên địa bàn xảy ra 4 vụ cháy xưởng gỗ, giảm 3 vụ so với cùng kỳ, thiệt hại ước tính khoảng 2,3 tỷ đồng. Khi phát hiện cháy, người dân cần gọi ngay số 114.

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, mục tiêu đến năm 2025 giá trị sản xuất các làng nghề đồ gỗ đạt 9.000 tỷ đồng; 100% cơ sở trong làng nghề được trang bị phương tiện chữa cháy tại chỗ; di dời 150 cơ sở gây ô nhiễm vào cụm công nghiệp làng nghề. Hội chợ đồ gỗ mỹ nghệ Đồng Kỵ lần thứ 5 sẽ khai mạc ngày 20/9 tại đường Tô Hiến Thành.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-08-14")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuất khẩu gần 50 triệu USD", "50", 50e6, "money", "USD", "kim ngạch xuất khẩu làng nghề đồ gỗ",
      approx="nearly"),
    F("ước đạt 4.250 tỷ đồng", "4.250", 4250e9, "money", "đồng", "giá trị sản xuất của các làng nghề đồ gỗ", H1,
      percent=38, change=change("increase", 12.5, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("đạt 49,6 triệu USD", "49,6", 49.6e6, "money", "USD", "kim ngạch xuất khẩu đồ gỗ", inherit(H1),
      change=change("increase", 18, baseline="cùng kỳ")),
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", "làng nghề đồ gỗ truyền thống"),
    F("hơn 2.600 cơ sở", "2.600", 2600, "count", "cơ sở", "cơ sở sản xuất", approx="over"),
    F("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp và hợp tác xã", "doanh nghiệp và hợp tác xã",
      total=2600),
    F("trên 17.000 lao động", "17.000", 17000, "count", "lao động", "lao động các làng nghề", approx="over"),
    F("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=12e6),
    F("đạt 20-25 triệu", "20", 20e6, "money", "đồng/người/tháng", "thu nhập thợ chạm khắc tay nghề cao",
      value_max=25e6),
    F("khoảng 150.000 m3", "150.000", 150000, "measure", "m3", "gỗ tròn và gỗ xẻ các làng nghề sử dụng mỗi năm",
      approx="about"),
    F("chiếm gần 70%", "70", 70, "percent", "%", "tỷ trọng gỗ nhập khẩu", approx="nearly"),
    F("dao động 28-32 triệu", "28", 28e6, "money", "đồng/m3", "giá gỗ hương nhập khẩu", value_max=32e6,
      change=change("increase", 10, baseline="đầu năm", approx="about")),
    F("kiểm tra 486 lượt", "486", 486, "count", "lượt cơ sở", "lượt cơ sở sản xuất đồ gỗ được kiểm tra", YTD),
    F("phát hiện 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("xử phạt 213,5 triệu", "213,5", 213.5e6, "money", "đồng", "tiền xử phạt", YTD),
    F("xảy ra 4 vụ", "4", 4, "count", "vụ cháy", "vụ cháy xưởng gỗ", inherit(YTD),
      change=change("decrease", 3, "vụ", baseline="cùng kỳ")),
    F("khoảng 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", "thiệt hại do cháy", inherit(YTD), approx="about",
      status="estimate"),
    F("đạt 9.000 tỷ", "9.000", 9000e9, "money", "đồng", "giá trị sản xuất các làng nghề đồ gỗ", T25,
      status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở trong làng nghề được trang bị phương tiện chữa cháy tại chỗ",
      T25, status="target"),
    F("di dời 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở gây ô nhiễm di dời vào cụm công nghiệp làng nghề",
      T25, status="target"),
]

NOTES = [
    "Bắc Ninh province portal: wooden-furniture villages of Từ Sơn (Đồng Kỵ, Phù Khê, Hương Mạc), H1/2024.",
    "Location: every figure describes thành phố Từ Sơn (a city of Bắc Ninh), so Từ Sơn, not Bắc Ninh.",
    "Distractors: Lượt xem 2.318, Kế hoạch số 215/KH-UBND, số 114, lần thứ 5, ngày 20/9, times.",
    "'57 cơ sở vi phạm' after 'kiểm tra 486 lượt' has no part-of cue: no total. 'gỗ nhập khẩu chiếm gần 70%' is a part's share: a percent figure.",
]

write("p1114-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Từ Sơn")
