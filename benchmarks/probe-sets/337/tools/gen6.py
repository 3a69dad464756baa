from lib import F, P, C, T, write

TEXT = """TP HCM sàng lọc đái tháo đường cho hơn 1,2 triệu người

Thứ năm, 14/11/2024, 06:00 (GMT+7)

Chín tháng đầu năm 2024, các trạm y tế phường, xã tại TP Hồ Chí Minh đã sàng lọc đái tháo đường cho hơn 1,2 triệu người, gấp 1,5 lần cùng kỳ năm 2023, phát hiện 41.530 người mắc mới.

Theo Sở Y tế, hiện 312/312 trạm y tế thuộc 22 quận, huyện và TP Thủ Đức đang quản lý 168.900 người bệnh đái tháo đường và 451.200 người bệnh tăng huyết áp. Các địa phương quản lý nhiều người bệnh đái tháo đường nhất là quận Bình Tân (12.460 người), huyện Bình Chánh (11.875 người) và TP Thủ Đức (10.930 người).

Năm 2025, thành phố đặt mục tiêu 70% người bệnh đái tháo đường ổn định được quản lý tại trạm y tế, thay vì khoảng 35% như hiện nay. Người bệnh được khám, cấp thuốc BHYT gần nhà, không phải chờ đợi ở bệnh viện tuyến trên.

Tại Bệnh viện Nhân dân 115, khoa Nội tiết tiếp nhận trung bình 1.800 lượt khám mỗi ngày, trong đó gần 70% là người bệnh đái tháo đường. Nhiều người chỉ phát hiện bệnh khi đã có biến chứng về mắt, thận hoặc bàn chân.

Theo PGS.TS Trần Quang Nam, Trưởng khoa Nội tiết, Bệnh viện Đại học Y Dược TP HCM, tại Việt Nam khoảng 55-60% người mắc đái tháo đường chưa được chẩn đoán; chi phí điều trị một người bệnh có biến chứng từ 8 đến 12 triệu đồng mỗi năm.

Nhân Ngày Đái tháo đường thế giới 14/11, ngành y tế khuyến cáo người từ 35 tuổi trở lên, người thừa cân nên xét nghiệm đường huyết 1-3 năm một lần. Người dân cần tư vấn có thể gọi tổng đài 1022.

Lê Phương
"""

HEADER = [
    "National press (VnExpress style), 'Thứ năm, 14/11/2024, 06:00 (GMT+7)': TP HCM diabetes screening 9 months 2024, district list, 2025 target.",
    "'Chín tháng đầu năm 2024' is a period written in words (not a figure). 'Bệnh viện Nhân dân 115', 'Ngày … 14/11', 'tổng đài 1022', '(GMT+7)'",
    "are distractors. 'gấp 1,5 lần cùng kỳ năm 2023' is the 1,2 triệu's change (lần). '22 quận, huyện' is structure (optional).",
    "The headline figure restates the body one (period inherited). District list items get locations. The expert's national claims are Việt Nam.",
    "'gần 70% là …' after 'trong đó' is a percent figure of its own (a percent has no whole in lượt khám). '35 tuổi trở lên', '1-3 năm' optional.",
    "'từ 8 đến 12 triệu đồng' is a money range (value_max). 'khoảng 35% như hiện nay' is actual, no period.",
]

C9 = P("Chín tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C9i = P("Chín tháng đầu năm 2024", "2024-01-01", "2024-09-30", True)
SUBJ_L = "người bệnh đái tháo đường được quản lý"

FIGS = [
    F("cho hơn 1,2 triệu người\n", "1,2", 1200000, "count", "người", "người được sàng lọc đái tháo đường", approx="over", period=C9i),
    F("cho hơn 1,2 triệu người,", "1,2", 1200000, "count", "người", "người được sàng lọc đái tháo đường", approx="over",
      change=C("increase", 1.5, "lần", "cùng kỳ năm 2023"), period=C9),
    F("phát hiện 41.530 người", "41.530", 41530, "count", "người", "người mắc mới đái tháo đường", period=C9),
    F("312/312 trạm", "312", 312, "count", "trạm y tế", "trạm y tế quản lý người bệnh đái tháo đường, tăng huyết áp", total=312),
    F("thuộc 22 quận", "22", 22, "count", "quận, huyện", optional=True),
    F("quản lý 168.900 người bệnh", "168.900", 168900, "count", "người bệnh", "người bệnh đái tháo đường đang quản lý"),
    F("và 451.200 người bệnh", "451.200", 451200, "count", "người bệnh", "người bệnh tăng huyết áp đang quản lý"),
    F("(12.460 người)", "12.460", 12460, "count", "người", SUBJ_L, location="Bình Tân"),
    F("(11.875 người)", "11.875", 11875, "count", "người", SUBJ_L, location="Bình Chánh"),
    F("(10.930 người)", "10.930", 10930, "count", "người", SUBJ_L, location="Thủ Đức"),
    F("mục tiêu 70% người", "70", 70, "percent", "%", "người bệnh đái tháo đường ổn định được quản lý tại trạm y tế",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 35% như", "35", 35, "percent", "%", "người bệnh đái tháo đường ổn định được quản lý tại trạm y tế", approx="about"),
    F("trung bình 1.800 lượt khám", "1.800", 1800, "count", "lượt khám", "lượt khám khoa Nội tiết Bệnh viện Nhân dân 115 mỗi ngày"),
    F("gần 70% là", "70", 70, "percent", "%", "người bệnh đái tháo đường trong lượt khám khoa Nội tiết", approx="nearly"),
    F("khoảng 55-60%", "55", 55, "percent", "%", "người mắc đái tháo đường chưa được chẩn đoán", value_max=60, approx="about",
      location="Việt Nam"),
    F("từ 8 đến 12 triệu đồng", "8", 8000000, "money", "đồng", "chi phí điều trị một người bệnh có biến chứng mỗi năm",
      value_max=12000000, location="Việt Nam"),
    F("từ 35 tuổi trở lên", "35", 35, "measure", "tuổi", approx="at_least", optional=True),
    F("đường huyết 1-3 năm", "1", 1, "measure", "năm", value_max=3, optional=True),
]

write(6, TEXT, HEADER, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
