from lib import F, P, C, T, emit

TEXT = """Nông dân Đắk Lắk đưa nông sản lên sàn thương mại điện tử
Thứ Hai, 22/07/2024, 16:42

(Báo Đắk Lắk) - Sau hơn hai năm triển khai Đề án "Nông dân số", đến cuối tháng 6/2024, toàn tỉnh đã có 27.460 hộ sản xuất nông nghiệp được hỗ trợ tạo tài khoản bán hàng trên các sàn thương mại điện tử như Postmart, Voso, Shopee, tăng 8.120 hộ so với cuối năm 2023. Trong số này, 4.198 hộ là đồng bào dân tộc thiểu số, chiếm 15,3%.

Dẫn đầu là huyện Krông Pắc với 3.870 hộ, tiếp đến là huyện Cư M'gar 3.215 hộ, TP Buôn Ma Thuột 2.960 hộ.

6 tháng đầu năm 2024, doanh thu bán nông sản qua các sàn ước đạt 312,5 tỷ đồng, tăng 41,8% so với cùng kỳ. Cà phê rang xay là mặt hàng bán chạy nhất, chiếm khoảng 38% doanh thu; sầu riêng và bơ chiếm 27%. Mỗi hộ có doanh thu bình quân từ 15 đến 20 triệu đồng/tháng.

Toàn tỉnh hiện có 186/254 sản phẩm OCOP được đưa lên sàn, đạt 73,2%. Từ đầu năm 2024 đến nay, Hội Nông dân tỉnh đã phối hợp với Bưu điện tỉnh tổ chức 64 lớp tập huấn kỹ năng bán hàng trực tuyến cho gần 3.500 lượt hội viên.

Ông Y Bhăm Niê, Phó Chủ tịch Hội Nông dân tỉnh cho biết: "Trước đây bà con chỉ bán qua thương lái, nay nhiều hộ đã tự livestream, đóng gói, giao hàng qua bưu điện, giá bán cao hơn từ 10-15%".

Mục tiêu đến năm 2025, tỉnh có ít nhất 40.000 hộ nông dân có tài khoản thương mại điện tử và 100% sản phẩm OCOP được giới thiệu trên sàn.

Hoàng Gia
"""

ASOF = P("đến cuối tháng 6/2024", None, "2024-06-30")
ASOF_I = P("đến cuối tháng 6/2024", None, "2024-06-30", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-07-22")
TGT = P("đến năm 2025", None, "2025-12-31")
ACC = "hộ sản xuất nông nghiệp có tài khoản bán hàng trên sàn thương mại điện tử"

FIGS = [
    F("hơn hai năm", "hai", 2, "measure", "năm", approx="over", optional=True),
    F("có 27.460 hộ", "27.460", 27460, "count", "hộ",
      "hộ sản xuất nông nghiệp được hỗ trợ tạo tài khoản bán hàng trên sàn thương mại điện tử", ASOF,
      change=C("increase", 8120, "hộ", "cuối năm 2023")),
    F("4.198 hộ", "4.198", 4198, "count", "hộ", "hộ đồng bào dân tộc thiểu số có tài khoản bán hàng trên sàn",
      ASOF_I, total=27460, percent=15.3),
    F("với 3.870 hộ", "3.870", 3870, "count", "hộ", ACC, ASOF_I, location="Krông Pắc"),
    F("Cư M'gar 3.215 hộ", "3.215", 3215, "count", "hộ", ACC, ASOF_I, location="Cư M'gar"),
    F("Buôn Ma Thuột 2.960 hộ", "2.960", 2960, "count", "hộ", ACC, ASOF_I, location="Buôn Ma Thuột"),
    F("ước đạt 312,5 tỷ đồng", "312,5", 312500000000, "money", "đồng", "doanh thu bán nông sản qua các sàn", H1,
      change=C("increase", 41.8, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 38%", "38", 38, "percent", "%", "tỷ trọng cà phê rang xay trong doanh thu bán nông sản qua sàn", H1_I,
      approx="about"),
    F("chiếm 27%", "27", 27, "percent", "%", "tỷ trọng sầu riêng và bơ trong doanh thu bán nông sản qua sàn", H1_I),
    F("từ 15 đến 20 triệu", "15", 15000000, "money", "đồng/tháng", "doanh thu bình quân mỗi hộ", H1_I,
      value_max=20000000),
    F("186/254 sản phẩm", "186", 186, "count", "sản phẩm OCOP", "sản phẩm OCOP được đưa lên sàn", total=254,
      percent=73.2),
    F("64 lớp tập huấn", "64", 64, "count", "lớp tập huấn", "lớp tập huấn kỹ năng bán hàng trực tuyến", YTD),
    F("gần 3.500 lượt", "3.500", 3500, "count", "lượt hội viên", "lượt hội viên được tập huấn", YTD, approx="nearly"),
    F("từ 10-15%", "10", 10, "percent", "%", "giá bán cao hơn so với bán qua thương lái", value_max=15),
    F("ít nhất 40.000 hộ", "40.000", 40000, "count", "hộ nông dân", "hộ nông dân có tài khoản thương mại điện tử", TGT,
      approx="at_least", status="target"),
    F("và 100% sản phẩm", "100", 100, "percent", "%", "sản phẩm OCOP được giới thiệu trên sàn", TGT, status="target"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper): farmers' e-commerce accounts (Đề án 'Nông dân số'), first half of 2024. Dateline 'Thứ Hai, 22/07/2024, 16:42'.",
    "Distractors: 'Đề án \"Nông dân số\"', platform names, 'cuối năm 2023' baseline, person's name, byline. 'hơn hai năm' (duration) optional.",
    "'đến cuối tháng 6/2024' is an as-of period (end 2024-06-30). 'Trong số này, 4.198 hộ' is part of 27.460 hộ (total) and carries 15,3%.",
    "District list items (Krông Pắc, Cư M'gar, TP Buôn Ma Thuột) take the district/city as location; subject = the list's indicator.",
    "'ước đạt 312,5 tỷ đồng' estimate with change 41,8% (cùng kỳ). The product shares 'chiếm khoảng 38%', 'chiếm 27%' stand in their own",
    "sentence with their own subject (a product's share of revenue): percent figures of their own, actual, period inherited.",
    "'từ 15 đến 20 triệu đồng/tháng' a money range (unit đồng/tháng). '186/254 sản phẩm OCOP' total 254 and 'đạt 73,2%' percent.",
    "'Từ đầu năm 2024 đến nay' ends at the dateline. 'từ 10-15%' in the quote is a range (no period). Target figures after 'Mục tiêu đến năm 2025'.",
]

emit("p434-3", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Đắk Lắk")
