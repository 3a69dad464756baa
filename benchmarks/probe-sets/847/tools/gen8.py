from lib import F, P, I, C, T, write

TEXT = """Tân Yên: Hơn 300 hộ làm tương, doanh thu gần 20 tỷ đồng mỗi năm
Cập nhật lúc 07:30, Thứ Tư, 12/02/2025

(BGĐT) - Nghề làm tương ở xã Ngọc Châu, huyện Tân Yên đang phát triển ổn định với 312 hộ tham gia, trong đó 85 hộ làm quanh năm. Năm 2024, các hộ bán ra khoảng 640.000 lít tương, doanh thu ước đạt 19,2 tỷ đồng, tăng 11% so với năm trước.

Theo bà Nguyễn Thị Năm, Chủ tịch Hội Phụ nữ xã, mỗi chum tương loại 100 lít cho lãi từ 800.000 đến 1 triệu đồng. Quý IV/2024 là thời điểm tiêu thụ mạnh nhất, chiếm 42% sản lượng cả năm. Dịp Tết Ất Tỵ, giá tương tăng 5.000 đồng/lít, lên 30.000 đồng/lít. Mỗi năm các hộ sử dụng khoảng 180 tấn đậu tương và 120 tấn gạo nếp, chủ yếu mua của nông dân trong huyện.

Hiện 4 thôn Ngọc Yên, Ngọc Lý, Châu Sơn và Tân Lập có số hộ làm tương lần lượt là 118, 96, 61 và 37 hộ. Nghề tương giúp tạo việc làm cho gần 700 lao động, góp phần đưa tỷ lệ hộ nghèo của xã giảm còn 1,8%.

Tháng 1/2025, xã Ngọc Châu được UBND tỉnh công nhận làng nghề truyền thống theo Quyết định số 112/QĐ-UBND. Năm 2025, xã phấn đấu sản lượng tương đạt 700.000 lít, xây dựng nhãn hiệu tập thể "Tương Ngọc Châu" và đưa 2 sản phẩm tham gia Chương trình OCOP. Dự kiến trong quý II/2025, huyện hỗ trợ 300 triệu đồng để xây dựng xưởng đóng chai chung cho các hộ.

Thu Phương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")
HT = "hộ làm tương"

FIGS = [
    F("Hơn 300 hộ", "300", 300, "count", "hộ", HT, approx="over"),
    F("gần 20 tỷ đồng", "20", 20e9, "money", "đồng", "doanh thu từ nghề tương mỗi năm", approx="nearly"),
    F("với 312 hộ", "312", 312, "count", "hộ", "hộ tham gia nghề làm tương"),
    F("trong đó 85 hộ", "85", 85, "count", "hộ", "hộ làm tương quanh năm", total=312),
    F("khoảng 640.000 lít", "640.000", 640000, "measure", "lít", "tương các hộ bán ra", Y24, approx="about"),
    F("ước đạt 19,2 tỷ đồng", "19,2", 19.2e9, "money", "đồng", "doanh thu từ nghề tương", Y24,
      change=C("increase", 11, "%", "năm trước"), status="estimate"),
    F("loại 100 lít", "100", 100, "measure", "lít", "dung tích chum tương", optional=True),
    F("từ 800.000 đến 1 triệu", "800.000", 800000, "money", "đồng", "lãi mỗi chum tương", value_max=1e6),
    F("chiếm 42%", "42", 42, "percent", "%", "sản lượng tiêu thụ quý IV trong sản lượng cả năm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("lên 30.000 đồng/lít", "30.000", 30000, "money", "đồng/lít", "giá tương dịp Tết",
      change=C("increase", 5000, "đồng/lít")),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn", "đậu tương các hộ sử dụng mỗi năm", approx="about"),
    F("và 120 tấn", "120", 120, "measure", "tấn", "gạo nếp các hộ sử dụng mỗi năm"),
    F("Hiện 4 thôn", "4", 4, "count", "thôn", "thôn làm tương"),
    F("là 118", "118", 118, "count", "hộ", HT),
    F("118, 96", "96", 96, "count", "hộ", HT),
    F("96, 61", "61", 61, "count", "hộ", HT),
    F("và 37 hộ", "37", 37, "count", "hộ", HT),
    F("gần 700 lao động", "700", 700, "count", "lao động", "lao động có việc làm từ nghề tương", approx="nearly"),
    F("còn 1,8%", "1,8", 1.8, "percent", "%", "tỷ lệ hộ nghèo của xã"),
    F("đạt 700.000 lít", "700.000", 700000, "measure", "lít", "sản lượng tương", Y25, status="target"),
    F("đưa 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm tham gia Chương trình OCOP", Y25, status="target"),
    F("hỗ trợ 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí huyện hỗ trợ xây dựng xưởng đóng chai chung",
      Q2, status="forecast"),
]

write("p847-8", TEXT, [
    "Báo Bắc Giang online '(BGĐT) -': làng tương xã Ngọc Châu, huyện Tân Yên; headline figures; 'Cập nhật lúc 07:30, Thứ Tư, 12/02/2025'.",
    "Location Tân Yên (thôn are no districts). The thôn list adds up to 312 but follows no whole with a part-of cue: no totals.",
    "'bà Nguyễn Thị Năm', 'Tết Ất Tỵ', 'Tháng 1/2025', 'Quyết định số 112/QĐ-UBND' are not figures. The chum size '100 lít' is optional.",
    "'tăng 5.000 đồng/lít, lên 30.000 đồng/lít': the new price is the figure, the rise its change. 'giảm còn 1,8%' is a level.",
], FIGS, published="2025-02-12", location="Tân Yên")
