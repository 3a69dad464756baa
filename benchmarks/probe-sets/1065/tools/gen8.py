from lib import F, P, I, C, T, write

TEXT = """
Báo Bắc Giang điện tử
Kinh tế - Thị trường

Sản lượng xăng dầu bán ra năm 2024 tăng 8,6%
Thứ hai, 13/01/2025, 16:05

(BGĐT) - Năm 2024, tổng sản lượng xăng dầu bán ra trên địa bàn tỉnh đạt gần 452 nghìn m3, tăng 8,6% so với năm 2023; doanh thu ước đạt 9.870 tỷ đồng. Với kết quả này, Bắc Giang xếp thứ 3 khu vực trung du và miền núi phía Bắc về sản lượng tiêu thụ xăng dầu.

Tính đến ngày 31/12/2024, toàn tỉnh có 243 cửa hàng bán lẻ xăng dầu, tăng 11 cửa hàng so với cuối năm 2023. Các huyện có nhiều cửa hàng là Lục Ngạn (31 cửa hàng), Yên Thế (24 cửa hàng) và Lạng Giang (22 cửa hàng), chủ yếu dọc Quốc lộ 31, Quốc lộ 279 và Quốc lộ 1.

Đến nay, 100% cửa hàng đã thực hiện hóa đơn điện tử theo từng lần bán và kết nối dữ liệu với cơ quan thuế. Trong năm, các cửa hàng đã lập gần 21,3 triệu hóa đơn, tổng giá trị hơn 8.940 tỷ đồng, chiếm 90,6% doanh thu bán lẻ. Số hóa đơn bình quân của mỗi cửa hàng từ 150 đến 250 hóa đơn/ngày, gấp 4-6 lần trước khi áp dụng hóa đơn từng lần bán.

Năm 2024, Cục Quản lý thị trường tỉnh đã xử lý 14 vụ vi phạm trong kinh doanh xăng dầu, giảm 5 vụ so với năm 2023, phạt tiền 186 triệu đồng.

Năm 2025, ngành Công Thương phấn đấu sản lượng xăng dầu bán ra đạt 480 nghìn m3; dự kiến cấp mới giấy chứng nhận đủ điều kiện bán lẻ cho khoảng 10-12 cửa hàng.

Thanh Hà
"""

NOTES = [
    "Probe 1065-8: Báo Bắc Giang điện tử (BGĐT), 2024 fuel sales, stations, e-invoices, violations, 2025 plan.",
    "Distractors: 16:05, (BGĐT), Quốc lộ 31/279/1, 'năm 2023' as a change baseline.",
    "Headline 'tăng 8,6%' is a growth rate standing as the claim: percent figure, no change; the body's 8,6% is the change of 452 nghìn m3.",
    "'xếp thứ 3 khu vực ...' is a rank; its period is inherited from 'Năm 2024'. District list items: location = the district, no total (they do not add up to 243).",
    "'Trong năm' in a yearly article = 2024. 'Đến nay' ends at the dateline. 'từ 150 đến 250 hóa đơn/ngày' range; 'gấp 4-6 lần trước khi ...' is its change (value 4; the range end is not scored).",
    "'dự kiến' after 'phấn đấu' in the next clause: forecast (its own cue).",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AS = P("Tính đến ngày 31/12/2024", end="2024-12-31")
IN = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("năm 2024 tăng 8,6%", "8,6", 8.6, "percent", "%", "sản lượng xăng dầu bán ra", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("gần 452 nghìn m3", "452", 452000, "measure", "m3", "tổng sản lượng xăng dầu bán ra trên địa bàn tỉnh", Y24,
      approx="nearly", change=C("increase", 8.6, "%", "năm 2023")),
    F("ước đạt 9.870 tỷ đồng", "9.870", 9870000000000, "money", "đồng", "doanh thu", Y24, status="estimate"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "sản lượng tiêu thụ xăng dầu khu vực trung du và miền núi phía Bắc", I(Y24)),
    F("có 243 cửa hàng", "243", 243, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS,
      change=C("increase", 11, "cửa hàng", "cuối năm 2023")),
    F("Lục Ngạn (31 cửa hàng)", "31", 31, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Lục Ngạn"),
    F("Yên Thế (24 cửa hàng)", "24", 24, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Yên Thế"),
    F("Lạng Giang (22 cửa hàng)", "22", 22, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Lạng Giang"),
    F("Đến nay, 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng đã thực hiện hóa đơn điện tử theo từng lần bán và kết nối dữ liệu với cơ quan thuế",
      P("Đến nay", end="2025-01-13")),
    F("gần 21,3 triệu hóa đơn", "21,3", 21300000, "count", "hóa đơn", "hóa đơn các cửa hàng đã lập", IN, approx="nearly"),
    F("hơn 8.940 tỷ đồng", "8.940", 8940000000000, "money", "đồng", "tổng giá trị hóa đơn đã lập", IN,
      approx="over", percent=90.6),
    F("từ 150 đến 250 hóa đơn/ngày", "150", 150, "measure", "hóa đơn/ngày", "số hóa đơn bình quân của mỗi cửa hàng",
      I(IN), value_max=250, change=C("increase", 4, "lần", "trước khi áp dụng hóa đơn từng lần bán")),
    F("xử lý 14 vụ", "14", 14, "count", "vụ vi phạm", "vụ vi phạm trong kinh doanh xăng dầu bị xử lý", Y24,
      change=C("decrease", 5, "vụ", "năm 2023")),
    F("186 triệu đồng", "186", 186000000, "money", "đồng", "tiền phạt", Y24),
    F("đạt 480 nghìn m3", "480", 480000, "measure", "m3", "sản lượng xăng dầu bán ra", Y25, status="target"),
    F("khoảng 10-12 cửa hàng", "10", 10, "count", "cửa hàng", "cửa hàng được cấp mới giấy chứng nhận đủ điều kiện bán lẻ",
      Y25, approx="about", value_max=12, status="forecast"),
]

write("p1065-8", TEXT, NOTES, FIGS, published="2025-01-13", location="Bắc Giang")
