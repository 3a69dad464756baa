from lib import *

TEXT = """
TRANG THÔNG TIN ĐIỆN TỬ THỊ XÃ TRẢNG BÀNG
Thứ Hai, 15/07/2024 - 10:20

Làng nghề bánh tráng phơi sương: 6 tháng đầu năm doanh thu ước đạt 185 tỷ đồng

Theo Phòng Kinh tế thị xã, 6 tháng đầu năm 2024, toàn thị xã có 468 hộ, cơ sở sản xuất bánh tráng, tăng 15 cơ sở so với cùng kỳ năm 2023; trong đó có 96 cơ sở chuyên sản xuất bánh tráng phơi sương. Các cơ sở tập trung tại phường Gia Lộc, phường An Tịnh và xã Phước Chỉ, tạo việc làm cho khoảng 2.800 lao động, trong đó lao động nữ chiếm trên 70%.

Sản lượng bánh tráng các loại ước đạt 3.250 tấn, tăng 6,5% so với cùng kỳ; doanh thu ước đạt 185 tỷ đồng, đạt 52,8% kế hoạch năm. Thu nhập của người lao động dao động từ 6 đến 9 triệu đồng/người/tháng; thợ tráng bánh lành nghề có thể đạt 12 triệu đồng/tháng. Giá bánh tráng phơi sương bán tại cơ sở từ 80.000 - 120.000 đồng/kg, tùy loại.

Hiện thị xã có 14 sản phẩm bánh tráng đạt chứng nhận OCOP, gồm 11 sản phẩm 3 sao và 3 sản phẩm 4 sao. Năm 2023, Lễ hội Văn hóa - Ẩm thực bánh tráng phơi sương lần thứ 7 thu hút hơn 35.000 lượt khách.

Về môi trường, mỗi ngày các cơ sở thải ra khoảng 320 m3 nước thải từ khâu ngâm, xay bột; qua kiểm tra, 41/96 cơ sở chưa có hệ thống xử lý nước thải đạt quy chuẩn. Thị xã phấn đấu đến cuối năm 2025 có ít nhất 80% cơ sở sản xuất bánh tráng xử lý nước thải đạt chuẩn.

Mọi ý kiến đóng góp xin gửi về Phòng Kinh tế, khu phố Lộc Thành, phường Trảng Bàng, điện thoại 0276.3880.152.

Ngọc Hân - Trung tâm Văn hóa, Thể thao và Truyền thanh thị xã
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
FIGS = [
    F("doanh thu ước đạt 185 tỷ đồng\n", "185", 185e9, "money", "đồng", "doanh thu làng nghề bánh tráng phơi sương",
      status="estimate", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 468 hộ", "468", 468, "count", "hộ, cơ sở", "hộ, cơ sở sản xuất bánh tráng",
      change=CH("increase", 15, "cơ sở", "cùng kỳ năm 2023"), period=H1),
    F("có 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở chuyên sản xuất bánh tráng phơi sương", total=468, period=H1),
    F("khoảng 2.800 lao động", "2.800", 2800, "count", "lao động", "lao động được tạo việc làm", approx="about",
      period=H1i),
    F("chiếm trên 70%", "70", 70, "percent", "%", "lao động nữ", approx="over", period=H1i),
    F("ước đạt 3.250 tấn", "3.250", 3250, "measure", "tấn", "sản lượng bánh tráng các loại",
      change=CH("increase", 6.5, "%", "cùng kỳ"), status="estimate", period=H1i),
    F("doanh thu ước đạt 185 tỷ đồng,", "185", 185e9, "money", "đồng", "doanh thu", percent=52.8,
      status="estimate", period=H1i),
    F("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của người lao động", value_max=9e6,
      period=H1i),
    F("đạt 12 triệu đồng/tháng", "12", 12e6, "money", "đồng/tháng", "thu nhập thợ tráng bánh lành nghề", period=H1i),
    F("từ 80.000 - 120.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá bánh tráng phơi sương bán tại cơ sở",
      value_max=120000, period=H1i),
    F("có 14 sản phẩm", "14", 14, "count", "sản phẩm", "sản phẩm bánh tráng đạt chứng nhận OCOP"),
    F("gồm 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm OCOP 3 sao", total=14),
    F("và 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP 4 sao", total=14),
    F("lần thứ 7", "7", 7, "count", "lần", optional=True),
    F("hơn 35.000 lượt khách", "35.000", 35000, "count", "lượt khách",
      "Lễ hội Văn hóa - Ẩm thực bánh tráng phơi sương thu hút lượt khách", approx="over",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 320 m3", "320", 320, "measure", "m3", "nước thải các cơ sở thải ra mỗi ngày", approx="about"),
    F("41/96 cơ sở", "41", 41, "count", "cơ sở", "cơ sở chưa có hệ thống xử lý nước thải đạt quy chuẩn", total=96),
    F("ít nhất 80%", "80", 80, "percent", "%", "cơ sở sản xuất bánh tráng xử lý nước thải đạt chuẩn",
      approx="at_least", status="target", period=P("đến cuối năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "District portal (thị xã Trảng Bàng, Tây Ninh): rice-paper (bánh tráng phơi sương) craft village, first half of 2024.",
    "Dateline 'Thứ Hai, 15/07/2024 - 10:20'; byline at the end. Distractors: OCOP star ratings '3 sao', '4 sao' (a class label,",
    "like 'mức độ 3, 4' in FIGURES.md), ward names, 'khu phố Lộc Thành' address, phone 0276.3880.152; 'lần thứ 7' (edition) optional.",
    "Title '6 tháng đầu năm' has no year: the dateline gives 2024. 'tăng 15 cơ sở so với cùng kỳ năm 2023' is the change of 468.",
    "'trong đó có 96 cơ sở' total 468; 'lao động nữ chiếm trên 70%' names no count of women → a percent figure of its own.",
    "'đạt 52,8% kế hoạch năm' is the share of 185 tỷ (percent attribute, as h14 '57,31% kế hoạch').",
    "Ranges 'từ 6 đến 9 triệu đồng/người/tháng' and '80.000 - 120.000 đồng/kg' give value_max. '41/96 cơ sở' total 96.",
    "OCOP products after 'gồm' take total 14. Pollution paragraph has no period phrase → no period.",
    "The place is thị xã Trảng Bàng (a district-level town) throughout; wards are below district level.",
]

write("p402-2", TEXT, FIGS, COMMENTS, published="2024-07-15", location="Trảng Bàng")
