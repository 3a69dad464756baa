"""p816-6: national newspaper, recreational fishing tours on Nha Trang bay (Khánh Hòa), March 2025."""
from lib import F, P, I, C, build

TEXT = """Du lịch > Điểm đến
Chủ nhật, 16/3/2025, 07:40 (GMT+7)

Khách Tây trả 1,5 triệu đồng để câu cá trên vịnh Nha Trang

Từ đầu năm đến nay, các tour câu cá, câu mực trên vịnh Nha Trang đón hơn 26.000 khách, phần lớn đến từ Nga, Hàn Quốc và Trung Quốc.

Theo Sở Du lịch Khánh Hòa, năm 2024 toàn tỉnh có 64 doanh nghiệp kinh doanh tour câu cá giải trí trên biển, tăng 19 đơn vị so với năm 2023; tổng số tàu phục vụ là 152 chiếc, trong đó 97 chiếc được hoán cải từ tàu cá của ngư dân.

Tại Nha Trang, tour câu cá nửa ngày có giá 700.000-900.000 đồng/khách, tour trọn ngày kết hợp lặn ngắm san hô ở hòn Mun, hòn Tằm khoảng 1,5 triệu đồng/khách. Anh Trần Văn Hai, chủ một tàu ở cảng cá Hòn Rớ (phường Phước Đồng, TP Nha Trang), cho biết mỗi tháng tàu anh chạy 18-22 chuyến, mỗi chuyến chở 8-10 khách. Thu nhập của gia đình anh gấp 2-3 lần so với thời còn đi lưới.

"Khách nước ngoài thích nhất là tự tay câu được cá mú, cá hồng rồi nhờ bếp trên tàu chế biến", anh Hai nói. Tàu của anh dài 14 m, được hoán cải năm 2022 với chi phí khoảng 350 triệu đồng.

Tuy nhiên, theo Chi cục Thủy sản Khánh Hòa, trong năm 2024, lực lượng chức năng đã kiểm tra 210 lượt tàu du lịch câu cá, phát hiện 34 trường hợp vi phạm (chủ yếu chở quá số người quy định, không đủ áo phao), xử phạt gần 290 triệu đồng. Tỉnh dự kiến năm nay sẽ cấp phép thêm khoảng 40 tàu, nâng tổng số lên gần 200 chiếc.

Bùi Toàn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-16")
NN = P("năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    F("trả 1,5 triệu", "1,5", 1.5e6, "money", "đồng", "giá tour câu cá trên vịnh Nha Trang", location="Nha Trang"),
    F("hơn 26.000 khách", "26.000", 26000, "count", "khách", "khách các tour câu cá, câu mực trên vịnh Nha Trang",
      YTD, approx="over", location="Nha Trang"),
    F("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp", "doanh nghiệp kinh doanh tour câu cá giải trí trên biển",
      Y24, change=C("increase", 19, unit="đơn vị", baseline="năm 2023")),
    F("là 152 chiếc", "152", 152, "count", "chiếc", "tàu phục vụ tour câu cá giải trí", Y24),
    F("97 chiếc", "97", 97, "count", "chiếc", "tàu được hoán cải từ tàu cá của ngư dân", Y24, total=152),
    F("giá 700.000-900.000", "700.000", 700000, "money", "đồng/khách", "giá tour câu cá nửa ngày",
      value_max=900000, location="Nha Trang"),
    F("khoảng 1,5 triệu đồng/khách", "1,5", 1.5e6, "money", "đồng/khách",
      "giá tour trọn ngày kết hợp lặn ngắm san hô", approx="about", location="Nha Trang"),
    F("chạy 18-22 chuyến", "18", 18, "count", "chuyến", "chuyến tàu anh Hai chạy mỗi tháng", value_max=22,
      location="Nha Trang"),
    F("chở 8-10 khách", "8", 8, "count", "khách", "khách mỗi chuyến", value_max=10, location="Nha Trang"),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "thu nhập của gia đình anh Hai so với thời còn đi lưới",
      value_max=3, location="Nha Trang"),
    F("dài 14 m", "14", 14, "measure", "m", "chiều dài tàu của anh Hai", location="Nha Trang", optional=True),
    F("khoảng 350 triệu", "350", 350e6, "money", "đồng", "chi phí hoán cải tàu của anh Hai",
      P("năm 2022", "2022-01-01", "2022-12-31"), approx="about", location="Nha Trang"),
    F("kiểm tra 210 lượt", "210", 210, "count", "lượt tàu", "lượt tàu du lịch câu cá được kiểm tra", Y24),
    F("phát hiện 34", "34", 34, "count", "trường hợp", "trường hợp vi phạm", Y24),
    F("gần 290 triệu", "290", 290e6, "money", "đồng", "tiền xử phạt vi phạm", Y24, approx="nearly"),
    F("khoảng 40 tàu", "40", 40, "count", "tàu", "tàu du lịch câu cá được cấp phép thêm", NN,
      approx="about", status="forecast"),
    F("gần 200 chiếc", "200", 200, "count", "chiếc", "tổng số tàu du lịch câu cá", NN,
      approx="nearly", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Chủ nhật, 16/3/2025, 07:40 (GMT+7)': fishing tours on Nha Trang bay.",
    "Headline figure '1,5 triệu đồng' is kept (Nha Trang, no period). 'Từ đầu năm đến nay' ends at the dateline.",
    "Province-wide figures (Sở Du lịch, Chi cục Thủy sản, 'toàn tỉnh', 'Tỉnh') -> Khánh Hòa; tours and the boat owner in TP Nha Trang -> Nha Trang.",
    "Distractors: '07:40 (GMT+7)', person 'Trần Văn Hai', 'hòn Mun, hòn Tằm', 'Hòn Rớ'. 'dài 14 m' (one boat's size) is optional.",
    "'gấp 2-3 lần so với thời còn đi lưới' stands as its own claim -> multiple 2-3.",
    "'được hoán cải năm 2022 với chi phí khoảng 350 triệu' -> period năm 2022 (the cost was incurred then).",
    "revised after the first run: units of '18-22 chuyến' and '8-10 khách' (stated with 'mỗi') are 'chuyến', 'khách' (were 'chuyến/tháng', 'khách/chuyến').",
]

build("p816-6", TEXT, FIGS, NOTES, published="2025-03-16", location="Khánh Hòa")
