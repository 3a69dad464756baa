"""p812-6: national newspaper, măng cụt Lái Thiêu (TP Thuận An, Bình Dương), du lịch vườn, 2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 15/6/2024, 08:15 (GMT+7)

Măng cụt Lái Thiêu giá 120.000 đồng một kg vẫn hút khách

Măng cụt ở các vườn trăm năm tuổi tại Lái Thiêu (TP Thuận An, Bình Dương) được bán tại vườn 80.000-120.000 đồng/kg, cao gấp đôi măng cụt miền Tây nhưng vẫn không đủ hàng cho khách.

Ông Nguyễn Văn Tư, chủ vườn măng cụt rộng 1,2 ha ở phường Hưng Định, cho biết vườn có 180 cây, nhiều cây trên 100 năm tuổi. Năm nay vườn thu khoảng 4 tấn quả, giảm 30% so với năm ngoái do nắng nóng kéo dài, song nhờ giá cao ông vẫn thu gần 400 triệu đồng. Ngoài bán quả, vườn mở cửa đón khách tham quan với giá vé 150.000 đồng/người, được ăn tự do tại vườn; mỗi ngày cuối tuần đón 200-300 khách.

Theo UBND TP Thuận An, thành phố hiện còn khoảng 480 ha vườn cây ăn trái, trong đó măng cụt chiếm khoảng 35%. Diện tích vườn ở Lái Thiêu đã giảm mạnh so với 20 năm trước do đô thị hóa. Thành phố đang xây dựng đề án phát triển du lịch sinh thái miệt vườn, dự kiến hỗ trợ 20 nhà vườn làm điểm tham quan với kinh phí khoảng 5 tỷ đồng.

Theo Hiệp hội Rau quả Việt Nam, 5 tháng đầu năm 2024, xuất khẩu măng cụt của cả nước đạt 27,5 triệu USD, tăng 18% so với cùng kỳ năm ngoái; trong đó thị trường Trung Quốc chiếm khoảng 65%.

Hoàng Nam
"""

NOTES = [
    "National newspaper (VnExpress style): măng cụt Lái Thiêu, TP Thuận An (Bình Dương) — giá, vườn điển hình, vé tham quan, diện tích vườn, đề án du lịch, xuất khẩu cả nước.",
    "'Thứ bảy, 15/6/2024, 08:15 (GMT+7)' gives published. 'ông Nguyễn Văn Tư', '20 năm trước' (a baseline only), are not figures.",
    "Lái Thiêu and phường Hưng Định lie in TP Thuận An: location 'Thuận An'. The national export figures → Việt Nam; Trung Quốc is a trade partner, not a place.",
    "'cao gấp đôi măng cụt miền Tây' is the change (2 lần) of the price range. 'trên 100 năm tuổi' (a category) and 'vườn trăm năm tuổi' (a description) are optional.",
    "'trong đó măng cụt chiếm khoảng 35%' and 'trong đó thị trường Trung Quốc chiếm khoảng 65%' are percent figures of their own (a percent has no whole).",
]

y24 = Y("Năm nay", 2024)
FIGS = [
    F("giá 120.000 đồng một kg", "120.000", 120000, "money", "đồng/kg", "giá măng cụt Lái Thiêu"),
    F("vườn 80.000-120.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá măng cụt bán tại vườn", value_max=120000,
      change=C("increase", 2, "lần", "măng cụt miền Tây")),
    F("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích vườn măng cụt của ông Nguyễn Văn Tư"),
    F("có 180 cây", "180", 180, "count", "cây", "cây măng cụt trong vườn"),
    F("vườn trăm năm tuổi", "trăm", 100, "measure", "năm tuổi", "tuổi vườn măng cụt", optional=True),
    F("trên 100 năm tuổi", "100", 100, "measure", "năm tuổi", "tuổi cây măng cụt", approx="over", optional=True),
    F("khoảng 4 tấn quả", "4", 4, "measure", "tấn", "sản lượng măng cụt của vườn", y24, approx="about",
      change=C("decrease", 30, "%", "năm ngoái")),
    F("gần 400 triệu đồng", "400", 400e6, "money", "đồng", "tiền thu từ măng cụt của vườn", y24, approx="nearly"),
    F("vé 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", "giá vé tham quan vườn măng cụt"),
    F("200-300 khách", "200", 200, "count", "khách", "khách mỗi ngày cuối tuần", value_max=300),
    F("khoảng 480 ha", "480", 480, "measure", "ha", "diện tích vườn cây ăn trái", approx="about"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "tỷ lệ măng cụt trong diện tích vườn cây ăn trái", approx="about"),
    F("hỗ trợ 20 nhà vườn", "20", 20, "count", "nhà vườn", "nhà vườn được hỗ trợ làm điểm tham quan", status="forecast"),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "kinh phí hỗ trợ nhà vườn làm điểm tham quan", approx="about",
      status="forecast"),
    F("đạt 27,5 triệu USD", "27,5", 27.5e6, "money", "USD", "kim ngạch xuất khẩu măng cụt",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31"), change=C("increase", 18, "%", "cùng kỳ năm ngoái"),
      location="Việt Nam"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng thị trường Trung Quốc trong xuất khẩu măng cụt",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31"), approx="about", location="Việt Nam"),
]

if __name__ == "__main__":
    write("p812-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Thuận An")
