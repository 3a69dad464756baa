"""p866-2: district portal (huyện Cao Phong, Hòa Bình): the post office ships oranges, 2023 season."""
from lib import C, F, I, P, write

TEXT = """Cổng thông tin điện tử huyện Cao Phong - tỉnh Hòa Bình
Trang chủ / Tin tức - Sự kiện / Kinh tế
Bưu điện huyện đưa cam Cao Phong đến khách hàng cả nước
Thứ Năm, 14/12/2023 - 10:45

Từ tháng 10/2023 đến nay, Bưu điện huyện Cao Phong đã tiếp nhận và chuyển phát khoảng 185 tấn cam, tăng gần 40 tấn so với cùng kỳ vụ trước. Trong đó, hơn 62 tấn được giao tới khách hàng tại Hà Nội, 21 tấn giao vào TP. Hồ Chí Minh; còn lại giao đi các tỉnh, thành phố khác.

Để hỗ trợ nông dân, Bưu điện huyện đã hướng dẫn 126 hộ trồng cam và 9 hợp tác xã mở gian hàng trên sàn Postmart; 100% đơn hàng được đóng gói theo tiêu chuẩn, mỗi thùng từ 5 đến 10 kg. Giá cam bán qua sàn dao động từ 25.000 đến 35.000 đồng/kg, cước vận chuyển được giảm 20% so với giá niêm yết.

Tại xã Bắc Phong, ông Bùi Văn Hai, chủ vườn cam 3 ha ở xóm Đồng Bãi, cho biết mỗi ngày gia đình gửi đi khoảng 40 thùng cam qua bưu điện, thu về trên 8 triệu đồng. "Trước đây phải chở cam ra Quốc lộ 6 bán cho thương lái, nay nhân viên bưu điện đến tận vườn lấy hàng", ông Hai nói.

Năm 2023, doanh thu dịch vụ chuyển phát của Bưu điện huyện ước đạt 4,8 tỷ đồng, tăng 12% so với năm 2022. Sản lượng bưu gửi cả năm dự kiến đạt gần 96.000 bưu gửi. Toàn huyện hiện có 3 bưu cục và 10 điểm Bưu điện - Văn hóa xã, bảo đảm 100% xã, thị trấn có điểm phục vụ.

Năm 2024, Bưu điện huyện phấn đấu đưa 100% hợp tác xã sản xuất cam lên sàn thương mại điện tử, sản lượng cam chuyển phát đạt 250 tấn.

Bùi Thu Hà - Văn phòng HĐND và UBND huyện
Điện thoại: 0218.3845.216
"""

SEASON = P("Từ tháng 10/2023 đến nay", "2023-10-01", "2023-12-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23FULL = P("cả năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 185 tấn cam", "185", 185, "measure", "tấn", "cam Bưu điện huyện tiếp nhận và chuyển phát", SEASON,
      approx="about", change=C("increase", 40, "tấn", baseline="cùng kỳ vụ trước", approx="nearly")),
    F("hơn 62 tấn", "62", 62, "measure", "tấn", "cam giao tới khách hàng tại Hà Nội", I(SEASON),
      approx="over", total=185),
    F("21 tấn giao vào", "21", 21, "measure", "tấn", "cam giao vào TP. Hồ Chí Minh", I(SEASON), total=185),
    F("hướng dẫn 126 hộ", "126", 126, "count", "hộ", "hộ trồng cam mở gian hàng trên sàn Postmart"),
    F("và 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã mở gian hàng trên sàn Postmart"),
    F("100% đơn hàng", "100", 100, "percent", "%", "đơn hàng được đóng gói theo tiêu chuẩn"),
    F("từ 5 đến 10 kg", "5", 5, "measure", "kg", "khối lượng mỗi thùng", value_max=10, optional=True),
    F("từ 25.000 đến 35.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá cam bán qua sàn",
      value_max=35000),
    F("giảm 20% so với giá niêm yết", "20", 20, "percent", "%", "mức giảm cước vận chuyển so với giá niêm yết"),
    F("vườn cam 3 ha", "3", 3, "measure", "ha", "diện tích vườn cam", optional=True),
    F("khoảng 40 thùng cam", "40", 40, "count", "thùng", "thùng cam gia đình gửi đi mỗi ngày", approx="about"),
    F("trên 8 triệu đồng", "8", 8e6, "money", "đồng", "tiền thu về mỗi ngày", approx="over"),
    F("ước đạt 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "doanh thu dịch vụ chuyển phát của Bưu điện huyện", Y23,
      change=C("increase", 12, baseline="năm 2022"), status="estimate"),
    F("gần 96.000 bưu gửi", "96.000", 96000, "count", "bưu gửi", "sản lượng bưu gửi", Y23FULL,
      approx="nearly", status="forecast"),
    F("có 3 bưu cục", "3", 3, "count", "bưu cục", "bưu cục"),
    F("và 10 điểm Bưu điện", "10", 10, "count", "điểm Bưu điện - Văn hóa xã", "điểm Bưu điện - Văn hóa xã"),
    F("bảo đảm 100% xã", "100", 100, "percent", "%", "xã, thị trấn có điểm phục vụ"),
    F("đưa 100% hợp tác xã", "100", 100, "percent", "%", "hợp tác xã sản xuất cam lên sàn thương mại điện tử", Y24,
      status="target"),
    F("đạt 250 tấn", "250", 250, "measure", "tấn", "sản lượng cam chuyển phát", Y24, status="target"),
]

NOTES = [
    "Cao Phong district portal (Hòa Bình): the post office ships oranges in the 2023 season. Dateline 'Thứ Năm, 14/12/2023 - 10:45'.",
    "Location is the district for every figure: Hà Nội and TP. Hồ Chí Minh are only destinations of Cao Phong's oranges.",
    "'Từ tháng 10/2023 đến nay' ends at the dateline. 'Trong đó' parts (62, 21 tấn) take total 185 across the sentence break.",
    "Optional: the box size 'từ 5 đến 10 kg' (a packaging specification) and the example farmer's 'vườn cam 3 ha'.",
    "'giảm 20% so với giá niêm yết' has no base amount (no price stated): a percent figure without change.",
    "'cả năm' in the 2023 paragraph is 2023. 'hiện có' sentences get no period.",
    "Distractors: 'Bùi Văn Hai' (name with a number word), 'Quốc lộ 6', phone '0218.3845.216', 'tháng 10/2023', dateline.",
]

if __name__ == "__main__":
    write("p866-2", TEXT, FIGS, notes=NOTES, published="2023-12-14", location="Cao Phong")
