"""p884-5: Party/provincial newspaper (Báo Nghệ An), chợ Vinh reduces plastic bags; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Chợ Vinh nói không với túi ni lông: Chuyển biến từ thói quen nhỏ

Sau hơn 2 năm triển khai mô hình "Chợ văn minh, giảm thiểu rác thải nhựa", chợ Vinh (phường Hồng Sơn) – chợ lớn nhất tỉnh Nghệ An với khoảng 1.300 ki-ốt – đã có những chuyển biến tích cực. Theo Ban Quản lý chợ, lượng túi ni lông tiểu thương sử dụng giảm từ 120 kg/ngày năm 2022 xuống còn 65 kg/ngày, tức giảm 45,8%.

Toàn chợ hiện có 1.120 hộ kinh doanh, trong đó 870 hộ đã đăng ký tham gia mô hình, chiếm 77,7%. Ban Quản lý chợ phối hợp với Hội Liên hiệp Phụ nữ thành phố cấp phát 3.500 túi vải và 1.200 làn nhựa đi chợ. Mỗi túi vải có giá thành khoảng 8.000 đồng; Hội hỗ trợ 50% giá thành, tiểu thương tự chi trả phần còn lại.

"Trước đây mỗi tháng tôi mua gần 10 kg túi ni lông, giờ chỉ còn 3-4 kg, tiết kiệm được khoảng 300.000 đồng/tháng", chị Nguyễn Thị Sáu, tiểu thương bán rau ở ki-ốt số 12, chia sẻ.

Tại 23 chợ còn lại trên địa bàn thành phố Vinh, đã có 15 chợ triển khai mô hình tương tự. Quý I/2025, lượng rác thải nhựa thu gom tại các chợ trên địa bàn thành phố ước đạt 52 tấn, giảm 21% so với cùng kỳ. Tính chung năm 2024, toàn tỉnh Nghệ An có 146 chợ tham gia phong trào, tăng 68 chợ so với năm 2022.

Năm 2025, thành phố đặt mục tiêu 100% chợ hạng 1, hạng 2 và 50% chợ hạng 3 không sử dụng túi ni lông khó phân hủy; dự kiến kinh phí hỗ trợ túi vải, làn nhựa khoảng 600 triệu đồng.

Thanh Nga
15/04/2025
"""

NOTES = [
    "p884-5: Báo Nghệ An style, byline 'Thanh Nga' and bare date '15/04/2025' at the end (the published date).",
    "Chợ Vinh and city figures get location Vinh; 'toàn tỉnh Nghệ An' gets Nghệ An.",
    "'giảm từ 120 kg/ngày năm 2022 xuống còn 65 kg/ngày, tức giảm 45,8%': 120 is its own figure (2022), the 45,8% is the change of 65.",
    "'Sau hơn 2 năm triển khai' is a duration that locates the story in time: not a figure. 'hạng 1, hạng 2, hạng 3',",
    "'ki-ốt số 12', 'Nguyễn Thị Sáu', 'phường Hồng Sơn' are not figures. 'tăng 68 chợ so với năm 2022' is the change of 146.",
    "The trader's quote (chợ Vinh) is recorded: 'gần 10 kg', '3-4 kg' (range), '300.000 đồng/tháng'.",
]
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("khoảng 1.300 ki-ốt", "1.300", 1300, "count", "ki-ốt", "ki-ốt chợ Vinh", approx="about", location="Vinh"),
    F("từ 120 kg/ngày", "120", 120, "measure", "kg/ngày", "lượng túi ni lông tiểu thương sử dụng",
      P("năm 2022", "2022-01-01", "2022-12-31"), location="Vinh"),
    F("còn 65 kg/ngày", "65", 65, "measure", "kg/ngày", "lượng túi ni lông tiểu thương sử dụng",
      change=C("decrease", 45.8, "%", "năm 2022"), location="Vinh"),
    F("có 1.120 hộ", "1.120", 1120, "count", "hộ kinh doanh", "hộ kinh doanh chợ Vinh", location="Vinh"),
    F("870 hộ", "870", 870, "count", "hộ", "hộ đăng ký tham gia mô hình", total=1120, percent=77.7, location="Vinh"),
    F("phát 3.500 túi", "3.500", 3500, "count", "túi vải", "túi vải cấp phát", location="Vinh"),
    F("1.200 làn", "1.200", 1200, "count", "làn nhựa", "làn nhựa đi chợ cấp phát", location="Vinh"),
    F("khoảng 8.000 đồng", "8.000", 8000, "money", "đồng/túi", "giá thành mỗi túi vải", approx="about",
      location="Vinh"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "Hội hỗ trợ giá thành túi vải", location="Vinh"),
    F("gần 10 kg", "10", 10, "measure", "kg/tháng", "túi ni lông tiểu thương mua mỗi tháng trước đây",
      approx="nearly", location="Vinh"),
    F("còn 3-4 kg", "3", 3, "measure", "kg/tháng", "túi ni lông tiểu thương mua mỗi tháng", value_max=4,
      location="Vinh"),
    F("khoảng 300.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng", "tiền tiết kiệm được", approx="about",
      location="Vinh"),
    F("Tại 23 chợ", "23", 23, "count", "chợ", "chợ còn lại trên địa bàn thành phố Vinh", location="Vinh"),
    F("có 15 chợ", "15", 15, "count", "chợ", "chợ triển khai mô hình tương tự", total=23, location="Vinh"),
    F("ước đạt 52 tấn", "52", 52, "measure", "tấn", "rác thải nhựa thu gom tại các chợ", Q1, status="estimate",
      change=C("decrease", 21, "%", "cùng kỳ"), location="Vinh"),
    F("có 146 chợ", "146", 146, "count", "chợ", "chợ tham gia phong trào",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 68, "chợ", "năm 2022"), location="Nghệ An"),
    F("tiêu 100% chợ", "100", 100, "percent", "%", "chợ hạng 1, hạng 2 không sử dụng túi ni lông khó phân hủy",
      Y25, status="target", location="Vinh"),
    F("và 50% chợ", "50", 50, "percent", "%", "chợ hạng 3 không sử dụng túi ni lông khó phân hủy",
      Y25, status="target", location="Vinh"),
    F("khoảng 600 triệu", "600", 600_000_000, "money", "đồng", "kinh phí hỗ trợ túi vải, làn nhựa", Y25,
      approx="about", status="forecast", location="Vinh"),
]
write("p884-5", TEXT, NOTES, FIGS, published="2025-04-15", location="Nghệ An")
