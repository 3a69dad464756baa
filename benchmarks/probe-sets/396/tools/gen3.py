from lib import *

A = """Thời sự › Nông nghiệp
Thứ tư, 15/5/2024, 14:20 (GMT+7)

Sáu tỉnh Bắc Trung Bộ nhận hơn 1.200 tỷ đồng từ bán tín chỉ carbon rừng

Bộ Nông nghiệp và Phát triển nông thôn vừa hoàn tất phân bổ 51,5 triệu USD (khoảng 1.250 tỷ đồng) thu được từ chuyển nhượng 10,3 triệu tấn CO2 giảm phát thải giai đoạn 2018-2019 cho Ngân hàng Thế giới, với đơn giá 5 USD/tấn.

Đây là kết quả của Thỏa thuận chi trả giảm phát thải (ERPA) ký ngày 22/10/2020, áp dụng cho 6 tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế. Theo quyết định phân bổ, Nghệ An nhận nhiều nhất với 283,2 tỷ đồng, tiếp đến là Thanh Hóa 243,5 tỷ đồng, Quảng Bình 231,4 tỷ đồng, Thừa Thiên Huế 164 tỷ đồng, Quảng Trị 141,7 tỷ đồng và Hà Tĩnh 146,6 tỷ đồng.

Khoảng 86% số tiền được chi trực tiếp cho chủ rừng và cộng đồng tham gia bảo vệ rừng, phần còn lại dùng cho quản lý, giám sát và đo đạc. Theo Cục Lâm nghiệp, đơn giá chi trả bình quân cho bên nhận khoán vào khoảng 300.000 đồng/ha, cao gấp 1,5 lần mức chi trả dịch vụ môi trường rừng thông thường.

Với rừng ngập mặn, các chuyên gia ước tính mỗi ha có thể hấp thụ từ 5 đến 10 tấn CO2/năm, gấp 2-4 lần rừng trên cạn. Cả nước hiện có khoảng 155.000 ha rừng ngập mặn, trong đó hơn 70% tập trung ở vùng Đồng bằng sông Cửu Long, nhưng đến nay chưa có dự án tín chỉ carbon rừng ngập mặn nào được cấp chứng nhận.

Giai đoạn 2021-2025, Việt Nam đặt mục tiêu chuyển nhượng thêm 5,15 triệu tấn CO2 của vùng Bắc Trung Bộ. Theo Nghị định số 107/2022/NĐ-CP, bên mua được quyền ưu tiên mua lượng giảm phát thải vượt cam kết với giá tối thiểu 5 USD/tấn.

Ông Nguyễn Quốc Trị, Cục trưởng Cục Lâm nghiệp, cho biết bộ đang xây dựng đề án thí điểm tín chỉ carbon rừng ngập mặn tại 3 tỉnh Cà Mau, Bạc Liêu và Quảng Ninh trong năm 2025.

Gia Chính
"""

