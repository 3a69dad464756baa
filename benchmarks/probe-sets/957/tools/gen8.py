"""p957-8: Báo Kiên Giang online (BKG), Kiên Hải: ốc hương 9 tháng 2024, headline figure."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """BÁO KIÊN GIANG ONLINE
Kinh tế > Nông nghiệp - Nông thôn
Kiên Hải thả nuôi hơn 2 triệu con giống ốc hương
09/10/2024 - 15:10

(BKG) - 9 tháng đầu năm 2024, người dân huyện Kiên Hải thả nuôi 2,15 triệu con giống ốc hương, đạt 71,7% kế hoạch năm, tăng 15,2% so với cùng kỳ; tổng số lồng bè nuôi ốc hương đến nay là 1.860 lồng. Trong đó, xã Hòn Tre có 720 lồng, xã Lại Sơn 610 lồng, xã An Sơn 340 lồng và xã Nam Du 190 lồng.

Sản lượng thu hoạch ước đạt 410 tấn, giá bán tại lồng 250.000-270.000 đồng/kg, doanh thu ước trên 105 tỷ đồng.

Theo ông Lê Văn Năm, Chủ tịch UBND xã Lại Sơn, mỗi lồng thả 1.000-1.200 con giống, sau 5 tháng cho thu hoạch 80-100 kg ốc, trừ chi phí lãi từ 8 đến 10 triệu đồng/lồng. Nhiều hộ ở ấp Bãi Nhà nuôi từ 20 lồng trở lên.

Huyện phấn đấu cả năm 2024 thả nuôi 3 triệu con giống; đến năm 2025 nâng tổng số lồng nuôi ốc hương lên 2.500 lồng. Dự kiến trong quý IV/2024, Trung tâm Khuyến nông tỉnh hỗ trợ 500 triệu đồng xây dựng 2 mô hình nuôi ốc hương kết hợp hàu tại xã An Sơn, theo Nghị quyết số 20/2022/NQ-HĐND của HĐND tỉnh.

Ông Đỗ Minh Tâm, Phó Chủ tịch UBND huyện Kiên Hải, cho biết huyện đang đề nghị tỉnh quy hoạch vùng nuôi tập trung quanh quần đảo Nam Du, tránh tuyến tàu khách Rạch Giá - Nam Du, đồng thời kiểm soát chất lượng giống nhập từ Khánh Hòa.

NGỌC LÂM
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = P("đến nay", None, "2024-10-09")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 2 triệu con giống", "2", 2e6, "count", "con giống", "con giống ốc hương thả nuôi", approx="over"),
    F("thả nuôi 2,15 triệu con giống", "2,15", 2.15e6, "count", "con giống", "con giống ốc hương thả nuôi", M9,
      percent=71.7, change=C("increase", 15.2, "%", "cùng kỳ")),
    F("là 1.860 lồng", "1.860", 1860, "count", "lồng", "tổng số lồng bè nuôi ốc hương", NOW),
    F("có 720 lồng", "720", 720, "count", "lồng", "lồng bè nuôi ốc hương xã Hòn Tre", I(NOW), total=1860),
    F("Lại Sơn 610 lồng", "610", 610, "count", "lồng", "lồng bè nuôi ốc hương xã Lại Sơn", I(NOW), total=1860),
    F("An Sơn 340 lồng", "340", 340, "count", "lồng", "lồng bè nuôi ốc hương xã An Sơn", I(NOW), total=1860),
    F("Nam Du 190 lồng", "190", 190, "count", "lồng", "lồng bè nuôi ốc hương xã Nam Du", I(NOW), total=1860),
    F("ước đạt 410 tấn", "410", 410, "measure", "tấn", "sản lượng ốc hương thu hoạch", I(M9), status="estimate"),
    F("lồng 250.000-270.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá bán ốc hương tại lồng", I(M9),
      value_max=270000),
    F("ước trên 105 tỷ đồng", "105", 105e9, "money", "đồng", "doanh thu nuôi ốc hương", I(M9), approx="over",
      status="estimate"),
    F("thả 1.000-1.200 con giống", "1.000", 1000, "measure", "con giống/lồng", "con giống thả mỗi lồng",
      value_max=1200),
    F("sau 5 tháng", "5", 5, "measure", "tháng", "thời gian nuôi ốc hương", optional=True),
    F("thu hoạch 80-100 kg", "80", 80, "measure", "kg/lồng", "sản lượng ốc thu hoạch mỗi lồng", value_max=100),
    F("lãi từ 8 đến 10 triệu đồng/lồng", "8", 8e6, "money", "đồng/lồng", "lãi mỗi lồng", value_max=10e6),
    F("từ 20 lồng trở lên", "20", 20, "count", "lồng", "lồng nuôi mỗi hộ", approx="at_least", optional=True),
    F("nuôi 3 triệu con giống", "3", 3e6, "count", "con giống", "con giống ốc hương thả nuôi",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lên 2.500 lồng", "2.500", 2500, "count", "lồng", "tổng số lồng nuôi ốc hương",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hỗ trợ 500 triệu đồng", "500", 500e6, "money", "đồng", "kinh phí hỗ trợ xây dựng mô hình nuôi ốc hương kết hợp hàu",
      Q4, status="forecast"),
    F("xây dựng 2 mô hình", "2", 2, "count", "mô hình", "mô hình nuôi ốc hương kết hợp hàu", Q4,
      status="forecast"),
]

NOTES = [
    "Báo Kiên Giang online, tag (BKG), dateline '09/10/2024 - 15:10'; location Kiên Hải (district of Kiên Giang);",
    "the communes Hòn Tre, Lại Sơn, An Sơn, Nam Du lie in it. Headline figure 'hơn 2 triệu con giống' has no period.",
    "'đạt 71,7% kế hoạch năm' is the percent of 2,15 triệu (plan 3 triệu, not stated there). 'đến nay' ends at the",
    "dateline. Parts after 'Trong đó' (sentence break) add up to 1.860 lồng -> total. Per-cage amounts keep '/lồng'.",
    "'sau 5 tháng' (cycle) and 'từ 20 lồng trở lên' (a threshold describing hộ) optional.",
    "Not figures: 15:10, Lê Văn Năm, Đỗ Minh Tâm, Nghị quyết số 20/2022/NQ-HĐND, tuyến Rạch Giá - Nam Du.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-8", TEXT, FIGS, NOTES, published="2024-10-09", location="Kiên Hải"))
