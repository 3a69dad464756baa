"""p1084-5: Báo Đắk Lắk style feature: a coffee cooperative selling via TikTok livestream (2024-2025)."""
from lib import F, P, I, C, T, write

TEXT = """HTX trẻ đưa cà phê đặc sản Đắk Lắk "lên sóng" TikTok

Từ một nhóm 7 thành viên khởi nghiệp năm 2021, đến nay Hợp tác xã Nông nghiệp dịch vụ Công bằng Ea Tu (TP. Buôn Ma Thuột) đã trở thành một trong những đơn vị bán cà phê đặc sản qua livestream hiệu quả nhất tỉnh.

Mỗi tuần, HTX duy trì 5 phiên livestream trên TikTok Shop và Shopee, mỗi phiên thu hút từ 1.500 đến 3.000 lượt xem. Năm 2024, HTX bán được 38 tấn cà phê rang xay và 12 tấn cà phê nhân, doanh thu đạt 9,6 tỷ đồng, gấp 3 lần năm 2023; trong đó doanh thu từ livestream chiếm 62%. Giá cà phê rang xay đặc sản bán qua mạng từ 280.000 đến 450.000 đồng/kg, cao hơn gần 30% so với bán qua đại lý.

Chị H'Linh Niê, Giám đốc HTX, cho biết 4 tháng đầu năm 2025, doanh thu của đơn vị ước đạt 4,1 tỷ đồng, tăng 36% so với cùng kỳ. HTX hiện tạo việc làm thường xuyên cho 24 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng. Để giữ chân khách hàng, HTX cam kết giao hàng tối đa 48 giờ với các đơn nội tỉnh; sản phẩm đã đến tay khách hàng ở 63 tỉnh, thành phố.

Theo Sở Công Thương, toàn tỉnh hiện có 186 sản phẩm OCOP, trong đó cà phê chiếm 57 sản phẩm. Năm 2024, ngành Công Thương đã tập huấn cho 850 học viên về bán hàng trên nền tảng số; phấn đấu đến năm 2025 có 70% chủ thể OCOP biết livestream bán hàng.

Trụ sở HTX đặt tại số 12 đường Y Wang, phường Ea Tam. Khách hàng có thể đặt mua qua tổng đài 1900.6868 hoặc gian hàng chính thức của HTX trên các sàn.

HOÀNG GIA
24/05/2025
"""

Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M4 = P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("nhóm 7 thành viên", "7", 7, "count", "thành viên", "thành viên nhóm khởi nghiệp", Y21, location=BMT),
    F("duy trì 5 phiên livestream", "5", 5, "measure", "phiên livestream/tuần",
      "phiên livestream mỗi tuần của HTX", location=BMT),
    F("từ 1.500 đến 3.000 lượt xem", "1.500", 1500, "measure", "lượt xem/phiên",
      "lượt xem mỗi phiên livestream", value_max=3000, location=BMT),
    F("bán được 38 tấn", "38", 38, "measure", "tấn", "cà phê rang xay bán được", Y24, location=BMT),
    F("và 12 tấn", "12", 12, "measure", "tấn", "cà phê nhân bán được", Y24, location=BMT),
    F("đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "doanh thu của HTX", Y24,
      change=C("increase", 3, "lần", "năm 2023"), location=BMT),
    F("chiếm 62%", "62", 62, "percent", "%", "tỷ trọng doanh thu từ livestream", Y24, location=BMT),
    F("từ 280.000 đến 450.000 đồng/kg", "280.000", 280000, "money", "đồng/kg",
      "giá cà phê rang xay đặc sản bán qua mạng", I(Y24), value_max=450000,
      change=C("increase", 30, "%", "bán qua đại lý", approx="nearly"), location=BMT),
    F("ước đạt 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", "doanh thu của HTX", M4,
      status="estimate", change=C("increase", 36, "%", "cùng kỳ"), location=BMT),
    F("cho 24 lao động", "24", 24, "count", "lao động", "lao động có việc làm thường xuyên tại HTX",
      location=BMT),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      location=BMT),
    F("tối đa 48 giờ", "48", 48, "measure", "giờ", "thời gian giao hàng đơn nội tỉnh",
      approx="at_most", location=BMT),
    F("ở 63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có khách hàng của HTX", location="Việt Nam"),
    F("có 186 sản phẩm OCOP", "186", 186, "count", "sản phẩm OCOP", "sản phẩm OCOP"),
    F("chiếm 57 sản phẩm", "57", 57, "count", "sản phẩm", "sản phẩm OCOP cà phê", total=186),
    F("cho 850 học viên", "850", 850, "count", "học viên",
      "học viên được tập huấn về bán hàng trên nền tảng số", Y24),
    F("có 70% chủ thể OCOP", "70", 70, "percent", "%", "chủ thể OCOP biết livestream bán hàng", TO25,
      status="target"),
]

NOTES = [
    "Báo Đắk Lắk style feature (invented), byline and bare date at the end (published 2025-05-24).",
    "The cooperative's figures are located in TP. Buôn Ma Thuột (named); the Sở Công Thương figures in Đắk Lắk.",
    "'63 tỉnh, thành phố' is a count of provinces: Việt Nam (FIGURES.md location rule).",
    "'gấp 3 lần năm 2023' after 9,6 tỷ is its change (increase, 3 lần); '62%' after 'trong đó' is a share figure of its own (a percent has no total).",
    "The price sentence has no period phrase; it inherits 'Năm 2024' from its paragraph (unscored).",
    "Distractors: 'một trong những', 'số 12 đường Y Wang', hotline '1900.6868', the bare date '24/05/2025'.",
]

write("p1084-5", TEXT, FIGS, NOTES, published="2025-05-24", location="Đắk Lắk")
