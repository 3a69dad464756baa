"""p524-2: district portal (quận Bình Thủy, Cần Thơ), alley upgrading in Q1/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN BÌNH THỦY - TP. CẦN THƠ
Trang chủ | Tin tức - Sự kiện | Đô thị - Môi trường

Quận Bình Thủy nâng cấp 46 tuyến hẻm trong quý I/2024
Thứ Năm, 04/04/2024 - 14:30

Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2024 về chỉnh trang đô thị, trong quý I/2024, UBND quận Bình Thủy phối hợp với các phường và Nhân dân hoàn thành nâng cấp, mở rộng 46 tuyến hẻm với tổng chiều dài 8,7 km, tổng kinh phí gần 15,2 tỷ đồng. Trong đó, ngân sách quận hỗ trợ 9,4 tỷ đồng; Nhân dân đóng góp 5,8 tỷ đồng, chiếm khoảng 38% và hiến 3.250 m² đất.

Đáng chú ý, có 112 hộ dân tự nguyện tháo dỡ vật kiến trúc để mở rộng hẻm, tăng 27 hộ so với cùng kỳ năm 2023. Tuyến hẻm 55 đường Lê Hồng Phong, khu vực 4, phường Trà An được chọn làm hẻm kiểu mẫu của quận.

Bên cạnh đó, quận đã lắp đặt mới 1.420 bộ đèn chiếu sáng, nâng tỷ lệ hẻm có đèn chiếu sáng lên 92,5%; nạo vét 12,3 km cống thoát nước tại các phường Bình Thủy, An Thới và Trà Nóc. Hiện tỷ lệ đô thị hóa của quận đạt 86,4%, mật độ dân số khoảng 2.850 người/km².

Năm 2024, quận phấn đấu nâng cấp thêm 130 tuyến hẻm với kinh phí bình quân từ 250 đến 400 triệu đồng/tuyến, trong đó ưu tiên 35 tuyến hẻm thường xuyên ngập khi triều cường. Tỷ lệ hộ dân đô thị sử dụng nước sạch phấn đấu đạt 100%.

Mọi góp ý về chỉnh trang đô thị xin gửi Phòng Quản lý đô thị quận, số 1 đường Huỳnh Phan Hộ, điện thoại 0292.3841.215.

Minh Thư
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nâng cấp 46 tuyến hẻm trong", "46", 46, "count", "tuyến hẻm", "tuyến hẻm được nâng cấp",
      P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("mở rộng 46 tuyến hẻm", "46", 46, "count", "tuyến hẻm", "tuyến hẻm được nâng cấp, mở rộng", Q1),
    F("dài 8,7 km", "8,7", 8.7, "measure", "km", "tổng chiều dài tuyến hẻm được nâng cấp, mở rộng", Q1),
    F("gần 15,2 tỷ đồng", "15,2", 15200000000, "money", "đồng", "tổng kinh phí nâng cấp, mở rộng hẻm", Q1, approx="nearly"),
    F("hỗ trợ 9,4 tỷ đồng", "9,4", 9400000000, "money", "đồng", "ngân sách quận hỗ trợ", I(Q1), total=15200000000),
    F("đóng góp 5,8 tỷ đồng", "5,8", 5800000000, "money", "đồng", "Nhân dân đóng góp", I(Q1), total=15200000000, percent=38),
    F("hiến 3.250 m²", "3.250", 3250, "measure", "m²", "đất Nhân dân hiến", I(Q1)),
    F("có 112 hộ", "112", 112, "count", "hộ", "hộ dân tự nguyện tháo dỡ vật kiến trúc để mở rộng hẻm", I(Q1),
      change=CH("increase", 27, "hộ", "cùng kỳ năm 2023")),
    F("mới 1.420 bộ", "1.420", 1420, "count", "bộ đèn chiếu sáng", "bộ đèn chiếu sáng lắp đặt mới", I(Q1)),
    F("lên 92,5%", "92,5", 92.5, "percent", "%", "tỷ lệ hẻm có đèn chiếu sáng"),
    F("vét 12,3 km", "12,3", 12.3, "measure", "km", "cống thoát nước nạo vét", I(Q1)),
    F("đạt 86,4%", "86,4", 86.4, "percent", "%", "tỷ lệ đô thị hóa của quận"),
    F("khoảng 2.850 người/km²", "2.850", 2850, "measure", "người/km²", "mật độ dân số", approx="about"),
    F("thêm 130 tuyến hẻm", "130", 130, "count", "tuyến hẻm", "tuyến hẻm nâng cấp thêm", Y24, status="target"),
    F("từ 250 đến 400 triệu đồng/tuyến", "250", 250000000, "money", "đồng/tuyến", "kinh phí bình quân nâng cấp hẻm", Y24,
      value_max=400000000, status="target"),
    F("ưu tiên 35 tuyến", "35", 35, "count", "tuyến hẻm", "tuyến hẻm thường xuyên ngập khi triều cường được ưu tiên", Y24,
      total=130, status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ hộ dân đô thị sử dụng nước sạch", I(Y24), status="target"),
]

COMMENTS = [
    "Cổng TTĐT quận Bình Thủy (district portal, Cần Thơ): nâng cấp hẻm quý I/2024, plan 2024. Dateline 'Thứ Năm, 04/04/2024 - 14:30'.",
    "Distractors: Kế hoạch số 45/KH-UBND ngày 15/01/2024, 'hẻm 55 đường Lê Hồng Phong', 'khu vực 4', 'số 1 đường Huỳnh Phan Hộ', phone.",
    "Location is the district (Bình Thủy) throughout; wards named (Bình Thủy, An Thới, Trà Nóc) are below district level, not locations.",
    "'chiếm khoảng 38%' is the share of 5,8 tỷ; 9,4 + 5,8 = 15,2 tỷ (parts after 'Trong đó'); 3.250 m² is another thing, no total.",
    "Plan sentence: 130 tuyến is the whole for 'trong đó 35 tuyến' (the money range in between counts another thing).",
    "'Hiện …' sentences carry no period; the 100% target inherits 'Năm 2024' from the previous sentence.",
]

if __name__ == "__main__":
    emit("p524-2", TEXT, COMMENTS, FIGS, published="2024-04-04", location="Bình Thủy")
