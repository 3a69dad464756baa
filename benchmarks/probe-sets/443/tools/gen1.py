from lib import build, P, C, T

TEXT = """
ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH LÀO CAI
Đặc điểm khí tượng thủy văn tháng 1/2024 trên địa bàn tỉnh Lào Cai
Ngày đăng: 05/02/2024 | Lượt xem: 1.215

Trong tháng 1/2024, tỉnh Lào Cai chịu ảnh hưởng của 3 đợt không khí lạnh, trong đó có 1 đợt gây rét đậm, rét hại diện rộng. Đợt rét mạnh nhất kéo dài 6 ngày, từ ngày 21 đến 26/1/2024. Tại trạm Sa Pa xuất hiện băng giá, nhiệt độ thấp nhất xuống tới -1,8°C vào sáng 24/1.

Nhiệt độ trung bình tháng ở các trạm phổ biến từ 11,5 đến 16,8°C, thấp hơn trung bình nhiều năm (TBNC) khoảng 0,5°C; riêng Sa Pa chỉ đạt 7,9°C. Nhiệt độ cao nhất tuyệt đối trong tháng là 27,4°C tại trạm Bảo Yên.

Tổng lượng mưa tháng phổ biến từ 15 đến 40 mm, bằng khoảng 60% TBNC; cao nhất tại Bắc Hà 52,6 mm, thấp nhất tại Bát Xát 9,8 mm. Toàn tỉnh có từ 4 đến 7 ngày mưa, chủ yếu là mưa nhỏ, mưa phùn. Tổng số giờ nắng dao động từ 62 đến 118 giờ, ít hơn cùng kỳ năm 2023; độ ẩm trung bình 82-88%.

Về thủy văn, mực nước sông Hồng tại trạm Lào Cai biến đổi chậm, mực nước trung bình tháng đạt 76,25 m, thấp hơn cùng kỳ năm 2023 là 0,42 m và thấp hơn TBNC 0,95 m. Mực nước thấp nhất tháng là 75,61 m. Lưu lượng trung bình trên sông Chảy tại Bảo Yên đạt 86,5 m3/s, bằng 78% TBNC.

Dự báo tháng 2/2024, nhiệt độ trung bình phổ biến từ 14 đến 18°C, xấp xỉ TBNC; tổng lượng mưa từ 20 đến 45 mm. Khả năng còn xảy ra 2-3 đợt rét đậm, rét hại, vùng núi cao có nơi dưới 0°C.

Bản tin chi tiết được đăng tải theo Công văn số 35/ĐKTTV-DBPV. Mọi thông tin xin liên hệ Phòng Dự báo phục vụ, số 286 đường Hoàng Liên, phường Kim Tân, điện thoại 0214.3840.152.
"""

J24 = P("tháng 1/2024", "2024-01-01", "2024-01-31")
J24i = P("tháng 1/2024", "2024-01-01", "2024-01-31", True)
F24 = P("tháng 2/2024", "2024-02-01", "2024-02-29")

