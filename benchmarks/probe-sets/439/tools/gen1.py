from lib import *

T = """
Cổng Thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức > Kinh tế - Xã hội
Sản xuất muối 6 tháng đầu năm 2024: sản lượng tăng, giá muối ổn định
Cập nhật: 15/07/2024 09:20 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, trong 6 tháng đầu năm 2024 toàn tỉnh có 3.620 ha diện tích sản xuất muối, trong đó muối công nghiệp 2.980 ha, chiếm 82,3%; muối thủ công 640 ha. Sản lượng muối ước đạt 385.000 tấn, tăng 12,5% so với cùng kỳ, bằng 61% kế hoạch năm. Năng suất bình quân đạt 95 tấn/ha, cao hơn 8 tấn/ha so với năm 2023.

Riêng huyện Ninh Hải, vùng muối thủ công lớn nhất tỉnh, sản lượng muối 6 tháng đầu năm đạt gần 52.000 tấn. Toàn huyện hiện có khoảng 1.240 hộ diêm dân.

Trên địa bàn tỉnh, giá muối tại đồng dao động từ 1.800 đến 2.200 đồng/kg, cao hơn khoảng 300 đồng/kg so với cùng kỳ; muối công nghiệp do Hợp tác xã muối 30/4 thu mua ở mức 1.450 đồng/kg. Với mức giá này, mỗi ha muối thủ công cho thu nhập trên 90 triệu đồng/ha/vụ.

Để hỗ trợ diêm dân, từ đầu năm đến nay tỉnh đã hỗ trợ 1.150 hộ với tổng kinh phí 4,6 tỷ đồng để trải bạt HDPE trên 185 ha ruộng muối, theo Quyết định số 214/QĐ-UBND ngày 28/2/2024 của UBND tỉnh. Tỷ lệ diện tích muối thủ công được trải bạt hiện đạt 28,9%.

Năm 2024, tỉnh phấn đấu đạt sản lượng 630.000 tấn muối, diện tích trải bạt đạt 40% diện tích muối thủ công. Mọi thông tin phản ánh xin liên hệ Phòng Kinh tế hợp tác và Phát triển nông thôn, số 450 đường 21 Tháng 8, TP Phan Rang - Tháp Chàm; ĐT: 0259.3822.415.
"""

a = Article("p439-1", T, [
    "Provincial portal (Cổng TTĐT tỉnh Ninh Thuận), 'Cập nhật: 15/07/2024 09:20 | Lượt xem: 2.317'. Salt production 6 months 2024.",
    "'trong đó' parts of 3.620 ha take total 3620; 'chiếm 82,3%' is the share of 2.980 ha. '385.000 tấn ... tăng 12,5% ..., bằng 61% kế hoạch năm':",
    "change 12.5 and percent 61 on one figure (different attributes). 'cao hơn 8 tấn/ha so với năm 2023' is the yield's change.",
    "'từ đầu năm đến nay' runs 2024-01-01 .. published. Distractors: view counter, decision number, address 'đường 21 Tháng 8', 'Hợp tác xã muối 30/4', phone.",
], published="2024-07-15", location="Ninh Thuận")

P = H1("trong 6 tháng đầu năm 2024", 2024)
Pi = H1("6 tháng đầu năm 2024", 2024, inh=True)
a.f("toàn tỉnh có 3.620 ha", "3.620", 3620, "measure", "ha", "diện tích sản xuất muối", P)
a.f("muối công nghiệp 2.980 ha", "2.980", 2980, "measure", "ha", "diện tích muối công nghiệp", P, total=3620, percent=82.3)
a.f("muối thủ công 640 ha", "640", 640, "measure", "ha", "diện tích muối thủ công", P, total=3620)
a.f("ước đạt 385.000 tấn", "385.000", 385000, "measure", "tấn", "sản lượng muối", Pi, status="estimate",
    change=CH("+", 12.5, "%", "cùng kỳ"), percent=61)
a.f("đạt 95 tấn/ha", "95", 95, "measure", "tấn/ha", "năng suất muối bình quân", Pi,
    change=CH("+", 8, "tấn/ha", "năm 2023"))
a.f("khoảng 1.240 hộ diêm dân", "1.240", 1240, "count", "hộ diêm dân", "hộ diêm dân", approx="about", location="Ninh Hải")
a.f("đạt gần 52.000 tấn", "52.000", 52000, "measure", "tấn", "sản lượng muối", H1("6 tháng đầu năm", 2024),
    approx="nearly", location="Ninh Hải")
a.f("từ 1.800 đến 2.200 đồng/kg", "1.800", 1800, "money", "đồng/kg", "giá muối tại đồng", Pi, value_max=2200,
    change=CH("+", 300, "đồng/kg", "cùng kỳ", approx="about"))
a.f("mức 1.450 đồng/kg", "1.450", 1450, "money", "đồng/kg", "giá thu mua muối công nghiệp", Pi)
a.f("trên 90 triệu đồng/ha/vụ", "90", 90000000, "money", "đồng/ha/vụ", "thu nhập mỗi ha muối thủ công", Pi,
    approx="over")
P2 = SPAN("từ đầu năm đến nay", "2024-01-01", "2024-07-15")
a.f("hỗ trợ 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ diêm dân được hỗ trợ trải bạt HDPE", P2)
a.f("kinh phí 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "kinh phí hỗ trợ trải bạt HDPE", P2)
a.f("trên 185 ha ruộng muối", "185", 185, "measure", "ha", "diện tích ruộng muối trải bạt HDPE", P2)
a.f("hiện đạt 28,9%", "28,9", 28.9, "percent", "%", "tỷ lệ diện tích muối thủ công được trải bạt")
PT = Y("Năm 2024", 2024)
a.f("sản lượng 630.000 tấn", "630.000", 630000, "measure", "tấn", "sản lượng muối", PT, status="target")
a.f("trải bạt đạt 40%", "40", 40, "percent", "%", "tỷ lệ diện tích trải bạt trên diện tích muối thủ công", PT, status="target")
a.write()
