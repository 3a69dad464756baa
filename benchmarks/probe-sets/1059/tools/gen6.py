"""p1059-6: national newspaper, TP Hồ Chí Minh end-line hospitals still overcrowded despite more beds."""
from lib import C, F, I, P, T, write

TEXT = """Bệnh viện tuyến cuối TP HCM vẫn quá tải dù tăng giường

Thứ hai, 13/1/2025, 06:00 (GMT+7)

Nhiều bệnh viện lớn ở TP HCM vẫn phải kê thêm giường xếp, băng ca ở hành lang dù năm qua thành phố đã tăng gần 3.000 giường bệnh.

Tại cơ sở 2 của Bệnh viện Ung Bướu trên đường 400, khoa Nội 3 có 60 giường nhưng thường xuyên điều trị 90-100 bệnh nhân. Bệnh viện Nhi Đồng 1 với quy mô 1.400 giường có công suất năm 2024 là 115%, mùa sốt xuất huyết tăng lên hơn 130%.

Theo Sở Y tế TP Hồ Chí Minh, năm 2024 thành phố có 42.850 giường bệnh, tăng 2.940 giường so với năm 2023, đạt 45,6 giường/vạn dân. Trong đó, 19 bệnh viện tuyến cuối của thành phố và Bộ Y tế có khoảng 15.000 giường, chiếm 35% tổng số giường, nhưng tiếp nhận hơn 60% lượt điều trị nội trú. Khoảng 40% người bệnh nội trú đến từ các tỉnh khác.

Trong khi đó, công suất sử dụng giường bệnh của 22 bệnh viện, trung tâm y tế quận, huyện bình quân chỉ 68%. Bệnh viện quận 8 và Bệnh viện huyện Cần Giờ lần lượt đạt 55% và 47%.

Phát biểu tại kỳ họp thứ 19 HĐND thành phố, ông Nguyễn Hoàng Minh, Phó Giám đốc Sở Y tế, cho biết thành phố đặt mục tiêu đến năm 2030 đạt 50 giường/vạn dân, đồng thời hoàn thành 4 bệnh viện mới với khoảng 4.000 giường ở các cửa ngõ. Dự kiến trong năm 2025, Bệnh viện Ung Bướu và Bệnh viện Nhi Đồng Thành phố sẽ kê thêm 500 giường.

Lê Phương
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
R = "giường/vạn dân"
CS = "công suất sử dụng giường bệnh"

FIGS = [
    F("gần 3.000 giường", "3.000", 3000, "count", "giường bệnh", "giường bệnh tăng thêm",
      P("năm qua", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("có 60 giường", "60", 60, "count", "giường", "giường khoa Nội 3 Bệnh viện Ung Bướu cơ sở 2"),
    F("điều trị 90-100 bệnh nhân", "90", 90, "count", "bệnh nhân", "bệnh nhân điều trị tại khoa Nội 3",
      value_max=100),
    F("quy mô 1.400 giường", "1.400", 1400, "count", "giường", "quy mô giường Bệnh viện Nhi Đồng 1"),
    F("là 115%", "115", 115, "percent", "%", "công suất Bệnh viện Nhi Đồng 1", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 130%", "130", 130, "percent", "%", "công suất Bệnh viện Nhi Đồng 1 mùa sốt xuất huyết", approx="over"),
    F("có 42.850 giường", "42.850", 42850, "count", "giường bệnh", "giường bệnh toàn thành phố", Y24,
      change=C("increase", 2940, "giường", "năm 2023")),
    F("đạt 45,6 giường", "45,6", 45.6, "measure", R, "số giường bệnh trên vạn dân", Y24),
    F("19 bệnh viện", "19", 19, "count", "bệnh viện", "bệnh viện tuyến cuối của thành phố và Bộ Y tế", I(Y24)),
    F("khoảng 15.000 giường", "15.000", 15000, "count", "giường", "giường của bệnh viện tuyến cuối", I(Y24),
      approx="about", total=42850, percent=35),
    F("hơn 60%", "60", 60, "percent", "%", "tỷ lệ lượt điều trị nội trú tiếp nhận tại bệnh viện tuyến cuối", I(Y24),
      approx="over"),
    F("Khoảng 40%", "40", 40, "percent", "%", "người bệnh nội trú đến từ các tỉnh khác", I(Y24), approx="about"),
    F("của 22 bệnh viện", "22", 22, "count", "bệnh viện, trung tâm y tế", "bệnh viện, trung tâm y tế quận, huyện",
      I(Y24)),
    F("chỉ 68%", "68", 68, "percent", "%", "công suất sử dụng giường bệnh bình quân của bệnh viện, trung tâm y tế quận, huyện",
      I(Y24)),
    F("đạt 55%", "55", 55, "percent", "%", CS, I(Y24), location="Quận 8"),
    F("và 47%", "47", 47, "percent", "%", CS, I(Y24), location="Cần Giờ"),
    F("đạt 50 giường", "50", 50, "measure", R, "số giường bệnh trên vạn dân", T30, status="target"),
    F("hoàn thành 4 bệnh viện", "4", 4, "count", "bệnh viện", "bệnh viện mới hoàn thành", T30, status="target"),
    F("khoảng 4.000 giường", "4.000", 4000, "count", "giường", "giường của bệnh viện mới", T30,
      approx="about", status="target"),
    F("thêm 500 giường", "500", 500, "count", "giường", "giường kê thêm", P("trong năm 2025", "2025-01-01", "2025-12-31"),
      status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ hai, 13/1/2025, 06:00 (GMT+7)': TP HCM end-line hospitals overcrowded; byline at end.",
    "'năm qua' in a January 2025 article = 2024. 'tăng lên hơn 130%' is a level (rose to), a percent figure without change.",
    "'khoảng 15.000 giường, chiếm 35% tổng số giường' after 'Trong đó' is part of the 42.850 (total) with percent 35; the 19 hospitals",
    "count another thing (no total). 'Bệnh viện quận 8' gives location Quận 8 (the 8 is a name, not a figure). 'đặt mục tiêu … đồng thời",
    "hoàn thành 4 bệnh viện … 4.000 giường' continues the target clause. Distractors: 'cơ sở 2', 'đường 400', 'khoa Nội 3',",
    "'Nhi Đồng 1', 'kỳ họp thứ 19', '06:00 (GMT+7)'.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-01-13", location="TP Hồ Chí Minh")
