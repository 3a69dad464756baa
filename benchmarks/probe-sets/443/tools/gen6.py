from lib import build, P, C, T

TEXT = """
Thời sự
Thứ năm, 4/1/2024, 16:30 (GMT+7)

Năm 2023 nóng thứ hai trong lịch sử quan trắc

Nhiệt độ trung bình năm 2023 trên cả nước cao hơn trung bình nhiều năm 0,8°C, là năm nóng thứ hai kể từ khi có số liệu quan trắc, sau năm 2019, theo Trung tâm Dự báo khí tượng thủy văn quốc gia.

Trong năm, cả nước ghi nhận 112 trạm có nhiệt độ cao nhất vượt giá trị lịch sử, trong đó có 38 trạm thuộc Bắc Bộ và Bắc Trung Bộ. Kỷ lục mới được xác lập tại Tương Dương (Nghệ An) với 44,2°C vào tháng 5, vượt mức 43,4°C đo tại Hương Khê (Hà Tĩnh) năm 2019.

Tổng lượng mưa năm 2023 trên cả nước phổ biến thấp hơn TBNC từ 10 đến 20%. Thiếu hụt nặng nhất là các tỉnh Điện Biên (32%), Sơn La (29%) và Lai Châu (27%). Ngược lại, tổng lượng mưa tại TP Huế đạt 3.920 mm, cao hơn TBNC khoảng 15%.

Trong năm 2023, Biển Đông có 10 cơn bão và 4 áp thấp nhiệt đới hoạt động, ít hơn TBNC (khoảng 12 cơn); chỉ có 2 cơn ảnh hưởng trực tiếp đến đất liền là bão số 3 và bão số 4. Thiên tai cả năm làm 165 người chết và mất tích, gây thiệt hại gần 5,2 nghìn tỷ đồng, giảm 74% so với năm 2022.

Ông Hoàng Phúc Lâm, Phó giám đốc Trung tâm, cho biết năm 2024 nhiệt độ trung bình được dự báo tiếp tục cao hơn TBNC từ 0,5 đến 1°C. Dự báo xác suất El Nino duy trì trong quý I/2024 khoảng 85%, sau đó chuyển dần sang trạng thái trung tính.

Gia Chính
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)

FIGS = [
    dict(anchor="năm 0,8°C", number="0,8", value=0.8, kind="measure", unit="°C",
         subject="nhiệt độ trung bình năm cao hơn trung bình nhiều năm", period=Y23),
    dict(anchor="năm nóng thứ hai", number="hai", value=2, kind="rank", unit="hạng",
         subject="năm nóng", period=Y23),
    dict(anchor="ghi nhận 112 trạm", number="112", value=112, kind="count", unit="trạm",
         subject="trạm có nhiệt độ cao nhất vượt giá trị lịch sử", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    dict(anchor="có 38 trạm", number="38", value=38, kind="count", unit="trạm", total=112,
         subject="trạm thuộc Bắc Bộ và Bắc Trung Bộ vượt giá trị lịch sử",
         period=P("Trong năm", "2023-01-01", "2023-12-31")),
    dict(anchor="với 44,2°C", number="44,2", value=44.2, kind="measure", unit="°C",
         subject="kỷ lục nhiệt độ cao nhất", period=P("tháng 5", "2023-05-01", "2023-05-31"), location="Tương Dương"),
    dict(anchor="mức 43,4°C", number="43,4", value=43.4, kind="measure", unit="°C",
         subject="kỷ lục nhiệt độ cao nhất trước đó", period=P("năm 2019", "2019-01-01", "2019-12-31"),
         location="Hương Khê"),
    dict(anchor="từ 10 đến 20%", number="10", value=10, value_max=20, kind="percent", unit="%",
         subject="tổng lượng mưa năm thấp hơn TBNC", period=Y23),
    dict(anchor="Điện Biên (32%)", number="32", value=32, kind="percent", unit="%",
         subject="lượng mưa thiếu hụt so với TBNC", period=Y23i, location="Điện Biên"),
    dict(anchor="Sơn La (29%)", number="29", value=29, kind="percent", unit="%",
         subject="lượng mưa thiếu hụt so với TBNC", period=Y23i, location="Sơn La"),
    dict(anchor="Lai Châu (27%)", number="27", value=27, kind="percent", unit="%",
         subject="lượng mưa thiếu hụt so với TBNC", period=Y23i, location="Lai Châu"),
    dict(anchor="đạt 3.920 mm", number="3.920", value=3920, kind="measure", unit="mm",
         change=C("increase", 15, "%", "TBNC", "about"),
         subject="tổng lượng mưa", period=Y23i, location="Huế"),
    dict(anchor="có 10 cơn bão", number="10", value=10, kind="count", unit="cơn bão",
         subject="cơn bão hoạt động trên Biển Đông", period=Y23),
    dict(anchor="và 4 áp thấp", number="4", value=4, kind="count", unit="áp thấp nhiệt đới",
         subject="áp thấp nhiệt đới hoạt động trên Biển Đông", period=Y23),
    dict(anchor="(khoảng 12 cơn)", number="12", value=12, kind="count", unit="cơn", approx="about",
         subject="số cơn bão và áp thấp nhiệt đới TBNC"),
    dict(anchor="có 2 cơn", number="2", value=2, kind="count", unit="cơn",
         subject="cơn ảnh hưởng trực tiếp đến đất liền", period=Y23),
    dict(anchor="làm 165 người", number="165", value=165, kind="count", unit="người",
         subject="người chết và mất tích do thiên tai", period=P("cả năm", "2023-01-01", "2023-12-31")),
    dict(anchor="gần 5,2 nghìn tỷ đồng", number="5,2", value=5200000000000, kind="money", unit="đồng", approx="nearly",
         change=C("decrease", 74, "%", "năm 2022"),
         subject="thiệt hại do thiên tai", period=P("cả năm", "2023-01-01", "2023-12-31")),
    dict(anchor="từ 0,5 đến 1°C", number="0,5", value=0.5, value_max=1, kind="measure", unit="°C", status="forecast",
         subject="nhiệt độ trung bình cao hơn TBNC", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="khoảng 85%", number="85", value=85, kind="percent", unit="%", approx="about", status="forecast",
         subject="xác suất El Nino duy trì", period=P("quý I/2024", "2024-01-01", "2024-03-31")),
]

COMMENTS = [
    "National press (VnExpress style): 2023 climate summary of the national forecasting centre. 'Thứ năm, 4/1/2024, 16:30 (GMT+7)'.",
    "Default location Việt Nam ('cả nước', Biển Đông, national losses). Tương Dương, Hương Khê (districts) and the three provinces",
    "in the shortfall list are the location of their items; the list's indicator (thiếu hụt lượng mưa so với TBNC) is the subject.",
    "Anomalies without a base amount ('cao hơn trung bình nhiều năm 0,8°C', 'thấp hơn TBNC từ 10 đến 20%') are figures of their own, no change.",
    "'vượt mức 43,4°C … năm 2019' is the old record: a figure of its own (period năm 2019), not a change of 44,2. 'tháng 5' takes 2023.",
    "'Trong năm', 'cả năm' = năm 2023. 'thứ hai' is a rank. '(khoảng 12 cơn)' is the multi-year norm, a count of its own with no period (not 2023).",
    "Distractors: 'bão số 3', 'bão số 4' (names), 'sau năm 2019', '(GMT+7)', the dateline, 'quý I/2024' only as period, a person's name.",
]

build("p443-6", TEXT, COMMENTS, FIGS, published="2024-01-04", location="Việt Nam")
