import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Giao thông
Thứ năm, 14/11/2024, 06:00 (GMT+7)

Xe đạp công cộng TP HCM vượt mốc 1,5 triệu lượt thuê

Sau gần 3 năm hoạt động, xe đạp công cộng ở TP HCM đã phục vụ hơn 1,5 triệu lượt khách với tổng quãng đường gần 4,2 triệu km.

Theo Sở Giao thông Vận tải, từ tháng 12/2021 đến hết tháng 10/2024, hệ thống ghi nhận 1.538.200 lượt thuê, trong đó 10 tháng năm 2024 đạt 682.400 lượt, tăng 18,2% so với cùng kỳ.

Hiện thành phố có 118 trạm với 1.350 xe, tập trung ở quận 1 (52 trạm), quận 3 (21 trạm) và quận 5 (14 trạm). Trạm đông khách nhất là trạm Công viên 23/9, bình quân 210 lượt/ngày, kế đến là trạm Nhà hát Thành phố với 185 lượt/ngày.

Ông Lê Quang Vinh, Giám đốc Công ty CP Xe đạp Xanh Sài Gòn (đơn vị vận hành), cho biết số tài khoản đăng ký đã vượt 210.000, trong đó khoảng 35% là học sinh, sinh viên. Người dùng có thể mua gói 30 ngày với giá 99.000 đồng.

Tháng 9/2024, đơn vị đưa vào thí điểm 300 xe đạp điện tại khu trung tâm. Giá thuê xe đạp điện là 10.000 đồng/30 phút, cao gấp đôi xe đạp thường. Sau 2 tháng, xe đạp điện chiếm 27% lượt thuê dù chỉ bằng 22% số xe.

Theo đề án của Sở, đến năm 2030 thành phố phấn đấu có 500 trạm và 10.000 xe đạp công cộng, trong đó xe đạp điện chiếm từ 30 đến 40%, kết nối với tuyến metro số 1 Bến Thành - Suối Tiên và các tuyến buýt.

Gia Minh
"""

ALL = P("từ tháng 12/2021 đến hết tháng 10/2024", "2021-12-01", "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
SEP = P("Tháng 9/2024", "2024-09-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("vượt mốc 1,5 triệu", "1,5", 1500000, "count", "lượt thuê", "lượt thuê xe đạp công cộng", approx="over"),
    F("hơn 1,5 triệu lượt khách", "1,5", 1500000, "count", "lượt khách", "lượt khách xe đạp công cộng", approx="over"),
    F("gần 4,2 triệu km", "4,2", 4200000, "measure", "km", "tổng quãng đường", approx="nearly"),
    F("ghi nhận 1.538.200 lượt", "1.538.200", 1538200, "count", "lượt thuê", "lượt thuê xe đạp công cộng", ALL),
    F("đạt 682.400 lượt", "682.400", 682400, "count", "lượt", "lượt thuê", M10,
      change=CH("increase", 18.2, baseline="cùng kỳ")),
    F("có 118 trạm", "118", 118, "count", "trạm", "trạm xe đạp công cộng"),
    F("với 1.350 xe", "1.350", 1350, "count", "xe", "xe đạp công cộng"),
    F("(52 trạm)", "52", 52, "count", "trạm", "trạm xe đạp công cộng", location="Quận 1"),
    F("(21 trạm)", "21", 21, "count", "trạm", "trạm xe đạp công cộng", location="Quận 3"),
    F("(14 trạm)", "14", 14, "count", "trạm", "trạm xe đạp công cộng", location="Quận 5"),
    F("bình quân 210 lượt/ngày", "210", 210, "measure", "lượt/ngày", "lượt thuê bình quân trạm Công viên 23/9"),
    F("với 185 lượt/ngày", "185", 185, "measure", "lượt/ngày", "lượt thuê bình quân trạm Nhà hát Thành phố"),
    F("vượt 210.000", "210.000", 210000, "count", "tài khoản", "tài khoản đăng ký", approx="over"),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ học sinh, sinh viên trong tài khoản đăng ký", approx="about"),
    F("gói 30 ngày", "30", 30, "measure", "ngày", "thời hạn gói", optional=True),
    F("giá 99.000 đồng", "99.000", 99000, "money", "đồng", "giá gói 30 ngày"),
    F("thí điểm 300 xe", "300", 300, "count", "xe đạp điện", "xe đạp điện thí điểm", SEP),
    F("là 10.000 đồng/30 phút", "10.000", 10000, "money", "đồng/30 phút", "giá thuê xe đạp điện",
      change=CH("increase", 2, "lần", "xe đạp thường")),
    F("chiếm 27%", "27", 27, "percent", "%", "tỷ lệ lượt thuê xe đạp điện"),
    F("bằng 22%", "22", 22, "percent", "%", "tỷ lệ xe đạp điện trong số xe"),
    F("có 500 trạm", "500", 500, "count", "trạm", "trạm xe đạp công cộng", T30, status="target"),
    F("và 10.000 xe", "10.000", 10000, "count", "xe", "xe đạp công cộng", T30, status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ xe đạp điện", T30, value_max=40, status="target"),
]

COMMENTS = [
    "National press (VnExpress-style 'Thứ năm, 14/11/2024, 06:00 (GMT+7)', byline at the end): xe đạp công cộng TP HCM after ~3 years.",
    "Headline 'vượt mốc 1,5 triệu' read as approx 'over' (choice: 'vượt' = more than). 'Sau gần 3 năm', 'Sau 2 tháng' are durations;",
    "'quận 1/3/5' are district names (their items take the district as location); 'Công viên 23/9', 'tuyến metro số 1', '(GMT+7)' are names.",
    "'gói 30 ngày' names a package (optional). 'trong đó 10 tháng năm 2024 đạt 682.400 lượt' gets no total: the whole 1.538.200 covers",
    "12/2021–10/2024, not the same period (FIGURES.md: the whole counts the same thing over the same period).",
    "'cao gấp đôi xe đạp thường' after the price is its change (increase, 2 lần). '27% … dù chỉ bằng 22%': a percent after a percent is a",
    "figure of its own. 'khoảng 35% là học sinh' after a count is a percent figure (a percent has no whole in tài khoản).",
]

if __name__ == "__main__":
    emit("p733-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