FIGS = [
    dict(anchor="ảnh hưởng của 3 đợt", number="3", value=3, kind="count", unit="đợt không khí lạnh",
         subject="đợt không khí lạnh ảnh hưởng", period=J24),
    dict(anchor="có 1 đợt gây rét đậm", number="1", value=1, kind="count", unit="đợt", total=3,
         subject="đợt không khí lạnh gây rét đậm, rét hại diện rộng", period=J24),
    dict(anchor="kéo dài 6 ngày", number="6", value=6, kind="measure", unit="ngày",
         subject="thời gian đợt rét mạnh nhất", period=P("từ ngày 21 đến 26/1/2024", "2024-01-21", "2024-01-26"),
         optional=True),
    dict(anchor="xuống tới -1,8°C", number="-1,8", value=-1.8, kind="measure", unit="°C",
         subject="nhiệt độ thấp nhất", period=P("sáng 24/1", "2024-01-24", "2024-01-24"), location="Sa Pa"),
    dict(anchor="từ 11,5 đến 16,8°C", number="11,5", value=11.5, value_max=16.8, kind="measure", unit="°C",
         change=C("decrease", 0.5, "°C", "trung bình nhiều năm (TBNC)", "about"),
         subject="nhiệt độ trung bình tháng ở các trạm", period=J24i),
    dict(anchor="chỉ đạt 7,9°C", number="7,9", value=7.9, kind="measure", unit="°C",
         subject="nhiệt độ trung bình tháng", period=J24i, location="Sa Pa"),
    dict(anchor="là 27,4°C", number="27,4", value=27.4, kind="measure", unit="°C",
         subject="nhiệt độ cao nhất tuyệt đối", period=P("trong tháng", "2024-01-01", "2024-01-31"),
         location="Bảo Yên"),
    dict(anchor="từ 15 đến 40 mm", number="15", value=15, value_max=40, kind="measure", unit="mm", percent=60,
         subject="tổng lượng mưa tháng", period=J24i),
    dict(anchor="Bắc Hà 52,6 mm", number="52,6", value=52.6, kind="measure", unit="mm",
         subject="tổng lượng mưa tháng", period=J24i, location="Bắc Hà"),
    dict(anchor="Bát Xát 9,8 mm", number="9,8", value=9.8, kind="measure", unit="mm",
         subject="tổng lượng mưa tháng", period=J24i, location="Bát Xát"),
    dict(anchor="từ 4 đến 7 ngày mưa", number="4", value=4, value_max=7, kind="count", unit="ngày mưa",
         subject="ngày mưa", period=J24i),
    dict(anchor="từ 62 đến 118 giờ", number="62", value=62, value_max=118, kind="measure", unit="giờ",
         subject="tổng số giờ nắng", period=J24i),
    dict(anchor="trung bình 82-88%", number="82", value=82, value_max=88, kind="percent", unit="%",
         subject="độ ẩm trung bình", period=J24i),
    dict(anchor="đạt 76,25 m", number="76,25", value=76.25, kind="measure", unit="m",
         change=C("decrease", 0.42, "m", "cùng kỳ năm 2023"),
         subject="mực nước trung bình tháng sông Hồng tại trạm Lào Cai", period=J24i),
    dict(anchor="TBNC 0,95 m", number="0,95", value=0.95, kind="measure", unit="m",
         subject="mực nước trung bình tháng thấp hơn TBNC", period=J24i, optional=True),
    dict(anchor="là 75,61 m", number="75,61", value=75.61, kind="measure", unit="m",
         subject="mực nước thấp nhất tháng sông Hồng tại trạm Lào Cai", period=J24i),
    dict(anchor="đạt 86,5 m3/s", number="86,5", value=86.5, kind="measure", unit="m3/s", percent=78,
         subject="lưu lượng trung bình trên sông Chảy", period=J24i, location="Bảo Yên"),
    dict(anchor="từ 14 đến 18°C", number="14", value=14, value_max=18, kind="measure", unit="°C", status="forecast",
         subject="nhiệt độ trung bình", period=F24),
    dict(anchor="từ 20 đến 45 mm", number="20", value=20, value_max=45, kind="measure", unit="mm", status="forecast",
         subject="tổng lượng mưa", period=F24),
    dict(anchor="2-3 đợt rét", number="2", value=2, value_max=3, kind="count", unit="đợt rét đậm, rét hại",
         status="forecast", subject="đợt rét đậm, rét hại",
         period=P("tháng 2/2024", "2024-02-01", "2024-02-29", True)),
    dict(anchor="dưới 0°C", number="0", value=0, kind="measure", unit="°C", approx="under", status="forecast",
         subject="nhiệt độ vùng núi cao", period=P("tháng 2/2024", "2024-02-01", "2024-02-29", True)),
]

COMMENTS = [
    "Đài KTTV tỉnh Lào Cai (department site): tháng 1/2024 summary + tháng 2 forecast. 'Ngày đăng: 05/02/2024 | Lượt xem: 1.215'.",
    "Distractors: view counter, 'Công văn số 35/ĐKTTV-DBPV', address 'số 286 đường Hoàng Liên', phone, dates 'sáng 24/1', '21 đến 26/1/2024'.",
    "Temperatures measure/°C; rainfall measure/mm; sunshine measure/giờ; water level measure/m; humidity percent.",
    "'-1,8°C' is a negative value (-1.8). 'sáng 24/1' dates the minimum: a one-day period. 'kéo dài 6 ngày' (length of the spell) optional.",
    "'thấp hơn cùng kỳ … 0,42 m và thấp hơn TBNC 0,95 m': first change is the attribute, second (0,95) an optional figure.",
    "'bằng khoảng 60% TBNC' / 'bằng 78% TBNC' are shares after 'bằng' -> percent attribute. Forecast sentences: status forecast.",
    "Sa Pa, Bảo Yên, Bắc Hà, Bát Xát (towns/districts with stations) are the location of their figures; default Lào Cai.",
]

build("p443-1", TEXT, COMMENTS, FIGS, published="2024-02-05", location="Lào Cai")
