from lib import emit, F, P, ch
TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 15/5/2024, 08:30 (GMT+7)

Giá cá lồng trên hồ Trị An giảm sâu, người nuôi lo lỗ

Giá cá diêu hồng nuôi lồng trên hồ Trị An (Đồng Nai) hiện chỉ còn 42.000-45.000 đồng/kg, giảm khoảng 6.000 đồng/kg so với đầu năm, trong khi giá thức ăn công nghiệp tăng 8% lên 13.500 đồng/kg.

Ông Trần Văn Lâm, chủ 14 lồng cá tại xã Mã Đà (huyện Vĩnh Cửu), cho biết mỗi lồng 150 m³ thả khoảng 6.000 con cá giống, sau 5-6 tháng thu hoạch 4-5 tấn cá. "Với giá hiện tại, mỗi tấn cá tôi lỗ gần 3 triệu đồng", ông Lâm nói.

Theo Chi cục Thủy sản Đồng Nai, toàn tỉnh hiện có 1.312 lồng bè nuôi cá trên hồ Trị An và sông Đồng Nai, giảm 9% so với năm 2022, chủ yếu tại các huyện Vĩnh Cửu, Định Quán, Tân Phú. Năm 2023, sản lượng cá lồng của tỉnh đạt 21.800 tấn, chiếm 18% sản lượng nuôi trồng thủy sản. Quý I/2024, sản lượng cá lồng thu hoạch ước đạt 5.150 tấn, giảm 3,2% so với cùng kỳ.

Từ năm 2019 đến nay, hồ Trị An đã xảy ra 4 đợt cá chết hàng loạt do thời tiết chuyển mùa, nước hồ thiếu ô xy; riêng đợt tháng 6/2019 làm chết khoảng 1.400 tấn cá của 115 hộ.

Hợp tác xã Thủy sản Trị An có 28 thành viên với 210 lồng. Năm 2023, doanh thu của hợp tác xã đạt 38 tỷ đồng, gấp 1,5 lần năm 2021, nhưng 4 tháng đầu năm nay chỉ đạt 9,6 tỷ đồng do giá giảm.

Chi cục Thủy sản khuyến cáo người nuôi giữ mật độ không quá 30 kg cá/m³ lồng, theo dõi bản tin cảnh báo môi trường nước đăng trên trang thuysandongnai.gov.vn và liên hệ số 0251.3822.579 khi cá có biểu hiện nổi đầu.

Phước Tuấn
"""
FIGS = [
    F("còn 42.000-45.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", "giá cá diêu hồng nuôi lồng", value_max=45000,
      change=ch("decrease", 6000, "đồng/kg", "đầu năm", approx="about")),
    F("lên 13.500 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá thức ăn công nghiệp",
      change=ch("increase", 8, "%")),
    F("chủ 14 lồng", "14", 14, "count", "lồng", "lồng cá của ông Trần Văn Lâm", location="Vĩnh Cửu"),
    F("mỗi lồng 150 m³", "150", 150, "measure", "m³", "thể tích mỗi lồng", location="Vĩnh Cửu"),
    F("khoảng 6.000 con", "6.000", 6000, "count", "con", "cá giống thả mỗi lồng", approx="about", location="Vĩnh Cửu"),
    F("sau 5-6 tháng", "5", 5, "measure", "tháng", "thời gian nuôi", value_max=6, optional=True, location="Vĩnh Cửu"),
    F("thu hoạch 4-5 tấn", "4", 4, "measure", "tấn", "sản lượng thu hoạch mỗi lồng", value_max=5, location="Vĩnh Cửu"),
    F("lỗ gần 3 triệu đồng", "3", 3000000, "money", "đồng", "lỗ mỗi tấn cá", approx="nearly", location="Vĩnh Cửu"),
    F("có 1.312 lồng bè", "1.312", 1312, "count", "lồng bè", "lồng bè nuôi cá trên hồ Trị An và sông Đồng Nai",
      change=ch("decrease", 9, "%", "năm 2022")),
    F("đạt 21.800 tấn", "21.800", 21800, "measure", "tấn", "sản lượng cá lồng", percent=18,
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 5.150 tấn", "5.150", 5150, "measure", "tấn", "sản lượng cá lồng thu hoạch", status="estimate",
      change=ch("decrease", 3.2, "%", "cùng kỳ"), period=P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("xảy ra 4 đợt", "4", 4, "count", "đợt", "đợt cá chết hàng loạt",
      period=P("Từ năm 2019 đến nay", "2019-01-01", "2024-05-15")),
    F("khoảng 1.400 tấn", "1.400", 1400, "measure", "tấn", "cá chết", approx="about",
      period=P("tháng 6/2019", "2019-06-01", "2019-06-30")),
    F("của 115 hộ", "115", 115, "count", "hộ", "hộ có cá chết", period=P("tháng 6/2019", "2019-06-01", "2019-06-30")),
    F("có 28 thành viên", "28", 28, "count", "thành viên", "thành viên Hợp tác xã Thủy sản Trị An"),
    F("với 210 lồng", "210", 210, "count", "lồng", "lồng của Hợp tác xã Thủy sản Trị An"),
    F("đạt 38 tỷ đồng", "38", 38000000000, "money", "đồng", "doanh thu của hợp tác xã",
      change=ch("increase", 1.5, "lần", "năm 2021"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "doanh thu của hợp tác xã",
      period=P("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")),
    F("không quá 30 kg", "30", 30, "measure", "kg cá/m³ lồng", "mật độ nuôi", approx="at_most", optional=True),
]
COMMENTS = [
    "National press (business section), 'Thứ tư, 15/5/2024, 08:30 (GMT+7)': falling cage-fish prices on the Trị An reservoir, Đồng Nai.",
    "Location Đồng Nai; one farmer's figures (his cages in huyện Vĩnh Cửu) take Vĩnh Cửu. Distractors: '(GMT+7)', 'Thứ tư', phone",
    "0251.3822.579, web address, 'tháng 6/2019' and 'năm 2019' as dates, person's names.",
    "'giảm khoảng 6.000 đồng/kg so với đầu năm' is the change of the 42.000-45.000 range; 'tăng 8% lên 13.500 đồng/kg': the change",
    "before its figure belongs to it (no baseline). 'gấp 1,5 lần năm 2021' after 38 tỷ is its change in 'lần'.",
    "'sau 5-6 tháng' (a farming cycle) and the density cap 'không quá 30 kg cá/m³' are optional. '4 đợt … riêng đợt tháng 6/2019 …",
    "1.400 tấn': different unit, no total. 'hiện có 1.312 lồng bè' has no dated period; '4 tháng đầu năm nay' is 2024 (the dateline).",
    "'Từ năm 2019 đến nay' runs from 2019-01-01 to the dateline.",
]
emit(6, TEXT, COMMENTS, FIGS, published="2024-05-15", location="Đồng Nai")
