from lib import build, P, C, T

TEXT = """
Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Kinh tế
Nghệ An: Mùa hè năm 2023 nắng nóng gay gắt, lượng mưa thiếu hụt
Cập nhật: 14:20, 12/09/2023

Theo Đài Khí tượng Thủy văn tỉnh Nghệ An, trong 3 tháng mùa hè (từ tháng 6 đến tháng 8/2023), trên địa bàn tỉnh đã xảy ra 9 đợt nắng nóng, trong đó có 5 đợt nắng nóng gay gắt và đặc biệt gay gắt. Tổng số ngày nắng nóng tại Đô Lương là 58 ngày, nhiều hơn cùng kỳ năm 2022 là 11 ngày.

Nhiệt độ cao nhất tuyệt đối đạt 42,3°C tại trạm Tây Hiếu (thị xã Thái Hòa), vượt giá trị lịch sử cùng thời kỳ 0,6°C; các nơi khác phổ biến 39-41°C.

Tổng lượng mưa mùa hè phổ biến 350-550 mm, thấp hơn TBNC khoảng 25%; riêng huyện Quỳ Châu đạt 712 mm, xấp xỉ TBNC. Lượng mưa thấp nhất ghi nhận tại Quỳnh Lưu với 298,4 mm, chỉ bằng 52% TBNC.

Nắng nóng kéo dài cùng lượng mưa thiếu hụt khiến mực nước các sông xuống thấp. Mực nước sông Cả tại trạm Nam Đàn xuống mức 0,85 m, thấp hơn TBNC cùng thời kỳ 0,48 m. Dung tích các hồ chứa thủy lợi lớn chỉ đạt 55-65% dung tích thiết kế. Toàn tỉnh có khoảng 1.850 ha lúa hè thu bị hạn, chiếm 2,4% diện tích gieo cấy, cùng 620 ha cây màu thiếu nước tưới.

Thực hiện Công điện số 08/CĐ-UBND ngày 5/7/2023 của UBND tỉnh, các địa phương đã vận hành hơn 120 trạm bơm dã chiến để chống hạn.

Dự báo trong tháng 9/2023, tổng lượng mưa phổ biến từ 300 đến 450 mm, xấp xỉ TBNC; trên các sông có khả năng xuất hiện 1-2 đợt lũ, đỉnh lũ sông Cả tại Nam Đàn ở mức báo động 1. Tháng 10/2023 có khả năng chịu ảnh hưởng của 1 cơn bão hoặc áp thấp nhiệt đới.

Nguyễn Hải - Sở Nông nghiệp và PTNT
"""

SUM = P("từ tháng 6 đến tháng 8/2023", "2023-06-01", "2023-08-31")
SUMi = P("từ tháng 6 đến tháng 8/2023", "2023-06-01", "2023-08-31", True)
S9 = P("tháng 9/2023", "2023-09-01", "2023-09-30")

FIGS = [
    dict(anchor="xảy ra 9 đợt", number="9", value=9, kind="count", unit="đợt nắng nóng",
         subject="đợt nắng nóng", period=SUM),
    dict(anchor="có 5 đợt nắng", number="5", value=5, kind="count", unit="đợt nắng nóng", total=9,
         subject="đợt nắng nóng gay gắt và đặc biệt gay gắt", period=SUM),
    dict(anchor="là 58 ngày", number="58", value=58, kind="count", unit="ngày",
         change=C("increase", 11, "ngày", "cùng kỳ năm 2022"),
         subject="tổng số ngày nắng nóng", period=SUMi, location="Đô Lương"),
    dict(anchor="đạt 42,3°C", number="42,3", value=42.3, kind="measure", unit="°C",
         change=C("increase", 0.6, "°C", "giá trị lịch sử cùng thời kỳ"),
         subject="nhiệt độ cao nhất tuyệt đối", period=SUMi, location="Thái Hòa"),
    dict(anchor="phổ biến 39-41°C", number="39", value=39, value_max=41, kind="measure", unit="°C",
         subject="nhiệt độ cao nhất tuyệt đối các nơi khác", period=SUMi),
    dict(anchor="phổ biến 350-550 mm", number="350", value=350, value_max=550, kind="measure", unit="mm",
         change=C("decrease", 25, "%", "TBNC", "about"),
         subject="tổng lượng mưa mùa hè", period=SUMi),
    dict(anchor="đạt 712 mm", number="712", value=712, kind="measure", unit="mm",
         subject="tổng lượng mưa mùa hè", period=SUMi, location="Quỳ Châu"),
    dict(anchor="với 298,4 mm", number="298,4", value=298.4, kind="measure", unit="mm", percent=52,
         subject="lượng mưa thấp nhất", period=SUMi, location="Quỳnh Lưu"),
    dict(anchor="mức 0,85 m", number="0,85", value=0.85, kind="measure", unit="m",
         change=C("decrease", 0.48, "m", "TBNC cùng thời kỳ"),
         subject="mực nước sông Cả tại trạm Nam Đàn", period=SUMi, location="Nam Đàn"),
    dict(anchor="đạt 55-65%", number="55", value=55, value_max=65, kind="percent", unit="%",
         subject="dung tích các hồ chứa thủy lợi lớn so với dung tích thiết kế", period=SUMi),
    dict(anchor="khoảng 1.850 ha", number="1.850", value=1850, kind="measure", unit="ha", approx="about",
         percent=2.4, subject="lúa hè thu bị hạn", period=SUMi),
    dict(anchor="cùng 620 ha", number="620", value=620, kind="measure", unit="ha",
         subject="cây màu thiếu nước tưới", period=SUMi),
    dict(anchor="hơn 120 trạm bơm", number="120", value=120, kind="count", unit="trạm bơm dã chiến", approx="over",
         subject="trạm bơm dã chiến vận hành chống hạn", period=SUMi),
    dict(anchor="từ 300 đến 450 mm", number="300", value=300, value_max=450, kind="measure", unit="mm",
         status="forecast", subject="tổng lượng mưa", period=S9),
    dict(anchor="xuất hiện 1-2 đợt lũ", number="1", value=1, value_max=2, kind="count", unit="đợt lũ",
         status="forecast", subject="đợt lũ trên các sông", period=S9),
    dict(anchor="ảnh hưởng của 1 cơn bão", number="1", value=1, kind="count", unit="cơn bão hoặc áp thấp nhiệt đới",
         status="forecast", subject="bão hoặc áp thấp nhiệt đới ảnh hưởng",
         period=P("Tháng 10/2023", "2023-10-01", "2023-10-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (province portal): mùa hè 2023 (tháng 6-8) heat and drought. 'Cập nhật: 14:20, 12/09/2023'; byline at the end.",
    "Distractors: '3 tháng mùa hè' (a duration naming the period), 'Công điện số 08/CĐ-UBND ngày 5/7/2023', 'báo động 1' (an alarm level label).",
    "'vượt giá trị lịch sử cùng thời kỳ 0,6°C' is the record figure's change (increase). 'thấp hơn TBNC khoảng 25%' is the rainfall range's change.",
    "'chiếm 2,4% diện tích gieo cấy' and 'chỉ bằng 52% TBNC' are percent attributes. 'khoảng' governs 1.850 only (620 exact).",
    "Tây Hiếu is a station in thị xã Thái Hòa: location Thái Hòa. The 120 pumping stations run over the summer: period inherited.",
    "'Dự báo' governs its sentence (mưa, đợt lũ); 'có khả năng' in the next sentence is also a forecast.",
]

build("p443-2", TEXT, COMMENTS, FIGS, published="2023-09-12", location="Nghệ An")
