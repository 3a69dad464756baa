"""p1056-5: Party provincial newspaper (Báo Đắk Lắk), street food in Buôn Ma Thuột, late 2023."""
from lib import F, P, I, C, T, write

TEXT = """Chấn chỉnh an toàn thực phẩm thức ăn đường phố

Mỗi buổi chiều, khu vực cổng chợ Trung tâm Buôn Ma Thuột và dọc đường Y Jút lại tấp nập xe bán bánh tráng nướng, xiên que, nước mía. Theo Chi cục An toàn vệ sinh thực phẩm tỉnh, toàn tỉnh hiện có khoảng 6.800 cơ sở kinh doanh thức ăn đường phố, riêng TP Buôn Ma Thuột chiếm gần 40%.

Bà H'Nhi Niê, bán bánh căn trên đường Lê Hồng Phong, cho biết mỗi ngày bán khoảng 200-250 cái bánh, giá 5.000 đồng/cái, nhưng chưa từng được tập huấn kiến thức an toàn thực phẩm.

Từ ngày 1/10 đến 15/11/2023, đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 426 cơ sở tại TP Buôn Ma Thuột (198 cơ sở), thị xã Buôn Hồ (87 cơ sở), huyện Krông Pắc (76 cơ sở) và huyện Cư M'gar (65 cơ sở). Qua kiểm tra, đoàn phát hiện 53 cơ sở vi phạm, chiếm 12,4%; phạt tiền 21 cơ sở với tổng số tiền 87,5 triệu đồng. Đoàn lấy 312 mẫu thực phẩm xét nghiệm nhanh, trong đó 9 mẫu dương tính với hàn the và 5 mẫu có phẩm màu công nghiệp.

Từ đầu năm đến nay, toàn tỉnh xảy ra 3 vụ ngộ độc thực phẩm với 126 người mắc, trong đó vụ ngộ độc xôi tại huyện Ea Kar hồi tháng 8 có 64 người mắc.

Ông Y Ka Buôn Krông, Phó Chi cục trưởng, cho biết tỷ lệ cơ sở thức ăn đường phố được cấp giấy xác nhận kiến thức an toàn thực phẩm mới đạt 58,3%, thấp hơn 6,7 điểm phần trăm so với chỉ tiêu của tỉnh. Nhiều hộ bán hàng rong dọc Quốc lộ 14 thay đổi địa điểm liên tục nên khó quản lý.

Mục tiêu đến năm 2025, 100% cơ sở thức ăn đường phố tại các đô thị được quản lý, 80% người kinh doanh được tập huấn kiến thức an toàn thực phẩm.

HOÀNG LAN
20/11/2023
"""

K = P("Từ ngày 1/10 đến 15/11/2023", "2023-10-01", "2023-11-15")
KI = I(K)
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-20")
G = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 6.800 cơ sở", "6.800", 6800, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố", approx="about"),
    F("chiếm gần 40%", "40", 40, "percent", "%", "tỷ lệ cơ sở kinh doanh thức ăn đường phố",
      approx="nearly", location="Buôn Ma Thuột"),
    F("khoảng 200-250 cái bánh", "200", 200, "count", "cái bánh", "bánh căn bán mỗi ngày", value_max=250,
      approx="about", location="Buôn Ma Thuột", optional=True),
    F("giá 5.000 đồng/cái", "5.000", 5000, "money", "đồng/cái", "giá bánh căn",
      location="Buôn Ma Thuột", optional=True),
    F("kiểm tra 426 cơ sở", "426", 426, "count", "cơ sở", "cơ sở được kiểm tra", period=K),
    F("Buôn Ma Thuột (198 cơ sở)", "198", 198, "count", "cơ sở", "cơ sở được kiểm tra", total=426,
      location="Buôn Ma Thuột", period=K),
    F("Buôn Hồ (87 cơ sở)", "87", 87, "count", "cơ sở", "cơ sở được kiểm tra", total=426,
      location="Buôn Hồ", period=K),
    F("Krông Pắc (76 cơ sở)", "76", 76, "count", "cơ sở", "cơ sở được kiểm tra", total=426,
      location="Krông Pắc", period=K),
    F("Cư M'gar (65 cơ sở)", "65", 65, "count", "cơ sở", "cơ sở được kiểm tra", total=426,
      location="Cư M'gar", period=K),
    F("phát hiện 53 cơ sở", "53", 53, "count", "cơ sở", "cơ sở vi phạm", percent=12.4, period=KI),
    F("phạt tiền 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở bị phạt tiền", period=KI),
    F("số tiền 87,5 triệu đồng", "87,5", 87500000, "money", "đồng", "tổng số tiền phạt", period=KI),
    F("lấy 312 mẫu", "312", 312, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh", period=KI),
    F("9 mẫu dương tính", "9", 9, "count", "mẫu", "mẫu dương tính với hàn the", total=312, period=KI),
    F("5 mẫu có phẩm màu", "5", 5, "count", "mẫu", "mẫu có phẩm màu công nghiệp", total=312, period=KI),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ ngộ độc thực phẩm", period=YTD),
    F("với 126 người mắc", "126", 126, "count", "người", "người mắc ngộ độc thực phẩm", period=YTD),
    F("có 64 người mắc", "64", 64, "count", "người", "người mắc trong vụ ngộ độc xôi", total=126,
      location="Ea Kar", period=P("hồi tháng 8", "2023-08-01", "2023-08-31")),
    F("mới đạt 58,3%", "58,3", 58.3, "percent", "%",
      "tỷ lệ cơ sở thức ăn đường phố được cấp giấy xác nhận kiến thức an toàn thực phẩm",
      change=C("decrease", 6.7, "điểm phần trăm", "chỉ tiêu của tỉnh")),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở thức ăn đường phố tại các đô thị được quản lý",
      status="target", period=G),
    F("80% người kinh doanh", "80", 80, "percent", "%", "người kinh doanh được tập huấn kiến thức an toàn thực phẩm",
      status="target", period=G),
]

NOTES = [
    "Báo Đắk Lắk (Party provincial paper): street food in Buôn Ma Thuột and the province; byline and bare date at the end.",
    "'riêng TP Buôn Ma Thuột chiếm gần 40%' is a share of another part, a percent figure of its own (location Buôn Ma Thuột).",
    "The vendor's daily sales and price (one example stall) are optional.",
    "District list in brackets adds up to 426 (198+87+76+65): total 426, place -> location, subject the list's indicator.",
    "'Từ đầu năm đến nay' ends at the bare date 20/11/2023. 64 người after 'trong đó' -> total 126; located in Ea Kar.",
    "'thấp hơn 6,7 điểm phần trăm so với chỉ tiêu' is a gap to plan -> change (decrease, 6,7 điểm phần trăm).",
    "Distractors: đường Y Jút, Lê Hồng Phong, Quốc lộ 14, H'Nhi Niê, Y Ka Buôn Krông, the bare date 20/11/2023.",
]

write(5, TEXT, FIGS, NOTES, published="2023-11-20", location="Đắk Lắk")
