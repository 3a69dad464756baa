from lib import F, P, build

TEXT = """BÁO CẦN THƠ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Cần Thơ
Kinh tế > Nông nghiệp

Giá lúa Hè Thu nhích lên, nông dân phấn khởi

HÀ VĂN - Thứ Ba, 23/07/2024, 06:45

Những ngày qua, giá lúa tại nhiều địa phương vùng ĐBSCL tăng nhẹ. Theo khảo sát của phóng viên sáng 22/7, tại Cần Thơ, lúa IR 50404 tươi được thương lái thu mua ở mức 7.400-7.600 đồng/kg, tăng 200 đồng/kg so với tuần trước; lúa OM 5451 giá 7.800-8.000 đồng/kg; lúa Đài Thơm 8 từ 8.200 đến 8.400 đồng/kg; riêng lúa Nhật giữ ổn định ở mức 7.900 đồng/kg.

Tại các kho, giá gạo nguyên liệu IR 504 dao động 10.800-11.000 đồng/kg; gạo thành phẩm IR 504 từ 12.600 đến 12.800 đồng/kg. Giá tấm IR 504 ở mức 10.700 đồng/kg, cám khô 7.000-7.200 đồng/kg.

Trên thị trường xuất khẩu, giá gạo 5% tấm của Việt Nam được chào bán ở mức 570-574 USD/tấn, thấp hơn 12 USD/tấn so với đầu tháng 7 nhưng vẫn cao hơn gạo cùng loại của Thái Lan (556 USD/tấn) và Pakistan (532 USD/tấn).

Ông Trần Văn Tư, ngụ ấp Thới Thuận, huyện Thới Lai, cho biết gia đình ông có 3 ha lúa sắp thu hoạch, năng suất ước hơn 6,5 tấn/ha. "Giá như hiện nay, trừ chi phí tôi lời khoảng 20 triệu đồng mỗi ha", ông Tư nói.

Hiện Cần Thơ đã thu hoạch 62.500/73.800 ha lúa Hè Thu, đạt 84,7%. Theo dự báo của các doanh nghiệp, giá lúa có thể tăng thêm 100-200 đồng/kg khi nguồn cung cuối vụ giảm dần.

Đường dây nóng: 0292.3821.456
Lượt xem: 2.048
"""

CT = "Cần Thơ"
VN = "Việt Nam"
FIGS = [
    F("mức 7.400-7.600 đồng/kg", "7.400", 7400, "money", "đồng/kg", "giá lúa IR 50404 tươi",
      value_max=7600, change={"direction": "increase", "value": 200, "unit": "đồng/kg", "baseline": "tuần trước"},
      location=CT),
    F("giá 7.800-8.000 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá lúa OM 5451", value_max=8000, location=CT),
    F("từ 8.200 đến 8.400 đồng/kg", "8.200", 8200, "money", "đồng/kg", "giá lúa Đài Thơm 8", value_max=8400, location=CT),
    F("mức 7.900 đồng/kg", "7.900", 7900, "money", "đồng/kg", "giá lúa Nhật", location=CT),
    F("dao động 10.800-11.000 đồng/kg", "10.800", 10800, "money", "đồng/kg", "giá gạo nguyên liệu IR 504",
      value_max=11000, location=CT),
    F("từ 12.600 đến 12.800 đồng/kg", "12.600", 12600, "money", "đồng/kg", "giá gạo thành phẩm IR 504",
      value_max=12800, location=CT),
    F("mức 10.700 đồng/kg", "10.700", 10700, "money", "đồng/kg", "giá tấm IR 504", location=CT),
    F("cám khô 7.000-7.200 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá cám khô", value_max=7200, location=CT),
    F("gạo 5% tấm", "5", 5, "percent", "%", "tỷ lệ tấm", location=VN, optional=True),
    F("mức 570-574 USD/tấn", "570", 570, "money", "USD/tấn", "giá gạo 5% tấm xuất khẩu của Việt Nam",
      value_max=574, change={"direction": "decrease", "value": 12, "unit": "USD/tấn", "baseline": "đầu tháng 7"},
      location=VN),
    F("Thái Lan (556 USD/tấn)", "556", 556, "money", "USD/tấn", "giá gạo 5% tấm của Thái Lan"),
    F("Pakistan (532 USD/tấn)", "532", 532, "money", "USD/tấn", "giá gạo 5% tấm của Pakistan"),
    F("có 3 ha lúa", "3", 3, "measure", "ha", "diện tích lúa của gia đình ông Tư", location="Thới Lai"),
    F("ước hơn 6,5 tấn/ha", "6,5", 6.5, "measure", "tấn/ha", "năng suất", approx="over", status="estimate",
      location="Thới Lai"),
    F("khoảng 20 triệu đồng mỗi ha", "20", 20000000, "money", "đồng/ha", "lời", approx="about",
      location="Thới Lai"),
    F("thu hoạch 62.500/73.800 ha", "62.500", 62500, "measure", "ha", "diện tích lúa Hè Thu thu hoạch",
      total=73800, percent=84.7, location=CT),
    F("thêm 100-200 đồng/kg", "100", 100, "money", "đồng/kg", "giá lúa tăng thêm", value_max=200,
      status="forecast", location=VN, optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Cần Thơ): paddy, rice, broken-rice and bran prices in Cần Thơ; export quotes of VN, Thái Lan, Pakistan; harvest.",
    "Prices per kg/tấn are money with unit đồng/kg, USD/tấn (FIGURES.md rates). 'sáng 22/7' is a survey date, not a period: no period given.",
    "'gạo 5% tấm' is a grade name (label), optional. Thai and Pakistani quotes describe no Vietnamese place: location null.",
    "'62.500/73.800 ha' total 73.800 and 'đạt 84,7%' its share. A farmer's plot in huyện Thới Lai: location Thới Lai (district).",
    "'giá lúa có thể tăng thêm 100-200 đồng/kg' is a forecast price rise with no base figure; location is the ĐBSCL region (not a province",
    "or the nation), so it is optional (location ambiguous: Cần Thơ vs region).",
    "Distractors: variety names IR 50404, OM 5451, Đài Thơm 8, IR 504; 'sáng 22/7'; 'đầu tháng 7'; hotline 0292.3821.456; Lượt xem: 2.048.",
]

build("p437-3", TEXT, FIGS, COMMENTS, published="2024-07-23")
