"""p957-1: Khánh Hòa province portal, ốc hương 6 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Nuôi ốc hương mang về hơn 900 tỷ đồng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, diện tích nuôi ốc hương toàn tỉnh ước đạt 1.150 ha (thị xã Ninh Hòa 520 ha, huyện Vạn Ninh 360 ha, TP Cam Ranh 270 ha), tăng 8,5% so với cùng kỳ năm 2023. Sản lượng thu hoạch ước đạt 2.870 tấn, đạt 52,2% kế hoạch năm, tăng 11,3% so với cùng kỳ; giá trị sản xuất ước khoảng 918 tỷ đồng.

Tính đến 30/6, toàn tỉnh có 1.240 hộ nuôi ốc hương, trong đó 86 hộ nuôi lồng trên biển tại vịnh Vân Phong và đầm Nha Phu; nghề nuôi tạo việc làm thường xuyên cho khoảng 3.500 lao động.

Hiện giá ốc hương thương phẩm loại 80-100 con/kg dao động từ 280.000 đến 320.000 đồng/kg, cao hơn khoảng 15% so với cuối năm 2023. Với năng suất bình quân 2,5-3 tấn/ha, mỗi ha ao nuôi cho lãi từ 300 đến 500 triệu đồng sau một vụ 5-6 tháng. Lợi nhuận từ ốc hương cao gấp khoảng 2 lần nuôi tôm thẻ chân trắng trên cùng diện tích.

Thực hiện Nghị quyết số 09/2022/NQ-HĐND của HĐND tỉnh, Khánh Hòa phấn đấu đến năm 2025 nâng diện tích nuôi ốc hương lên 1.500 ha, sản lượng đạt 6.000 tấn/năm, trong đó diện tích nuôi đạt chứng nhận VietGAP chiếm ít nhất 20%.

Sở cũng đề nghị các địa phương quy hoạch lại vùng nuôi ven Quốc lộ 1A đoạn qua Vạn Ninh, kiểm soát chặt nguồn giống nhập từ ngoài tỉnh. Năm nay, Trung tâm Khuyến nông dự kiến cung ứng 15 triệu con giống ốc hương đạt chuẩn cho người nuôi.

Minh Châu (Sở NN&PTNT)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS_OF = P("Tính đến 30/6", None, "2024-06-30")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mang về hơn 900 tỷ đồng", "900", 900e9, "money", "đồng", "giá trị nuôi ốc hương mang về", approx="over"),
    F("ước đạt 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích nuôi ốc hương", H1,
      change=C("increase", 8.5, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("Ninh Hòa 520 ha", "520", 520, "measure", "ha", "diện tích nuôi ốc hương", H1, total=1150,
      status="estimate", location="Ninh Hòa"),
    F("Vạn Ninh 360 ha", "360", 360, "measure", "ha", "diện tích nuôi ốc hương", H1, total=1150,
      status="estimate", location="Vạn Ninh"),
    F("Cam Ranh 270 ha", "270", 270, "measure", "ha", "diện tích nuôi ốc hương", H1, total=1150,
      status="estimate", location="Cam Ranh"),
    F("ước đạt 2.870 tấn", "2.870", 2870, "measure", "tấn", "sản lượng ốc hương thu hoạch", I(H1),
      percent=52.2, change=C("increase", 11.3, "%", "cùng kỳ"), status="estimate"),
    F("ước khoảng 918 tỷ đồng", "918", 918e9, "money", "đồng", "giá trị sản xuất ốc hương", I(H1),
      approx="about", status="estimate"),
    F("có 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ nuôi ốc hương", AS_OF),
    F("trong đó 86 hộ", "86", 86, "count", "hộ", "hộ nuôi ốc hương lồng trên biển", AS_OF, total=1240),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động có việc làm thường xuyên từ nghề nuôi",
      AS_OF, approx="about"),
    F("loại 80-100 con/kg", "80", 80, "measure", "con/kg", "cỡ ốc hương thương phẩm", value_max=100,
      optional=True),
    F("từ 280.000 đến 320.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", "giá ốc hương thương phẩm",
      value_max=320000, change=C("increase", 15, "%", "cuối năm 2023", approx="about")),
    F("bình quân 2,5-3 tấn/ha", "2,5", 2.5, "measure", "tấn/ha", "năng suất bình quân nuôi ốc hương", value_max=3),
    F("lãi từ 300 đến 500 triệu đồng", "300", 300e6, "money", "đồng/ha", "lãi mỗi ha ao nuôi ốc hương",
      value_max=500e6),
    F("một vụ 5-6 tháng", "5", 5, "measure", "tháng", "thời gian một vụ nuôi ốc hương", value_max=6, optional=True),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "lợi nhuận từ ốc hương so với nuôi tôm thẻ chân trắng",
      approx="about"),
    F("lên 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích nuôi ốc hương", TGT, status="target"),
    F("đạt 6.000 tấn/năm", "6.000", 6000, "measure", "tấn/năm", "sản lượng ốc hương", TGT, status="target"),
    F("chiếm ít nhất 20%", "20", 20, "percent", "%", "diện tích nuôi ốc hương đạt chứng nhận VietGAP", TGT,
      approx="at_least", status="target"),
    F("cung ứng 15 triệu con giống", "15", 15e6, "count", "con giống", "con giống ốc hương đạt chuẩn cung ứng",
      P("Năm nay", "2024-01-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Khánh Hòa: nuôi ốc hương 6 tháng đầu năm 2024. Dateline 'Cập nhật: 18/07/2024 09:45'.",
    "Headline figure 'hơn 900 tỷ đồng' has no period phrase. Bracketed district breakdown adds up to 1.150 ha -> total;",
    "its items have no verb of their own, so they share the estimate. 'Tính đến 30/6' takes 2024 from the sentence before.",
    "'80-100 con/kg' (size class) and 'vụ 5-6 tháng' (cycle length) optional. 'gấp khoảng 2 lần' stands as its own claim.",
    "Not figures: Lượt xem 2.316, Nghị quyết số 09/2022/NQ-HĐND, Quốc lộ 1A, 'một vụ'.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Khánh Hòa"))
