from lib import F, P, C, T, emit

TEXT = """Quảng Bình: Mưa lớn kéo dài, lũ trên sông Kiến Giang vượt báo động 3

Thứ Hai, 28/10/2024, 10:35 (GMT+7)

Mưa lớn trên diện rộng từ đêm 26/10 khiến mực nước các sông ở Quảng Bình lên nhanh, hàng nghìn ngôi nhà ở vùng trũng bị ngập.

Theo Đài Khí tượng Thủy văn Quảng Bình, từ 19 giờ ngày 26/10 đến 7 giờ ngày 28/10, tổng lượng mưa phổ biến 250-400 mm, một số nơi mưa rất to như Tuyên Hóa 512 mm, Minh Hóa 468 mm, Bố Trạch 437 mm, Đồng Hới 389 mm.

Lúc 7 giờ ngày 28/10, mực nước sông Kiến Giang tại Lệ Thủy là 3,27 m, cao hơn mức báo động 3 (2,70 m) là 0,57 m; sông Gianh tại Mai Hóa 7,15 m, trên báo động 2 là 0,15 m; sông Nhật Lệ tại Đồng Hới 1,42 m, dưới báo động 2. Đỉnh lũ lịch sử tại Lệ Thủy là 4,61 m, xuất hiện năm 2020.

Dự báo đến 19 giờ ngày 28/10, lũ trên sông Kiến Giang tiếp tục lên, đỉnh lũ tại Lệ Thủy có khả năng đạt 3,50-3,60 m; lũ trên sông Gianh xuống dần. Cấp độ rủi ro thiên tai do lũ: cấp 3.

Theo Ban Chỉ huy PCTT và TKCN tỉnh, tính đến 9 giờ ngày 28/10, toàn tỉnh có gần 4.300 ngôi nhà bị ngập, trong đó huyện Lệ Thủy 2.860 nhà, Quảng Ninh 1.120 nhà; hơn 1.500 ha lúa và hoa màu bị ngập úng. Các địa phương đã sơ tán 1.236 hộ với 3.870 nhân khẩu đến nơi an toàn. Một người ở xã Tân Hóa bị lũ cuốn trôi, đang được tìm kiếm.

Tuyến Quốc lộ 12A đoạn qua xã Hóa Tiến và đường Hồ Chí Minh nhánh Tây bị ngập sâu, giao thông chia cắt. Người dân cần hỗ trợ cứu hộ gọi đường dây nóng 0232.3822.118.

Hoàng Nam - Thanh Hà
"""

RAIN = P("từ 19 giờ ngày 26/10 đến 7 giờ ngày 28/10", "2024-10-26", "2024-10-28")
D28 = P("Lúc 7 giờ ngày 28/10", "2024-10-28", "2024-10-28")
AS = P("tính đến 9 giờ ngày 28/10", None, "2024-10-28")
ASi = P("tính đến 9 giờ ngày 28/10", None, "2024-10-28", inh=True)

FIGS = [
    F("hàng nghìn ngôi nhà", "hàng nghìn", 1000, "count", "ngôi nhà", "ngôi nhà ở vùng trũng bị ngập",
      approx="about", optional=True),
    F("phổ biến 250-400 mm", "250", 250, "measure", "mm", "tổng lượng mưa", value_max=400, period=RAIN),
    F("Tuyên Hóa 512 mm", "512", 512, "measure", "mm", "tổng lượng mưa", period=RAIN, location="Tuyên Hóa"),
    F("Minh Hóa 468 mm", "468", 468, "measure", "mm", "tổng lượng mưa", period=RAIN, location="Minh Hóa"),
    F("Bố Trạch 437 mm", "437", 437, "measure", "mm", "tổng lượng mưa", period=RAIN, location="Bố Trạch"),
    F("Đồng Hới 389 mm", "389", 389, "measure", "mm", "tổng lượng mưa", period=RAIN, location="Đồng Hới"),
    F("Lệ Thủy là 3,27 m", "3,27", 3.27, "measure", "m", "mực nước sông Kiến Giang",
      change=C("increase", 0.57, "m", "mức báo động 3"), period=D28, location="Lệ Thủy"),
    F("(2,70 m)", "2,70", 2.70, "measure", "m", "mức báo động 3 sông Kiến Giang tại Lệ Thủy",
      period=D28, location="Lệ Thủy", optional=True),
    F("Mai Hóa 7,15 m", "7,15", 7.15, "measure", "m", "mực nước sông Gianh",
      change=C("increase", 0.15, "m", "báo động 2"), period=D28),
    F("Đồng Hới 1,42 m", "1,42", 1.42, "measure", "m", "mực nước sông Nhật Lệ", period=D28, location="Đồng Hới"),
    F("Lệ Thủy là 4,61 m", "4,61", 4.61, "measure", "m", "đỉnh lũ lịch sử",
      period=P("năm 2020", "2020-01-01", "2020-12-31"), location="Lệ Thủy"),
    F("đạt 3,50-3,60 m", "3,50", 3.5, "measure", "m", "đỉnh lũ sông Kiến Giang", value_max=3.6, status="forecast",
      period=P("đến 19 giờ ngày 28/10", None, "2024-10-28"), location="Lệ Thủy"),
    F("gần 4.300 ngôi nhà", "4.300", 4300, "count", "ngôi nhà", "ngôi nhà bị ngập", approx="nearly", period=AS),
    F("Lệ Thủy 2.860 nhà", "2.860", 2860, "count", "nhà", "ngôi nhà bị ngập", total=4300, period=AS, location="Lệ Thủy"),
    F("Quảng Ninh 1.120 nhà", "1.120", 1120, "count", "nhà", "ngôi nhà bị ngập", total=4300, period=AS, location="Quảng Ninh"),
    F("hơn 1.500 ha", "1.500", 1500, "measure", "ha", "lúa và hoa màu bị ngập úng", approx="over", period=AS),
    F("sơ tán 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ sơ tán", period=ASi),
    F("3.870 nhân khẩu", "3.870", 3870, "count", "nhân khẩu", "nhân khẩu sơ tán", period=ASi),
    F("Một người ở xã", "Một", 1, "count", "người", "người bị lũ cuốn trôi", period=ASi, optional=True),
]

HEADER = """National online paper (VnExpress-like): flood on the Kiến Giang and Gianh rivers, Quảng Bình. Dateline 'Thứ Hai, 28/10/2024, 10:35 (GMT+7)'.
Distractors: báo động 2/3 (alarm labels), 'Cấp độ rủi ro … cấp 3', times '19 giờ', '7 giờ', '9 giờ', dates 26/10, 28/10, 'năm 2020' (period),
Quốc lộ 12A, đường Hồ Chí Minh, phone 0232.3822.118, GMT+7.
Rain list: each district/city -> location. Water level gaps to an alarm level ('cao hơn mức báo động 3 (2,70 m) là 0,57 m', 'trên báo động 2 là 0,15 m')
are the level's change with the alarm as baseline (as a gap to a plan); the alarm level value in brackets is optional (a threshold).
Mai Hóa is a commune station, not a district: location stays Quảng Bình. 'Quảng Ninh' here is the district of Quảng Bình.
'gần 4.300 ngôi nhà, trong đó Lệ Thủy 2.860, Quảng Ninh 1.120': parts with total 4300. 'hàng nghìn' and 'Một người' are optional.
'Đỉnh lũ lịch sử … 4,61 m, xuất hiện năm 2020': period năm 2020."""

emit("p293-2", TEXT, FIGS, HEADER, published="2024-10-28", location="Quảng Bình")
