from lib import F, P, I, CH, T, emit

TEXT = """Du lịch › Điểm đến
Thứ hai, 22/7/2024, 07:00 (GMT+7)

Cáp treo Bà Nà chở gần 1,6 triệu khách nửa đầu năm

Khu du lịch Sun World Ba Na Hills (Đà Nẵng) đón khoảng 1,58 triệu lượt khách trong 6 tháng đầu năm, tăng 36% so với cùng kỳ năm ngoái, theo Sở Du lịch Đà Nẵng.

Bà Nà hiện vận hành 5 tuyến cáp treo với tổng chiều dài hơn 20 km. Tuyến Hội An - Marseille - Bordeaux dài 5.801 m từng giữ 4 kỷ lục Guinness thế giới. Công suất toàn hệ thống đạt 7.500 khách/giờ. Con số này gấp 3 lần so với năm 2013.

Nằm ở độ cao 1.487 m so với mực nước biển, Bà Nà có nhiệt độ trung bình mùa hè chỉ từ 17 đến 20 độ C, là lựa chọn "trốn nóng" của nhiều gia đình. Giá vé cáp treo khứ hồi kèm vui chơi hiện là 900.000 đồng với người lớn và 750.000 đồng với trẻ em cao từ 1 m đến 1,4 m; trẻ dưới 1 m được miễn phí.

Khu du lịch sử dụng hơn 3.500 lao động, trong đó khoảng 2.900 người là lao động địa phương. Đơn vị vận hành cho biết hệ thống cáp treo được bảo trì định kỳ mỗi đêm sau 22h và kiểm định theo quy định của Bộ Xây dựng.

Theo Sở Du lịch Đà Nẵng, 6 tháng đầu năm, tổng lượt khách do cơ sở lưu trú phục vụ ước đạt 4,3 triệu lượt, tăng 29,1% so với cùng kỳ; trong đó khách quốc tế khoảng 1,85 triệu lượt. Bà Nà chiếm khoảng 37% tổng lượt khách đến thành phố.

Du khách cần hỗ trợ có thể gọi tổng đài 1900 23 23 89 hoặc tới quầy thông tin tại ga đi, đường ĐT 602.

Nguyễn Đông
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("gần 1,6 triệu", "1,6", 1600000, "count", "khách", "khách đi cáp treo Bà Nà",
      P("nửa đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("khoảng 1,58 triệu", "1,58", 1580000, "count", "lượt khách",
      "lượt khách Khu du lịch Sun World Ba Na Hills", H1,
      approx="about", change=CH("increase", 36, "%", "cùng kỳ năm ngoái")),
    F("vận hành 5 tuyến", "5", 5, "count", "tuyến cáp treo", "tuyến cáp treo Bà Nà vận hành"),
    F("hơn 20 km", "20", 20, "measure", "km", "tổng chiều dài tuyến cáp treo", approx="over"),
    F("dài 5.801 m", "5.801", 5801, "measure", "m", "chiều dài tuyến Hội An - Marseille - Bordeaux"),
    F("giữ 4 kỷ lục", "4", 4, "count", "kỷ lục Guinness", "kỷ lục Guinness thế giới"),
    F("đạt 7.500 khách/giờ", "7.500", 7500, "measure", "khách/giờ", "công suất toàn hệ thống"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "công suất toàn hệ thống so với năm 2013"),
    F("cao 1.487 m", "1.487", 1487, "measure", "m", "độ cao Bà Nà so với mực nước biển"),
    F("từ 17 đến 20 độ C", "17", 17, "measure", "độ C", "nhiệt độ trung bình mùa hè", value_max=20),
    F("là 900.000 đồng", "900.000", 900000, "money", "đồng", "giá vé cáp treo khứ hồi kèm vui chơi người lớn"),
    F("và 750.000 đồng", "750.000", 750000, "money", "đồng", "giá vé cáp treo khứ hồi kèm vui chơi trẻ em"),
    F("từ 1 m đến 1,4 m", "1", 1, "measure", "m", "chiều cao trẻ em", value_max=1.4, optional=True),
    F("dưới 1 m", "1", 1, "measure", "m", "chiều cao trẻ được miễn phí", approx="under", optional=True),
    F("hơn 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động khu du lịch sử dụng", approx="over"),
    F("khoảng 2.900 người", "2.900", 2900, "count", "người", "lao động địa phương", approx="about", total=3500),
    F("ước đạt 4,3 triệu", "4,3", 4300000, "count", "lượt", "tổng lượt khách do cơ sở lưu trú phục vụ", H1,
      change=CH("increase", 29.1, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 1,85 triệu", "1,85", 1850000, "count", "lượt", "khách quốc tế", H1,
      approx="about", total=4300000, status="estimate"),
    F("khoảng 37%", "37", 37, "percent", "%", "Bà Nà chiếm tổng lượt khách đến thành phố", I(H1), approx="about"),
]

COMMENTS = [
    "National online press (VnExpress style), 'Thứ hai, 22/7/2024, 07:00 (GMT+7)', byline at the end: Bà Nà cable cars, first half of 2024.",
    "Year of '6 tháng đầu năm'/'nửa đầu năm' comes from the dateline (2024); 'nửa đầu năm' = the first six months.",
    "'Con số này gấp 3 lần so với năm 2013' stands alone as its own sentence: a multiple. '1.487 m' altitude and '17 đến 20 độ C' are measures.",
    "Child-height thresholds 'từ 1 m đến 1,4 m' and 'dưới 1 m' are eligibility bounds: optional.",
    "'hơn 3.500 lao động, trong đó khoảng 2.900 người': total 3500. 'ước đạt 4,3 triệu … trong đó … 1,85 triệu': total, estimate continues.",
    "'Bà Nà chiếm khoảng 37%' stands alone (no count in that sentence): a percent figure. Everything is Đà Nẵng (no district named).",
    "Distractors: '(GMT+7)', 'sau 22h', '1900 23 23 89', 'ĐT 602', 'năm 2013' as a baseline year.",
]

emit("p695-6", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Đà Nẵng")
