"""p870-8: Báo Lạng Sơn online, headline figure, (LSO) tag; camera violations from the start of 2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Lạng Sơn điện tử
Thời sự | An toàn giao thông

Hơn 12.600 trường hợp vi phạm được phát hiện qua hệ thống camera

Cập nhật lúc 07:45, Thứ Sáu, 06/06/2025

(LSO) - Từ đầu năm đến nay, hệ thống camera giám sát giao thông trên địa bàn tỉnh đã phát hiện hơn 12.600 trường hợp vi phạm, gấp 2,3 lần cùng kỳ năm 2024. Trong đó, camera trên Quốc lộ 1A và Quốc lộ 4B ghi nhận 7.940 trường hợp; camera tại thành phố Lạng Sơn ghi nhận 3.215 trường hợp; còn lại tại các huyện Hữu Lũng, Cao Lộc.

Theo Phòng Cảnh sát giao thông Công an tỉnh, lỗi vượt đèn đỏ chiếm khoảng 34%, chạy quá tốc độ chiếm 41%, không đội mũ bảo hiểm chiếm 12%. Đơn vị đã gửi 9.870 thông báo vi phạm, xử lý 6.402 trường hợp, phạt tiền hơn 17,5 tỷ đồng, tăng 46% so với cùng kỳ.

Hiện tỉnh có 127 camera giám sát, trong đó 46 camera được đầu tư theo Đề án 06; 32 nút giao tại thành phố Lạng Sơn được lắp đèn tín hiệu, tất cả đều có đèn đếm lùi.

Trung tá Hoàng Văn Tư, Phó Trưởng phòng Cảnh sát giao thông cho biết, mức phạt mới theo Nghị định 168/2024/NĐ-CP khiến người tham gia giao thông chấp hành tốt hơn; số vụ tai nạn giao thông 5 tháng đầu năm giảm 11 vụ so với cùng kỳ, còn 58 vụ.

Năm 2025, tỉnh phấn đấu lắp thêm 60 camera tại các cửa khẩu Hữu Nghị, Tân Thanh và trên tuyến cao tốc Bắc Giang - Lạng Sơn, với kinh phí dự kiến 35 tỷ đồng. Cũng trong năm 2025, số vụ tai nạn giao thông dự kiến giảm từ 5 đến 10% so với năm 2024.

HOÀNG MINH
"""

FROM = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-06")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 12.600 trường hợp", "12.600", 12600, "count", "trường hợp",
      "trường hợp vi phạm được phát hiện qua hệ thống camera", I(FROM), approx="over"),
    F("hiện hơn 12.600 trường hợp", "12.600", 12600, "count", "trường hợp",
      "trường hợp vi phạm hệ thống camera giám sát giao thông phát hiện", FROM, approx="over",
      change=C("increase", 2.3, "lần", "cùng kỳ năm 2024")),
    F("ghi nhận 7.940 trường hợp", "7.940", 7940, "count", "trường hợp",
      "trường hợp vi phạm camera trên Quốc lộ 1A và Quốc lộ 4B ghi nhận", I(FROM), total=12600),
    F("ghi nhận 3.215 trường hợp", "3.215", 3215, "count", "trường hợp",
      "trường hợp vi phạm camera tại thành phố Lạng Sơn ghi nhận", I(FROM), total=12600),
    F("khoảng 34%", "34", 34, "percent", "%", "lỗi vượt đèn đỏ", I(FROM), approx="about"),
    F("chiếm 41%", "41", 41, "percent", "%", "chạy quá tốc độ", I(FROM)),
    F("chiếm 12%", "12", 12, "percent", "%", "không đội mũ bảo hiểm", I(FROM)),
    F("gửi 9.870 thông báo", "9.870", 9870, "count", "thông báo", "thông báo vi phạm đã gửi", I(FROM)),
    F("xử lý 6.402 trường hợp", "6.402", 6402, "count", "trường hợp", "trường hợp vi phạm được xử lý", I(FROM)),
    F("hơn 17,5 tỷ đồng", "17,5", 17.5e9, "money", "đồng", "tiền phạt", I(FROM), approx="over",
      change=C("increase", 46, "%", "cùng kỳ")),
    F("có 127 camera", "127", 127, "count", "camera", "camera giám sát"),
    F("trong đó 46 camera", "46", 46, "count", "camera", "camera được đầu tư theo Đề án 06", total=127),
    F("32 nút giao", "32", 32, "count", "nút giao", "nút giao được lắp đèn tín hiệu", location="Lạng Sơn"),
    F("còn 58 vụ", "58", 58, "count", "vụ", "số vụ tai nạn giao thông",
      P("5 tháng đầu năm", "2025-01-01", "2025-05-31"), change=C("decrease", 11, "vụ", "cùng kỳ")),
    F("thêm 60 camera", "60", 60, "count", "camera", "camera lắp thêm", Y25, status="target"),
    F("dự kiến 35 tỷ đồng", "35", 35e9, "money", "đồng", "kinh phí lắp thêm camera", Y25, status="forecast"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "số vụ tai nạn giao thông",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), value_max=10, status="forecast"),
]

NOTES = [
    "Báo Lạng Sơn điện tử, '(LSO) -' tag, headline figure, 'Cập nhật lúc 07:45, Thứ Sáu, 06/06/2025'. The text calls it 'tỉnh'; the LSO tag and",
    "'Công an tỉnh … thành phố Lạng Sơn' imply Lạng Sơn. 'Từ đầu năm đến nay' = 2025-01-01 .. dateline; the headline inherits it.",
    "'gấp 2,3 lần cùng kỳ năm 2024' right after the count is its change (increase 2,3 lần), not a multiple of its own.",
    "7.940 and 3.215 follow 'Trong đó' after the whole 12.600 → total 12600 (the remainder is unnumbered).",
    "'giảm 11 vụ so với cùng kỳ, còn 58 vụ': 58 is the claim, 11 vụ its change. Distractors: Quốc lộ 1A, 4B, Đề án 06, Nghị định 168/2024/NĐ-CP,",
    "07:45, 'Thứ Sáu', person 'Hoàng Văn Tư'.",
]

write(8, TEXT, FIGS, NOTES, published="2025-06-06", location="Lạng Sơn")
