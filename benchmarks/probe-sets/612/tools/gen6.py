"""p612-6: national press (VnExpress style) — TP HCM buses lost passengers, routes, subsidy, demand share, metro feeder buses."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Giao thông
Thứ hai, 3/6/2024, 07:00 (GMT+7)
Xe buýt TP HCM mất gần 40% hành khách sau 5 năm

Năm 2023, xe buýt TP HCM vận chuyển khoảng 182 triệu lượt khách, giảm gần 40% so với năm 2018 (hơn 300 triệu lượt).

Theo Trung tâm Quản lý giao thông công cộng thuộc Sở Giao thông vận tải, thành phố hiện có 137 tuyến xe buýt, trong đó 97 tuyến có trợ giá, với khoảng 2.000 xe; bình quân mỗi ngày xe buýt chở khoảng 500.000 lượt khách. Các huyện, quận có ít tuyến nhất là Cần Giờ (3 tuyến), Nhà Bè (5 tuyến) và quận 4 (6 tuyến).

Kinh phí trợ giá năm 2023 là 1.165 tỷ đồng, tăng 8% so với năm 2022; dự toán năm 2024 khoảng 1.300 tỷ đồng. Mức trợ giá bình quân lên tới 6.400 đồng/lượt khách, trong khi giá vé phổ biến chỉ 5.000-7.000 đồng/lượt.

Ông Lê Hoàng Phúc, Phó giám đốc trung tâm, cho biết xe buýt hiện chỉ đáp ứng khoảng 9,4% nhu cầu đi lại, thấp hơn nhiều so với mục tiêu 15-20% đề ra cho năm 2025. Theo ông, khoảng 8,5 triệu xe máy đang lưu thông là lý do chính khiến người dân ngại đi xe buýt.

Tuyến metro số 1 Bến Thành – Suối Tiên dài 19,7 km đã chạy thử từ tháng 12/2022. Tuyến dự kiến vận hành thương mại trong quý IV/2024, kèm theo 17 tuyến buýt kết nối với 180 xe buýt điện. Người dân có thể tra cứu lộ trình qua ứng dụng BusMap hoặc gọi tổng đài 1022.

Gia Minh
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
FIGS = [
    F("mất gần 40%", "40", 40, "percent", "%", approx="nearly", subject="hành khách xe buýt TP HCM giảm"),
    F("khoảng 182 triệu", "182", 182000000, "count", "lượt khách", approx="about",
      change=CH("decrease", 40, approx="nearly", baseline="năm 2018"), subject="lượt khách xe buýt vận chuyển",
      period=Y23),
    F("hơn 300 triệu", "300", 300000000, "count", "lượt", approx="over", subject="lượt khách xe buýt năm 2018",
      period=P("năm 2018", "2018-01-01", "2018-12-31")),
    F("có 137 tuyến", "137", 137, "count", "tuyến", subject="tuyến xe buýt"),
    F("đó 97 tuyến", "97", 97, "count", "tuyến", total=137, subject="tuyến có trợ giá"),
    F("khoảng 2.000 xe", "2.000", 2000, "count", "xe", approx="about", subject="xe buýt"),
    F("khoảng 500.000 lượt", "500.000", 500000, "count", "lượt khách", approx="about",
      subject="lượt khách xe buýt chở bình quân mỗi ngày"),
    F("(3 tuyến)", "3", 3, "count", "tuyến", subject="tuyến xe buýt", location="Cần Giờ"),
    F("(5 tuyến)", "5", 5, "count", "tuyến", subject="tuyến xe buýt", location="Nhà Bè"),
    F("(6 tuyến)", "6", 6, "count", "tuyến", subject="tuyến xe buýt", location="Quận 4"),
    F("là 1.165 tỷ đồng", "1.165", 1165000000000, "money", "đồng",
      change=CH("increase", 8, baseline="năm 2022"), subject="kinh phí trợ giá", period=Y23),
    F("khoảng 1.300 tỷ đồng", "1.300", 1300000000000, "money", "đồng", approx="about", status="target",
      subject="dự toán kinh phí trợ giá", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tới 6.400 đồng", "6.400", 6400, "money", "đồng/lượt khách", subject="mức trợ giá bình quân",
      period=I(Y23)),
    F("5.000-7.000", "5.000", 5000, "money", "đồng/lượt", value_max=7000, subject="giá vé phổ biến"),
    F("khoảng 9,4%", "9,4", 9.4, "percent", "%", approx="about", target=TG(15, "%", met=False),
      subject="tỷ lệ đáp ứng nhu cầu đi lại của xe buýt"),
    F("khoảng 8,5 triệu", "8,5", 8500000, "count", "xe máy", approx="about", subject="xe máy đang lưu thông"),
    F("dài 19,7 km", "19,7", 19.7, "measure", "km", subject="chiều dài tuyến metro số 1 Bến Thành – Suối Tiên"),
    F("theo 17 tuyến", "17", 17, "count", "tuyến", status="forecast", subject="tuyến buýt kết nối", period=Q4),
    F("với 180 xe", "180", 180, "count", "xe", status="forecast", subject="xe buýt điện", period=Q4),
]

COMMENTS = [
    "National press (VnExpress style), dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)': TP HCM xe buýt 2023 vs 2018, tuyến, trợ giá, tỷ lệ đáp ứng, metro số 1.",
    "Distractors: (GMT+7), 'sau 5 năm' (duration), 'quận 4' (a district's name: its '6 tuyến' has location Quận 4), 'metro số 1', 'tháng 12/2022', hotline 1022.",
    "'(hơn 300 triệu lượt)' after 'so với năm 2018' is the 2018 amount: a count of its own with period năm 2018 (not the change).",
    "'thấp hơn nhiều so với mục tiêu 15-20%' gives the 9,4% a target (value 15, met false), not a figure of its own (cf. h09).",
    "'dự toán năm 2024' → status target. 'mỗi ngày ... 500.000 lượt khách' kept as count with unit as written (no '/ngày' in the text).",
    "The metro length stands in its own sentence (actual); 'dự kiến' governs the feeder routes and buses (forecast, quý IV/2024).",
]

if __name__ == "__main__":
    emit("p612-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="TP Hồ Chí Minh")
