from gen import *
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
figs = [
 F("có 8 trạm", "8", 8, "count", "trạm", "trạm quan trắc không khí tự động, liên tục"),
 F("trong đó 5 trạm", "5", 5, "count", "trạm", "trạm do Sở Tài nguyên và Môi trường quản lý", total=8),
 F("3 trạm do doanh nghiệp", "3", 3, "count", "trạm", "trạm do doanh nghiệp đầu tư", total=8),
 F("có 2 trạm", "2", 2, "count", "trạm", "trạm quan trắc di động"),
 F("chiếm 81,4%", "81,4", 81.4, "percent", "%", "số ngày có chất lượng không khí ở mức tốt và trung bình", change=C("increase", 6.2, "%", "năm 2023"), period=Y24),
 F("có 57 ngày", "57", 57, "count", "ngày", "ngày có chất lượng không khí ở mức kém", period=Y24),
 F("và 11 ngày", "11", 11, "count", "ngày", "ngày có chất lượng không khí ở mức xấu", period=Y24),
 F("năm đạt 78", "78", 78, "measure", "", "chỉ số chất lượng không khí (VN_AQI) trung bình năm", period=Y24i, optional=True),
 F("là 32,6 µg/m3", "32,6", 32.6, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình năm", change=C("decrease", 8.4, "%", "năm 2023"), period=Y24i),
 F("(25 µg/m3)", "25", 25, "measure", "µg/m3", "giới hạn nồng độ bụi PM2.5 của QCVN 05:2023/BTNMT", optional=True),
 F("ghi nhận 19 ngày", "19", 19, "count", "ngày", "ngày có chỉ số VN_AQI vượt ngưỡng 150", location="Bắc Ninh", period=Q4),
 F("vượt ngưỡng 150", "150", 150, "measure", "", "ngưỡng VN_AQI", optional=True),
 F("ghi nhận 23 ngày", "23", 23, "count", "ngày", "ngày có chỉ số VN_AQI vượt ngưỡng 150", location="Quế Võ", period=Q4),
 F("Từ Sơn 21 ngày", "21", 21, "count", "ngày", "ngày có chỉ số VN_AQI vượt ngưỡng 150", location="Từ Sơn", period=Q4),
 F("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở sản xuất có phát sinh khí thải được kiểm tra", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("xử phạt 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở bị xử phạt", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("hơn 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "tổng số tiền xử phạt", approx="over", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("thêm 4 trạm", "4", 4, "count", "trạm", "trạm quan trắc tự động đầu tư thêm", status="forecast", period=Y25),
 F("khoảng 28 tỷ đồng", "28", 28e9, "money", "đồng", "tổng kinh phí đầu tư trạm quan trắc", approx="about", status="forecast", period=Y25),
 F("lên 12 trạm", "12", 12, "count", "trạm", "tổng số trạm quan trắc", status="forecast", period=Y25),
 F("2030, 100% khu", "100", 100, "percent", "%", "khu công nghiệp có trạm quan trắc khí thải tự động", status="target", period=P("đến năm 2030", None, "2030-12-31")),
]
write("p119-8.toml", """Cổng TTĐT Sở TN&MT Bắc Ninh (style): quan trắc chất lượng không khí năm 2024, kế hoạch 2025. Dated 16/01/2025.
"tăng 6,2% so với năm 2023" follows the percent 81,4% (its change). VN_AQI 78 has no unit (optional); 25 µg/m3 is a legal limit and 150 a threshold (optional).
TP Bắc Ninh, thị xã Quế Võ, TP Từ Sơn as locations of the station counts.
Distractors: 1459/QĐ-TCMT, PM2.5, QCVN 05:2023/BTNMT, the web address.""", "../articles/p119-8.txt", figs, published="2025-01-16", location="Bắc Ninh")
