from lib import F, P, I, CH, emit

TEXT = """Kinh tế

Hàng hóa qua cảng biển Hải Phòng 9 tháng tăng 12,4%
08/10/2024 10:45

(BHP) - Theo Cảng vụ Hàng hải Hải Phòng, 9 tháng năm 2024, tổng sản lượng hàng hóa thông qua các cảng biển trên địa bàn thành phố đạt 132,6 triệu tấn, tăng 12,4% so với cùng kỳ năm 2023, bằng 78,9% kế hoạch năm. Trong đó, hàng xuất khẩu 38,4 triệu tấn, hàng nhập khẩu 51,2 triệu tấn, hàng nội địa 43 triệu tấn. Hàng container đạt 5,21 triệu TEU, tăng 14,7%.

Riêng quý III/2024, lượng hàng qua cảng đạt 41,2 triệu tấn, giảm 3,1% so với quý II do ảnh hưởng của bão số 3 (Yagi), nhiều bến phải tạm dừng khai thác từ 2 đến 3 ngày.

Khu vực cảng nước sâu Lạch Huyện tiếp tục dẫn đầu với 2,35 triệu TEU, chiếm 45,1% lượng container toàn thành phố; tiếp đến là khu vực Đình Vũ 1,62 triệu TEU, khu vực sông Cấm 0,58 triệu TEU. Hai bến container số 5 và số 6 Lạch Huyện đang được đầu tư theo Quyết định số 1579/QĐ-TTg về quy hoạch cảng biển.

Trong 9 tháng, có 14.215 lượt tàu biển ra vào các cảng, trong đó 5.870 lượt tàu nước ngoài (chiếm 41,3%). Thời gian giải phóng tàu container bình quân khoảng 18 giờ/tàu.

Năm 2024, thành phố phấn đấu sản lượng hàng hóa thông qua cảng đạt 168 triệu tấn, trong đó hàng container 7 triệu TEU. Dự báo cả năm, sản lượng có thể đạt khoảng 175 triệu tấn, vượt 4,2% kế hoạch. Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị, đến năm 2030 Hải Phòng phấn đấu trở thành trung tâm logistics quốc tế với sản lượng hàng qua cảng khoảng 300 triệu tấn.

MINH ANH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("9 tháng tăng 12,4%", "12,4", 12.4, "percent", "%", "hàng hóa qua cảng biển Hải Phòng",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 132,6 triệu tấn", "132,6", 132600000, "measure", "tấn",
      "tổng sản lượng hàng hóa thông qua các cảng biển", N9, percent=78.9,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("hàng xuất khẩu 38,4 triệu tấn", "38,4", 38400000, "measure", "tấn", "hàng xuất khẩu thông qua cảng", I(N9),
      total=132600000),
    F("hàng nhập khẩu 51,2 triệu tấn", "51,2", 51200000, "measure", "tấn", "hàng nhập khẩu thông qua cảng", I(N9),
      total=132600000),
    F("hàng nội địa 43 triệu tấn", "43", 43000000, "measure", "tấn", "hàng nội địa thông qua cảng", I(N9),
      total=132600000),
    F("đạt 5,21 triệu TEU", "5,21", 5210000, "measure", "TEU", "hàng container", I(N9),
      change=CH("increase", 14.7)),
    F("đạt 41,2 triệu tấn", "41,2", 41200000, "measure", "tấn", "lượng hàng qua cảng", Q3,
      change=CH("decrease", 3.1, baseline="quý II")),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", "thời gian tạm dừng khai thác", value_max=3, optional=True),
    F("với 2,35 triệu TEU", "2,35", 2350000, "measure", "TEU", "lượng container khu vực cảng nước sâu Lạch Huyện",
      I(N9), percent=45.1),
    F("Đình Vũ 1,62 triệu TEU", "1,62", 1620000, "measure", "TEU", "lượng container khu vực Đình Vũ", I(N9)),
    F("sông Cấm 0,58 triệu TEU", "0,58", 580000, "measure", "TEU", "lượng container khu vực sông Cấm", I(N9)),
    F("Hai bến container", "Hai", 2, "count", "bến container", "bến container Lạch Huyện đang được đầu tư", optional=True),
    F("có 14.215 lượt tàu", "14.215", 14215, "count", "lượt tàu biển", "lượt tàu biển ra vào các cảng", N9b),
    F("trong đó 5.870 lượt", "5.870", 5870, "count", "lượt tàu nước ngoài", "lượt tàu nước ngoài ra vào các cảng", N9b,
      total=14215, percent=41.3),
    F("khoảng 18 giờ/tàu", "18", 18, "measure", "giờ/tàu", "thời gian giải phóng tàu container bình quân", I(N9),
      approx="about"),
    F("đạt 168 triệu tấn", "168", 168000000, "measure", "tấn", "sản lượng hàng hóa thông qua cảng", Y,
      status="target"),
    F("container 7 triệu TEU", "7", 7000000, "measure", "TEU", "hàng container thông qua cảng", Y, status="target"),
    F("khoảng 175 triệu tấn", "175", 175000000, "measure", "tấn", "sản lượng hàng hóa thông qua cảng",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=CH("increase", 4.2, baseline="kế hoạch")),
    F("khoảng 300 triệu tấn", "300", 300000000, "measure", "tấn", "sản lượng hàng qua cảng", Y30,
      approx="about", status="target"),
]

emit("p384-1", TEXT, [
    "Báo Hải Phòng (Party newspaper): hàng hóa qua cảng biển 9 tháng 2024. Bare dateline '08/10/2024 10:45', byline at the end.",
    "Distractors: 'bão số 3', 'bến container số 5 và số 6' (names), 'Quyết định số 1579/QĐ-TTg', 'Nghị quyết số 45-NQ/TW'.",
    "Parts after 'Trong đó' in the next sentence take total 132,6 triệu tấn (they add up); container TEU is another unit: no total.",
    "'bằng 78,9% kế hoạch năm' is the percent of 132,6 triệu tấn; port areas (Lạch Huyện, Đình Vũ, sông Cấm) are not districts: location stays Hải Phòng.",
    "'từ 2 đến 3 ngày' (duration of a stop) optional. 'vượt 4,2% kế hoạch' is a change with baseline 'kế hoạch'.",
], FIGS, published="2024-10-08", location="Hải Phòng")
