from lib import *

A = """Thanh Hóa chuẩn bị gần 2.100 tỷ đồng hàng hóa phục vụ Tết
Cập nhật: 08/01/2024 09:15
Lượt xem: 2.315

Thực hiện Kế hoạch số 268/KH-UBND ngày 4/12/2023 của UBND tỉnh, Sở Công Thương Thanh Hóa triển khai chương trình bình ổn thị trường từ ngày 15/12/2023 đến hết ngày 15/2/2024 (mùng 6 tháng Giêng).

Đợt bình ổn này có 32 doanh nghiệp tham gia, tăng 5 doanh nghiệp so với đợt trước. Tổng giá trị hàng hóa dự trữ ước đạt 2.085 tỷ đồng, tăng 11,6% so với Tết năm 2023; trong đó hàng hóa thuộc chương trình bình ổn khoảng 640 tỷ đồng, chiếm 30,7%.

Các mặt hàng thiết yếu được dự trữ gồm: gạo 4.500 tấn, thịt gia súc, gia cầm 1.250 tấn, thực phẩm chế biến 820 tấn, rau, củ, quả 3.600 tấn và khoảng 18 triệu quả trứng gia cầm.

Mạng lưới bình ổn gồm 286 điểm bán, trong đó có 42 điểm bán lưu động tại các huyện miền núi Mường Lát, Quan Sơn, Bá Thước. Giá bán các mặt hàng bình ổn được niêm yết thấp hơn giá thị trường từ 5% đến 10%. Ngoài ra, tỉnh tổ chức 3 phiên chợ hàng Việt tại các huyện Như Xuân, Thường Xuân và thị xã Nghi Sơn với khoảng 150 gian hàng.

Theo báo cáo nhanh, tính đến ngày 5/1/2024, doanh số bán hàng bình ổn đạt 186,4 tỷ đồng, bằng 29,1% giá trị hàng hóa bình ổn đã đăng ký.

Hiện giá thịt lợn hơi trên địa bàn dao động 50.000-52.000 đồng/kg; giá gạo tẻ thường từ 13.500 đến 15.000 đồng/kg, ổn định so với tháng trước.

Mọi phản ánh về giá cả, chất lượng hàng hóa, người dân liên hệ đường dây nóng của Sở Công Thương: 0237.3855.212 hoặc trực tiếp tại trụ sở số 35 Đại lộ Lê Lợi, phường Lam Sơn, thành phố Thanh Hóa.

Hoàng Minh - Sở Công Thương
"""

PR = P("từ ngày 15/12/2023 đến hết ngày 15/2/2024", "2023-12-15", "2024-02-15", True)

figs = [
    F("chuẩn bị gần 2.100 tỷ đồng", "2.100", 2100e9, "money", "đồng", "hàng hóa phục vụ Tết", approx="nearly"),
    F("có 32 doanh nghiệp tham gia", "32", 32, "count", "doanh nghiệp", "doanh nghiệp tham gia đợt bình ổn", PR,
      change=CH("increase", 5, "doanh nghiệp", "đợt trước")),
    F("ước đạt 2.085 tỷ đồng", "2.085", 2085e9, "money", "đồng", "tổng giá trị hàng hóa dự trữ", PR,
      change=CH("increase", 11.6, "%", "Tết năm 2023"), status="estimate"),
    F("khoảng 640 tỷ đồng", "640", 640e9, "money", "đồng", "hàng hóa thuộc chương trình bình ổn", PR,
      approx="about", total=2085e9, percent=30.7, status="estimate"),
    F("gạo 4.500 tấn", "4.500", 4500, "measure", "tấn", "gạo dự trữ", PR),
    F("gia cầm 1.250 tấn", "1.250", 1250, "measure", "tấn", "thịt gia súc, gia cầm dự trữ", PR),
    F("chế biến 820 tấn", "820", 820, "measure", "tấn", "thực phẩm chế biến dự trữ", PR),
    F("quả 3.600 tấn", "3.600", 3600, "measure", "tấn", "rau, củ, quả dự trữ", PR),
    F("khoảng 18 triệu quả", "18", 18e6, "count", "quả", "trứng gia cầm dự trữ", PR, approx="about"),
    F("gồm 286 điểm bán", "286", 286, "count", "điểm bán", "điểm bán bình ổn", PR),
    F("có 42 điểm bán lưu động", "42", 42, "count", "điểm bán", "điểm bán lưu động tại các huyện miền núi", PR,
      total=286),
    F("từ 5% đến 10%", "5", 5, "percent", "%", "giá bán các mặt hàng bình ổn thấp hơn giá thị trường", PR,
      value_max=10),
    F("tổ chức 3 phiên chợ", "3", 3, "count", "phiên chợ", "phiên chợ hàng Việt", PR),
    F("khoảng 150 gian hàng", "150", 150, "count", "gian hàng", "gian hàng tại phiên chợ hàng Việt", PR,
      approx="about"),
    F("đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "doanh số bán hàng bình ổn",
      P("tính đến ngày 5/1/2024", None, "2024-01-05"), percent=29.1),
    F("dao động 50.000-52.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá thịt lợn hơi", value_max=52000),
    F("từ 13.500 đến 15.000 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá gạo tẻ thường", value_max=15000),
]

write("p357-1", A, figs, [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): Tết 2024 price-stabilisation programme. Dateline 'Cập nhật: 08/01/2024 09:15' + view counter.",
    "Distractors: 'Lượt xem: 2.315', 'Kế hoạch số 268/KH-UBND ngày 4/12/2023', '(mùng 6 tháng Giêng)', phone 0237.3855.212, 'số 35 Đại lộ Lê Lợi'.",
    "Programme window 'từ ngày 15/12/2023 đến hết ngày 15/2/2024' is stated in the first paragraph: inherited by the programme figures.",
    "Headline figure has no period (only 'Tết'). 'tăng 5 doanh nghiệp so với đợt trước' is the change of 32 (unit doanh nghiệp).",
    "'khoảng 640 tỷ đồng, chiếm 30,7%' after 'trong đó' is a part of 2.085 tỷ (total) with its share. Goods list: items are commodities, not places.",
    "'42 điểm bán lưu động tại các huyện …' is part of 286 (trong đó); districts listed do not make it district-level.",
    "'thấp hơn giá thị trường từ 5% đến 10%' has no base figure: a percent range standing as the claim.",
    "Current prices 'Hiện …' carry no period (the dateline date is not a period phrase); 'ổn định so với tháng trước' has no number.",
], published="2024-01-08", location="Thanh Hóa")
