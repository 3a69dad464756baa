"""p937-1: Sơn La province portal - nho hạ đen Mộc Châu, diện tích, sản lượng, giá tại vườn (2024)."""
from lib import F, P, I, C, T, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Mộc Châu: Nho hạ đen vào vụ, giá tại vườn 45.000 đồng/kg
Cập nhật: 18/06/2024 09:45 | Lượt xem: 1.236

Những ngày giữa tháng 6, các vườn nho hạ đen ở thị xã Mộc Châu và huyện Yên Châu bước vào thu hoạch rộ. Theo Sở Nông nghiệp và PTNT, năm 2024 toàn tỉnh Sơn La có 312 ha nho, tăng 28 ha so với năm 2023; trong đó thị xã Mộc Châu 186 ha, huyện Yên Châu 74 ha, huyện Vân Hồ 31 ha và huyện Mai Sơn 21 ha.

Diện tích cho sản phẩm năm nay là 265 ha, năng suất bình quân ước đạt 14,5 tấn/ha, sản lượng ước đạt khoảng 3.840 tấn, tăng 9,1% so với năm trước. Từ đầu năm đến nay, các hợp tác xã đã tiêu thụ trên 1.200 tấn nho qua sàn thương mại điện tử và hệ thống siêu thị.

Hiện giá nho hạ đen loại 1 tại các vườn ở Mộc Châu dao động từ 40.000 đến 45.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cùng kỳ; nho sữa, nho móng tay trồng trong nhà màng được thu mua 80.000-120.000 đồng/kg. Với giá bán này, mỗi ha nho hạ đen cho doanh thu 550-600 triệu đồng, trừ chi phí còn lãi trên 300 triệu đồng.

Toàn tỉnh có 9 hợp tác xã và 146 hộ trồng nho; 58 ha được cấp chứng nhận VietGAP, chiếm 18,6% tổng diện tích. Gia đình ông Hoàng Văn Tám ở tiểu khu 19, phường Mộc Lỵ có 1,2 ha nho, vụ này dự kiến thu khoảng 18 tấn. Năm 2023, sản lượng nho của tỉnh đạt 3.520 tấn, giá trị khoảng 158 tỷ đồng; sản phẩm chủ yếu tiêu thụ tại Hà Nội và các tỉnh dọc Quốc lộ 6.

Theo Kế hoạch số 186/KH-UBND, đến năm 2025 toàn tỉnh phấn đấu có 400 ha nho, trong đó 150 ha đạt chứng nhận VietGAP hoặc tương đương; 100% diện tích nho tập trung được cấp mã số vùng trồng.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NAYNAY = P("năm nay", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
MC = "Mộc Châu"

FIGS = [
    F("giá tại vườn 45.000 đồng/kg", "45.000", "money", "đồng/kg", "giá nho hạ đen tại vườn", location=MC),
    F("có 312 ha nho", "312", "measure", "ha", "diện tích nho", period=Y24,
      change=C("increase", 28, "ha", "năm 2023")),
    F("Mộc Châu 186 ha", "186", "measure", "ha", "diện tích nho", period=Y24, total=312, location=MC),
    F("Yên Châu 74 ha", "74", "measure", "ha", "diện tích nho", period=Y24, total=312, location="Yên Châu"),
    F("Vân Hồ 31 ha", "31", "measure", "ha", "diện tích nho", period=Y24, total=312, location="Vân Hồ"),
    F("Mai Sơn 21 ha", "21", "measure", "ha", "diện tích nho", period=Y24, total=312, location="Mai Sơn"),
    F("là 265 ha", "265", "measure", "ha", "diện tích nho cho sản phẩm", period=NAYNAY),
    F("ước đạt 14,5 tấn/ha", "14,5", "measure", "tấn/ha", "năng suất nho bình quân", period=NAYNAY,
      status="estimate"),
    F("khoảng 3.840 tấn", "3.840", "measure", "tấn", "sản lượng nho", period=NAYNAY, approx="about",
      status="estimate", change=C("increase", 9.1, "%", "năm trước")),
    F("trên 1.200 tấn", "1.200", "measure", "tấn",
      "nho tiêu thụ qua sàn thương mại điện tử và hệ thống siêu thị", approx="over",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")),
    F("từ 40.000 đến 45.000", "40.000", "money", "đồng/kg", "giá nho hạ đen loại 1 tại vườn", vmax=45000,
      change=C("increase", 5000, "đồng/kg", "cùng kỳ", "about"), location=MC),
    F("80.000-120.000 đồng/kg", "80.000", "money", "đồng/kg",
      "giá thu mua nho sữa, nho móng tay trồng trong nhà màng", vmax=120000, location=MC),
    F("doanh thu 550-600 triệu", "550", "money", "đồng/ha", "doanh thu mỗi ha nho hạ đen", m=1e6,
      vmax=600e6, location=MC),
    F("lãi trên 300 triệu đồng", "300", "money", "đồng/ha", "lãi mỗi ha nho hạ đen", m=1e6,
      approx="over", location=MC),
    F("có 9 hợp tác xã", "9", "count", "hợp tác xã", "hợp tác xã trồng nho"),
    F("146 hộ trồng nho", "146", "count", "hộ", "hộ trồng nho"),
    F("58 ha được cấp", "58", "measure", "ha", "diện tích nho được cấp chứng nhận VietGAP", percent=18.6),
    F("có 1,2 ha nho", "1,2", "measure", "ha", "diện tích nho của gia đình ông Hoàng Văn Tám", location=MC),
    F("khoảng 18 tấn", "18", "measure", "tấn", "sản lượng nho gia đình ông Hoàng Văn Tám dự kiến thu",
      approx="about", status="forecast", location=MC),
    F("đạt 3.520 tấn", "3.520", "measure", "tấn", "sản lượng nho", period=Y23),
    F("khoảng 158 tỷ đồng", "158", "money", "đồng", "giá trị sản lượng nho", m=1e9, approx="about",
      period=Y23),
    F("có 400 ha nho", "400", "measure", "ha", "diện tích nho", period=TO25, status="target"),
    F("150 ha đạt chứng nhận", "150", "measure", "ha", "diện tích nho đạt chứng nhận VietGAP hoặc tương đương",
      period=TO25, status="target", total=400),
    F("100% diện tích nho", "100", "percent", "%", "diện tích nho tập trung được cấp mã số vùng trồng",
      period=TO25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Sơn La: nho hạ đen Mộc Châu vào vụ 2024; area by district (trong đó), yields, garden prices, targets to 2025.",
    "Not figures: 'Lượt xem: 1.236', 'tháng 6', 'loại 1' (a grade), 'tiểu khu 19', 'Quốc lộ 6', 'Kế hoạch số 186/KH-UBND'.",
    "Prices and per-ha revenue sentences name the gardens of Mộc Châu, so they take Mộc Châu; 'năm nay' = 2024 (published).",
]

if __name__ == "__main__":
    build("p937-1", TEXT, FIGS, NOTES, published="2024-06-18", location="Sơn La")
