from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 21/11/2024, 06:30 (GMT+7)

Xuất khẩu trầm hương 10 tháng đạt gần 130 triệu USD

Kim ngạch xuất khẩu trầm hương và sản phẩm từ trầm 10 tháng năm 2024 ước đạt 128,5 triệu USD, tăng 21,3% so với cùng kỳ năm trước, theo số liệu của Hiệp hội Trầm hương Việt Nam.

Trong đó, tinh dầu trầm đạt 46,2 triệu USD, chiếm 36%; trầm miếng, trầm mảnh đạt 52,8 triệu USD; phần còn lại là nhang, vòng tay và đồ mỹ nghệ. Các thị trường lớn nhất lần lượt là Ả Rập Xê Út, UAE và Đài Loan (Trung Quốc) với kim ngạch 31,4 triệu USD, 24,7 triệu USD và 18,9 triệu USD.

Giá trầm hương nuôi cấy xuất khẩu hiện dao động 1.500-3.000 USD/kg, trong khi trầm tự nhiên hạng nhất có giá trên 20.000 USD/kg. Ông Trần Văn Tuấn, Chủ tịch Hiệp hội, cho biết cả nước có khoảng 1.100 doanh nghiệp và hộ kinh doanh trầm hương, nhưng chỉ hơn 60 đơn vị có nhà máy chưng cất tinh dầu đạt chuẩn.

Theo ông Tuấn, trầm hương thuộc Phụ lục II của CITES nên mọi lô hàng phải có giấy phép theo Nghị định 06/2019/NĐ-CP. Năm 2023, xuất khẩu trầm hương đạt 121 triệu USD. Với đà tăng hiện nay, kim ngạch cả năm 2024 dự kiến đạt khoảng 155 triệu USD, và ngành đặt mục tiêu 300 triệu USD đến năm 2030.

Hiện khoảng 70% sản lượng trầm xuất khẩu vẫn ở dạng thô, giá trị gia tăng thấp. Hiệp hội kiến nghị xây dựng chỉ dẫn địa lý cho trầm hương Khánh Hòa và Hà Tĩnh, đồng thời hỗ trợ doanh nghiệp đầu tư dây chuyền chiết xuất hiện đại.

Thanh Lâm
"""

M10H = P("10 tháng", "2024-01-01", "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("gần 130 triệu USD", "130", 130e6, "money", "USD", "xuất khẩu trầm hương", M10H, approx="nearly"),
    F("ước đạt 128,5 triệu USD", "128,5", 128.5e6, "money", "USD", "kim ngạch xuất khẩu trầm hương và sản phẩm từ trầm", M10,
      change=CH("increase", 21.3, "%", "cùng kỳ năm trước"), status="estimate"),
    F("đạt 46,2 triệu USD", "46,2", 46.2e6, "money", "USD", "kim ngạch xuất khẩu tinh dầu trầm", I(M10),
      total=128.5e6, percent=36, status="estimate"),
    F("đạt 52,8 triệu USD", "52,8", 52.8e6, "money", "USD", "kim ngạch xuất khẩu trầm miếng, trầm mảnh", I(M10),
      total=128.5e6, status="estimate"),
    F("kim ngạch 31,4 triệu USD", "31,4", 31.4e6, "money", "USD", "kim ngạch xuất khẩu trầm hương sang Ả Rập Xê Út", I(M10)),
    F("24,7 triệu USD", "24,7", 24.7e6, "money", "USD", "kim ngạch xuất khẩu trầm hương sang UAE", I(M10)),
    F("18,9 triệu USD", "18,9", 18.9e6, "money", "USD", "kim ngạch xuất khẩu trầm hương sang Đài Loan (Trung Quốc)", I(M10)),
    F("1.500-3.000 USD/kg", "1.500", 1500, "money", "USD/kg", "giá trầm hương nuôi cấy xuất khẩu", value_max=3000),
    F("trên 20.000 USD/kg", "20.000", 20000, "money", "USD/kg", "giá trầm tự nhiên hạng nhất", approx="over"),
    F("khoảng 1.100 doanh nghiệp", "1.100", 1100, "count", "doanh nghiệp và hộ kinh doanh",
      "doanh nghiệp và hộ kinh doanh trầm hương", approx="about"),
    F("hơn 60 đơn vị", "60", 60, "count", "đơn vị", "đơn vị có nhà máy chưng cất tinh dầu đạt chuẩn", approx="over"),
    F("đạt 121 triệu USD", "121", 121e6, "money", "USD", "xuất khẩu trầm hương", Y23),
    F("khoảng 155 triệu USD", "155", 155e6, "money", "USD", "kim ngạch xuất khẩu trầm hương cả năm", Y24,
      approx="about", status="forecast"),
    F("mục tiêu 300 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu trầm hương", T30, status="target"),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "sản lượng trầm xuất khẩu ở dạng thô", approx="about"),
]

COMMENTS = [
    "National press (Thứ năm, 21/11/2024, 06:30 (GMT+7), byline at the end): agarwood exports 10 months 2024, products, markets, prices, 2030 target.",
    "All figures national (Việt Nam); export markets (Ả Rập Xê Út, UAE, Đài Loan) are trade partners, not places: they stay in the subject.",
    "'Trong đó' (next sentence) parts 46,2 and 52,8 triệu USD take the whole 128,5 triệu USD and share its 'ước đạt' (cf. shared h28).",
    "The 'lần lượt' market list is a new sentence with no cue: actual, no total. 'dự kiến' → forecast; 'đặt mục tiêu' → target.",
    "Not figures: '(GMT+7)', 'Phụ lục II', Nghị định 06/2019/NĐ-CP, the headline's '10 tháng' (a period). Headline year from the dateline.",
]

if __name__ == "__main__":
    emit("p761-6", TEXT, COMMENTS, FIGS, published="2024-11-21", location="Việt Nam")
