"""p918-5: Báo Quảng Ninh style, Vân Đồn nuôi ốc hương lồng bè, 2023 (byline and bare date at the end)."""
from lib import F, P, I, C, T, write

TEXT = """Vân Đồn phát triển nuôi ốc hương lồng bè

Từ một đối tượng nuôi thử nghiệm, đến nay ốc hương đã trở thành vật nuôi chủ lực của nhiều hộ dân ở các xã đảo huyện Vân Đồn.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện Vân Đồn hiện có 146 hộ nuôi ốc hương với khoảng 9.600 ô lồng, tập trung tại các xã Bản Sen, Quan Lạn và Minh Châu. 10 tháng năm 2023, sản lượng ốc hương thu hoạch đạt 285 tấn, tăng 27% so với cùng kỳ, giá trị ước đạt 94 tỷ đồng.

Gia đình anh Phạm Văn Bảy ở thôn Nà Na, xã Bản Sen, là một trong những hộ nuôi đầu tiên. Hiện anh có 420 ô lồng, mỗi ô thả 2.000-2.500 con giống. Sau 5-6 tháng nuôi, ốc đạt cỡ 90-110 con/kg, tỷ lệ sống khoảng 70-75%. Năm 2022, gia đình anh thu 12 tấn ốc, lãi hơn 1,5 tỷ đồng. "Trên cùng một diện tích mặt nước, nuôi ốc hương cho giá trị gấp 3 lần nuôi cá lồng", anh Bảy chia sẻ.

Hiện giá ốc hương thương phẩm tại lồng dao động 330.000-360.000 đồng/kg, thấp hơn khoảng 10% so với năm 2022. Toàn tỉnh Quảng Ninh có khoảng 320 ha nuôi ốc hương, Vân Đồn chiếm gần 60%.

Để phát triển bền vững, huyện Vân Đồn phấn đấu đến năm 2025 nâng số lồng nuôi ốc hương lên 15.000 ô, hình thành 2 vùng nuôi tập trung đạt chứng nhận VietGAP. Huyện cũng đề nghị tỉnh quy hoạch lại các vùng nuôi dọc đường tỉnh 334 để hạn chế ô nhiễm môi trường.

Hoàng Nga
18/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ nuôi ốc hương"),
    F("khoảng 9.600 ô lồng", "9.600", 9600, "count", "ô lồng", "ô lồng nuôi ốc hương", approx="about"),
    F("đạt 285 tấn", "285", 285, "measure", "tấn", "sản lượng ốc hương thu hoạch", M10,
      change=C("increase", 27, "%", "cùng kỳ")),
    F("ước đạt 94 tỷ đồng", "94", 94_000_000_000, "money", "đồng", "giá trị ốc hương thu hoạch", M10,
      status="estimate"),
    F("có 420 ô lồng", "420", 420, "count", "ô lồng", "ô lồng của gia đình anh Phạm Văn Bảy"),
    F("thả 2.000-2.500 con giống", "2.000", 2000, "count", "con giống", "con giống thả mỗi ô lồng", value_max=2500),
    F("Sau 5-6 tháng", "5", 5, "measure", "tháng", "thời gian nuôi", value_max=6, optional=True),
    F("cỡ 90-110 con/kg", "90", 90, "measure", "con/kg", "cỡ ốc khi thu hoạch", value_max=110, optional=True),
    F("khoảng 70-75%", "70", 70, "percent", "%", "tỷ lệ sống", value_max=75, approx="about"),
    F("thu 12 tấn ốc", "12", 12, "measure", "tấn", "ốc gia đình anh Bảy thu hoạch", Y22),
    F("hơn 1,5 tỷ đồng", "1,5", 1_500_000_000, "money", "đồng", "lãi của gia đình anh Bảy", Y22, approx="over"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "giá trị nuôi ốc hương so với nuôi cá lồng"),
    F("dao động 330.000-360.000 đồng/kg", "330.000", 330000, "money", "đồng/kg",
      "giá ốc hương thương phẩm tại lồng", value_max=360000, change=C("decrease", 10, "%", "năm 2022")),
    F("khoảng 320 ha", "320", 320, "measure", "ha", "diện tích nuôi ốc hương", approx="about", location="Quảng Ninh"),
    F("gần 60%", "60", 60, "percent", "%", "tỷ trọng diện tích nuôi ốc hương của Vân Đồn trong toàn tỉnh",
      approx="nearly"),
    F("lên 15.000 ô", "15.000", 15000, "count", "ô lồng", "lồng nuôi ốc hương", TO25, status="target"),
    F("hình thành 2 vùng nuôi", "2", 2, "count", "vùng nuôi", "vùng nuôi tập trung đạt chứng nhận VietGAP", TO25,
      status="target"),
]

NOTES = [
    "Báo Quảng Ninh style: Vân Đồn (Quảng Ninh) nuôi ốc hương lồng bè. Byline 'Hoàng Nga' and bare date '18/11/2023' give published.",
    "District figures are Vân Đồn; the province's 320 ha is Quảng Ninh; 'Vân Đồn chiếm gần 60%' is a percent figure (no base amount).",
    "'Phạm Văn Bảy' / 'anh Bảy', 'thôn Nà Na', 'đường tỉnh 334', 'một trong những hộ', 'Trên cùng một diện tích' are not figures.",
    "'gấp 3 lần nuôi cá lồng' stands alone as the claim: multiple. Grow-out time and harvest size of the example farm are optional.",
    "'Hiện' sentences get no period; 'thấp hơn khoảng 10% so với năm 2022' is the change of the price range.",
]

write("p918-5", TEXT, NOTES, FIGS, published="2023-11-18", location="Vân Đồn")
