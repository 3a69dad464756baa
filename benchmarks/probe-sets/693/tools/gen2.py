"""p693-2: quận Hoàn Kiếm (Hà Nội) district portal — roadside motorbike emission checks, Q1/2025."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường

Hoàn Kiếm: Gần 2.200 lượt xe máy được kiểm tra khí thải trong quý I/2025

Thứ Năm, 10/04/2025 - 15:42

Thực hiện Kế hoạch số 45/KH-UBND ngày 06/01/2025 của UBND quận về kiểm soát ô nhiễm không khí, trong quý I/2025, Phòng Tài nguyên và Môi trường quận phối hợp Công an quận tổ chức 3 đợt kiểm tra khí thải xe máy tại 4 điểm, gồm vườn hoa Lý Thái Tổ, phố Tràng Thi, số 19 Lê Thánh Tông và số 2 Hàng Khay.

Tổng số xe được kiểm tra là 2.183 lượt xe, trong đó 1.946 lượt xe đạt, chiếm 89,1%; 237 lượt xe không đạt, chiếm 10,9%. Đáng chú ý, trong 237 lượt xe không đạt có 164 lượt xe đăng ký trước năm 2010, chiếm 69,2%.

Phường có số lượt kiểm tra nhiều nhất là Hàng Bạc (512 lượt), tiếp đến là Hàng Trống (438 lượt) và Tràng Tiền (397 lượt). Cùng với kiểm tra, tổ công tác đã phát 5.000 tờ rơi hướng dẫn bảo dưỡng xe định kỳ.

Quận đã bố trí 480 triệu đồng mua 2 thiết bị đo khí thải cầm tay để phục vụ kiểm tra lưu động.

Theo kế hoạch, từ quý II/2025, quận sẽ nâng số điểm đo lên 6 điểm, phấn đấu kiểm tra khoảng 1.000 lượt xe/tháng.

Mọi ý kiến đóng góp xin gửi về Phòng Tài nguyên và Môi trường quận, số 126 Hàng Trống, điện thoại 024.3825.3586.

Số lượt truy cập: 2.451.098
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q2 = P("từ quý II/2025", "2025-04-01", None, inherited=True)

FIGS = [
    F("Gần 2.200 lượt", "2.200", 2200, "count", "lượt xe máy", "lượt xe máy được kiểm tra khí thải", Q1, approx="nearly"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt kiểm tra khí thải xe máy", Q1),
    F("tại 4 điểm", "4", 4, "count", "điểm", "điểm kiểm tra khí thải xe máy", Q1),
    F("là 2.183 lượt", "2.183", 2183, "count", "lượt xe", "xe được kiểm tra khí thải", I(Q1)),
    F("1.946 lượt xe", "1.946", 1946, "count", "lượt xe", "lượt xe đạt", I(Q1), total=2183, percent=89.1),
    F("; 237 lượt xe không đạt", "237", 237, "count", "lượt xe", "lượt xe không đạt", I(Q1), total=2183, percent=10.9),
    F("trong 237 lượt", "237", 237, "count", "lượt xe", "lượt xe không đạt", I(Q1), optional=True),
    F("có 164 lượt", "164", 164, "count", "lượt xe", "lượt xe không đạt đăng ký trước năm 2010", I(Q1),
      total=237, percent=69.2),
    F("(512 lượt)", "512", 512, "count", "lượt", "lượt kiểm tra khí thải", I(Q1)),
    F("(438 lượt)", "438", 438, "count", "lượt", "lượt kiểm tra khí thải", I(Q1)),
    F("(397 lượt)", "397", 397, "count", "lượt", "lượt kiểm tra khí thải", I(Q1)),
    F("phát 5.000 tờ rơi", "5.000", 5000, "count", "tờ rơi", "tờ rơi hướng dẫn bảo dưỡng xe định kỳ", I(Q1)),
    F("bố trí 480 triệu", "480", 480000000, "money", "đồng", "kinh phí mua thiết bị đo khí thải cầm tay"),
    F("mua 2 thiết bị", "2", 2, "count", "thiết bị", "thiết bị đo khí thải cầm tay"),
    F("lên 6 điểm", "6", 6, "count", "điểm", "điểm đo khí thải", Q2, status="target"),
    F("khoảng 1.000 lượt", "1.000", 1000, "measure", "lượt xe/tháng", "lượt xe kiểm tra khí thải mỗi tháng", Q2,
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT quận Hoàn Kiếm (invented): kiểm tra khí thải xe máy quý I/2025. Dateline 'Thứ Năm, 10/04/2025 - 15:42'.",
    "Not figures: Kế hoạch số 45/KH-UBND, 'số 19 Lê Thánh Tông', 'số 2 Hàng Khay', 'số 126 Hàng Trống', phone, 'trước năm 2010', counter.",
    "Wards (phường Hàng Bạc …) in the bracketed list: location stays Hoàn Kiếm (FIGURES.md: location is the province, city or district).",
    "revised after first scoring: the three ward items first had location = the ward; FIGURES.md limits location to province/city/district.",
    "'trong 237 lượt xe không đạt có 164' restates the 237 as the whole of 164: the restatement is optional; 164 gets total 237.",
    "'từ quý II/2025' has no end: period kept but marked inherited (not scored). 'Theo kế hoạch … phấn đấu' → status target.",
]

if __name__ == "__main__":
    emit("p693-2", TEXT, COMMENTS, FIGS, published="2025-04-10", location="Hoàn Kiếm")
