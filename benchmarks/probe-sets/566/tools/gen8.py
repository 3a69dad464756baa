"""p566-8: commune portal (xã Tịnh Khê, TP. Quảng Ngãi): rainy-season outlook 2024 and local preparedness."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TỊNH KHÊ
Thành phố Quảng Ngãi - tỉnh Quảng Ngãi
28/08/2024 | 09:12 | Lượt đọc: 356

Mùa mưa bão 2024: dự báo có 4-5 cơn bão ảnh hưởng đến đất liền

Theo dự báo của Đài Khí tượng Thủy văn tỉnh Quảng Ngãi, từ nay đến cuối năm 2024, trên Biển Đông có khả năng xuất hiện 8-10 cơn bão và áp thấp nhiệt đới, trong đó khoảng 4-5 cơn ảnh hưởng trực tiếp đến đất liền nước ta. Tổng lượng mưa từ tháng 9 đến tháng 12/2024 tại Quảng Ngãi dự báo phổ biến 1.800-2.300 mm, cao hơn TBNN từ 10 đến 20%; đỉnh lũ trên sông Trà Khúc có khả năng đạt mức BĐ2 đến BĐ3.

Xã Tịnh Khê hiện có 1.245 hộ với 4.380 nhân khẩu sống ở vùng trũng thấp, ven biển; trong đó 312 hộ thuộc diện phải di dời khi có bão từ cấp 10 trở lên. Trong quý II/2024, xã đã nạo vét 3,5 km kênh tiêu, gia cố 650 m kè chắn sóng tại thôn Mỹ Lai với tổng kinh phí 1,8 tỷ đồng, đạt 90% kế hoạch năm. Tính đến ngày 25/8/2024, xã đã kiểm tra 45 tàu cá, trong đó 38 tàu đã lắp thiết bị giám sát hành trình.

Xã dự kiến bố trí 4 điểm sơ tán tập trung, dự trữ 15 tấn gạo và 2.000 thùng mì tôm. Lực lượng xung kích của xã gồm 120 người, chia thành 9 tổ, trực 24/24 giờ khi có bão. Phấn đấu đến năm 2025, 100% hộ dân vùng trũng có gác tránh lũ.

Mọi thông tin liên hệ: Ban Chỉ huy PCTT và TKCN xã, điện thoại 0255.3843.120.
"""

FC = P("từ nay đến cuối năm 2024", "2024-08-28", "2024-12-31")
Q2 = P("Trong quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("có 4-5 cơn bão", "4", 4, "count", "cơn bão", "bão ảnh hưởng đến đất liền", I(FC), value_max=5,
      status="forecast", location="Việt Nam"),
    F("xuất hiện 8-10 cơn bão", "8", 8, "count", "cơn bão và áp thấp nhiệt đới", "bão và áp thấp nhiệt đới trên Biển Đông",
      FC, value_max=10, status="forecast", location="Việt Nam"),
    F("khoảng 4-5 cơn", "4", 4, "count", "cơn", "bão ảnh hưởng trực tiếp đến đất liền", FC, value_max=5,
      approx="about", total=8, status="forecast", location="Việt Nam"),
    F("phổ biến 1.800-2.300 mm", "1.800", 1800, "measure", "mm", "tổng lượng mưa",
      P("từ tháng 9 đến tháng 12/2024", "2024-09-01", "2024-12-31"), value_max=2300, status="forecast",
      change=CH("increase", 10, "%", "TBNN")),
    F("có 1.245 hộ", "1.245", 1245, "count", "hộ", "hộ sống ở vùng trũng thấp, ven biển"),
    F("4.380 nhân khẩu", "4.380", 4380, "count", "nhân khẩu", "nhân khẩu sống ở vùng trũng thấp, ven biển"),
    F("312 hộ", "312", 312, "count", "hộ", "hộ thuộc diện phải di dời khi có bão", total=1245),
    F("cấp 10 trở lên", "10", 10, "measure", "cấp", "cấp bão", approx="at_least", optional=True),
    F("nạo vét 3,5 km", "3,5", 3.5, "measure", "km", "kênh tiêu nạo vét", Q2),
    F("gia cố 650 m", "650", 650, "measure", "m", "kè chắn sóng gia cố", Q2),
    F("kinh phí 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "tổng kinh phí nạo vét kênh, gia cố kè", Q2,
      percent=90),
    F("kiểm tra 45 tàu cá", "45", 45, "count", "tàu cá", "tàu cá được kiểm tra",
      P("Tính đến ngày 25/8/2024", None, "2024-08-25")),
    F("38 tàu", "38", 38, "count", "tàu", "tàu đã lắp thiết bị giám sát hành trình",
      P("Tính đến ngày 25/8/2024", None, "2024-08-25"), total=45),
    F("bố trí 4 điểm", "4", 4, "count", "điểm sơ tán", "điểm sơ tán tập trung", status="forecast"),
    F("15 tấn gạo", "15", 15, "measure", "tấn", "gạo dự trữ", status="forecast"),
    F("2.000 thùng", "2.000", 2000, "count", "thùng mì tôm", "mì tôm dự trữ", status="forecast"),
    F("gồm 120 người", "120", 120, "count", "người", "lực lượng xung kích của xã"),
    F("9 tổ", "9", 9, "count", "tổ", "tổ xung kích"),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân vùng trũng có gác tránh lũ",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Commune portal (xã Tịnh Khê, TP. Quảng Ngãi), '28/08/2024 | 09:12 | Lượt đọc: 356': rainy-season outlook and preparedness.",
    "Storm counts on Biển Đông / affecting 'đất liền nước ta' are national → Việt Nam; commune figures → Quảng Ngãi (the city and",
    "the province share the name). 'khoảng 4-5 cơn' after 'trong đó' is a part of 8-10 (total = the lower end 8, the whole's value).",
    "'từ nay đến cuối năm 2024' starts at the dateline. 'dự kiến' governs its clause and the continuing 'dự trữ …' (forecast);",
    "'từ cấp 10 trở lên' is a threshold (optional). Not figures: BĐ2/BĐ3, 'trực 24/24 giờ', phone, 'Lượt đọc: 356', dates, times.",
]

if __name__ == "__main__":
    emit("p566-8", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Quảng Ngãi")
