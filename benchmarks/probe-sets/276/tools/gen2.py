from lib import F, P, CH, TG, write

A = """Bình Dương: Các khu công nghiệp thu hút hơn 1,2 tỷ USD vốn FDI trong 6 tháng đầu năm

Thứ Hai, 15/07/2024, 08:30

(BDO) Theo Ban Quản lý các khu công nghiệp tỉnh, 6 tháng đầu năm 2024, các khu công nghiệp (KCN) trên địa bàn tỉnh thu hút hơn 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài, đạt 60% kế hoạch năm, tăng 15,4% so với cùng kỳ. Trong đó, cấp mới 28 dự án với tổng vốn 482 triệu USD; 41 lượt dự án điều chỉnh tăng vốn với 735 triệu USD.

Hiện tỉnh có 29 KCN đang hoạt động với tổng diện tích quy hoạch 12.723 ha, tỷ lệ lấp đầy bình quân đạt khoảng 90%. Một số KCN như VSIP II, Mỹ Phước 3 đã có tỷ lệ lấp đầy 100%. Giá trị sản xuất công nghiệp của các doanh nghiệp trong KCN ước đạt 198.500 tỷ đồng, chiếm gần 62% giá trị sản xuất công nghiệp toàn tỉnh.

Về cụm công nghiệp (CCN), toàn tỉnh có 12 CCN đã được thành lập với tổng diện tích 779 ha, trong đó 9 CCN đã đi vào hoạt động. Các CCN tập trung chủ yếu ở TP. Tân Uyên (4 CCN), huyện Bắc Tân Uyên (3 CCN) và huyện Phú Giáo (2 CCN), dọc theo Quốc lộ 13 và đường ĐT741.

Các KCN hiện thu hút trên 480.000 lao động, trong đó lao động nước ngoài là 6.850 người. Thu nhập bình quân của người lao động từ 8 đến 9,5 triệu đồng/người/tháng.

Theo ông Nguyễn Văn Lộc, Phó Trưởng ban Quản lý các KCN, năm 2024 Ban phấn đấu thu hút 2 tỷ USD vốn FDI vào các KCN, đồng thời hoàn thành quy hoạch KCN Cây Trường với diện tích 700 ha.

BẢO NGỌC
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 1,2 tỷ USD vốn FDI trong", "1,2", 1200000000, "money", "USD", "vốn FDI các khu công nghiệp thu hút",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("thu hút hơn 1,2 tỷ USD vốn đầu tư", "1,2", 1200000000, "money", "USD",
      "vốn đầu tư trực tiếp nước ngoài các khu công nghiệp thu hút", H6,
      approx="over", percent=60, change=CH("increase", 15.4, "cùng kỳ")),
    F("cấp mới 28 dự án", "28", 28, "count", "dự án", "dự án cấp mới", H6i),
    F("tổng vốn 482 triệu USD", "482", 482000000, "money", "USD", "vốn dự án cấp mới", H6i, total=1200000000),
    F("41 lượt dự án", "41", 41, "count", "lượt dự án", "lượt dự án điều chỉnh tăng vốn", H6i),
    F("với 735 triệu USD", "735", 735000000, "money", "USD", "vốn điều chỉnh tăng", H6i, total=1200000000),
    F("có 29 KCN", "29", 29, "count", "KCN", "KCN đang hoạt động"),
    F("12.723 ha", "12.723", 12723, "measure", "ha", "tổng diện tích quy hoạch KCN"),
    F("khoảng 90%", "90", 90, "percent", "%", "tỷ lệ lấp đầy bình quân", approx="about"),
    F("lấp đầy 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy của một số KCN"),
    F("ước đạt 198.500 tỷ đồng", "198.500", 198500000000000, "money", "đồng",
      "giá trị sản xuất công nghiệp của các doanh nghiệp trong KCN", H6i, percent=62, status="estimate"),
    F("có 12 CCN", "12", 12, "count", "CCN", "CCN đã được thành lập"),
    F("779 ha", "779", 779, "measure", "ha", "tổng diện tích CCN"),
    F("9 CCN", "9", 9, "count", "CCN", "CCN đã đi vào hoạt động", total=12),
    F("(4 CCN)", "4", 4, "count", "CCN", "CCN", location="Tân Uyên"),
    F("(3 CCN)", "3", 3, "count", "CCN", "CCN", location="Bắc Tân Uyên"),
    F("(2 CCN)", "2", 2, "count", "CCN", "CCN", location="Phú Giáo"),
    F("trên 480.000 lao động", "480.000", 480000, "count", "lao động", "lao động các KCN thu hút", approx="over"),
    F("là 6.850 người", "6.850", 6850, "count", "người", "lao động nước ngoài", total=480000),
    F("từ 8 đến 9,5 triệu", "8", 8000000, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động",
      value_max=9500000),
    F("thu hút 2 tỷ USD", "2", 2000000000, "money", "USD", "vốn FDI vào các KCN", Y, status="target"),
    F("diện tích 700 ha", "700", 700, "measure", "ha", "diện tích quy hoạch KCN Cây Trường", Y, status="target"),
]

H = """Party newspaper (Báo Bình Dương, '(BDO)' tag), 'Thứ Hai, 15/07/2024, 08:30' dateline, byline at the end: industrial parks and clusters, FDI, occupancy, labour.
The headline repeats the FDI figure (a figure of its own, period from its '6 tháng đầu năm'; year from the text).
'Trong đó' after a sentence break: 482 and 735 triệu USD are parts of the 1,2 tỷ USD whole (total); the project counts are not money, so no total.
'đạt 60% kế hoạch năm' is the FDI figure's percent; 'chiếm gần 62%' the percent of the KCN output value.
'Hiện …' stock figures (KCN, ha, CCN, labour) carry no period (no date is stated for them). Districts in the bracket list go to location.
Distractors: 'VSIP II', 'Mỹ Phước 3', 'Quốc lộ 13', 'ĐT741', dateline. Section-final targets ('năm 2024 Ban phấn đấu') are status target."""

write("p276-2", A, figs, H, published="2024-07-15", location="Bình Dương")