S = "tiền chuyển nhượng tín chỉ carbon rừng được phân bổ"
figs = [
    F("hơn 1.200 tỷ đồng", "1.200", 1200000000000, "money", "đồng", "tiền bán tín chỉ carbon rừng sáu tỉnh Bắc Trung Bộ nhận",
      approx="over"),
    F("Sáu tỉnh Bắc Trung Bộ", "Sáu", 6, "count", "tỉnh", "tỉnh Bắc Trung Bộ nhận tiền bán tín chỉ carbon rừng", optional=True),
    F("phân bổ 51,5 triệu USD", "51,5", 51500000, "money", "USD", "tiền chuyển nhượng giảm phát thải được phân bổ"),
    F("(khoảng 1.250 tỷ đồng)", "1.250", 1250000000000, "money", "đồng", "tiền chuyển nhượng giảm phát thải được phân bổ",
      approx="about", optional=True),
    F("10,3 triệu tấn CO2", "10,3", 10300000, "measure", "tấn CO2", "lượng giảm phát thải chuyển nhượng cho Ngân hàng Thế giới",
      period=P("giai đoạn 2018-2019", "2018-01-01", "2019-12-31")),
    F("đơn giá 5 USD/tấn", "5", 5, "money", "USD/tấn", "đơn giá chuyển nhượng"),
    F("cho 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh áp dụng Thỏa thuận chi trả giảm phát thải"),
    F("nhiều nhất với 283,2 tỷ đồng", "283,2", 283200000000, "money", "đồng", S, location="Nghệ An"),
    F("Thanh Hóa 243,5 tỷ đồng", "243,5", 243500000000, "money", "đồng", S, location="Thanh Hóa"),
    F("Quảng Bình 231,4 tỷ đồng", "231,4", 231400000000, "money", "đồng", S, location="Quảng Bình"),
    F("Thừa Thiên Huế 164 tỷ đồng", "164", 164000000000, "money", "đồng", S, location="Thừa Thiên Huế"),
    F("Quảng Trị 141,7 tỷ đồng", "141,7", 141700000000, "money", "đồng", S, location="Quảng Trị"),
    F("Hà Tĩnh 146,6 tỷ đồng", "146,6", 146600000000, "money", "đồng", S, location="Hà Tĩnh"),
    F("Khoảng 86% số tiền", "86", 86, "percent", "%", "số tiền được chi trực tiếp cho chủ rừng và cộng đồng tham gia bảo vệ rừng",
      approx="about"),
    F("khoảng 300.000 đồng/ha", "300.000", 300000, "money", "đồng/ha", "đơn giá chi trả bình quân cho bên nhận khoán",
      approx="about", change=C("increase", 1.5, "lần", "mức chi trả dịch vụ môi trường rừng thông thường")),
    F("từ 5 đến 10 tấn CO2/năm", "5", 5, "measure", "tấn CO2/năm", "lượng CO2 mỗi ha rừng ngập mặn có thể hấp thụ",
      value_max=10, status="estimate", change=C("increase", 2, "lần", "rừng trên cạn")),
    F("khoảng 155.000 ha", "155.000", 155000, "measure", "ha", "rừng ngập mặn", approx="about"),
    F("hơn 70% tập trung", "70", 70, "percent", "%", "rừng ngập mặn tập trung ở vùng Đồng bằng sông Cửu Long", approx="over"),
    F("thêm 5,15 triệu tấn CO2", "5,15", 5150000, "measure", "tấn CO2", "lượng CO2 vùng Bắc Trung Bộ chuyển nhượng thêm",
      status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giá tối thiểu 5 USD/tấn", "5", 5, "money", "USD/tấn", "giá mua lượng giảm phát thải vượt cam kết", approx="at_least"),
    F("tại 3 tỉnh", "3", 3, "count", "tỉnh", "tỉnh thí điểm tín chỉ carbon rừng ngập mặn"),
]
comments = [
    "National press (VnExpress style): ERPA forest carbon payment to six North-Central provinces; mangrove carbon context; national figures.",
    "Dateline 'Thứ tư, 15/5/2024, 14:20 (GMT+7)' after a breadcrumb; byline at the end. Default location Việt Nam (ministry's national totals).",
    "List of provinces sharing the indicator: each item is a figure with the province as location. 'khoảng 1.250 tỷ đồng' is the same sum in đồng:",
    "optional. 'Sáu tỉnh' in the title is a label for the group: optional; 'cho 6 tỉnh' (count of provinces) is national.",
    "'cao gấp 1,5 lần mức …' is the change of the unit price; 'gấp 2-4 lần rừng trên cạn' is the change (2 lần) of the 5-10 t range ('ước tính' = estimate).",
    "'hơn 70%' stands in a region (not a province, city or district): national location. 'đề án thí điểm … tại 3 tỉnh … trong năm 2025': no status cue, actual; no period given (the year dates the pilot, not the count).",
    "Distractors: ngày 22/10/2020, Nghị định số 107/2022/NĐ-CP, 'giai đoạn 2018-2019' (period), (GMT+7), person's title.",
]
write("p396-3", A, figs, comments, published="2024-05-15", location="Việt Nam")
