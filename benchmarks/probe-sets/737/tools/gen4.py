from lib import *

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch

Cả nước có hơn 400 nguồn nước khoáng nóng có thể khai thác du lịch
Ngày đăng: 19/03/2024 | Lượt xem: 2.046

(BVHTTDL) - Theo số liệu điều tra của Cục Du lịch Quốc gia Việt Nam, cả nước hiện có hơn 400 nguồn nước khoáng, nước nóng, trong đó khoảng 50 nguồn đang được khai thác phục vụ du lịch, chữa bệnh. Nhiệt độ nước tại nhiều điểm từ 40 đến 80 độ C, có nơi trên 100 độ C như mỏ nước nóng Bang (Quảng Bình).

Năm 2023, các khu, điểm du lịch khoáng nóng trên cả nước đón khoảng 6,8 triệu lượt khách, tăng 27% so với năm 2022; tổng thu ước đạt 7.450 tỷ đồng. Khách quốc tế chiếm khoảng 8%, chủ yếu đến từ Hàn Quốc, Nhật Bản và Trung Quốc.

Các địa phương đón nhiều khách nhất gồm Quảng Ninh (1,62 triệu lượt), Phú Thọ (1,45 triệu lượt), Khánh Hòa (890 nghìn lượt) và Hòa Bình (610 nghìn lượt). Về doanh thu, Khánh Hòa xếp thứ 2 toàn quốc, sau Quảng Ninh.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030, phấn đấu đến năm 2025 có ít nhất 15 khu du lịch chăm sóc sức khỏe gắn với khoáng nóng đạt tiêu chuẩn quốc tế; đến năm 2030, khách du lịch chăm sóc sức khỏe chiếm 10-12% tổng lượt khách.

Tại hội thảo ngày 15/3/2024 ở Hà Nội, đại diện Hiệp hội Du lịch Việt Nam cho biết chi tiêu bình quân của khách tắm khoáng nghỉ dưỡng khoảng 2,3 triệu đồng/người/ngày, cao gấp 1,5 lần khách du lịch thông thường. Tuy vậy, mới có 9/50 điểm khai thác có quy hoạch chi tiết được phê duyệt.

Cục Du lịch Quốc gia Việt Nam - 80 Quán Sứ, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.3760
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
LIST = "lượt khách du lịch khoáng nóng địa phương đón"

FIGS = [
    F("Cả nước có hơn 400", "400", 400, "count", "nguồn", "nguồn nước khoáng nóng có thể khai thác du lịch",
      approx="over"),
    F("hiện có hơn 400", "400", 400, "count", "nguồn", "nguồn nước khoáng, nước nóng", approx="over"),
    F("khoảng 50 nguồn", "50", 50, "count", "nguồn", "nguồn đang được khai thác phục vụ du lịch, chữa bệnh",
      approx="about", total=400),
    F("từ 40 đến 80 độ C", "40", 40, "measure", "độ C", "nhiệt độ nước tại nhiều điểm", value_max=80),
    F("trên 100 độ C", "100", 100, "measure", "độ C", "nhiệt độ nước mỏ nước nóng Bang", approx="over", location="Quảng Bình"),
    F("khoảng 6,8 triệu", "6,8", 6800000, "count", "lượt khách", "lượt khách các khu, điểm du lịch khoáng nóng", Y23,
      approx="about", change=CH("increase", 27, baseline="năm 2022")),
    F("7.450 tỷ đồng", "7.450", 7450e9, "money", "đồng", "tổng thu", Y23, status="estimate"),
    F("khoảng 8%", "8", 8, "percent", "%", "tỷ lệ khách quốc tế", I(Y23), approx="about"),
    F("(1,62 triệu lượt)", "1,62", 1620000, "count", "lượt", LIST, I(Y23), location="Quảng Ninh"),
    F("(1,45 triệu lượt)", "1,45", 1450000, "count", "lượt", LIST, I(Y23), location="Phú Thọ"),
    F("(890 nghìn lượt)", "890", 890000, "count", "lượt", LIST, I(Y23), location="Khánh Hòa"),
    F("(610 nghìn lượt)", "610", 610000, "count", "lượt", LIST, I(Y23), location="Hòa Bình"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "doanh thu du lịch khoáng nóng", I(Y23), location="Khánh Hòa"),
    F("ít nhất 15 khu", "15", 15, "count", "khu du lịch", "khu du lịch chăm sóc sức khỏe gắn với khoáng nóng đạt tiêu chuẩn quốc tế",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("10-12%", "10", 10, "percent", "%", "tỷ trọng khách du lịch chăm sóc sức khỏe trong tổng lượt khách",
      P("đến năm 2030", None, "2030-12-31"), value_max=12, status="target"),
    F("khoảng 2,3 triệu", "2,3", 2300000, "money", "đồng/người/ngày", "chi tiêu bình quân của khách tắm khoáng nghỉ dưỡng",
      approx="about", change=CH("increase", 1.5, "lần", baseline="khách du lịch thông thường")),
    F("9/50 điểm", "9", 9, "count", "điểm", "điểm khai thác có quy hoạch chi tiết được phê duyệt", total=50),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 19/03/2024 | Lượt xem: 2.046': national overview of hot-spring resources and 2023 results.",
    "National figures: location Việt Nam; the province list items are locations with the list's indicator as subject; 'mỏ nước nóng Bang",
    "(Quảng Bình)' places its temperature in Quảng Bình. The seminar 'ở Hà Nội' does not make the national spending figure Hà Nội's.",
    "'cao gấp 1,5 lần khách du lịch thông thường' after 2,3 triệu is that figure's change (unit lần), as 'tăng … lần so với' is.",
    "'9/50 điểm' → total 50. 'phấn đấu đến năm 2025' → target, end 2025-12-31, start null. Not figures: 'Chiến lược … đến năm 2030' (a name),",
    "ngày 15/3/2024, 80 Quán Sứ, phone 024.3942.3760, 'Lượt xem: 2.046'.",
]

emit("p737-4", TEXT, COMMENTS, FIGS, published="2024-03-19", location="Việt Nam")
