from lib import build, P, C, T

TEXT = """
BÁO THÁI BÌNH
Kinh tế | Nông nghiệp

Tháng 3/2024: Mưa phùn, nồm ẩm kéo dài, số giờ nắng thấp kỷ lục

THU HẰNG

Theo Trung tâm Khí tượng Thủy văn tỉnh Thái Bình, tháng 3/2024 thời tiết trên địa bàn tỉnh phổ biến nhiều mây, có mưa phùn và nồm ẩm. Nhiệt độ trung bình tháng tại trạm Thái Bình là 20,6°C, cao hơn TBNC (19,1°C) 1,5°C; nhiệt độ cao nhất 30,2°C, thấp nhất 13,8°C.

Tổng lượng mưa tháng đạt 48,5 mm, bằng 92% TBNC, với 16 ngày có mưa, trong đó 11 ngày mưa phùn. Độ ẩm không khí trung bình lên tới 91%, có những ngày độ ẩm đạt xấp xỉ 100%.

Đáng chú ý, tổng số giờ nắng cả tháng chỉ có 21 giờ, thấp hơn TBNC 27 giờ và thấp nhất trong 10 năm trở lại đây. Tính chung quý I/2024, tổng số giờ nắng toàn tỉnh đạt 96 giờ, bằng 71% cùng kỳ năm 2023.

Thời tiết nồm ẩm tạo điều kiện cho bệnh đạo ôn phát sinh trên lúa xuân. Vụ xuân năm 2024, toàn tỉnh đã gieo cấy 76.500 ha lúa, đạt 100,2% kế hoạch; diện tích nhiễm bệnh khoảng 2.300 ha, trong đó nhiễm nặng 180 ha, tập trung ở các huyện Quỳnh Phụ, Hưng Hà, Đông Hưng. Ngành nông nghiệp phấn đấu khống chế diện tích nhiễm nặng dưới 5% diện tích nhiễm bệnh.

Theo dự báo, tháng 4/2024 nhiệt độ trung bình từ 23 đến 24°C, cao hơn TBNC khoảng 0,5°C; tổng lượng mưa từ 60 đến 90 mm. Nông dân cần theo dõi bản tin trên trang thông tin của Trung tâm hoặc gọi số 0227.3831.406 để được hướng dẫn.

Ý kiến bạn đọc (0)
"""

M3i = P("tháng 3/2024", "2024-03-01", "2024-03-31", True)
A4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")

FIGS = [
    dict(anchor="là 20,6°C", number="20,6", value=20.6, kind="measure", unit="°C",
         change=C("increase", 1.5, "°C", "TBNC"),
         subject="nhiệt độ trung bình tháng", period=M3i),
    dict(anchor="(19,1°C)", number="19,1", value=19.1, kind="measure", unit="°C",
         subject="nhiệt độ trung bình tháng TBNC", period=M3i),
    dict(anchor="cao nhất 30,2°C", number="30,2", value=30.2, kind="measure", unit="°C",
         subject="nhiệt độ cao nhất", period=M3i),
    dict(anchor="thấp nhất 13,8°C", number="13,8", value=13.8, kind="measure", unit="°C",
         subject="nhiệt độ thấp nhất", period=M3i),
    dict(anchor="đạt 48,5 mm", number="48,5", value=48.5, kind="measure", unit="mm", percent=92,
         subject="tổng lượng mưa tháng", period=M3i),
    dict(anchor="với 16 ngày", number="16", value=16, kind="count", unit="ngày có mưa",
         subject="ngày có mưa", period=M3i),
    dict(anchor="trong đó 11 ngày", number="11", value=11, kind="count", unit="ngày mưa phùn", total=16,
         subject="ngày mưa phùn", period=M3i),
    dict(anchor="lên tới 91%", number="91", value=91, kind="percent", unit="%",
         subject="độ ẩm không khí trung bình", period=M3i),
    dict(anchor="xấp xỉ 100%", number="100", value=100, kind="percent", unit="%", approx="about",
         subject="độ ẩm những ngày nồm", period=M3i),
    dict(anchor="chỉ có 21 giờ", number="21", value=21, kind="measure", unit="giờ",
         change=C("decrease", 27, "giờ", "TBNC"),
         subject="tổng số giờ nắng cả tháng", period=P("cả tháng", "2024-03-01", "2024-03-31")),
    dict(anchor="trong 10 năm", number="10", value=10, kind="measure", unit="năm",
         subject="thấp nhất trong 10 năm", period=P("cả tháng", "2024-03-01", "2024-03-31"), optional=True),
    dict(anchor="đạt 96 giờ", number="96", value=96, kind="measure", unit="giờ", percent=71,
         subject="tổng số giờ nắng toàn tỉnh", period=P("quý I/2024", "2024-01-01", "2024-03-31")),
    dict(anchor="cấy 76.500 ha", number="76.500", value=76500, kind="measure", unit="ha", percent=100.2,
         subject="lúa xuân gieo cấy", period=P("Vụ xuân năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="khoảng 2.300 ha", number="2.300", value=2300, kind="measure", unit="ha", approx="about",
         subject="diện tích lúa nhiễm bệnh đạo ôn", period=P("Vụ xuân năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="nặng 180 ha", number="180", value=180, kind="measure", unit="ha", total=2300,
         subject="diện tích nhiễm nặng", period=P("Vụ xuân năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="dưới 5%", number="5", value=5, kind="percent", unit="%", approx="under", status="target",
         subject="diện tích nhiễm nặng so với diện tích nhiễm bệnh"),
    dict(anchor="từ 23 đến 24°C", number="23", value=23, value_max=24, kind="measure", unit="°C", status="forecast",
         change=C("increase", 0.5, "°C", "TBNC", "about"),
         subject="nhiệt độ trung bình", period=A4),
    dict(anchor="từ 60 đến 90 mm", number="60", value=60, value_max=90, kind="measure", unit="mm", status="forecast",
         subject="tổng lượng mưa", period=A4),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): tháng 3/2024 weather at the Thái Bình station, rice blast, forecast for tháng 4. No dateline anywhere",
    "(byline only, comment counter 'Ý kiến bạn đọc (0)'): no published. Years come from 'tháng 3/2024' in the title/lead; 'cả tháng' = tháng 3/2024 (like 'trong tháng').",
    "'cao hơn TBNC (19,1°C) 1,5°C': 1,5 is the change of 20,6; the bracketed baseline 19,1 is a figure of its own (cf. shared gold baselines).",
    "'thấp nhất trong 10 năm trở lại đây' is a span, optional. 'phấn đấu … dưới 5%' is a target percent (no period stated).",
    "'Vụ xuân năm 2024' annotated as the year 2024 (a crop season has no defined dates in FIGURES.md). Phone 0227.3831.406 is a distractor.",
    "Districts Quỳnh Phụ, Hưng Hà, Đông Hưng only say where the infection is concentrated; the 2.300/180 ha are provincial.",
]

build("p443-3", TEXT, COMMENTS, FIGS, location="Thái Bình")
