from lib import *

A = """Khánh Hòa đón gần 290.000 lượt khách lưu trú dịp Tết Nguyên đán Giáp Thìn 2024
Cập nhật: 15/02/2024 09:40 | Lượt xem: 2.317

Theo báo cáo nhanh của Sở Du lịch, trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến hết ngày 14/2/2024), tổng lượt khách lưu trú trên địa bàn tỉnh Khánh Hòa ước đạt 289.500 lượt, tăng 21,3% so với cùng kỳ Tết Quý Mão 2023. Trong đó, khách quốc tế ước đạt 126.800 lượt, chiếm 43,8%; khách nội địa khoảng 162.700 lượt. Khánh Hòa đứng thứ 2 cả nước về lượt khách quốc tế lưu trú dịp Tết, sau TP Hồ Chí Minh.

Công suất sử dụng phòng bình quân của các cơ sở lưu trú đạt 68%, riêng khách sạn từ 4 đến 5 sao đạt từ 80% đến 85%. Tổng thu từ khách du lịch ước đạt 1.472 tỷ đồng, tăng 26,5% so với cùng kỳ.

Cảng hàng không quốc tế Cam Ranh phục vụ 1.236 chuyến bay với hơn 215.000 lượt hành khách đi và đến, bình quân 177 chuyến bay/ngày; trong đó có 684 chuyến bay quốc tế.

Các điểm tham quan thu hút đông khách gồm VinWonders Nha Trang (hơn 52.000 lượt), Tháp Bà Ponagar (28.500 lượt), Viện Hải dương học (19.700 lượt) và khu du lịch Hòn Tằm (12.300 lượt). Riêng TP Nha Trang đón khoảng 236.000 lượt khách lưu trú, chiếm 81,5% tổng lượt khách toàn tỉnh; huyện Cam Lâm đón 18.200 lượt, thị xã Ninh Hòa 9.600 lượt.

Tính từ đầu năm đến nay, ngành du lịch tỉnh đã đón khoảng 1,15 triệu lượt khách lưu trú, đạt 11,5% kế hoạch năm 2024 (10 triệu lượt).

Trong dịp Tết, Sở Du lịch duy trì đường dây nóng hỗ trợ du khách 0258.3822.753, tiếp nhận và xử lý 3 phản ánh về giá dịch vụ theo Công văn số 215/SDL-QLDL; không để xảy ra tình trạng chèo kéo, ép giá khách du lịch.

Minh Châu - Trung tâm Thông tin tỉnh
"""

PT = P("từ ngày 8/2 đến hết ngày 14/2/2024", "2024-02-08", "2024-02-14")
PTi = inh(PT)
CK = {"direction": "increase", "value": 21.3, "unit": "%", "baseline": "cùng kỳ Tết Quý Mão 2023"}

