"""p857-5: Báo Lâm Đồng style, Đà Lạt coffee shops boom and illegal builds on farmland, 2023."""
from lib import F, P, I, C, T, build

TEXT = """Đà Lạt: Quán cà phê "mọc" khắp nơi, nhiều công trình xây dựng trái phép

Những năm gần đây, cà phê view đồi, săn mây trở thành "đặc sản" du lịch của Đà Lạt. Theo Phòng Kinh tế thành phố, đến cuối tháng 9/2023, trên địa bàn có khoảng 1.750 quán cà phê, tăng gần 400 quán so với năm 2019; trong đó loại hình cà phê sân vườn, view đồi có 312 quán, phần lớn nằm tại các phường 3, 4, 5, 10 và xã Tà Nung.

Khảo sát của phóng viên tại khu vực đồi Robin, đèo Prenn cho thấy vào dịp cuối tuần, mỗi quán lớn đón từ 800 đến 1.500 lượt khách/ngày. Giá nước uống dao động 45.000 - 70.000 đồng/ly; giá vé check-in (đã gồm nước) phổ biến 80.000 đồng/người.

Tuy nhiên, qua kiểm tra năm 2023, thành phố phát hiện 64 trường hợp xây dựng quán cà phê trái phép trên đất nông nghiệp với tổng diện tích khoảng 3,2 ha; đã xử phạt 41 trường hợp với số tiền hơn 1,9 tỷ đồng, buộc tháo dỡ 17 công trình.

Về thuế, Chi cục Thuế khu vực Đà Lạt - Lạc Dương cho biết 9 tháng đầu năm 2023, số thu từ các hộ kinh doanh cà phê đạt 14,6 tỷ đồng, chiếm 21% số thu từ hộ kinh doanh trên địa bàn. Dù vậy, nhiều quán doanh thu hàng trăm triệu đồng mỗi tháng nhưng chỉ nộp thuế khoán 1-2 triệu đồng/tháng. Doanh thu của một quán view đồi đông khách gấp 5 đến 7 lần một quán trong trung tâm.

Ông Nguyễn Văn Tư, Trưởng phòng Kinh tế thành phố, cho biết Đà Lạt phấn đấu đến cuối năm 2024 xử lý dứt điểm 100% công trình vi phạm, đồng thời đưa ít nhất 50 quán cà phê đủ điều kiện vào danh mục điểm tham quan du lịch.

MINH ĐẠO
27/10/2023
"""

ASOF = P("đến cuối tháng 9/2023", end="2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
T24 = P("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("khoảng 1.750 quán", "1.750", 1750, "count", "quán cà phê", "quán cà phê", ASOF, approx="about",
      change=C("increase", 400, "quán", "năm 2019", approx="nearly")),
    F("có 312 quán", "312", 312, "count", "quán", "quán cà phê sân vườn, view đồi", ASOF, total=1750),
    F("từ 800 đến 1.500", "800", 800, "measure", "lượt khách/ngày", "lượt khách mỗi quán lớn đón vào dịp cuối tuần",
      value_max=1500),
    F("dao động 45.000 - 70.000", "45.000", 45000, "money", "đồng/ly", "giá nước uống", value_max=70000),
    F("phổ biến 80.000", "80.000", 80000, "money", "đồng/người", "giá vé check-in"),
    F("phát hiện 64 trường hợp", "64", 64, "count", "trường hợp",
      "trường hợp xây dựng quán cà phê trái phép trên đất nông nghiệp", Y23),
    F("khoảng 3,2 ha", "3,2", 3.2, "measure", "ha", "tổng diện tích xây dựng quán cà phê trái phép", Y23,
      approx="about"),
    F("phạt 41 trường hợp", "41", 41, "count", "trường hợp", "trường hợp bị xử phạt", Y23),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "số tiền xử phạt", Y23, approx="over"),
    F("dỡ 17 công trình", "17", 17, "count", "công trình", "công trình buộc tháo dỡ", Y23),
    F("đạt 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "số thu từ các hộ kinh doanh cà phê", M9, percent=21,
      location="Đà Lạt"),
    F("hàng trăm triệu đồng", "trăm", 100e6, "money", "đồng/tháng", "doanh thu của nhiều quán", I(M9), approx="about",
      optional=True),
    F("khoán 1-2 triệu", "1", 1e6, "money", "đồng/tháng", "thuế khoán của nhiều quán", I(M9), value_max=2e6),
    F("gấp 5 đến 7 lần", "5", 5, "multiple", "lần",
      "doanh thu của một quán view đồi đông khách so với một quán trong trung tâm", I(M9), value_max=7),
    F("dứt điểm 100%", "100", 100, "percent", "%", "công trình vi phạm được xử lý dứt điểm", T24, status="target"),
    F("ít nhất 50 quán", "50", 50, "count", "quán cà phê",
      "quán cà phê đủ điều kiện đưa vào danh mục điểm tham quan du lịch", T24, approx="at_least", status="target"),
]

NOTES = [
    "Báo Lâm Đồng style, byline MINH ĐẠO and bare date 27/10/2023 at the end: coffee shops of Đà Lạt, illegal builds, tax.",
    "Location Đà Lạt for every figure (the city is named; Lâm Đồng is the province). 'phường 3, 4, 5, 10' are names.",
    "'hàng trăm triệu đồng' is a vague amount (optional; number word 'trăm' as written). Visitor rate 'lượt khách/ngày' is a",
    "rate, so measure. 'gấp 5 đến 7 lần' standing alone is a multiple with value_max. Cuối tuần visitors, prices and the 1-2",
    "triệu tax have no period phrase. 'Ông Nguyễn Văn Tư' is a name.",
]

build("p857-5", TEXT, FIGS, NOTES, published="2023-10-27", location="Đà Lạt")
