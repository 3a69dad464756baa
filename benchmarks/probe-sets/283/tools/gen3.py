from lib import F, P, CH, emit

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế » Nông nghiệp - Nông thôn

Nâng cao thu nhập cho diêm dân Hải Hậu

Những ngày cuối tháng 5, trên cánh đồng muối thị trấn Thịnh Long, bà con diêm dân tất bật thu hoạch. Theo UBND huyện Hải Hậu, vụ muối năm nay toàn huyện có 186 ha đồng muối, giảm 24 ha so với năm 2020 do một phần diện tích chuyển sang nuôi trồng thủy sản. Từ đầu năm đến nay, sản lượng muối toàn huyện đạt khoảng 9.500 tấn, năng suất bình quân 55-60 tấn/ha.

Giá muối hạt tại đồng hiện ở mức 2.500-3.000 đồng/kg; muối sạch đóng túi của Hợp tác xã Diêm nghiệp Văn Lý bán ra 8.000 đồng/kg. Ông Trần Văn Hùng, Giám đốc HTX cho biết, hợp tác xã hiện có 325 xã viên; năm 2023 doanh thu đạt 4,2 tỷ đồng, lợi nhuận gần 600 triệu đồng; thu nhập bình quân của xã viên đạt 6,5 triệu đồng/người/tháng, cao hơn 1,2 triệu đồng so với năm 2022.

Toàn tỉnh Nam Định hiện có 3 huyện ven biển sản xuất muối là Hải Hậu, Giao Thủy và Nghĩa Hưng với tổng diện tích khoảng 410 ha, trong đó Hải Hậu chiếm 45,4%, Giao Thủy 132 ha, Nghĩa Hưng 92 ha. Năm 2023, sản lượng muối toàn tỉnh đạt 21.600 tấn, giảm 6,3% so với năm 2022.

Mục tiêu đến năm 2025, tỉnh duy trì ổn định 400 ha sản xuất muối, trong đó 30% diện tích sản xuất muối sạch; phấn đấu nâng thu nhập của diêm dân lên 8 triệu đồng/người/tháng. Hợp tác xã Văn Lý đang xây dựng sản phẩm muối OCOP 4 sao, dự kiến đưa ra thị trường vào quý IV. Sản phẩm được giới thiệu tại gian hàng số 18, Hội chợ Nông nghiệp tỉnh.

Bài và ảnh: Minh Thu
28/05/2024
"""

NN = P("năm nay", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-28")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 186 ha đồng muối", "186", 186, "measure", "ha", "diện tích đồng muối", NN,
      change=CH("decrease", 24, "ha", "năm 2020")),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", "sản lượng muối", YTD, approx="about"),
    F("bình quân 55-60 tấn/ha", "55", 55, "measure", "tấn/ha", "năng suất muối bình quân", YTD, value_max=60),
    F("mức 2.500-3.000 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá muối hạt tại đồng", value_max=3000),
    F("bán ra 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá muối sạch đóng túi của Hợp tác xã Văn Lý"),
    F("có 325 xã viên", "325", 325, "count", "xã viên", "xã viên Hợp tác xã Diêm nghiệp Văn Lý"),
    F("doanh thu đạt 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "doanh thu hợp tác xã", Y23),
    F("gần 600 triệu đồng", "600", 600000000, "money", "đồng", "lợi nhuận hợp tác xã", Y23, approx="nearly"),
    F("đạt 6,5 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của xã viên", Y23, change=CH("increase", 1200000, "đồng", "năm 2022")),
    F("có 3 huyện", "3", 3, "count", "huyện", "huyện ven biển sản xuất muối", location="Nam Định"),
    F("khoảng 410 ha", "410", 410, "measure", "ha", "tổng diện tích sản xuất muối", approx="about",
      location="Nam Định"),
    F("chiếm 45,4%", "45,4", 45.4, "percent", "%", "tỷ trọng diện tích sản xuất muối"),
    F("Giao Thủy 132 ha", "132", 132, "measure", "ha", "diện tích sản xuất muối", total=410, location="Giao Thủy"),
    F("Nghĩa Hưng 92 ha", "92", 92, "measure", "ha", "diện tích sản xuất muối", total=410, location="Nghĩa Hưng"),
    F("đạt 21.600 tấn", "21.600", 21600, "measure", "tấn", "sản lượng muối toàn tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 6.3, baseline="năm 2022"),
      location="Nam Định"),
    F("ổn định 400 ha", "400", 400, "measure", "ha", "diện tích sản xuất muối", T25, status="target",
      location="Nam Định"),
    F("trong đó 30% diện tích", "30", 30, "percent", "%", "tỷ lệ diện tích sản xuất muối sạch", T25,
      status="target", location="Nam Định"),
    F("lên 8 triệu đồng/người/tháng", "8", 8000000, "money", "đồng/người/tháng", "thu nhập của diêm dân", T25,
      status="target", location="Nam Định"),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng sao OCOP", optional=True),
]

COMMENTS = [
    "Báo Nam Định (Party newspaper): salt farmers' income in Hải Hậu district, HTX Diêm nghiệp Văn Lý, province totals and 2025 targets.",
    "Bare date '28/05/2024' at the end after the byline = published. 'năm nay' = 2024; 'Từ đầu năm đến nay' ends at the published date.",
    "Default location Hải Hậu (the district the article is about; the HTX is in it); province figures (toàn tỉnh, tỉnh) are Nam Định.",
    "'trong đó Hải Hậu chiếm 45,4%, Giao Thủy 132 ha, Nghĩa Hưng 92 ha': the share has no base amount -> a percent figure of its own;",
    "the two area parts after 'trong đó' take total 410. 'giảm 24 ha so với năm 2020', 'cao hơn 1,2 triệu đồng so với năm 2022' are changes.",
    "'325 xã viên' ('hiện có') has no period. 'OCOP 4 sao' is a product rating label: optional. Distractors: 'cuối tháng 5', 'quý IV',",
    "'gian hàng số 18' (a stand number), the dates. Targets 'đến năm 2025' end 2025-12-31 with no start.",
    "revised: subject of 45,4% no longer names Hải Hậu (a place in a list is the location, never the subject).",
]

emit("p283-3", TEXT, COMMENTS, FIGS, published="2024-05-28", location="Hải Hậu")
