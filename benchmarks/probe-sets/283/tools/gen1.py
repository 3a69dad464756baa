from lib import F, P, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bạc Liêu
Trang chủ » Tin tức » Kinh tế

Diêm dân Bạc Liêu phấn khởi vì muối được mùa, được giá
Cập nhật: 12/06/2024 09:20 | Lượt xem: 3.417

(BL) - Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu năm đến nay, toàn tỉnh đã sản xuất 1.726 ha muối, đạt 98,6% kế hoạch; sản lượng ước đạt 63.400 tấn, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, diện tích sản xuất muối trắng trên bạt là 1.310 ha, chiếm 75,9%; muối trắng truyền thống 416 ha.

Sản lượng muối tập trung chủ yếu ở huyện Đông Hải (41.250 tấn), thị xã Giá Rai (14.830 tấn) và thành phố Bạc Liêu (7.320 tấn). Năng suất muối trắng trên bạt bình quân đạt 48 tấn/ha, cao hơn 9 tấn/ha so với phương pháp truyền thống.

Hiện giá muối trắng tại ruộng dao động từ 1.800 đến 2.200 đồng/kg, tăng khoảng 500 đồng/kg so với cùng thời điểm năm trước; muối đen có giá 1.200-1.400 đồng/kg. Với giá này, mỗi ha muối trắng trên bạt cho lợi nhuận trên 90 triệu đồng, gấp 1,5 lần sản xuất truyền thống.

Toàn tỉnh hiện có 1.052 hộ với gần 2.900 lao động làm muối; 6 hợp tác xã và 14 tổ hợp tác sản xuất, kinh doanh muối. Thực hiện Quyết định số 1204/QĐ-UBND ngày 15/7/2022 của UBND tỉnh, năm 2024 tỉnh hỗ trợ 2,6 tỷ đồng cho diêm dân mua bạt nhựa HDPE và xây dựng kho chứa muối tại xã Long Điền Đông.

Năm 2024, tỉnh phấn đấu nâng diện tích muối trắng trên bạt lên 1.450 ha, sản lượng muối cả năm đạt 75.000 tấn. Người dân cần thông tin về giá muối có thể liên hệ Trung tâm Khuyến nông tỉnh, số 02 đường Võ Thị Sáu, phường 3, thành phố Bạc Liêu, điện thoại 0291.3822.516.

Nguyễn Hải
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-06-12")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-06-12", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("sản xuất 1.726 ha muối", "1.726", 1726, "measure", "ha", "diện tích sản xuất muối", YTD, percent=98.6),
    F("ước đạt 63.400 tấn", "63.400", 63400, "measure", "tấn", "sản lượng muối", YTD,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("bạt là 1.310 ha", "1.310", 1310, "measure", "ha", "diện tích sản xuất muối trắng trên bạt", YTDi,
      total=1726, percent=75.9),
    F("muối trắng truyền thống 416 ha", "416", 416, "measure", "ha", "diện tích muối trắng truyền thống", YTDi,
      total=1726),
    F("Đông Hải (41.250 tấn)", "41.250", 41250, "measure", "tấn", "sản lượng muối", YTDi, location="Đông Hải"),
    F("Giá Rai (14.830 tấn)", "14.830", 14830, "measure", "tấn", "sản lượng muối", YTDi, location="Giá Rai"),
    F("Bạc Liêu (7.320 tấn)", "7.320", 7320, "measure", "tấn", "sản lượng muối", YTDi, location="Bạc Liêu"),
    F("đạt 48 tấn/ha", "48", 48, "measure", "tấn/ha", "năng suất muối trắng trên bạt bình quân", YTDi,
      change=CH("increase", 9, "tấn/ha", "phương pháp truyền thống")),
    F("từ 1.800 đến 2.200 đồng/kg", "1.800", 1800, "money", "đồng/kg", "giá muối trắng tại ruộng",
      value_max=2200, change=CH("increase", 500, "đồng/kg", "cùng thời điểm năm trước", approx="about")),
    F("giá 1.200-1.400 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá muối đen", value_max=1400),
    F("trên 90 triệu đồng", "90", 90000000, "money", "đồng", "lợi nhuận mỗi ha muối trắng trên bạt", approx="over",
      change=CH("increase", 1.5, "lần", "sản xuất truyền thống")),
    F("có 1.052 hộ", "1.052", 1052, "count", "hộ", "hộ làm muối"),
    F("gần 2.900 lao động", "2.900", 2900, "count", "lao động", "lao động làm muối", approx="nearly"),
    F("6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh muối"),
    F("14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", "tổ hợp tác sản xuất, kinh doanh muối"),
    F("hỗ trợ 2,6 tỷ đồng", "2,6", 2600000000, "money", "đồng",
      "kinh phí hỗ trợ diêm dân mua bạt nhựa và xây dựng kho chứa muối", Y24),
    F("lên 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích muối trắng trên bạt", Y24b, status="target"),
    F("đạt 75.000 tấn", "75.000", 75000, "measure", "tấn", "sản lượng muối cả năm", Y24b, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bạc Liêu (province portal): salt season results from the start of 2024, districts, prices, households, 2024 targets.",
    "Dateline 'Cập nhật: 12/06/2024 09:20'; 'Lượt xem: 3.417' is page furniture. 'từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "Distractors: 'Quyết định số 1204/QĐ-UBND ngày 15/7/2022', 'số 02 đường Võ Thị Sáu', 'phường 3', phone 0291.3822.516, 'HDPE'.",
    "'Trong đó' after the 1.726 ha sentence: the two area parts take total 1726 (sentence break allowed); '(chiếm 75,9%)' is 1.310's percent.",
    "District list in brackets: no cue, so no total (they do add up to 63.400); districts/town/city are locations, subject 'sản lượng muối'.",
    "'cao hơn 9 tấn/ha so với …' and 'tăng khoảng 500 đồng/kg so với …' are changes. ",
    "revised: 'gấp 1,5 lần sản xuất truyền thống' right after 90 triệu does not stand alone (FIGURES.md: multiple only when",
    "'standing alone as the claim'), so it is that figure's change in lần (cf. 'tăng hơn 2,8 lần so với cùng kỳ'); optional multiple removed.",
    "Prices stated with 'Hiện' carry no period. Target sentence 'Năm 2024, tỉnh phấn đấu …': status target for both figures.",
]

emit("p283-1", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Bạc Liêu")
