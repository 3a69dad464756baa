"""p679-1: Khánh Hòa province portal, beach safety in the first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Khánh Hòa: 6 tháng đầu năm, lực lượng cứu hộ cứu sống 143 người gặp nạn trên biển
Cập nhật: 15/07/2024 08:30
Lượt xem: 1.482

(khanhhoa.gov.vn) - Theo báo cáo của Sở Du lịch, 6 tháng đầu năm 2024, các bãi tắm trên địa bàn tỉnh Khánh Hòa đón khoảng 2,35 triệu lượt khách tắm biển, tăng 18,6% so với cùng kỳ năm 2023. Toàn tỉnh hiện có 27 bãi tắm đã được công bố, tổng chiều dài bờ biển phục vụ tắm biển gần 42,5 km; trong đó thành phố Nha Trang có 9 bãi tắm, dài khoảng 7,2 km.

Lực lượng cứu hộ chuyên trách gồm 186 nhân viên, bố trí tại 54 chòi cứu hộ, bình quân 4,4 nhân viên cứu hộ/km bờ biển. Trong 6 tháng, lực lượng cứu hộ đã cứu sống 143 người bị đuối nước, trong đó có 97 du khách và 46 người dân địa phương; tìm kiếm, trao trả 215 trẻ em bị lạc cho gia đình. Tuy vậy, trên các bãi tắm vẫn xảy ra 5 vụ đuối nước làm 6 người tử vong, giảm 3 người so với cùng kỳ.

Các địa phương có nhiều vụ cứu hộ nhất lần lượt là Nha Trang (78 vụ), Cam Ranh (29 vụ) và Ninh Hòa (17 vụ). Kinh phí duy trì hoạt động cứu hộ 6 tháng ước 6,8 tỷ đồng, đạt 52,3% dự toán năm.

Phấn đấu đến năm 2025, 100% bãi tắm công cộng có lực lượng cứu hộ trực thường xuyên từ 5 giờ 30 đến 18 giờ 30 hằng ngày; giảm số người tử vong do đuối nước tại các bãi tắm từ 10 đến 15% mỗi năm.

Mọi thông tin phản ánh về an toàn bãi tắm, du khách liên hệ đường dây nóng của Sở Du lịch: 0258.3822.753 hoặc Trạm cứu hộ số 2, đường Trần Phú, phường Lộc Thọ.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
K6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cứu sống 143 người gặp nạn", "143", 143, "count", "người",
      "người gặp nạn trên biển được lực lượng cứu hộ cứu sống", H),
    F("khoảng 2,35 triệu lượt khách", "2,35", 2350000, "count", "lượt khách",
      "khách tắm biển các bãi tắm đón", H1, approx="about",
      change=CH("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("có 27 bãi tắm", "27", 27, "count", "bãi tắm", "bãi tắm đã được công bố"),
    F("gần 42,5 km", "42,5", 42.5, "measure", "km",
      "tổng chiều dài bờ biển phục vụ tắm biển", approx="nearly"),
    F("có 9 bãi tắm", "9", 9, "count", "bãi tắm", "bãi tắm", total=27, location="Nha Trang"),
    F("khoảng 7,2 km", "7,2", 7.2, "measure", "km", "chiều dài bãi tắm", approx="about",
      total=42.5, location="Nha Trang"),
    F("gồm 186 nhân viên", "186", 186, "count", "nhân viên", "nhân viên lực lượng cứu hộ chuyên trách"),
    F("tại 54 chòi cứu hộ", "54", 54, "count", "chòi cứu hộ", "chòi cứu hộ"),
    F("bình quân 4,4 nhân viên", "4,4", 4.4, "measure", "nhân viên cứu hộ/km bờ biển",
      "nhân viên cứu hộ bình quân trên km bờ biển"),
    F("cứu sống 143 người bị đuối nước", "143", 143, "count", "người",
      "người bị đuối nước được lực lượng cứu hộ cứu sống", T6),
    F("có 97 du khách", "97", 97, "count", "du khách", "du khách bị đuối nước được cứu sống", T6, total=143),
    F("và 46 người dân", "46", 46, "count", "người dân", "người dân địa phương bị đuối nước được cứu sống",
      T6, total=143),
    F("trao trả 215 trẻ em", "215", 215, "count", "trẻ em",
      "trẻ em bị lạc được tìm kiếm, trao trả cho gia đình", T6),
    F("xảy ra 5 vụ đuối nước", "5", 5, "count", "vụ", "vụ đuối nước trên các bãi tắm", I(T6)),
    F("làm 6 người tử vong", "6", 6, "count", "người", "người tử vong do đuối nước", I(T6),
      change=CH("decrease", 3, "người", "cùng kỳ")),
    F("Nha Trang (78 vụ)", "78", 78, "count", "vụ", "vụ cứu hộ", I(T6), location="Nha Trang"),
    F("Cam Ranh (29 vụ)", "29", 29, "count", "vụ", "vụ cứu hộ", I(T6), location="Cam Ranh"),
    F("Ninh Hòa (17 vụ)", "17", 17, "count", "vụ", "vụ cứu hộ", I(T6), location="Ninh Hòa"),
    F("ước 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "kinh phí duy trì hoạt động cứu hộ", K6,
      percent=52.3, status="estimate"),
    F("2025, 100% bãi tắm", "100", 100, "percent", "%",
      "bãi tắm công cộng có lực lượng cứu hộ trực thường xuyên", Y25, status="target"),
    F("từ 10 đến 15%", "10", 10, "percent", "%",
      "giảm số người tử vong do đuối nước tại các bãi tắm mỗi năm", Y25, value_max=15, status="target"),
]

COMMENTS = [
    "Khánh Hòa province portal (breadcrumb, Cập nhật line, Lượt xem counter): beach safety, first half of 2024.",
    "Not figures: Lượt xem 1.482, 5 giờ 30 / 18 giờ 30 (times of day), hotline 0258.3822.753, Trạm cứu hộ số 2 (a name).",
    "Headline '6 tháng đầu năm' has no year: published (2024). 'hiện có' sentences get no period.",
    "'trong đó thành phố Nha Trang có 9 bãi tắm, dài khoảng 7,2 km' -> parts of 27 bãi tắm and of 42,5 km (same thing each).",
    "4,4 nhân viên cứu hộ/km: a rate, its denominator in the unit. 'giảm 3 người so với cùng kỳ' is the change of 6 người.",
]

if __name__ == "__main__":
    emit("p679-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Khánh Hòa")
