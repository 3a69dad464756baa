from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Quảng Ninh: Hơn 160 trạm sạc xe điện phủ khắp các địa phương
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.315

Theo Sở Công Thương, tính đến ngày 30/6/2024, trên địa bàn tỉnh Quảng Ninh có 168 trạm sạc xe điện với tổng số 1.245 cổng sạc, tăng 57 trạm so với cuối năm 2023. Trong đó có 42 trạm sạc nhanh công suất từ 60 kW trở lên. Các trạm tập trung chủ yếu tại TP Hạ Long (72 trạm), TP Cẩm Phả (31 trạm), TP Uông Bí (24 trạm) và TP Móng Cái (18 trạm); số còn lại phân bố dọc Quốc lộ 18 và cao tốc Hạ Long - Vân Đồn.

6 tháng đầu năm 2024, toàn tỉnh đăng ký mới 2.140 ô tô điện, tăng 2,3 lần so với cùng kỳ năm 2023, chiếm 18,6% tổng số ô tô đăng ký mới; xe máy điện đăng ký mới đạt 5.870 chiếc, tăng 35,4%. Lũy kế đến nay, toàn tỉnh có khoảng 9.600 ô tô điện và gần 41.000 xe máy điện đang lưu hành. Nhờ chính sách ưu đãi lệ phí trước bạ theo Nghị định số 10/2022/NĐ-CP, từ đầu năm đến nay người mua ô tô điện trên địa bàn đã được miễn khoảng 96 tỷ đồng.

Giá dịch vụ sạc tại các trạm công cộng hiện phổ biến ở mức 3.858 đồng/kWh. Một ô tô điện cỡ nhỏ sạc đầy hết khoảng 150.000 đồng, chỉ bằng khoảng 40% chi phí nhiên liệu xăng cho cùng quãng đường.

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, đến năm 2025 Quảng Ninh phấn đấu có ít nhất 300 trạm sạc công cộng, 100% trung tâm huyện, thị xã có trạm sạc nhanh; đến năm 2030, tỷ lệ xe buýt sử dụng điện, năng lượng xanh đạt 50%. Sở Công Thương đề nghị các doanh nghiệp ưu tiên lắp đặt trạm sạc tại khu du lịch Bãi Cháy, Vân Đồn và các khu công nghiệp.

Hồng Nhung (Sở Công Thương Quảng Ninh)
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("đến nay", None, "2024-08-14")

FIGS = [
    F("Hơn 160 trạm sạc xe điện", "160", 160, "count", "trạm sạc", "trạm sạc xe điện", approx="over"),
    F("có 168 trạm sạc xe điện", "168", 168, "count", "trạm sạc", "trạm sạc xe điện", ASOF,
      change=C("increase", 57, "trạm", "cuối năm 2023")),
    F("tổng số 1.245 cổng sạc", "1.245", 1245, "count", "cổng sạc", "cổng sạc", ASOF),
    F("Trong đó có 42 trạm sạc nhanh", "42", 42, "count", "trạm sạc nhanh", "trạm sạc nhanh", I(ASOF), total=168),
    F("công suất từ 60 kW trở lên", "60", 60, "measure", "kW", "công suất trạm sạc nhanh", approx="at_least", optional=True),
    F("TP Hạ Long (72 trạm)", "72", 72, "count", "trạm", "trạm sạc xe điện", I(ASOF), location="Hạ Long"),
    F("TP Cẩm Phả (31 trạm)", "31", 31, "count", "trạm", "trạm sạc xe điện", I(ASOF), location="Cẩm Phả"),
    F("TP Uông Bí (24 trạm)", "24", 24, "count", "trạm", "trạm sạc xe điện", I(ASOF), location="Uông Bí"),
    F("TP Móng Cái (18 trạm)", "18", 18, "count", "trạm", "trạm sạc xe điện", I(ASOF), location="Móng Cái"),
    F("đăng ký mới 2.140 ô tô điện", "2.140", 2140, "count", "ô tô điện", "ô tô điện đăng ký mới", H1,
      change=C("increase", 2.3, "lần", "cùng kỳ năm 2023"), percent=18.6),
    F("đạt 5.870 chiếc", "5.870", 5870, "count", "chiếc", "xe máy điện đăng ký mới", H1,
      change=C("increase", 35.4, "%")),
    F("khoảng 9.600 ô tô điện", "9.600", 9600, "count", "ô tô điện", "ô tô điện đang lưu hành", NOW, approx="about"),
    F("gần 41.000 xe máy điện", "41.000", 41000, "count", "xe máy điện", "xe máy điện đang lưu hành", NOW, approx="nearly"),
    F("miễn khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "lệ phí trước bạ được miễn cho người mua ô tô điện",
      P("từ đầu năm đến nay", "2024-01-01", "2024-08-14"), approx="about"),
    F("mức 3.858 đồng/kWh", "3.858", 3858, "money", "đồng/kWh", "giá dịch vụ sạc tại các trạm công cộng"),
    F("hết khoảng 150.000 đồng", "150.000", 150000, "money", "đồng", "chi phí sạc đầy ô tô điện cỡ nhỏ",
      approx="about", percent=40),
    F("ít nhất 300 trạm sạc công cộng", "300", 300, "count", "trạm sạc", "trạm sạc công cộng",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("100% trung tâm huyện", "100", 100, "percent", "%", "trung tâm huyện, thị xã có trạm sạc nhanh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("năng lượng xanh đạt 50%", "50", 50, "percent", "%", "tỷ lệ xe buýt sử dụng điện, năng lượng xanh",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "Quảng Ninh province portal: charging stations as of 30/6/2024, EV registrations H1/2024, charging price, targets 2025/2030.",
    "Breadcrumb, 'Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.315' (view counter is furniture). Headline 'Hơn 160 trạm' is a figure (no period).",
    "District list (72+31+24+18 = 145 != 168) is 'tập trung chủ yếu', does not add up: no total. 'Trong đó có 42' -> total 168 across a sentence break.",
    "'đến nay'/'từ đầu năm đến nay' end at the dateline; 'hiện' gives no period. '60 kW trở lên' is a category threshold: optional.",
    "Distractors: Nghị định số 10/2022/NĐ-CP, Kế hoạch số 215/KH-UBND, Quốc lộ 18, 09:45, 2.315 views.",
]

write("p966-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Quảng Ninh")