figs = [
    F("đón gần 290.000 lượt", "290.000", 290000, "count", "lượt khách", "lượt khách lưu trú",
      P("dịp Tết Nguyên đán Giáp Thìn 2024", "2024-02-08", "2024-02-14", True), approx="nearly"),
    F("ước đạt 289.500 lượt", "289.500", 289500, "count", "lượt", "tổng lượt khách lưu trú", PT,
      change=CK, status="estimate"),
    F("ước đạt 126.800 lượt", "126.800", 126800, "count", "lượt", "khách quốc tế", PTi,
      total=289500, percent=43.8, status="estimate"),
    F("khoảng 162.700 lượt", "162.700", 162700, "count", "lượt", "khách nội địa", PTi,
      total=289500, approx="about", status="estimate"),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "lượt khách quốc tế lưu trú dịp Tết", PTi),
    F("bình quân của các cơ sở lưu trú đạt 68%", "68", 68, "percent", "%",
      "công suất sử dụng phòng bình quân của các cơ sở lưu trú", PTi),
    F("khách sạn từ 4 đến 5 sao", "4", 4, "measure", "sao", None, value_max=5, optional=True),
    F("đạt từ 80% đến 85%", "80", 80, "percent", "%", "công suất sử dụng phòng khách sạn từ 4 đến 5 sao", PTi,
      value_max=85),
    F("ước đạt 1.472 tỷ đồng", "1.472", 1472e9, "money", "đồng", "tổng thu từ khách du lịch", PTi,
      change={"direction": "increase", "value": 26.5, "unit": "%", "baseline": "cùng kỳ"}, status="estimate"),
    F("phục vụ 1.236 chuyến bay", "1.236", 1236, "count", "chuyến bay",
      "chuyến bay Cảng hàng không quốc tế Cam Ranh phục vụ", PTi),
    F("hơn 215.000 lượt hành khách", "215.000", 215000, "count", "lượt hành khách",
      "lượt hành khách đi và đến Cảng hàng không quốc tế Cam Ranh", PTi, approx="over"),
    F("bình quân 177 chuyến bay/ngày", "177", 177, "measure", "chuyến bay/ngày", "chuyến bay bình quân", PTi),
    F("có 684 chuyến bay quốc tế", "684", 684, "count", "chuyến bay", "chuyến bay quốc tế", PTi, total=1236),
    F("VinWonders Nha Trang (hơn 52.000 lượt)", "52.000", 52000, "count", "lượt",
      "lượt khách đến các điểm tham quan", PTi, approx="over"),
    F("Ponagar (28.500 lượt)", "28.500", 28500, "count", "lượt", "lượt khách đến các điểm tham quan", PTi),
    F("dương học (19.700 lượt)", "19.700", 19700, "count", "lượt", "lượt khách đến các điểm tham quan", PTi),
    F("Hòn Tằm (12.300 lượt)", "12.300", 12300, "count", "lượt", "lượt khách đến các điểm tham quan", PTi),
    F("khoảng 236.000 lượt", "236.000", 236000, "count", "lượt khách", "lượt khách lưu trú", PTi,
      approx="about", percent=81.5, location="Nha Trang"),
    F("đón 18.200 lượt", "18.200", 18200, "count", "lượt", "lượt khách lưu trú", PTi, location="Cam Lâm"),
    F("Ninh Hòa 9.600 lượt", "9.600", 9600, "count", "lượt", "lượt khách lưu trú", PTi, location="Ninh Hòa"),
    F("khoảng 1,15 triệu lượt", "1,15", 1150000, "count", "lượt khách", "lượt khách lưu trú",
      P("Tính từ đầu năm đến nay", "2024-01-01", "2024-02-15"), approx="about", percent=11.5,
      target={"value": 10000000, "unit": "lượt", "met": None}),
    F("xử lý 3 phản ánh", "3", 3, "count", "phản ánh", "phản ánh về giá dịch vụ tiếp nhận và xử lý", PTi),
]

write("p251-1", A, figs, [
    "Cổng TTĐT tỉnh Khánh Hòa (province portal): tourism during the 7-day Tết Giáp Thìn holiday 8/2–14/2/2024. 'Cập nhật: 15/02/2024 09:40 | Lượt xem: 2.317'.",
    "Period: the lead sentence states 'từ ngày 8/2 đến hết ngày 14/2/2024'; later figures of the holiday inherit it. The title's 'dịp Tết … 2024' is inherited too.",
    "Trong đó: international and domestic guests (sum 289.500) get total 289500; 684 international flights are part of the 1.236 flights.",
    "'khách sạn từ 4 đến 5 sao' is a hotel class (optional). Attractions are not places: location stays Khánh Hòa (VinWonders Nha Trang is a name).",
    "Nha Trang 'chiếm 81,5% tổng lượt khách toàn tỉnh' restates the whole without a number: percent only, no total.",
    "'Tính từ đầu năm đến nay' runs 2024-01-01 to the dateline; '(10 triệu lượt)' after 'đạt 11,5% kế hoạch năm 2024' is the target.",
    "Distractors: view counter, hotline 0258.3822.753, Công văn số 215/SDL-QLDL, 'Tết Quý Mão 2023', dates 8/2, 14/2.",
], published="2024-02-15", location="Khánh Hòa")
