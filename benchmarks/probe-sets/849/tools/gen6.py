"""p849-6: national newspaper, badminton courts converted to pickleball in TP Hồ Chí Minh (Chủ nhật, 16/3/2025)."""
from lib import F, P, I, C, T, main

TEXT = """
Thể thao › Các môn khác

Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Chủ sân cầu lông ở TP HCM đua nhau chuyển sang pickleball

Hàng loạt sân cầu lông, tennis tại TP HCM được chuyển đổi sang pickleball khi nhu cầu thuê sân tăng mạnh, giá thuê giờ cao điểm có nơi gấp đôi cầu lông.

Theo Sở Văn hóa và Thể thao TP HCM, tính đến cuối tháng 2, thành phố có hơn 900 sân pickleball, tăng khoảng 60% so với cùng kỳ năm 2024. Trong quý IV/2024, khoảng 120 sân cầu lông đã được cải tạo thành sân pickleball.

Anh Trần Minh Khoa, chủ cụm 6 sân pickleball ở phường Thạnh Mỹ Lợi, TP Thủ Đức, cho biết đã đầu tư khoảng 3,5 tỷ đồng, trong đó riêng mặt sân và hệ thống đèn là 1,2 tỷ đồng. Từ 17h đến 22h, công suất sử dụng sân đạt 85-90%; doanh thu mỗi tháng khoảng 240 triệu đồng. "Nếu giữ được mức này, tôi dự kiến hoàn vốn trong 2-3 năm", anh Khoa nói.

Tại quận Gò Vấp, một trung tâm cầu lông 8 sân trên đường số 7 đã chuyển 3 sân sang pickleball từ đầu năm đến nay. Chủ trung tâm cho biết doanh thu mỗi sân pickleball cao hơn sân cầu lông khoảng 30%.

Giá thuê sân pickleball tại TP HCM dao động 150.000-300.000 đồng/giờ, trong khi sân cầu lông chỉ 80.000-120.000 đồng/giờ. Nhiều câu lạc bộ phải đặt sân trước 1-2 tuần.

Theo Liên đoàn Pickleball Việt Nam, cả nước hiện có khoảng 5.000 sân pickleball và hơn 1 triệu người chơi thường xuyên. Liên đoàn dự kiến tổ chức 8 giải cấp quốc gia trong năm 2025.

Hoài Thương
"""

NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)'): conversion of badminton courts to pickleball in TP HCM.",
    "Distractors: '07:30 (GMT+7)', 'Từ 17h đến 22h', 'đường số 7', 'quận Gò Vấp', 'TP Thủ Đức', 'một trung tâm' (an article 'a').",
    "'tính đến cuối tháng 2' takes 2025 (dateline; 'cùng kỳ năm 2024' implies it too). 'gấp đôi' in the sapo is loose: optional.",
    "Anh Khoa's cluster figures are located in Thủ Đức (a city inside TP HCM), the Gò Vấp centre's in Gò Vấp; national figures Việt Nam.",
    "'3 sân' of the '8 sân' centre: no part-of cue, so no total. 'cao hơn … khoảng 30%' without a base amount: a percent figure.",
    "'từ đầu năm đến nay' (2025, to the dateline) dates the 3 converted courts, not the centre's 8 courts (a stock, no period).",
    "'1-2 tuần' booking lead time is a duration claim (measure, tuần). 'dự kiến hoàn vốn trong 2-3 năm' → forecast.",
]

ASOF = P("tính đến cuối tháng 2", None, "2025-02-28")
Q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có nơi gấp đôi", "đôi", 2, "multiple", "lần", "giá thuê sân pickleball giờ cao điểm so với cầu lông",
      optional=True),
    F("hơn 900 sân", "900", 900, "count", "sân", "sân pickleball", ASOF, approx="over",
      change=C("increase", 60, "%", "cùng kỳ năm 2024", approx="about")),
    F("khoảng 120 sân", "120", 120, "count", "sân", "sân cầu lông cải tạo thành sân pickleball", Q4,
      approx="about"),
    F("cụm 6 sân", "6", 6, "count", "sân", "sân pickleball của cụm sân", location="Thủ Đức"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "vốn đầu tư cụm sân pickleball", approx="about",
      location="Thủ Đức"),
    F("là 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "vốn đầu tư mặt sân và hệ thống đèn", total=3.5e9,
      location="Thủ Đức"),
    F("đạt 85-90%", "85", 85, "percent", "%", "công suất sử dụng sân", value_max=90, location="Thủ Đức"),
    F("khoảng 240 triệu đồng", "240", 240e6, "money", "đồng/tháng", "doanh thu mỗi tháng", approx="about",
      location="Thủ Đức"),
    F("trong 2-3 năm", "2", 2, "measure", "năm", "thời gian hoàn vốn", value_max=3, status="forecast",
      location="Thủ Đức"),
    F("lông 8 sân", "8", 8, "count", "sân", "sân của trung tâm cầu lông", location="Gò Vấp"),
    F("chuyển 3 sân", "3", 3, "count", "sân", "sân cầu lông chuyển sang pickleball",
      P("từ đầu năm đến nay", "2025-01-01", "2025-03-16"), location="Gò Vấp"),
    F("khoảng 30%", "30", 30, "percent", "%", "doanh thu mỗi sân pickleball cao hơn sân cầu lông",
      approx="about", location="Gò Vấp"),
    F("150.000-300.000 đồng/giờ", "150.000", 150000, "money", "đồng/giờ", "giá thuê sân pickleball",
      value_max=300000),
    F("80.000-120.000 đồng/giờ", "80.000", 80000, "money", "đồng/giờ", "giá thuê sân cầu lông", value_max=120000),
    F("trước 1-2 tuần", "1", 1, "measure", "tuần", "thời gian đặt sân trước", value_max=2),
    F("khoảng 5.000 sân", "5.000", 5000, "count", "sân", "sân pickleball", approx="about", location="Việt Nam"),
    F("hơn 1 triệu người", "1", 1e6, "count", "người", "người chơi pickleball thường xuyên", approx="over",
      location="Việt Nam"),
    F("chức 8 giải", "8", 8, "count", "giải", "giải pickleball cấp quốc gia", Y25, status="forecast",
      location="Việt Nam"),
]

if __name__ == "__main__":
    main("p849-6", TEXT, NOTES, FIGS, published="2025-03-16", location="TP Hồ Chí Minh")
