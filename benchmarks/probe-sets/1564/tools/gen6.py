"""p1564-6: national newspaper (VnExpress-style dateline), smart-lock sales at a TP HCM chain, national estimate, burglaries."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 21/9/2024, 08:15 (GMT+7)

Khóa vân tay bán chạy, giá giảm 45% sau 5 năm

Sức mua khóa điện tử tại các chuỗi điện máy ở TP HCM tăng khoảng 40% so với cùng kỳ, trong khi giá phổ biến chỉ còn 3-5 triệu đồng một bộ.

Theo đại diện chuỗi Điện máy Hoàng Phát (42 cửa hàng tại TP HCM), 8 tháng đầu năm nay hệ thống bán được gần 46.000 bộ khóa thông minh, tăng 41% so với cùng kỳ năm ngoái; khóa vân tay chiếm hơn 60% số lượng. Giá bán bình quân hiện khoảng 4,2 triệu đồng một bộ, giảm 45% so với năm 2019.

Ông Trần Quốc Việt, giám đốc ngành hàng gia dụng của chuỗi, cho biết khách mua chủ yếu là hộ gia đình ở chung cư, với các mẫu bán chạy như HP-X9, Smart One 3 và V7 Pro. Mỗi tháng, đội kỹ thuật lắp đặt khoảng 5.500 bộ khóa tại nhà khách hàng.

Theo ước tính của các nhà phân phối, cả nước tiêu thụ khoảng 850.000-900.000 bộ khóa thông minh năm 2023, song tỷ lệ hộ gia đình đô thị sử dụng mới đạt khoảng 8%.

Ở góc độ an ninh, Công an TP HCM cho biết 8 tháng đầu năm, toàn thành phố xảy ra 1.126 vụ trộm cắp tài sản tại nhà dân, giảm 9,8% so với cùng kỳ; trong đó gần 30% số vụ kẻ gian phá khóa cửa để đột nhập. "Một ổ khóa cơ thông thường có thể bị phá trong chưa đến 30 giây", một cán bộ Phòng Cảnh sát hình sự khuyến cáo.

Thanh Tùng
"""

M8n = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm", "2023-01-01", "2023-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
VN = "Việt Nam"

FIGS = [
    fig("giá giảm 45% sau", "45", 45, "percent", "%",
        subject="giá khóa vân tay"),
    fig("tăng khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="sức mua khóa điện tử tại các chuỗi điện máy"),
    fig("còn 3-5 triệu", "3", 3e6, "money", "đồng/bộ", value_max=5e6,
        subject="giá phổ biến khóa điện tử"),
    fig("(42 cửa hàng", "42", 42, "count", "cửa hàng",
        subject="cửa hàng của chuỗi Điện máy Hoàng Phát"),
    fig("gần 46.000 bộ", "46.000", 46000, "count", "bộ khóa thông minh", approx="nearly",
        change=chg("increase", 41, "%", "cùng kỳ năm ngoái"),
        subject="khóa thông minh hệ thống bán được", period=M8n),
    fig("hơn 60% số lượng", "60", 60, "percent", "%", approx="over",
        subject="tỷ trọng khóa vân tay trong số lượng bán", period=M8n),
    fig("khoảng 4,2 triệu", "4,2", 4.2e6, "money", "đồng/bộ", approx="about",
        change=chg("decrease", 45, "%", "năm 2019"), subject="giá bán bình quân"),
    fig("khoảng 5.500 bộ", "5.500", 5500, "measure", "bộ khóa/tháng", approx="about",
        subject="bộ khóa đội kỹ thuật lắp đặt mỗi tháng"),
    fig("khoảng 850.000-900.000", "850.000", 850000, "count", "bộ khóa thông minh", value_max=900000,
        approx="about", status="estimate", subject="khóa thông minh cả nước tiêu thụ", period=Y23, location=VN),
    fig("khoảng 8%", "8", 8, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ hộ gia đình đô thị sử dụng khóa thông minh", period=Y23, location=VN),
    fig("ra 1.126 vụ", "1.126", 1126, "count", "vụ", change=chg("decrease", 9.8, "%", "cùng kỳ"),
        subject="vụ trộm cắp tài sản tại nhà dân", period=M8),
    fig("gần 30% số vụ", "30", 30, "percent", "%", approx="nearly",
        subject="số vụ kẻ gian phá khóa cửa để đột nhập", period=M8),
    fig("chưa đến 30 giây", "30", 30, "measure", "giây", approx="under",
        subject="thời gian phá một ổ khóa cơ thông thường"),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 21/9/2024, 08:15 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 08:15, '(GMT+7)', 'sau 5 năm' (a duration that locates the change in time), product names 'HP-X9', 'Smart One 3',",
    "'V7 Pro', and 'Một ổ khóa cơ thông thường' (indefinite article, not a count).",
    "Default location TP Hồ Chí Minh (the chain's stores, the city's police); the distributors' national estimate is Việt Nam.",
    "Headline 'giá giảm 45%' and sapo 'tăng khoảng 40%' are rates as the claim: percent figures, no change; neither names a period.",
    "In the body, 'giảm 45% so với năm 2019' is the change of 4,2 triệu đồng (standing price, 'hiện': no period);",
    "'tăng 41% so với cùng kỳ năm ngoái' is the change of 46.000 bộ. 'một bộ' after a price is the denominator (đồng/bộ).",
    "'khóa vân tay chiếm hơn 60% số lượng' gives no amount of its own: percent figure. '8 tháng đầu năm nay' = 2024 (dateline).",
    "'Theo ước tính của các nhà phân phối' governs the whole sentence: both 850.000-900.000 and 8% are estimates; the range keeps 'khoảng'.",
    "The 42 stores are a standing count: no period. 'Mỗi tháng ... khoảng 5.500 bộ' is a monthly rate (measure, bộ khóa/tháng).",
    "'chưa đến 30 giây' → under.",
    "revised after the first run: the police paragraph's year-less '8 tháng đầu năm' now 2023-01-01..2023-08-31 (was 2024). FIGURES.md:",
    "a phrase without a year takes the year of the nearest earlier period or date in the article, and that is 'năm 2023' of the",
    "distributors' sentence just before (baselines such as 'so với năm 2019' are not periods). A reader would take 2024 from the dateline.",
]

if __name__ == "__main__":
    write("p1564-6", TEXT, NOTES, FIGS, published="2024-09-21", location="TP Hồ Chí Minh")
