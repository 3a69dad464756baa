"""p615-8: xã Thiệu Long (huyện Thiệu Hóa, Thanh Hóa) commune portal — a service cooperative's mechanised services 9M and Q3/2024."""
from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ THIỆU LONG - HUYỆN THIỆU HÓA
Tin tức > Kinh tế - Xã hội
Ngày đăng: 03/10/2024 | Lượt xem: 318

HTX Dịch vụ nông nghiệp Thiệu Long: doanh thu 9 tháng đạt 3,2 tỷ đồng

9 tháng năm 2024, Hợp tác xã Dịch vụ nông nghiệp Thiệu Long đã cung ứng dịch vụ làm đất bằng máy cho 612 ha, cấy máy 285 ha và gặt máy 598 ha, đạt doanh thu 3,2 tỷ đồng, bằng 84,2% kế hoạch năm, tăng 11% so với cùng kỳ.

Riêng quý III/2024, HTX gặt máy cho 254 ha lúa Mùa, thu phí bình quân 1,4 triệu đồng/ha, thấp hơn thuê gặt tay khoảng 30%. Lúa được gặt xong trong vòng 10 ngày, sớm hơn mọi năm, giúp bà con kịp gieo trồng cây vụ Đông.

Năm 2023, HTX có 286 thành viên, lợi nhuận đạt 410 triệu đồng; thu nhập bình quân của lao động vận hành máy khoảng 8,5 triệu đồng/người/tháng.

Hiện HTX có 4 máy cày, 3 máy cấy, 2 máy gặt đập liên hợp và một thiết bị bay phun thuốc, tổng giá trị gần 2,7 tỷ đồng; trong đó nguồn hỗ trợ theo Nghị quyết số 10/2022/NQ-HĐND của HĐND tỉnh là 650 triệu đồng. Trụ sở HTX đặt tại thôn 3, cạnh Tỉnh lộ 515, số điện thoại 0237.3866.092.

Toàn xã hiện có 92% diện tích lúa được làm đất bằng máy. Phấn đấu năm 2025, tỷ lệ diện tích lúa cấy bằng máy của xã đạt 60%, gặt bằng máy đạt 100%.

Văn phòng HĐND-UBND xã
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HTX = " của HTX"

FIGS = [
    F("đạt 3,2 tỷ đồng\n", "3,2", 3200000000, "money", "đồng", "doanh thu HTX Dịch vụ nông nghiệp Thiệu Long",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("cho 612 ha", "612", 612, "measure", "ha", "diện tích làm đất bằng máy", M9),
    F("cấy máy 285 ha", "285", 285, "measure", "ha", "diện tích cấy máy", M9),
    F("gặt máy 598 ha", "598", 598, "measure", "ha", "diện tích gặt máy", M9),
    F("doanh thu 3,2 tỷ đồng,", "3,2", 3200000000, "money", "đồng", "doanh thu", M9, percent=84.2,
      change=CH("increase", 11, "%", "cùng kỳ")),
    F("cho 254 ha", "254", 254, "measure", "ha", "diện tích gặt máy lúa Mùa", Q3),
    F("bình quân 1,4 triệu", "1,4", 1400000, "money", "đồng/ha", "phí gặt máy bình quân", Q3,
      change=CH("decrease", 30, "%", "thuê gặt tay", approx="about")),
    F("trong vòng 10 ngày", "10", 10, "measure", "ngày", "thời gian gặt xong lúa"),
    F("có 286 thành viên", "286", 286, "count", "thành viên", "thành viên HTX", Y23),
    F("đạt 410 triệu", "410", 410000000, "money", "đồng", "lợi nhuận", Y23),
    F("khoảng 8,5 triệu", "8,5", 8500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động vận hành máy",
      Y23, approx="about"),
    F("có 4 máy cày", "4", 4, "count", "máy cày", "máy cày" + HTX),
    F("3 máy cấy", "3", 3, "count", "máy cấy", "máy cấy" + HTX),
    F("2 máy gặt", "2", 2, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp" + HTX),
    F("và một thiết bị bay", "một", 1, "count", "thiết bị bay", "thiết bị bay phun thuốc" + HTX),
    F("gần 2,7 tỷ đồng", "2,7", 2700000000, "money", "đồng", "tổng giá trị máy móc" + HTX, approx="nearly"),
    F("là 650 triệu đồng", "650", 650000000, "money", "đồng", "nguồn hỗ trợ theo Nghị quyết của HĐND tỉnh",
      total=2700000000),
    F("có 92%", "92", 92, "percent", "%", "diện tích lúa được làm đất bằng máy"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ diện tích lúa cấy bằng máy", Y25, status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ diện tích lúa gặt bằng máy", Y25, status="target"),
]

COMMENTS = [
    "Commune portal of xã Thiệu Long (huyện Thiệu Hóa, Thanh Hóa), 'Ngày đăng: 03/10/2024 | Lượt xem: 318': a service cooperative.",
    "Choice: a commune is not a place level in the spec (province, city, district); the commune portal implies its district, so the",
    "location is Thiệu Hóa. Distractors: Lượt xem 318, Nghị quyết số 10/2022/NQ-HĐND, thôn 3, Tỉnh lộ 515, phone 0237.3866.092.",
    "Headline '9 tháng' takes 2024 from the dateline above it. 'bằng 84,2% kế hoạch năm' is the share of the revenue; 'thấp hơn ... khoảng 30%'",
    "is the change of the fee. 'một thiết bị bay' is a number word (count 1). 'trong đó ... là 650 triệu đồng' is a part of 'gần 2,7 tỷ'.",
    "'trong vòng 10 ngày' is a duration stated as a fact (how long the harvest took), so a measure figure, not a period.",
]

if __name__ == "__main__":
    emit("p615-8", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Thiệu Hóa")
