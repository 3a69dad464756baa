"""p1030-5: Báo Đắk Lắk (Party newspaper), a commune post point in Krông Bông plus provincial figures, 9 months 2024."""
from lib import F, P, CH, TG, write

TEXT = """Điểm bưu điện văn hóa xã giữa buôn làng

Hơn 15 năm gắn bó với điểm bưu điện văn hóa xã (BĐVHX) Cư Pui (huyện Krông Bông), chị H'Loan Byă đã quen từng buôn, từng nóc nhà. Mỗi tháng, điểm chi trả lương hưu, trợ cấp xã hội cho khoảng 320 người; vào mùa thu hoạch cà phê, sầu riêng, điểm nhận gửi 60-80 bưu kiện mỗi ngày.

"Trước đây bà con phải đi hơn 30 km lên thị trấn Krông Kmar để nhận tiền, nay chỉ cần ra điểm bưu điện ở thôn 3", chị H'Loan, người vừa đoạt giải tại Hội thi nhân viên BĐVHX giỏi lần thứ 3, chia sẻ.

Theo Bưu điện tỉnh Đắk Lắk, toàn tỉnh hiện có 132 điểm BĐVHX. 9 tháng đầu năm 2024, các điểm đã chi trả 298,6 tỷ đồng lương hưu, trợ cấp, tăng 7,5% so với cùng kỳ, cho hơn 21.000 người hưởng; tiếp nhận 6.430 hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích. Doanh thu phân phối hàng hóa tại điểm đạt 3,9 tỷ đồng, bằng 82% kế hoạch năm.

Tuy nhiên, nhiều điểm vẫn hoạt động cầm chừng: 27 điểm có doanh thu dưới 2 triệu đồng/tháng; thù lao của nhân viên chỉ khoảng 2,3 triệu đồng/tháng, thấp hơn mức lương tối thiểu vùng IV (3,45 triệu đồng/tháng). Khoảng 40% số điểm nằm ở xã đặc biệt khó khăn, nơi người dân chưa quen mua bán trực tuyến.

Năm 2025, Bưu điện tỉnh dự kiến trang bị thêm 35 máy POS và đưa 50 điểm BĐVHX lên sàn thương mại điện tử Postmart; phấn đấu mỗi điểm có doanh thu bình quân từ 5 triệu đồng/tháng trở lên.

HỒNG NHUNG
18/10/2024
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
KB = "Krông Bông"

FIGS = [
    F("Hơn 15 năm", "15", "measure", "năm", "thời gian gắn bó với điểm BĐVHX Cư Pui", approx="over", location=KB, optional=True),
    F("khoảng 320 người", "320", "count", "người", "người được điểm BĐVHX Cư Pui chi trả lương hưu, trợ cấp xã hội mỗi tháng",
      approx="about", location=KB),
    F("gửi 60-80 bưu kiện", "60", "count", "bưu kiện", "bưu kiện điểm BĐVHX Cư Pui nhận gửi mỗi ngày mùa thu hoạch",
      value_max=80, location=KB),
    F("hơn 30 km", "30", "measure", "km", "quãng đường bà con phải đi lên thị trấn Krông Kmar để nhận tiền", approx="over", location=KB),
    F("có 132 điểm", "132", "count", "điểm", "điểm BĐVHX"),
    F("chi trả 298,6 tỷ đồng", "298,6", "money", "đồng", "lương hưu, trợ cấp chi trả qua các điểm BĐVHX",
      change=CH("increase", 7.5, "%", "cùng kỳ"), period=M9),
    F("hơn 21.000 người", "21.000", "count", "người hưởng", "người hưởng lương hưu, trợ cấp qua điểm BĐVHX", approx="over", period=M9),
    F("tiếp nhận 6.430 hồ sơ", "6.430", "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận qua dịch vụ bưu chính công ích", period=M9),
    F("đạt 3,9 tỷ đồng", "3,9", "money", "đồng", "doanh thu phân phối hàng hóa tại điểm BĐVHX", percent=82, period=M9i),
    F("27 điểm có doanh thu", "27", "count", "điểm", "điểm BĐVHX có doanh thu dưới 2 triệu đồng/tháng"),
    F("dưới 2 triệu đồng/tháng", "2", "money", "đồng/tháng", "ngưỡng doanh thu điểm BĐVHX", approx="under", optional=True),
    F("khoảng 2,3 triệu đồng/tháng", "2,3", "money", "đồng/tháng", "thù lao của nhân viên điểm BĐVHX", approx="about"),
    F("(3,45 triệu đồng/tháng)", "3,45", "money", "đồng/tháng", "mức lương tối thiểu vùng IV"),
    F("Khoảng 40% số điểm", "40", "percent", "%", "điểm BĐVHX nằm ở xã đặc biệt khó khăn", approx="about"),
    F("thêm 35 máy POS", "35", "count", "máy POS", "máy POS trang bị thêm", status="forecast", period=Y25),
    F("đưa 50 điểm", "50", "count", "điểm", "điểm BĐVHX đưa lên sàn thương mại điện tử Postmart", status="forecast", period=Y25),
    F("từ 5 triệu đồng/tháng", "5", "money", "đồng/tháng", "doanh thu bình quân mỗi điểm BĐVHX",
      approx="at_least", status="target", period=Y25),
]

write("p1030-5", TEXT, FIGS, published="2024-10-18", location="Đắk Lắk", comments=[
    "Báo Đắk Lắk: the Cư Pui post point (huyện Krông Bông) and the province's BĐVHX figures, 9 months of 2024; byline + bare date at the end.",
    "Commune figures take the district (Krông Bông); provincial ones Đắk Lắk. 'Hơn 15 năm gắn bó' (a person's tenure) is optional;",
    "'dưới 2 triệu đồng/tháng' is a category threshold (optional); 'từ 5 triệu đồng/tháng trở lên' is the target level itself (required, at_least).",
    "The regional minimum wage '(3,45 triệu đồng/tháng)' is a figure of its own (no change: 'thấp hơn' has no number).",
    "Distractors: 'thôn 3', 'lần thứ 3', 'vùng IV', 'H'Loan Byă', the bare date 18/10/2024.",
])
