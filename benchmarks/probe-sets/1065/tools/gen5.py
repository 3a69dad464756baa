from lib import F, P, I, C, T, write

TEXT = """
BÁO ĐẮK LẮK
Kinh tế

Tăng cường kiểm tra đo lường tại cửa hàng xăng dầu

Toàn tỉnh Đắk Lắk hiện có 486 cửa hàng bán lẻ xăng dầu với khoảng 2.100 cột đo nhiên liệu đang hoạt động. Quý I/2025, Chi cục Tiêu chuẩn Đo lường Chất lượng (Sở Khoa học và Công nghệ) đã kiểm tra đo lường tại 64 cửa hàng trên địa bàn TP Buôn Ma Thuột và các huyện Krông Pắc, Ea Kar, Cư M'gar.

Đoàn đã kiểm tra 283 cột đo, 6 phương tiện đo dung tích và lấy 48 mẫu xăng dầu để thử nghiệm, trong đó 47 mẫu đạt chỉ tiêu chất lượng, 1 mẫu xăng RON 95-III có trị số octan thấp hơn mức công bố. Kết quả, 279/283 cột đo có sai số trong giới hạn cho phép; 4 cột đo có sai số âm vượt mức từ 0,6 đến 0,9%, tức người mua bị thiệt từ 120 đến 180 ml trên mỗi 20 lít.

Chi cục đã lập biên bản, đề nghị xử phạt 5 cơ sở với tổng số tiền 94 triệu đồng, đồng thời tạm dừng sử dụng 4 cột đo vi phạm. Theo ông Trần Văn Ba, Phó Chi cục trưởng, so với quý I/2024, tỷ lệ cột đo vi phạm đã giảm từ 3,2% xuống 1,4%.

Về hóa đơn điện tử, theo Cục Thuế tỉnh, đến cuối tháng 3/2025, 472/486 cửa hàng đã xuất hóa đơn điện tử từng lần bán, đạt 97,1%. Trong quý I/2025, bình quân mỗi ngày các cửa hàng lập gần 52 ngàn hóa đơn.

Trong năm 2025, Chi cục dự kiến kiểm tra khoảng 150 cửa hàng xăng dầu, tập trung dọc Quốc lộ 14, Quốc lộ 26 và Quốc lộ 27; người dân phát hiện gian lận có thể phản ánh qua đường dây nóng 0262.3852.117.

HỒNG NHUNG
18/04/2025
"""

NOTES = [
    "Probe 1065-5: Báo Đắk Lắk (Party newspaper), Q1/2025 metrology inspection of fuel meters, samples, fines, e-invoices.",
    "Distractors: 'RON 95-III' (product grade), 'ông Trần Văn Ba' (name = number word), Quốc lộ 14/26/27, hotline 0262.3852.117, '20 lít' (rate denominator).",
    "Byline and bare date at the end give published 2025-04-18. 'hiện' gives no period.",
    "'từ 120 đến 180 ml trên mỗi 20 lít' is a rate: unit 'ml/20 lít', range 120-180; 20 is not a figure.",
    "47 and 1 mẫu are parts after 'trong đó' of 48 mẫu. 64 cửa hàng spans a city and three districts: location Đắk Lắk.",
    "'giảm từ 3,2% xuống 1,4%' gives two percent figures (Q1/2024 and, inherited, Q1/2025), no change object.",
]

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    F("có 486 cửa hàng", "486", 486, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu"),
    F("khoảng 2.100 cột đo", "2.100", 2100, "count", "cột đo", "cột đo nhiên liệu đang hoạt động", approx="about"),
    F("tại 64 cửa hàng", "64", 64, "count", "cửa hàng", "cửa hàng được kiểm tra đo lường", Q1),
    F("kiểm tra 283 cột đo", "283", 283, "count", "cột đo", "cột đo được kiểm tra", I(Q1)),
    F("6 phương tiện đo", "6", 6, "count", "phương tiện đo dung tích", "phương tiện đo dung tích được kiểm tra", I(Q1)),
    F("lấy 48 mẫu", "48", 48, "count", "mẫu", "mẫu xăng dầu lấy để thử nghiệm", I(Q1)),
    F("47 mẫu đạt", "47", 47, "count", "mẫu", "mẫu đạt chỉ tiêu chất lượng", I(Q1), total=48),
    F("1 mẫu xăng", "1", 1, "count", "mẫu", "mẫu xăng có trị số octan thấp hơn mức công bố", I(Q1), total=48),
    F("279/283 cột đo", "279", 279, "count", "cột đo", "cột đo có sai số trong giới hạn cho phép", I(Q1), total=283),
    F("; 4 cột đo có sai số", "4", 4, "count", "cột đo", "cột đo có sai số âm vượt mức", I(Q1)),
    F("từ 0,6 đến 0,9%", "0,6", 0.6, "percent", "%", "sai số âm vượt mức của cột đo", I(Q1), value_max=0.9),
    F("từ 120 đến 180 ml", "120", 120, "measure", "ml/20 lít", "lượng xăng dầu người mua bị thiệt", I(Q1), value_max=180),
    F("xử phạt 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị đề nghị xử phạt", I(Q1)),
    F("94 triệu đồng", "94", 94000000, "money", "đồng", "tổng số tiền đề nghị xử phạt", I(Q1)),
    F("sử dụng 4 cột đo", "4", 4, "count", "cột đo", "cột đo vi phạm bị tạm dừng sử dụng", I(Q1)),
    F("từ 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ cột đo vi phạm", P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("xuống 1,4%", "1,4", 1.4, "percent", "%", "tỷ lệ cột đo vi phạm", I(Q1)),
    F("472/486 cửa hàng", "472", 472, "count", "cửa hàng", "cửa hàng đã xuất hóa đơn điện tử từng lần bán",
      P("đến cuối tháng 3/2025", end="2025-03-31"), total=486, percent=97.1),
    F("gần 52 ngàn hóa đơn", "52", 52000, "measure", "hóa đơn/ngày", "hóa đơn các cửa hàng lập bình quân mỗi ngày",
      P("quý I/2025", "2025-01-01", "2025-03-31"), approx="nearly"),
    F("khoảng 150 cửa hàng", "150", 150, "count", "cửa hàng", "cửa hàng xăng dầu dự kiến kiểm tra",
      P("Trong năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

write("p1065-5", TEXT, NOTES, FIGS, published="2025-04-18", location="Đắk Lắk")
