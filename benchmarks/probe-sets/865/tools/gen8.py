"""p865-8: provincial newspaper online (Báo Bắc Giang), headline figure, (BKG) tag."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử > Xây dựng - Đô thị

Gần 92% tuyến đường chính đô thị được chiếu sáng

Cập nhật lúc 15:40, Thứ tư, 09/10/2024

(BKG) - Sau 9 tháng triển khai Đề án chiếu sáng đô thị, tỷ lệ tuyến đường chính đô thị được chiếu sáng trên địa bàn tỉnh đạt 91,7%, cao hơn 6,5 điểm phần trăm so với cuối năm 2023.

Theo Sở Xây dựng, 9 tháng năm 2024, các địa phương đã lắp mới 3.870 bộ đèn LED, đạt 78,6% kế hoạch năm, trên 146 tuyến đường với tổng kinh phí 52,8 tỷ đồng. Trong đó, TP Bắc Giang lắp 1.420 bộ, huyện Lạng Giang 610 bộ, thị xã Việt Yên 585 bộ, các huyện còn lại 1.255 bộ. Các tuyến trọng điểm như Quốc lộ 31, đường Hùng Vương được bổ sung đèn trang trí dịp Tết.

Điện năng tiêu thụ cho chiếu sáng công cộng 9 tháng ước khoảng 8,9 triệu kWh, giảm 12,4% so với cùng kỳ, tương ứng tiết kiệm trên 2,3 tỷ đồng tiền điện.

Hiện toàn tỉnh có 41.250 bộ đèn chiếu sáng công cộng, gấp 1,8 lần năm 2020; trong đó đèn LED 29.700 bộ, chiếm 72%. Tuy vậy, tại các huyện miền núi Sơn Động, Lục Ngạn, tỷ lệ đường ngõ, xóm có đèn chiếu sáng mới đạt 45-50%.

Dự kiến quý IV/2024, tỉnh tiếp tục lắp mới khoảng 1.050 bộ đèn. Tỉnh phấn đấu đến năm 2025, 100% tuyến đường chính đô thị và 85% đường ngõ, xóm khu dân cư đô thị được chiếu sáng; tỷ lệ đèn LED đạt trên 80%.

Thu Hương
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", end="2025-12-31")
NEW = "bộ đèn LED lắp mới"

FIGS = [
    F("Gần 92%", "92", 92, "percent", "%", "tuyến đường chính đô thị được chiếu sáng", approx="nearly"),
    F("đạt 91,7%", "91,7", 91.7, "percent", "%", "tỷ lệ tuyến đường chính đô thị được chiếu sáng",
      change=C("increase", 6.5, "điểm phần trăm", "cuối năm 2023")),
    F("lắp mới 3.870 bộ", "3.870", 3870, "count", "bộ đèn LED", NEW, M9, percent=78.6),
    F("trên 146 tuyến", "146", 146, "count", "tuyến đường", "tuyến đường lắp mới đèn LED", M9),
    F("tổng kinh phí 52,8 tỷ", "52,8", 52800000000, "money", "đồng", "tổng kinh phí lắp mới đèn LED", M9),
    F("lắp 1.420 bộ", "1.420", 1420, "count", "bộ", NEW, I(M9), total=3870, location="Bắc Giang"),
    F("Lạng Giang 610 bộ", "610", 610, "count", "bộ", NEW, I(M9), total=3870, location="Lạng Giang"),
    F("Việt Yên 585 bộ", "585", 585, "count", "bộ", NEW, I(M9), total=3870, location="Việt Yên"),
    F("còn lại 1.255 bộ", "1.255", 1255, "count", "bộ", NEW + " các huyện còn lại", I(M9), total=3870),
    F("khoảng 8,9 triệu kWh", "8,9", 8900000, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng công cộng", M9b,
      approx="about", status="estimate", change=C("decrease", 12.4, "%", "cùng kỳ")),
    F("trên 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "tiền điện tiết kiệm", M9b, approx="over",
      status="estimate"),
    F("có 41.250 bộ", "41.250", 41250, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng",
      change=C("increase", 1.8, "lần", "năm 2020")),
    F("LED 29.700 bộ", "29.700", 29700, "count", "bộ", "đèn LED", total=41250, percent=72),
    F("đạt 45-50%", "45", 45, "percent", "%", "tỷ lệ đường ngõ, xóm có đèn chiếu sáng tại các huyện miền núi",
      value_max=50),
    F("khoảng 1.050 bộ", "1.050", 1050, "count", "bộ đèn", "bộ đèn lắp mới",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("2025, 100%", "100", 100, "percent", "%", "tuyến đường chính đô thị được chiếu sáng", T25, status="target"),
    F("và 85%", "85", 85, "percent", "%", "đường ngõ, xóm khu dân cư đô thị được chiếu sáng", T25, status="target"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ đèn LED", T25, approx="over", status="target"),
]

NOTES = [
    "Báo Bắc Giang online: headline figure 'Gần 92%', 'Cập nhật lúc 15:40, Thứ tư, 09/10/2024', '(BKG) -' tag -> Bắc Giang.",
    "'Sau 9 tháng triển khai Đề án' is time since the scheme began, not a calendar period -> 91,7% gets no period; '9 tháng' later = 2024.",
    "'đạt 78,6% kế hoạch năm' stands right after 3.870 bộ -> its percent. Parts after 'Trong đó' add up to 3.870 -> total.",
    "'gấp 1,8 lần năm 2020' after 41.250 bộ compares the figure with a baseline -> its change (unit lần), not a multiple of its own.",
    "'tương ứng tiết kiệm trên 2,3 tỷ đồng' continues the 'ước' clause -> estimate. '45-50%' for two mountain districts -> Bắc Giang.",
    "'Quốc lộ 31', 'đường Hùng Vương', 'Đề án chiếu sáng đô thị', '15:40', 'Thứ tư': not figures.",
]

write("p865-8", TEXT, NOTES, FIGS, published="2024-10-09", location="Bắc Giang")
