"""p865-5: Party/provincial newspaper (Báo Đắk Lắk), Buôn Ma Thuột smart lighting control."""
from lib import F, P, I, C, T, write

TEXT = """Buôn Ma Thuột vận hành hệ thống điều khiển chiếu sáng thông minh

Sau gần 8 tháng thi công, hệ thống điều khiển chiếu sáng thông minh tại TP. Buôn Ma Thuột đã chính thức vận hành từ ngày 1/9. Hệ thống quản lý 14.600 bộ đèn LED trên 126 tuyến đường nội thị, kết nối với 215 tủ điều khiển qua mạng 4G.

Theo Ban Quản lý dự án đầu tư xây dựng thành phố, tổng mức đầu tư của dự án là 68,5 tỷ đồng từ ngân sách thành phố và vốn vay ưu đãi. Hệ thống cho phép bật, tắt và điều chỉnh độ sáng từng bộ đèn theo khung giờ: từ 18 giờ đến 22 giờ đèn sáng 100% công suất, từ 22 giờ đến 5 giờ sáng hôm sau giảm còn 50-60% công suất.

Ông Nguyễn Văn Tám, Trưởng phòng Quản lý đô thị thành phố cho biết, trước đây mỗi tháng thành phố chi khoảng 1,3 tỷ đồng tiền điện chiếu sáng. Sau 2 tháng vận hành, chi phí tiền điện đã giảm xuống còn khoảng 860 triệu đồng/tháng, tiết kiệm khoảng 34%. Hệ thống còn tự động phát hiện đèn hỏng, nhờ đó thời gian khắc phục sự cố rút từ 2-3 ngày xuống dưới 24 giờ.

Năm 2025, thành phố dự kiến mở rộng hệ thống cho thêm 4.200 bộ đèn tại 32 tuyến đường ở các phường ven đô và 8 xã, với kinh phí khoảng 21 tỷ đồng.

Toàn tỉnh Đắk Lắk hiện có trên 96.000 bộ đèn chiếu sáng công cộng, tỷ lệ đèn LED đạt 64%. Theo Đề án chiếu sáng đô thị của tỉnh, đến năm 2026, các đô thị loại III trở lên phải hoàn thành chuyển đổi 100% sang đèn LED.

HOÀNG LAN

06/11/2024
"""

Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 8 tháng", "8", 8, "measure", "tháng", "thời gian thi công hệ thống", approx="nearly", optional=True),
    F("quản lý 14.600 bộ đèn", "14.600", 14600, "count", "bộ đèn LED", "bộ đèn LED hệ thống quản lý"),
    F("trên 126 tuyến", "126", 126, "count", "tuyến đường", "tuyến đường nội thị có đèn do hệ thống quản lý"),
    F("với 215 tủ", "215", 215, "count", "tủ điều khiển", "tủ điều khiển kết nối với hệ thống"),
    F("là 68,5 tỷ đồng", "68,5", 68500000000, "money", "đồng", "tổng mức đầu tư của dự án"),
    F("sáng 100% công suất", "100", 100, "percent", "%", "công suất đèn từ 18 giờ đến 22 giờ", optional=True),
    F("còn 50-60% công suất", "50", 50, "percent", "%", "công suất đèn từ 22 giờ đến 5 giờ sáng", value_max=60,
      optional=True),
    F("khoảng 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng/tháng", "tiền điện chiếu sáng mỗi tháng trước đây",
      approx="about"),
    F("khoảng 860 triệu đồng/tháng", "860", 860000000, "money", "đồng/tháng", "chi phí tiền điện chiếu sáng",
      approx="about"),
    F("tiết kiệm khoảng 34%", "34", 34, "percent", "%", "chi phí tiền điện tiết kiệm", approx="about"),
    F("từ 2-3 ngày", "2", 2, "measure", "ngày", "thời gian khắc phục sự cố trước đây", value_max=3),
    F("dưới 24 giờ", "24", 24, "measure", "giờ", "thời gian khắc phục sự cố", approx="under"),
    F("thêm 4.200 bộ đèn", "4.200", 4200, "count", "bộ đèn", "bộ đèn mở rộng hệ thống điều khiển", Y25,
      status="forecast"),
    F("tại 32 tuyến", "32", 32, "count", "tuyến đường", "tuyến đường mở rộng hệ thống", Y25, status="forecast"),
    F("và 8 xã", "8", 8, "count", "xã", "xã mở rộng hệ thống", Y25, status="forecast"),
    F("khoảng 21 tỷ đồng", "21", 21000000000, "money", "đồng", "kinh phí mở rộng hệ thống", Y25, approx="about",
      status="forecast"),
    F("trên 96.000 bộ đèn", "96.000", 96000, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", approx="over",
      location="Đắk Lắk"),
    F("đạt 64%", "64", 64, "percent", "%", "tỷ lệ đèn LED", location="Đắk Lắk"),
    F("chuyển đổi 100%", "100", 100, "percent", "%", "tỷ lệ chuyển đổi sang đèn LED của các đô thị loại III trở lên",
      P("đến năm 2026", end="2026-12-31"), status="target", location="Đắk Lắk"),
]

NOTES = [
    "Báo Đắk Lắk style: byline 'HOÀNG LAN' and bare date '06/11/2024' at the end. Smart lighting control in Buôn Ma Thuột.",
    "'Sau gần 8 tháng thi công' states the construction time but mainly locates the start -> optional; the dimming",
    "settings '100% công suất', '50-60% công suất' describe the schedule, not an outcome -> optional.",
    "'rút từ 2-3 ngày xuống dưới 24 giờ': both ends are stated facts (before and after) -> two measure figures.",
    "'giảm xuống còn khoảng 860 triệu' gives the new level, no change value; 'tiết kiệm khoảng 34%' is its own percent figure.",
    "Province figures of the last paragraph are Đắk Lắk; 'đô thị loại III' (a class), 'từ ngày 1/9', '18 giờ', '4G', 'Sau 2 tháng vận hành',",
    "'Nguyễn Văn Tám' are not figures.",
]

write("p865-5", TEXT, NOTES, FIGS, published="2024-11-06", location="Buôn Ma Thuột")
