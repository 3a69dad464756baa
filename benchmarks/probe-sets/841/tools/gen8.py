"""p841-8: provincial newspaper online (Báo Lạng Sơn, tag (LSO) -), phố đi bộ Kỳ Lừa, quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """
Báo Lạng Sơn điện tử > Kinh tế
Hơn 320.000 lượt khách đến phố đi bộ Kỳ Lừa trong quý I
Cập nhật lúc 20:15, Thứ Ba, 15/04/2025
(LSO) - Quý I/2025, phố đi bộ và chợ đêm Kỳ Lừa (thành phố Lạng Sơn) đón hơn 320.000 lượt khách, tăng 23% so với cùng kỳ năm 2024, đạt 29% kế hoạch năm. Trong đó, khách du lịch Trung Quốc khoảng 48.000 lượt, chiếm 15%. Tổng doanh thu của các hộ kinh doanh ước đạt 36,5 tỷ đồng.
Phố đi bộ hiện có 215 gian hàng, trong đó 78 gian hàng ẩm thực, 64 gian hàng nông sản, đặc sản địa phương như hồng Bảo Lâm, na Chi Lăng, rượu Mẫu Sơn, còn lại là hàng thủ công, lưu niệm. Tỷ lệ gian hàng có mã QR thanh toán đạt 85%, tăng 20 điểm phần trăm so với năm 2024. Khách chủ yếu đến từ các tỉnh dọc Quốc lộ 1A như Bắc Giang, Bắc Ninh và Hà Nội.
Mỗi tối thứ Sáu, thứ Bảy và Chủ nhật, phố đi bộ thu hút từ 5.000 đến 7.000 lượt khách; thời gian hoạt động từ 18 giờ đến 23 giờ. Ông Hoàng Văn Ba, Trưởng Ban quản lý chợ Đông Kinh, cho biết dịp Lễ hội Kỳ Lừa lần thứ 3, khu phố đi bộ đón 12.000 lượt khách chỉ trong một đêm. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 32 lượt gian hàng, nhắc nhở 11 trường hợp vi phạm niêm yết giá.
Năm 2025, thành phố phấn đấu phố đi bộ đón 1,1 triệu lượt khách, doanh thu đạt 130 tỷ đồng; dự kiến trong quý II/2025 mở thêm khu ẩm thực với 40 gian hàng gần cầu Kỳ Cùng.
Minh Anh
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-15")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 320.000 lượt khách", "320.000", 320_000, "count", "lượt khách", "lượt khách đến phố đi bộ Kỳ Lừa",
      P("trong quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("đón hơn 320.000", "320.000", 320_000, "count", "lượt khách", "lượt khách phố đi bộ và chợ đêm Kỳ Lừa",
      Q1, approx="over", percent=29, change=C("increase", 23, "%", "cùng kỳ năm 2024")),
    F("khoảng 48.000 lượt", "48.000", 48_000, "count", "lượt", "khách du lịch Trung Quốc", I(Q1),
      approx="about", total=320_000, percent=15),
    F("ước đạt 36,5 tỷ đồng", "36,5", 36.5e9, "money", "đồng", "doanh thu của các hộ kinh doanh", I(Q1),
      status="estimate"),
    F("có 215 gian hàng", "215", 215, "count", "gian hàng", "gian hàng phố đi bộ"),
    F("78 gian hàng", "78", 78, "count", "gian hàng", "gian hàng ẩm thực", total=215),
    F("64 gian hàng", "64", 64, "count", "gian hàng", "gian hàng nông sản, đặc sản địa phương", total=215),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ gian hàng có mã QR thanh toán",
      change=C("increase", 20, "điểm phần trăm", "năm 2024")),
    F("từ 5.000 đến 7.000", "5.000", 5000, "count", "lượt khách",
      "lượt khách mỗi tối thứ Sáu, thứ Bảy và Chủ nhật", value_max=7000),
    F("đón 12.000 lượt khách", "12.000", 12_000, "count", "lượt khách",
      "lượt khách một đêm dịp Lễ hội Kỳ Lừa"),
    F("kiểm tra 32 lượt", "32", 32, "count", "lượt gian hàng", "lượt gian hàng được kiểm tra", YTD),
    F("nhắc nhở 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp vi phạm niêm yết giá bị nhắc nhở", YTD),
    F("đón 1,1 triệu", "1,1", 1_100_000, "count", "lượt khách", "lượt khách phố đi bộ", Y25, status="target"),
    F("đạt 130 tỷ đồng", "130", 130e9, "money", "đồng", "doanh thu phố đi bộ", Y25, status="target"),
    F("với 40 gian hàng", "40", 40, "count", "gian hàng", "gian hàng khu ẩm thực mở thêm",
      P("quý II/2025", "2025-04-01", "2025-06-30"), status="forecast"),
]

NOTES = [
    "Báo Lạng Sơn online, tag '(LSO) -': phố đi bộ, chợ đêm Kỳ Lừa (thành phố Lạng Sơn), quý I/2025. Dateline 'Cập nhật lúc 20:15, Thứ Ba, 15/04/2025'.",
    "Not figures: 20:15, 18 giờ/23 giờ, 'Quốc lộ 1A', the name 'Hoàng Văn Ba', 'lần thứ 3' (ordinal), 'chỉ trong một đêm' (only locates",
    "the 12.000 in time), district names in the product list (Bảo Lâm, Chi Lăng, Mẫu Sơn), provinces of origin (Bắc Giang, Bắc Ninh, Hà Nội).",
    "Location Lạng Sơn (city and province share the name). Headline 'trong quý I' takes 2025 from the dateline.",
    "'Trong đó, khách du lịch Trung Quốc khoảng 48.000 lượt, chiếm 15%' → total 320000, percent 15 (a foreign origin is not a place).",
    "'đạt 85%, tăng 20 điểm phần trăm so với năm 2024': 85% is a level, the point change is its change. 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-04-15", location="Lạng Sơn")
