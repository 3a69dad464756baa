"""p841-2: district-level portal (thành phố Sầm Sơn, Thanh Hóa), mùa du lịch 2023."""
from lib import F, P, I, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ SẦM SƠN
Tin tức - Sự kiện > Kinh tế
Thứ Hai, 04/09/2023 | 16:10
Phố đi bộ, chợ đêm Sầm Sơn thu hút hơn 2,3 triệu lượt khách
Từ ngày 29/4 đến ngày 31/8/2023, tuyến phố đi bộ ven biển trên đường Hồ Xuân Hương và chợ đêm Sầm Sơn đã phục vụ hơn 2,3 triệu lượt khách, gấp 1,4 lần cùng kỳ năm 2022. Trong đó, lượng khách đến vào khung giờ từ 19 giờ đến 24 giờ chiếm khoảng 70%.
Tuyến phố đi bộ dài 1,2 km, rộng 16 m, được tổ chức theo Kế hoạch số 87/KH-UBND ngày 10/4/2023 của UBND thành phố. Toàn tuyến có 420 ki-ốt, gian hàng do 386 hộ, cá nhân đăng ký kinh doanh, trong đó số hộ kinh doanh ăn uống, bán hàng lưu niệm, hải sản khô và dịch vụ vui chơi lần lượt là 214, 97 và 75 hộ. Doanh thu của các hộ ước đạt 198 tỷ đồng, tăng 26,4% so với cùng kỳ; bình quân mỗi hộ đạt khoảng 513 triệu đồng.
Trong mùa hè, thành phố tổ chức 24 đêm biểu diễn nghệ thuật đường phố và Lễ hội ẩm thực biển lần thứ 3, thu hút khoảng 150.000 lượt người xem. Lực lượng chức năng đã kiểm tra 57 lượt cơ sở, xử phạt 9 trường hợp vi phạm về niêm yết giá, lấn chiếm vỉa hè với tổng số tiền 42,5 triệu đồng.
Năm 2024, thành phố đặt mục tiêu phố đi bộ, chợ đêm đón 3 triệu lượt khách, đồng thời đầu tư khoảng 15 tỷ đồng nâng cấp hệ thống chiếu sáng, âm thanh trên tuyến.
Mọi phản ánh về giá cả, vệ sinh an toàn thực phẩm xin liên hệ đường dây nóng 0237.3821.115.
Lê Hà (Văn phòng HĐND và UBND thành phố)
"""

SEASON = P("Từ ngày 29/4 đến ngày 31/8/2023", "2023-04-29", "2023-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu hút hơn 2,3 triệu", "2,3", 2_300_000, "count", "lượt khách",
      "lượt khách phố đi bộ, chợ đêm Sầm Sơn", approx="over"),
    F("phục vụ hơn 2,3 triệu", "2,3", 2_300_000, "count", "lượt khách",
      "lượt khách phố đi bộ ven biển và chợ đêm", SEASON, approx="over",
      change=C("increase", 1.4, "lần", "cùng kỳ năm 2022")),
    F("chiếm khoảng 70%", "70", 70, "percent", "%",
      "lượng khách đến vào khung giờ từ 19 giờ đến 24 giờ", I(SEASON), approx="about"),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "chiều dài tuyến phố đi bộ"),
    F("rộng 16 m", "16", 16, "measure", "m", "chiều rộng tuyến phố đi bộ"),
    F("có 420 ki-ốt", "420", 420, "count", "ki-ốt, gian hàng", "ki-ốt, gian hàng trên tuyến"),
    F("do 386 hộ", "386", 386, "count", "hộ, cá nhân", "hộ, cá nhân đăng ký kinh doanh"),
    F("lần lượt là 214", "214", 214, "count", "hộ", "hộ kinh doanh ăn uống", total=386),
    F("214, 97 và", "97", 97, "count", "hộ", "hộ bán hàng lưu niệm, hải sản khô", total=386),
    F("97 và 75 hộ", "75", 75, "count", "hộ", "hộ kinh doanh dịch vụ vui chơi", total=386),
    F("ước đạt 198 tỷ đồng", "198", 198e9, "money", "đồng", "doanh thu của các hộ", I(SEASON),
      change=C("increase", 26.4, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 513 triệu đồng", "513", 513e6, "money", "đồng", "doanh thu bình quân mỗi hộ",
      I(SEASON), approx="about", status="estimate"),
    F("tổ chức 24 đêm", "24", 24, "count", "đêm biểu diễn", "đêm biểu diễn nghệ thuật đường phố"),
    F("khoảng 150.000 lượt người xem", "150.000", 150_000, "count", "lượt người xem",
      "lượt người xem biểu diễn, lễ hội", approx="about"),
    F("kiểm tra 57 lượt cơ sở", "57", 57, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra"),
    F("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp vi phạm bị xử phạt"),
    F("tiền 42,5 triệu đồng", "42,5", 42.5e6, "money", "đồng", "tổng số tiền xử phạt"),
    F("đón 3 triệu lượt khách", "3", 3_000_000, "count", "lượt khách",
      "lượt khách phố đi bộ, chợ đêm", Y24, status="target"),
    F("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng",
      "vốn đầu tư nâng cấp hệ thống chiếu sáng, âm thanh", Y24, approx="about", status="target"),
]

NOTES = [
    "Cổng TTĐT thành phố Sầm Sơn (district level, Thanh Hóa): phố đi bộ và chợ đêm, mùa du lịch 29/4-31/8/2023. Dateline 'Thứ Hai, 04/09/2023 | 16:10'.",
    "Not figures: 19 giờ/24 giờ, 'Kế hoạch số 87/KH-UBND ngày 10/4/2023', 'lần thứ 3' (ordinal), hotline 0237.3821.115, 'Trong mùa hè'.",
    "'gấp 1,4 lần cùng kỳ năm 2022' after the count is its change (unit lần). 'chiếm khoảng 70%' of visitors has no count of its own: a percent figure.",
    "'trong đó … lần lượt là 214, 97 và 75 hộ' are parts of the 386 hộ, cá nhân (they add up); each takes its own category as subject.",
    "'bình quân mỗi hộ đạt khoảng 513 triệu đồng' continues the ước đạt clause (same subject, derived from it): estimate.",
    "'đồng thời đầu tư khoảng 15 tỷ đồng' continues the mục tiêu clause: target.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-09-04", location="Sầm Sơn")
