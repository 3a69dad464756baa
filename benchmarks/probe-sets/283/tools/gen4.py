from lib import F, P, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn

Năm 2023, sản lượng muối cả nước đạt trên 1,1 triệu tấn
Ngày đăng: 18/01/2024

Theo báo cáo của Cục Kinh tế hợp tác và Phát triển nông thôn, năm 2023 tổng diện tích sản xuất muối cả nước đạt 11.460 ha, giảm 3,1% so với năm 2022; sản lượng đạt 1,102 triệu tấn, trong đó muối công nghiệp 712.000 tấn, muối thủ công khoảng 390.000 tấn. Giá trị sản xuất muối ước đạt 1,65 nghìn tỷ đồng.

Cả nước hiện có 21 tỉnh, thành phố ven biển sản xuất muối với khoảng 37 nghìn hộ diêm dân. Các địa phương có sản lượng lớn gồm Ninh Thuận (423.000 tấn), Bạc Liêu (97.500 tấn), Khánh Hòa (91.200 tấn) và Bến Tre (64.800 tấn).

Giá muối bình quân năm 2023 khoảng 1.500-1.700 đồng/kg, tăng 20-25% so với năm 2022. Tuy vậy, thu nhập của diêm dân vẫn thấp, bình quân chỉ 3,5-4 triệu đồng/người/tháng, bằng khoảng 60% thu nhập bình quân của lao động nông thôn.

Đến hết năm 2023, cả nước có 58 hợp tác xã muối, tăng 9 hợp tác xã so với năm 2020. Hiện khoảng 40% sản lượng muối thủ công được tiêu thụ thông qua hợp đồng liên kết. Trong năm 2023, Việt Nam nhập khẩu khoảng 280.000 tấn muối công nghiệp, chủ yếu từ Ấn Độ và Australia, với trị giá 15,6 triệu USD.

Theo Quyết định số 1325/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phát triển ngành muối giai đoạn 2021-2030, đến năm 2025 cả nước duy trì 14.500 ha sản xuất muối, sản lượng đạt 1,5 triệu tấn; đến năm 2030 tỷ lệ muối sạch đạt trên 60%, thu nhập của diêm dân tăng gấp 2 lần so với năm 2020.

Cục Kinh tế hợp tác và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8792
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("trên 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "sản lượng muối cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("đạt 11.460 ha", "11.460", 11460, "measure", "ha", "tổng diện tích sản xuất muối", Y23,
      change=CH("decrease", 3.1, baseline="năm 2022")),
    F("đạt 1,102 triệu tấn", "1,102", 1102000, "measure", "tấn", "sản lượng muối", Y23),
    F("công nghiệp 712.000 tấn", "712.000", 712000, "measure", "tấn", "sản lượng muối công nghiệp", Y23,
      total=1102000),
    F("khoảng 390.000 tấn", "390.000", 390000, "measure", "tấn", "sản lượng muối thủ công", Y23,
      approx="about", total=1102000),
    F("ước đạt 1,65 nghìn tỷ đồng", "1,65", 1650000000000, "money", "đồng", "giá trị sản xuất muối", Y23i,
      status="estimate"),
    F("có 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển sản xuất muối"),
    F("khoảng 37 nghìn hộ", "37", 37000, "count", "hộ", "hộ diêm dân", approx="about"),
    F("Ninh Thuận (423.000 tấn)", "423.000", 423000, "measure", "tấn", "sản lượng muối", Y23i,
      location="Ninh Thuận"),
    F("Bạc Liêu (97.500 tấn)", "97.500", 97500, "measure", "tấn", "sản lượng muối", Y23i, location="Bạc Liêu"),
    F("Khánh Hòa (91.200 tấn)", "91.200", 91200, "measure", "tấn", "sản lượng muối", Y23i, location="Khánh Hòa"),
    F("Bến Tre (64.800 tấn)", "64.800", 64800, "measure", "tấn", "sản lượng muối", Y23i, location="Bến Tre"),
    F("khoảng 1.500-1.700 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá muối bình quân", Y23,
      value_max=1700, approx="about", change=CH("increase", 20, baseline="năm 2022")),
    F("chỉ 3,5-4 triệu", "3,5", 3500000, "money", "đồng/người/tháng", "thu nhập bình quân của diêm dân", Y23i,
      value_max=4000000, percent=60),
    F("có 58 hợp tác xã", "58", 58, "count", "hợp tác xã", "hợp tác xã muối",
      P("Đến hết năm 2023", None, "2023-12-31"), change=CH("increase", 9, "hợp tác xã", "năm 2020")),
    F("khoảng 40% sản lượng", "40", 40, "percent", "%",
      "tỷ lệ sản lượng muối thủ công tiêu thụ thông qua hợp đồng liên kết", approx="about"),
    F("khoảng 280.000 tấn", "280.000", 280000, "measure", "tấn", "muối công nghiệp nhập khẩu",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("15,6 triệu USD", "15,6", 15600000, "money", "USD", "trị giá muối công nghiệp nhập khẩu",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("duy trì 14.500 ha", "14.500", 14500, "measure", "ha", "diện tích sản xuất muối", T25, status="target"),
    F("đạt 1,5 triệu tấn", "1,5", 1500000, "measure", "tấn", "sản lượng muối", T25, status="target"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ muối sạch", T30, approx="over", status="target"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập của diêm dân so với năm 2020", T30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục KTHT&PTNT): national salt production 2023, provinces, prices, incomes, co-operatives, imports, targets.",
    "'Ngày đăng: 18/01/2024' without time. Default location Việt Nam; listed provinces are locations of their own items.",
    "Headline 'trên 1,1 triệu tấn' is a figure (period 'Năm 2023' in the headline). '1,102 triệu' = 1.102.000 (decimal before a multiplier).",
    "Parts after 'trong đó' take total 1102000. '1,65 nghìn tỷ đồng' = 1.65e12. '37 nghìn hộ' = 37000.",
    "'tăng 20-25% so với năm 2022' after a price: its change, value 20 (lower end). '3,5-4 triệu …, bằng khoảng 60% …' -> percent 60.",
    "'tăng 9 hợp tác xã so với năm 2020' is the change of 58. 'Ấn Độ và Australia' are trade partners, not places of the figure.",
    "Distractors: 'Quyết định số 1325/QĐ-TTg', 'giai đoạn 2021-2030', address 'Số 2 Ngọc Hà', phone 024.3843.8792, dateline.",
    "'thu nhập … tăng gấp 2 lần so với năm 2020' stands alone as the (target) claim: multiple 2 lần, status target.",
]

emit("p283-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
