"""p918-8: Báo Kiên Giang online (BKG), Kiên Hải nuôi ốc hương lồng bè năm 2024, 3/2025."""
from lib import F, P, I, C, T, write

TEXT = """Kiên Hải: Nuôi ốc hương lồng bè thu lãi trên 25 tỷ đồng

Cập nhật lúc 09:40, Thứ ba, 11/03/2025

(BKG) - Năm 2024, nghề nuôi ốc hương lồng bè ở huyện đảo Kiên Hải tiếp tục phát triển với 186 hộ nuôi, tổng số 2.640 lồng, tăng 410 lồng so với năm 2023, chiếm gần 65% số lồng nuôi ốc hương toàn tỉnh. Các xã Lại Sơn, An Sơn và Hòn Tre lần lượt có 1.120, 860 và 540 lồng.

Sản lượng thu hoạch năm 2024 đạt 318 tấn, doanh thu hơn 95 tỷ đồng, lợi nhuận trên 25 tỷ đồng. Thu nhập bình quân khoảng 9,5 triệu đồng/lồng/vụ.

Ông Danh Sơn, ngụ ấp Bãi Nhà, xã Lại Sơn, nuôi 36 lồng ốc hương từ năm 2019. Theo ông, mỗi lồng thả khoảng 3.000 con giống cỡ 1 cm, sau 6 tháng thu 30-35 kg ốc. Giá ốc hương thương phẩm hiện ở mức 320.000-340.000 đồng/kg, tăng 20.000 đồng/kg so với cuối năm 2024.

Từ đầu năm đến nay, các hộ nuôi trong huyện đã thả mới 1,2 triệu con giống, bằng 40% kế hoạch năm. Tuy nhiên, khoảng 70% con giống phải mua từ Khánh Hòa và Ninh Thuận, chi phí vận chuyển bằng tàu cao tốc tăng 15-20%.

Thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy, năm 2025 Kiên Hải đặt mục tiêu phát triển 3.000 lồng, sản lượng đạt 380 tấn. Huyện đang đề xuất tỉnh hỗ trợ xây dựng 1 trại sản xuất giống tại xã An Sơn với tổng vốn dự kiến khoảng 8 tỷ đồng.

QUỐC TUẤN
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
L = "lồng nuôi ốc hương"

FIGS = [
    F("thu lãi trên 25 tỷ đồng", "25", 25_000_000_000, "money", "đồng", "lãi nuôi ốc hương lồng bè", approx="over"),
    F("với 186 hộ nuôi", "186", 186, "count", "hộ", "hộ nuôi ốc hương lồng bè", Y24),
    F("tổng số 2.640 lồng", "2.640", 2640, "count", "lồng", L, Y24, percent=65,
      change=C("increase", 410, "lồng", "năm 2023")),
    F("có 1.120, 860", "1.120", 1120, "count", "lồng", L + " xã Lại Sơn", I(Y24)),
    F("1.120, 860 và", "860", 860, "count", "lồng", L + " xã An Sơn", I(Y24)),
    F("và 540 lồng", "540", 540, "count", "lồng", L + " xã Hòn Tre", I(Y24)),
    F("đạt 318 tấn", "318", 318, "measure", "tấn", "sản lượng ốc hương thu hoạch", Y24b),
    F("hơn 95 tỷ đồng", "95", 95_000_000_000, "money", "đồng", "doanh thu", Y24b, approx="over"),
    F("lợi nhuận trên 25 tỷ đồng", "25", 25_000_000_000, "money", "đồng", "lợi nhuận", Y24b, approx="over"),
    F("khoảng 9,5 triệu đồng/lồng/vụ", "9,5", 9_500_000, "money", "đồng/lồng/vụ", "thu nhập bình quân", I(Y24b),
      approx="about"),
    F("nuôi 36 lồng", "36", 36, "count", "lồng", "lồng ốc hương ông Danh Sơn nuôi"),
    F("khoảng 3.000 con giống", "3.000", 3000, "count", "con giống", "con giống thả mỗi lồng", approx="about"),
    F("cỡ 1 cm", "1", 1, "measure", "cm", "cỡ giống", optional=True),
    F("sau 6 tháng", "6", 6, "measure", "tháng", "thời gian nuôi", optional=True),
    F("thu 30-35 kg ốc", "30", 30, "measure", "kg", "ốc thu mỗi lồng", value_max=35),
    F("mức 320.000-340.000 đồng/kg", "320.000", 320000, "money", "đồng/kg", "giá ốc hương thương phẩm",
      value_max=340000, change=C("increase", 20000, "đồng/kg", "cuối năm 2024")),
    F("1,2 triệu con giống", "1,2", 1_200_000, "count", "con giống", "con giống thả mới",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-11"), percent=40),
    F("khoảng 70% con giống", "70", 70, "percent", "%", "con giống phải mua từ Khánh Hòa và Ninh Thuận",
      approx="about"),
    F("tăng 15-20%", "15", 15, "percent", "%", "chi phí vận chuyển bằng tàu cao tốc tăng", value_max=20),
    F("phát triển 3.000 lồng", "3.000", 3000, "count", "lồng", L, Y25, status="target"),
    F("đạt 380 tấn", "380", 380, "measure", "tấn", "sản lượng ốc hương", Y25, status="target"),
    F("xây dựng 1 trại", "1", 1, "count", "trại", "trại sản xuất giống đề xuất xây dựng", status="target",
      optional=True),
    F("khoảng 8 tỷ đồng", "8", 8_000_000_000, "money", "đồng", "tổng vốn xây dựng trại sản xuất giống",
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Kiên Giang online: headline figure, 'Cập nhật lúc 09:40, Thứ ba, 11/03/2025' (published), tag '(BKG) -'.",
    "District figures are Kiên Hải (communes go into the subject); seed sources Khánh Hòa, Ninh Thuận are not the place of the figure.",
    "'chiếm gần 65% số lồng ... toàn tỉnh' is the share of 2.640 lồng. The 'lần lượt' list of communes does not add up and has no",
    "part-of cue: no total. 'bằng 40% kế hoạch năm' is the share of 1,2 triệu con. 'từ năm 2019' (start of farming), 'ấp Bãi Nhà',",
    "'Nghị quyết số 05-NQ/HU', 'Danh Sơn' are not figures. The headline has no period phrase. The proposed '1 trại' is optional.",
]

write("p918-8", TEXT, NOTES, FIGS, published="2025-03-11", location="Kiên Hải")
