"""p549-4: NHNN (ministry site), cashless payments 9 months 2024, national with provinces."""
from lib import F, P, I, CH, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Trang chủ / Tin tức / Hoạt động ngân hàng

Thanh toán không dùng tiền mặt 9 tháng năm 2024 tăng 56,4% về số lượng
22/10/2024 | 08:45

Theo số liệu của Vụ Thanh toán, 9 tháng năm 2024, giao dịch thanh toán không dùng tiền mặt tăng 56,4% về số lượng và 33,6% về giá trị so với cùng kỳ năm 2023. Trong đó, giao dịch qua kênh Internet tăng 58,8% về số lượng; qua kênh điện thoại di động tăng 61,3%; qua phương thức QR code tăng 88,9%.

Đến cuối tháng 9/2024, cả nước có khoảng 20.900 máy ATM và hơn 678.000 máy POS; hơn 182 triệu tài khoản thanh toán cá nhân, tỷ lệ người trưởng thành có tài khoản ngân hàng đạt khoảng 87%. Hệ thống chuyển mạch NAPAS 247 xử lý bình quân 27 triệu giao dịch/ngày.

Theo địa phương, tỷ lệ người trưởng thành có tài khoản cao nhất thuộc về Hà Nội (95,2%), TP. Hồ Chí Minh (94,8%), Bình Dương (92,1%) và Đà Nẵng (91,6%). Số máy ATM tại Hà Nội và TP. Hồ Chí Minh lần lượt là 2.814 máy và 3.257 máy. Quảng Ninh tiếp tục đứng thứ 3 cả nước về thanh toán dịch vụ công trực tuyến qua ngân hàng, với hơn 1,4 triệu giao dịch.

Việc làm sạch dữ liệu theo Đề án 06 cũng đạt kết quả tích cực: đã có 113 triệu hồ sơ khách hàng cá nhân được đối chiếu sinh trắc học.

Thực hiện Quyết định số 1813/QĐ-TTg, mục tiêu đến năm 2025 tốc độ tăng trưởng số lượng giao dịch thanh toán không dùng tiền mặt đạt 20-25%/năm, giá trị giao dịch gấp 25 lần GDP. Thông tư số 18/2024/TT-NHNN có hiệu lực từ ngày 1/7/2024.

Mọi thông tin liên hệ: Vụ Thanh toán, số 49 Lý Thái Tổ, quận Hoàn Kiếm, Hà Nội; điện thoại (024) 3936.6306.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Đến cuối tháng 9/2024", None, "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng 56,4% về số lượng\n", "56,4", 56.4, "percent", "%",
      "thanh toán không dùng tiền mặt về số lượng", I(M9)),
    F("tăng 56,4% về số lượng và", "56,4", 56.4, "percent", "%",
      "giao dịch thanh toán không dùng tiền mặt về số lượng", M9),
    F("33,6% về giá trị", "33,6", 33.6, "percent", "%", "giao dịch thanh toán không dùng tiền mặt về giá trị", M9),
    F("tăng 58,8%", "58,8", 58.8, "percent", "%", "giao dịch qua kênh Internet về số lượng", I(M9)),
    F("tăng 61,3%", "61,3", 61.3, "percent", "%", "giao dịch qua kênh điện thoại di động", I(M9)),
    F("tăng 88,9%", "88,9", 88.9, "percent", "%", "giao dịch qua phương thức QR code", I(M9)),
    F("khoảng 20.900 máy ATM", "20.900", 20900, "count", "máy ATM", "máy ATM", ASOF, approx="about"),
    F("hơn 678.000 máy POS", "678.000", 678000, "count", "máy POS", "máy POS", ASOF, approx="over"),
    F("hơn 182 triệu tài khoản", "182", 182_000_000, "count", "tài khoản", "tài khoản thanh toán cá nhân", ASOF,
      approx="over"),
    F("khoảng 87%", "87", 87, "percent", "%", "tỷ lệ người trưởng thành có tài khoản ngân hàng", ASOF, approx="about"),
    F("bình quân 27 triệu giao dịch/ngày", "27", 27_000_000, "measure", "giao dịch/ngày",
      "giao dịch xử lý qua hệ thống chuyển mạch NAPAS 247"),
    F("Hà Nội (95,2%)", "95,2", 95.2, "percent", "%", "tỷ lệ người trưởng thành có tài khoản", location="Hà Nội"),
    F("(94,8%)", "94,8", 94.8, "percent", "%", "tỷ lệ người trưởng thành có tài khoản", location="TP. Hồ Chí Minh"),
    F("(92,1%)", "92,1", 92.1, "percent", "%", "tỷ lệ người trưởng thành có tài khoản", location="Bình Dương"),
    F("(91,6%)", "91,6", 91.6, "percent", "%", "tỷ lệ người trưởng thành có tài khoản", location="Đà Nẵng"),
    F("là 2.814 máy", "2.814", 2814, "count", "máy", "số máy ATM", location="Hà Nội"),
    F("và 3.257 máy", "3.257", 3257, "count", "máy", "số máy ATM", location="TP. Hồ Chí Minh"),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "thanh toán dịch vụ công trực tuyến qua ngân hàng",
      location="Quảng Ninh"),
    F("hơn 1,4 triệu giao dịch", "1,4", 1_400_000, "count", "giao dịch",
      "giao dịch thanh toán dịch vụ công trực tuyến qua ngân hàng", approx="over", location="Quảng Ninh"),
    F("có 113 triệu hồ sơ", "113", 113_000_000, "count", "hồ sơ",
      "hồ sơ khách hàng cá nhân được đối chiếu sinh trắc học"),
    F("đạt 20-25%/năm", "20", 20, "percent", "%",
      "tốc độ tăng trưởng số lượng giao dịch thanh toán không dùng tiền mặt", T25, value_max=25, status="target"),
    F("gấp 25 lần GDP", "25", 25, "multiple", "lần", "giá trị giao dịch so với GDP", T25, status="target"),
]

COMMENTS = [
    "Ngân hàng Nhà nước Việt Nam (ministry site): thanh toán không dùng tiền mặt 9 tháng năm 2024 (invented, probe set 549).",
    "Dateline '22/10/2024 | 08:45'. National figures: location Việt Nam; province list items take their province.",
    "Not figures: 'NAPAS 247' (a name), 'Đề án 06', 'Quyết định số 1813/QĐ-TTg', 'Thông tư số 18/2024/TT-NHNN',",
    "'ngày 1/7/2024', 'số 49 Lý Thái Tổ', phone '(024) 3936.6306'.",
    "Growth rates that are the claim are percent figures without change; the 'Trong đó' channel rates are not parts (no total).",
    "'27 triệu giao dịch/ngày' is a rate: kind measure, denominator in the unit (as 'bác sĩ/1 vạn dân' in FIGURES.md).",
    "'gấp 25 lần GDP' after 'mục tiêu đến năm 2025' is a multiple with status target.",
    "'đứng thứ 3 cả nước' is a rank of Quảng Ninh; the following 'hơn 1,4 triệu giao dịch' is Quảng Ninh's too.",
]

if __name__ == "__main__":
    emit("p549-4", TEXT, COMMENTS, FIGS, published="2024-10-22", location="Việt Nam")
