"""p1059-5: Party/provincial newspaper (Báo Hà Tĩnh), district hospitals win patients back, provincial hospital less crowded."""
from lib import C, F, I, P, T, write

TEXT = """Nâng chất lượng bệnh viện tuyến huyện, giảm tải cho tuyến tỉnh

Nhờ đầu tư trang thiết bị và nhận chuyển giao kỹ thuật, nhiều trung tâm y tế tuyến huyện ở Hà Tĩnh đã thu hút người bệnh trở lại, góp phần giảm áp lực cho Bệnh viện Đa khoa tỉnh.

Tại Trung tâm Y tế huyện Hương Khê, công suất sử dụng giường bệnh 9 tháng năm 2024 đạt 125%, trong khi cùng kỳ năm 2022 chỉ khoảng 80%. Trung tâm hiện có 210 giường thực kê, gấp 1,4 lần số giường kế hoạch; mỗi ngày tiếp nhận trung bình 450-500 lượt khám. Bác sĩ Lê Văn Tám, Phó Giám đốc Trung tâm, cho biết đơn vị đã triển khai hơn 30 kỹ thuật mới, trong đó có chạy thận nhân tạo với 24 máy.

Ở chiều ngược lại, Bệnh viện Đa khoa tỉnh Hà Tĩnh đã giảm đáng kể tình trạng nằm ghép. Công suất sử dụng giường bệnh của bệnh viện 9 tháng năm nay là 103%, giảm gần 20% so với năm 2022; tỷ lệ chuyển tuyến từ huyện lên tỉnh giảm còn 4,6%.

Theo Sở Y tế, toàn tỉnh hiện có 13 trung tâm y tế tuyến huyện với tổng số 2.350 giường bệnh, chiếm 48% số giường toàn tỉnh. Tuy nhiên, vẫn còn 3 đơn vị có công suất dưới 70% là Trung tâm Y tế huyện Vũ Quang (62%), Lộc Hà (65,5%) và Can Lộc (68%).

Năm 2025, ngành Y tế Hà Tĩnh phấn đấu 100% trung tâm y tế huyện thực hiện được phẫu thuật nội soi, tỷ lệ chuyển tuyến dưới 4%.

THU HÀ
18/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9q = P("9 tháng năm nay", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HK = "Hương Khê"
CS = "công suất sử dụng giường bệnh"

FIGS = [
    F("đạt 125%", "125", 125, "percent", "%", CS, M9, location=HK),
    F("khoảng 80%", "80", 80, "percent", "%", CS, P("cùng kỳ năm 2022", "2022-01-01", "2022-09-30"),
      approx="about", location=HK),
    F("có 210 giường", "210", 210, "count", "giường", "giường thực kê", location=HK,
      change=C("increase", 1.4, "lần", "số giường kế hoạch")),
    F("trung bình 450-500 lượt khám", "450", 450, "measure", "lượt khám/ngày", "lượt khám tiếp nhận mỗi ngày",
      value_max=500, location=HK),
    F("hơn 30 kỹ thuật", "30", 30, "count", "kỹ thuật", "kỹ thuật mới triển khai", approx="over", location=HK),
    F("với 24 máy", "24", 24, "count", "máy", "máy chạy thận nhân tạo", location=HK),
    F("là 103%", "103", 103, "percent", "%", "công suất sử dụng giường bệnh của Bệnh viện Đa khoa tỉnh", M9q,
      change=C("decrease", 20, "%", "năm 2022", approx="nearly")),
    F("còn 4,6%", "4,6", 4.6, "percent", "%", "tỷ lệ chuyển tuyến từ huyện lên tỉnh", M9q),
    F("có 13 trung tâm", "13", 13, "count", "trung tâm y tế", "trung tâm y tế tuyến huyện"),
    F("số 2.350 giường", "2.350", 2350, "count", "giường bệnh", "giường bệnh của trung tâm y tế tuyến huyện",
      percent=48),
    F("còn 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị có công suất dưới 70%"),
    F("dưới 70%", "70", 70, "percent", "%", "ngưỡng công suất", approx="under", optional=True),
    F("Vũ Quang (62%)", "62", 62, "percent", "%", CS, location="Vũ Quang"),
    F("Lộc Hà (65,5%)", "65,5", 65.5, "percent", "%", CS, location="Lộc Hà"),
    F("Can Lộc (68%)", "68", 68, "percent", "%", CS, location="Can Lộc"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trung tâm y tế huyện thực hiện được phẫu thuật nội soi", Y25,
      status="target"),
    F("dưới 4%", "4", 4, "percent", "%", "tỷ lệ chuyển tuyến", Y25, approx="under", status="target"),
]

NOTES = [
    "Báo Hà Tĩnh: trung tâm y tế tuyến huyện thu hút người bệnh, Bệnh viện Đa khoa tỉnh giảm nằm ghép; byline 'THU HÀ' and bare",
    "date '18/10/2024' at the end. 'cùng kỳ năm 2022' after '9 tháng năm 2024' is the first 9 months of 2022 (a figure's own period,",
    "not a change baseline). 'gấp 1,4 lần số giường kế hoạch' attached to 210 giường is its change (not a multiple standing alone).",
    "'mỗi ngày … 450-500 lượt khám' is a rate: measure, lượt khám/ngày. '9 tháng năm nay' = Jan-Sep 2024. District list items give",
    "location. Thresholds 'dưới 70%' optional. Distractors: names 'Lê Văn Tám', 'THU HÀ'.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-10-18", location="Hà Tĩnh")
