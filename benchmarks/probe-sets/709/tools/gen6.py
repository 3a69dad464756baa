"""p709-6: national press, hóa đơn tiền điện tháng 5/2024."""
from lib import F, P, CH, emit, inh

TEXT = """Kinh doanh › Vĩ mô
Thứ sáu, 14/6/2024, 06:30 (GMT+7)

Gần 2,3 triệu hộ có tiền điện tháng 5 tăng trên 30%

Nắng nóng kéo dài khiến tiêu thụ điện sinh hoạt tăng vọt, hơn hai triệu hộ gia đình nhận hóa đơn tiền điện cao bất thường.

Theo Tập đoàn Điện lực Việt Nam (EVN), kỳ hóa đơn tháng 5, cả nước có gần 2,3 triệu hộ gia đình có tiền điện tăng trên 30% so với tháng 4, chiếm khoảng 8,1% tổng số khách hàng sinh hoạt.

Sản lượng điện tiêu thụ bình quân toàn hệ thống trong tháng 5 đạt 946,5 triệu kWh/ngày, tăng 12,6% so với cùng kỳ năm 2023. Công suất cực đại của miền Bắc, miền Trung và miền Nam lần lượt đạt 24.258 MW, 5.112 MW và 19.946 MW.

Tại Hà Nội, điện thương phẩm sinh hoạt tháng 5 đạt 1.038 triệu kWh, tăng 24,3%; tại TP Hồ Chí Minh đạt 812,6 triệu kWh, tăng 19,8% so với tháng trước.

EVN giải thích, giá điện sinh hoạt áp dụng biểu giá bậc thang, thấp nhất là 1.806 đồng/kWh (bậc 1), cao nhất là 3.151 đồng/kWh (bậc 6). Vì vậy, một hộ dùng 500 kWh/tháng phải trả khoảng 1,4 triệu đồng (đã gồm VAT). Số tiền này gấp hơn 3,2 lần so với hộ dùng 200 kWh (khoảng 432.000 đồng).

Để bảo đảm cung ứng điện cho miền Bắc, EVN đang đẩy nhanh tiến độ đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối. EVN khuyến cáo khách hàng theo dõi sản lượng điện hằng ngày qua ứng dụng chăm sóc khách hàng hoặc tổng đài 19001909.

Phương Dung
"""

M5 = P("tháng 5", "2024-05-01", "2024-05-31")
M5B = P("kỳ hóa đơn tháng 5", "2024-05-01", "2024-05-31")

FIGS = [
    F("Gần 2,3 triệu hộ", "2,3", 2.3e6, "count", "hộ", "hộ có tiền điện tháng 5 tăng trên 30%", M5, approx="nearly"),
    F("tháng 5 tăng trên 30%", "30", 30, "percent", "%", "tiền điện tăng", M5, approx="over", optional=True),
    F("hơn hai triệu hộ", "hai", 2e6, "count", "hộ gia đình", "hộ gia đình nhận hóa đơn tiền điện cao bất thường",
      approx="over"),
    F("gần 2,3 triệu hộ gia đình", "2,3", 2.3e6, "count", "hộ gia đình",
      "hộ gia đình có tiền điện tăng trên 30% so với tháng 4", M5B, approx="nearly", percent=8.1),
    F("tăng trên 30% so với tháng 4", "30", 30, "percent", "%", "tiền điện tăng so với tháng 4", M5B, approx="over",
      optional=True),
    F("đạt 946,5 triệu kWh/ngày", "946,5", 946.5e6, "measure", "kWh/ngày",
      "sản lượng điện tiêu thụ bình quân toàn hệ thống", P("trong tháng 5", "2024-05-01", "2024-05-31"),
      change=CH("increase", 12.6, baseline="cùng kỳ năm 2023")),
    F("đạt 24.258 MW", "24.258", 24258, "measure", "MW", "công suất cực đại của miền Bắc", inh(M5)),
    F("5.112 MW", "5.112", 5112, "measure", "MW", "công suất cực đại của miền Trung", inh(M5)),
    F("19.946 MW", "19.946", 19946, "measure", "MW", "công suất cực đại của miền Nam", inh(M5)),
    F("đạt 1.038 triệu kWh", "1.038", 1038e6, "measure", "kWh", "điện thương phẩm sinh hoạt", M5,
      change=CH("increase", 24.3), location="Hà Nội"),
    F("đạt 812,6 triệu kWh", "812,6", 812.6e6, "measure", "kWh", "điện thương phẩm sinh hoạt", M5,
      change=CH("increase", 19.8, baseline="tháng trước"), location="Thành phố Hồ Chí Minh"),
    F("là 1.806 đồng/kWh", "1.806", 1806, "money", "đồng/kWh", "giá điện sinh hoạt thấp nhất (bậc 1)"),
    F("là 3.151 đồng/kWh", "3.151", 3151, "money", "đồng/kWh", "giá điện sinh hoạt cao nhất (bậc 6)"),
    F("dùng 500 kWh/tháng", "500", 500, "measure", "kWh/tháng", "mức sử dụng của hộ", optional=True),
    F("khoảng 1,4 triệu đồng", "1,4", 1.4e6, "money", "đồng", "tiền điện của hộ dùng 500 kWh/tháng", approx="about"),
    F("gấp hơn 3,2 lần", "3,2", 3.2, "multiple", "lần", "tiền điện của hộ dùng 500 kWh so với hộ dùng 200 kWh",
      approx="over"),
    F("dùng 200 kWh (", "200", 200, "measure", "kWh", "mức sử dụng của hộ", optional=True),
    F("khoảng 432.000 đồng", "432.000", 432000, "money", "đồng", "tiền điện của hộ dùng 200 kWh", approx="about"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ sáu, 14/6/2024, 06:30 (GMT+7)'): hóa đơn tiền điện tháng 5/2024, tiêu thụ, Pmax vùng miền, giá bậc thang.",
    "'tháng 5' without a year takes 2024 from the dateline. 'hơn hai triệu hộ' is a number word (over 2.000.000).",
    "'tăng trên 30%' defines the household group (threshold): optional. Usage levels 500/200 kWh defining a household: optional.",
    "Regions (miền Bắc/Trung/Nam) are not provinces: they stay in the subject, location Việt Nam. TP Hồ Chí Minh / Hà Nội figures carry their city.",
    "'gấp hơn 3,2 lần' is its own sentence, the claim: multiple. '500 kV mạch 3', 'bậc 1', 'bậc 6', phone 19001909, (GMT+7) are not figures.",
]

if __name__ == "__main__":
    emit("p709-6", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Việt Nam")
