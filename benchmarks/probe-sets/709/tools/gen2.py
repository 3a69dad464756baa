"""p709-2: huyện Đức Hòa (Long An) district portal, tiết kiệm điện quý I/2024."""
from lib import F, P, CH, emit, inh

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Tin tức | Kinh tế - Xã hội

Hơn 2.600 hộ gia đình ký cam kết tiết kiệm điện
Ngày đăng: 22/04/2024 - 09:35

Quý I/2024, Điện lực Đức Hòa phối hợp với UBND các xã, thị trấn đẩy mạnh tuyên truyền sử dụng điện tiết kiệm, hiệu quả. Kết quả, có 2.647 hộ gia đình ký cam kết tiết kiệm điện, tăng 412 hộ so với quý IV/2023.

Sản lượng điện sinh hoạt quý I trên địa bàn huyện đạt 58,4 triệu kWh, giảm 2,1% so với cùng kỳ; bình quân mỗi hộ tiêu thụ 186 kWh/tháng. Trong quý, Điện lực đã hỗ trợ thay 1.250 bóng đèn sợi đốt bằng đèn LED cho hộ nghèo (720 bóng) và hộ cận nghèo (530 bóng).

Đến hết tháng 3/2024, toàn huyện có 146 hộ gia đình lắp đặt điện mặt trời mái nhà với tổng công suất 1.862 kWp, bình quân khoảng 12,8 kWp/hộ. Các hệ thống này đã phát lên lưới hơn 620.000 kWh trong quý I.

Hưởng ứng chiến dịch Giờ Trái đất tối 23/3, trong 60 phút tắt đèn, toàn huyện tiết kiệm được 4.350 kWh, tương đương hơn 9,5 triệu đồng.

Phấn đấu năm 2024, toàn huyện tiết kiệm từ 2 đến 2,5% sản lượng điện sinh hoạt; 100% trường học, trụ sở cơ quan sử dụng đèn LED.

Mọi phản ánh về cung cấp điện xin liên hệ Điện lực Đức Hòa, Quốc lộ N2, khu phố 3, thị trấn Hậu Nghĩa; điện thoại 0272.3851.234.

Thanh Tâm (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)
"""

Q1Y = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1 = P("quý I", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
ASOF = P("Đến hết tháng 3/2024", None, "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 2.600 hộ gia đình", "2.600", 2600, "count", "hộ gia đình", "hộ gia đình ký cam kết tiết kiệm điện",
      approx="over"),
    F("có 2.647 hộ gia đình", "2.647", 2647, "count", "hộ gia đình", "hộ gia đình ký cam kết tiết kiệm điện", inh(Q1Y),
      change=CH("increase", 412, "hộ", baseline="quý IV/2023")),
    F("đạt 58,4 triệu kWh", "58,4", 58.4e6, "measure", "kWh", "sản lượng điện sinh hoạt", Q1,
      change=CH("decrease", 2.1, baseline="cùng kỳ")),
    F("tiêu thụ 186 kWh/tháng", "186", 186, "measure", "kWh/tháng", "điện tiêu thụ bình quân mỗi hộ", Q1),
    F("thay 1.250 bóng", "1.250", 1250, "count", "bóng đèn", "bóng đèn sợi đốt thay bằng đèn LED", INQ),
    F("(720 bóng)", "720", 720, "count", "bóng", "bóng đèn LED thay cho hộ nghèo", INQ, total=1250),
    F("(530 bóng)", "530", 530, "count", "bóng", "bóng đèn LED thay cho hộ cận nghèo", INQ, total=1250),
    F("có 146 hộ", "146", 146, "count", "hộ gia đình", "hộ gia đình lắp đặt điện mặt trời mái nhà", ASOF),
    F("1.862 kWp", "1.862", 1862, "measure", "kWp", "tổng công suất điện mặt trời mái nhà", ASOF),
    F("khoảng 12,8 kWp/hộ", "12,8", 12.8, "measure", "kWp/hộ", "công suất điện mặt trời mái nhà bình quân", ASOF,
      approx="about"),
    F("hơn 620.000 kWh", "620.000", 620000, "measure", "kWh", "sản lượng điện mặt trời mái nhà phát lên lưới",
      P("trong quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("trong 60 phút", "60", 60, "measure", "phút", "thời gian tắt đèn Giờ Trái đất", optional=True),
    F("được 4.350 kWh", "4.350", 4350, "measure", "kWh", "điện tiết kiệm trong Giờ Trái đất"),
    F("hơn 9,5 triệu đồng", "9,5", 9.5e6, "money", "đồng", "tiền điện tiết kiệm trong Giờ Trái đất", approx="over"),
    F("từ 2 đến 2,5%", "2", 2, "percent", "%", "tiết kiệm sản lượng điện sinh hoạt", Y24, value_max=2.5,
      status="target"),
    F("100% trường học", "100", 100, "percent", "%", "trường học, trụ sở cơ quan sử dụng đèn LED", Y24,
      status="target"),
]

COMMENTS = [
    "Huyện Đức Hòa (Long An) district portal: cam kết tiết kiệm điện, điện sinh hoạt, đèn LED, điện mặt trời mái nhà, quý I/2024.",
    "Bracketed breakdown (720 + 530 = 1.250) gives total 1.250. 'Trong quý' = quý I/2024. 'trong 60 phút' optional (duration of the event).",
    "'tương đương hơn 9,5 triệu đồng' is an equivalent amount: its own money figure. Giờ Trái đất figures are dated (23/3): no period.",
    "'Quốc lộ N2', 'khu phố 3', phone, 'quý IV/2023' (baseline), dateline are not figures.",
]

if __name__ == "__main__":
    emit("p709-2", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Đức Hòa")
