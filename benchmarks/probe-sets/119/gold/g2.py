from gen import *
D31 = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
 F("còn 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ dân sinh sống tại điểm có nguy cơ cao xảy ra sạt lở đất, lũ quét", period=D31),
 F("tại 87 điểm", "87", 87, "count", "điểm", "điểm có nguy cơ cao xảy ra sạt lở đất, lũ quét", period=D31),
 F("trong đó 412 hộ", "412", 412, "count", "hộ", "hộ cần di dời khẩn cấp", total=1236, period=D31),
 F("cho 186 hộ", "186", 186, "count", "hộ", "hộ được bố trí ổn định", percent=93, change=C("increase", 41, "hộ", "năm 2022"), period=P("Riêng năm 2023", "2023-01-01", "2023-12-31")),
 F("di dời 650 hộ", "650", 650, "count", "hộ", "chỉ tiêu di dời hộ dân", status="target", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
 F("có 398 hộ", "398", 398, "count", "hộ", "hộ được bố trí tái định cư", percent=61.2, period=P("Đến nay", None, "2024-03-05")),
 F("rộng 4,8 ha", "4,8", 4.8, "measure", "ha", "diện tích khu tái định cư Tòng Sành"),
 F("bố trí được 75 hộ", "75", 75, "count", "hộ", "hộ bố trí tại khu tái định cư Tòng Sành"),
 F("có 52 lô đất", "52", 52, "count", "lô đất", "lô đất khu tái định cư Phìn Ngan"),
 F("từ 150 đến 200 m2", "150", 150, "measure", "m2", "diện tích mỗi lô đất", value_max=200),
 F("là 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "tổng kinh phí thực hiện các dự án", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
 F("trung ương 45 tỷ đồng", "45", 45e9, "money", "đồng", "ngân sách trung ương", total=68.5e9, period=P("trong năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
 F("tỉnh 16 tỷ đồng", "16", 16e9, "money", "đồng", "ngân sách tỉnh", total=68.5e9, period=P("trong năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
 F("hỗ trợ 60 triệu đồng", "60", 60e6, "money", "đồng", "hỗ trợ mỗi hộ di dời làm nhà ở"),
 F("và 10 triệu đồng", "10", 10e6, "money", "đồng", "hỗ trợ mỗi hộ di dời ổn định đời sống"),
 F("với 147 hộ", "147", 147, "count", "hộ", "hộ cần di dời"),
 F("A Lù 96 hộ", "96", 96, "count", "hộ", "hộ cần di dời"),
 F("Trịnh Tường 83 hộ", "83", 83, "count", "hộ", "hộ cần di dời"),
 F("lắp đặt 24 trạm", "24", 24, "count", "trạm", "trạm quan trắc, cảnh báo sạt lở tự động"),
 F("cắm 310 biển", "310", 310, "count", "biển", "biển cảnh báo"),
 F("ít nhất 200 hộ", "200", 200, "count", "hộ", "hộ di dời", approx="at_least", status="target", period=Y24),
 F("khoảng 75 tỷ đồng", "75", 75e9, "money", "đồng", "kinh phí cần cho di dời", approx="about", status="forecast", period=Y24),
]
write("p119-2.toml", """Cổng thông tin huyện Bát Xát (Lào Cai): di dời, tái định cư dân cư vùng nguy cơ sạt lở đất, lũ quét. Ngày đăng 05/03/2024.
Location is the district; commune list items (Y Tý, A Lù, Trịnh Tường) keep the district as location (location is province, city or district).
revised: commune locations Y Tý, A Lù, Trịnh Tường replaced by the district Bát Xát (FIGURES.md location level).
"Đến nay" is an as-of at the publication date. "đạt 93% kế hoạch", "đạt 61,2% chỉ tiêu giai đoạn" are shares (percent).
Distractors: 590/QĐ-TTg, 146/KH-UBND, phone, giai đoạn 2021-2025 as period only.""", "../articles/p119-2.txt", figs, published="2024-03-05", location="Bát Xát")
