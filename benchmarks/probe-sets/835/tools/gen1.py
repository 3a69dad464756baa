from lib import F, per, chg, tgt, build

TEXT = """Cổng thông tin điện tử tỉnh Hải Dương
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản lượng bia 9 tháng tăng gần 8%
Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.236

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bia các loại trên địa bàn tỉnh Hải Dương ước đạt 186,4 triệu lít, tăng 7,8% so với cùng kỳ năm 2023, bằng 74,6% kế hoạch năm. Trong đó, bia chai ước đạt 92,5 triệu lít, bia lon 71,2 triệu lít và bia hơi khoảng 22,7 triệu lít.

Sản lượng nước giải khát không cồn ước đạt 64,3 triệu lít, giảm 2,1% so với cùng kỳ; riêng nước tinh khiết đóng chai ước tăng 5,4%.

Toàn tỉnh hiện có 6 doanh nghiệp sản xuất bia với tổng công suất thiết kế 310 triệu lít/năm, trong đó 2 doanh nghiệp có vốn đầu tư nước ngoài. Các nhà máy chủ yếu nằm dọc Quốc lộ 5 và trong KCN Đại An, KCN Nam Sách. Công suất huy động bình quân đạt khoảng 80%. Ngành bia, nước giải khát đang tạo việc làm cho hơn 3.200 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Thu ngân sách từ ngành bia, nước giải khát 9 tháng ước đạt 1.245 tỷ đồng, chiếm 8,3% tổng thu nội địa của tỉnh; trong đó thuế tiêu thụ đặc biệt khoảng 870 tỷ đồng.

Hiện giá bia hơi bán buôn phổ biến từ 14.000 đến 16.000 đồng/lít, tăng khoảng 1.000 đồng/lít so với đầu năm do chi phí nguyên liệu malt, gạo tăng.

Theo Kế hoạch số 1850/KH-UBND của UBND tỉnh, kế hoạch năm 2024 là 250 triệu lít bia; để hoàn thành, các doanh nghiệp phấn đấu quý IV đạt trên 63 triệu lít. Sở Công Thương đề nghị doanh nghiệp chủ động nguồn nguyên liệu, đẩy mạnh tiêu thụ dịp cuối năm và Tết Nguyên đán.
"""

P9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P9i = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q9 = per("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("Sản lượng bia 9 tháng tăng gần 8%", "8", 8, "percent", "%", "sản lượng bia", Q9, approx="nearly"),
    F("ước đạt 186,4 triệu lít", "186,4", 186.4e6, "measure", "lít", "sản lượng bia các loại", P9,
      percent=74.6, change=chg("increase", 7.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("bia chai ước đạt 92,5 triệu lít", "92,5", 92.5e6, "measure", "lít", "sản lượng bia chai", P9i,
      total=186.4e6, status="estimate"),
    F("bia lon 71,2 triệu lít", "71,2", 71.2e6, "measure", "lít", "sản lượng bia lon", P9i,
      total=186.4e6, status="estimate"),
    F("bia hơi khoảng 22,7 triệu lít", "22,7", 22.7e6, "measure", "lít", "sản lượng bia hơi", P9i,
      approx="about", total=186.4e6, status="estimate"),
    F("ước đạt 64,3 triệu lít", "64,3", 64.3e6, "measure", "lít", "sản lượng nước giải khát không cồn", P9i,
      change=chg("decrease", 2.1, baseline="cùng kỳ"), status="estimate"),
    F("ước tăng 5,4%", "5,4", 5.4, "percent", "%", "sản lượng nước tinh khiết đóng chai", P9i, status="estimate"),
    F("có 6 doanh nghiệp sản xuất bia", "6", 6, "count", "doanh nghiệp", "doanh nghiệp sản xuất bia"),
    F("thiết kế 310 triệu lít/năm", "310", 310e6, "measure", "lít/năm", "tổng công suất thiết kế các doanh nghiệp sản xuất bia"),
    F("trong đó 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài", total=6),
    F("đạt khoảng 80%", "80", 80, "percent", "%", "công suất huy động bình quân", approx="about"),
    F("hơn 3.200 lao động", "3.200", 3200, "count", "lao động", "lao động ngành bia, nước giải khát", approx="over"),
    F("9,8 triệu đồng/người/tháng", "9,8", 9.8e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("ước đạt 1.245 tỷ đồng", "1.245", 1.245e12, "money", "đồng", "thu ngân sách từ ngành bia, nước giải khát", Q9,
      percent=8.3, status="estimate"),
    F("khoảng 870 tỷ đồng", "870", 870e9, "money", "đồng", "thuế tiêu thụ đặc biệt", Q9,
      approx="about", total=1.245e12, status="estimate"),
    F("từ 14.000 đến 16.000 đồng/lít", "14.000", 14000, "money", "đồng/lít", "giá bia hơi bán buôn",
      value_max=16000, change=chg("increase", 1000, unit="đồng/lít", baseline="đầu năm", approx="about")),
    F("là 250 triệu lít bia", "250", 250e6, "measure", "lít", "kế hoạch sản lượng bia",
      per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt trên 63 triệu lít", "63", 63e6, "measure", "lít", "sản lượng bia quý IV",
      per("quý IV", "2024-10-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Hải Dương province portal: beer and soft-drink output, 9 months 2024 (invented).",
    "Distractors: Lượt xem: 1.236, Quốc lộ 5, Kế hoạch số 1850/KH-UBND, time 09:45.",
    "Headline '9 tháng' takes 2024 from the dateline. Parts after 'Trong đó' take the 186,4 triệu lít whole.",
    "'Hiện' sentences carry no period.",
    "revised after the first run: subject of 310 triệu lít/năm 'tổng công suất thiết kế' → '… các doanh nghiệp sản xuất bia' (named no plant).",
]

build("p835-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Hải Dương")
