"""p917-8: Báo Tây Ninh online, headline figure, '(BTN) -' tag; 2024 reintegration and conditional release results."""
from lib import F, P, I, C, write

TEXT = """BÁO TÂY NINH ONLINE
Pháp luật
Gần 97% người chấp hành xong án phạt tù trở về được giúp đỡ tái hòa nhập
Cập nhật lúc 16:05, Thứ hai, 13/01/2025

(BTN) - Năm 2024, Công an tỉnh phối hợp các địa phương tiếp nhận, quản lý 527 người chấp hành xong án phạt tù trở về, trong đó 509 người được giao cho tổ chức đoàn thể, gia đình giúp đỡ, đạt 96,6%. Số người trở về tập trung chủ yếu ở thị xã Trảng Bàng (94 người), huyện Gò Dầu (81 người) và huyện Châu Thành (73 người).

Đối với người được tha tù trước thời hạn có điều kiện, trong năm, các địa phương đã tiếp nhận 48 người, nâng tổng số người đang trong thời gian thử thách lên 103 người. Qua theo dõi, 2 người vi phạm nghĩa vụ đã bị đề nghị hủy quyết định tha tù, thấp hơn 3 trường hợp so với năm 2023.

Năm 2024, Ngân hàng Chính sách xã hội tỉnh đã giải ngân 4,35 tỷ đồng cho người chấp hành xong án phạt tù vay vốn, tăng gấp 2 lần so với năm 2023; số người được vay là 64 người. Ngoài ra, các cơ sở giáo dục nghề nghiệp đã mở 6 lớp dạy nghề ngắn hạn cho 135 học viên, tỷ lệ có việc làm sau đào tạo trên 85%. Một công ty giày da trên Quốc lộ 22 đã nhận 27 người vào làm việc.

Tỷ lệ tái phạm trong năm 2024 là 1,9%, giảm 0,4 điểm phần trăm so với năm trước.

Năm 2025, tỉnh đặt mục tiêu không dưới 95% người chấp hành xong án phạt tù trở về được hỗ trợ tái hòa nhập cộng đồng; dự kiến mở 8 lớp dạy nghề cho khoảng 180 học viên.

Ngọc Hân
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
IN = P("trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 97%", "97", 97, "percent", "%", "người chấp hành xong án phạt tù trở về được giúp đỡ tái hòa nhập",
      approx="nearly"),
    F("quản lý 527 người", "527", 527, "count", "người", "người chấp hành xong án phạt tù trở về được tiếp nhận, quản lý",
      Y24),
    F("trong đó 509 người", "509", 509, "count", "người", "người được giao cho tổ chức đoàn thể, gia đình giúp đỡ", Y24,
      total=527, percent=96.6),
    F("Trảng Bàng (94 người)", "94", 94, "count", "người", "người chấp hành xong án phạt tù trở về", I(Y24),
      location="Trảng Bàng"),
    F("Gò Dầu (81 người)", "81", 81, "count", "người", "người chấp hành xong án phạt tù trở về", I(Y24),
      location="Gò Dầu"),
    F("Châu Thành (73 người)", "73", 73, "count", "người", "người chấp hành xong án phạt tù trở về", I(Y24),
      location="Châu Thành"),
    F("tiếp nhận 48 người", "48", 48, "count", "người", "người được tha tù trước thời hạn có điều kiện được tiếp nhận", IN),
    F("lên 103 người", "103", 103, "count", "người", "người đang trong thời gian thử thách", IN),
    F("2 người vi phạm", "2", 2, "count", "người", "người vi phạm nghĩa vụ bị đề nghị hủy quyết định tha tù", I(IN),
      change=C("decrease", 3, "trường hợp", "năm 2023")),
    F("giải ngân 4,35 tỷ đồng", "4,35", 4.35e9, "money", "đồng",
      "vốn cho người chấp hành xong án phạt tù vay", P("Năm 2024, Ngân hàng", "2024-01-01", "2024-12-31"),
      change=C("increase", 2, "lần", "năm 2023")),
    F("là 64 người", "64", 64, "count", "người", "người được vay vốn", P("Năm 2024, Ngân hàng", "2024-01-01", "2024-12-31")),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp dạy nghề ngắn hạn", I(Y24)),
    F("cho 135 học viên", "135", 135, "count", "học viên", "học viên học nghề", I(Y24)),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ có việc làm sau đào tạo", I(Y24), approx="over"),
    F("nhận 27 người", "27", 27, "count", "người", "người được công ty giày da nhận vào làm việc"),
    F("là 1,9%", "1,9", 1.9, "percent", "%", "tỷ lệ tái phạm", P("trong năm 2024", "2024-01-01", "2024-12-31"),
      change=C("decrease", 0.4, "điểm phần trăm", "năm trước")),
    F("không dưới 95%", "95", 95, "percent", "%",
      "người chấp hành xong án phạt tù trở về được hỗ trợ tái hòa nhập cộng đồng", Y25, approx="at_least",
      status="target"),
    F("mở 8 lớp", "8", 8, "count", "lớp", "lớp dạy nghề", Y25, status="forecast"),
    F("khoảng 180 học viên", "180", 180, "count", "học viên", "học viên học nghề", Y25, approx="about",
      status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh): headline figure 'Gần 97%', 'Cập nhật lúc 16:05, Thứ hai, 13/01/2025', '(BTN) -' tag.",
    "The tag and 'Công an tỉnh' imply Tây Ninh. District list in brackets does not add up to 527 ('tập trung chủ yếu'): no total.",
    "'trong năm' = 2024 (year of the nearest earlier period); 'nâng tổng số … lên 103 người' keeps that sentence's period.",
    "'tăng gấp 2 lần so với năm 2023' is the change (×2, lần) of 4,35 tỷ; 'thấp hơn 3 trường hợp' is the change of 2 người.",
    "'đặt mục tiêu' → target; 'dự kiến' (own clause after ';') → forecast. Distractors: 16:05, Thứ hai, (BTN), Quốc lộ 22.",
]

if __name__ == "__main__":
    write("p917-8", TEXT, NOTES, FIGS, published="2025-01-13", location="Tây Ninh")
