from lib import *

A = """Du lịch - Văn hóa

Dịp lễ Quốc khánh: cả nước đón khoảng 5,3 triệu lượt khách, Hà Nội dẫn đầu

Theo Cục Du lịch Quốc gia Việt Nam, trong 4 ngày nghỉ lễ Quốc khánh (từ 30/8 đến 2/9/2025), cả nước ước đón khoảng 5,3 triệu lượt khách, tăng 26% so với cùng kỳ năm 2024; tổng thu từ khách du lịch ước đạt 16,2 nghìn tỷ đồng.

Dịp lễ năm nay gắn với Đại lễ kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, Hà Nội lần đầu đứng thứ nhất cả nước về lượt khách với khoảng 1,9 triệu lượt, tăng 95% so với cùng kỳ; trong đó khách quốc tế 120.000 lượt. Lượng khách đến TP Hồ Chí Minh đạt 1,12 triệu lượt; tiếp đến là Quảng Ninh 720.000 lượt, Thanh Hóa 690.000 lượt, Đà Nẵng 385.000 lượt và Khánh Hòa 310.000 lượt.

Công suất phòng tại các khách sạn khu vực trung tâm Hà Nội đạt 90-95%; các điểm đến biển như Sầm Sơn, Hạ Long, Nha Trang đạt từ 75% đến 85%. Các hãng hàng không khai thác 7.850 chuyến bay nội địa, tăng 10,5%, hệ số sử dụng ghế bình quân trên 90%; ngành đường sắt tăng cường 62 đoàn tàu.

Tính chung 8 tháng năm 2025, Việt Nam đón 13,9 triệu lượt khách quốc tế, tăng 21,7% so với cùng kỳ năm 2024, bằng 55,6% kế hoạch năm (25 triệu lượt). Theo Nghị quyết số 08-NQ/TW, năm 2025 ngành du lịch phấn đấu đón 25 triệu lượt khách quốc tế và 130 triệu lượt khách nội địa, tổng thu từ khách du lịch đạt khoảng 1,05 triệu tỷ đồng.

Trong dịp lễ, đường dây nóng du lịch 0912.585.999 tiếp nhận 14 phản ánh, chủ yếu về giá dịch vụ ăn uống tại các khu vực diễn ra sự kiện A80.

Thanh Tâm
"""

PH = P("từ 30/8 đến 2/9/2025", "2025-08-30", "2025-09-02")
PHi = inh(PH)
Y = P("năm 2025", "2025-01-01", "2025-12-31")

def lst(anchor, number, value, loc):
    return F(anchor, number, value, "count", "lượt", "lượng khách đến", PHi, location=loc)

figs = [
    F("đón khoảng 5,3 triệu lượt khách, Hà", "5,3", 5.3e6, "count", "lượt khách", "lượt khách cả nước đón",
      P("Dịp lễ Quốc khánh", "2025-08-30", "2025-09-02", True), approx="about"),
    F("ước đón khoảng 5,3 triệu lượt khách, tăng", "5,3", 5.3e6, "count", "lượt khách", "lượt khách cả nước đón", PH,
      approx="about", status="estimate",
      change={"direction": "increase", "value": 26, "unit": "%", "baseline": "cùng kỳ năm 2024"}),
    F("ước đạt 16,2 nghìn tỷ đồng", "16,2", 16.2e12, "money", "đồng", "tổng thu từ khách du lịch", PH, status="estimate"),
    F("kỷ niệm 80 năm", "80", 80, "count", "năm", None, optional=True),
    F("đứng thứ nhất cả nước", "nhất", 1, "rank", "hạng", "lượt khách", PHi, location="Hà Nội"),
    F("khoảng 1,9 triệu lượt", "1,9", 1.9e6, "count", "lượt", "lượt khách", PHi, approx="about", location="Hà Nội",
      change={"direction": "increase", "value": 95, "unit": "%", "baseline": "cùng kỳ"}),
    F("khách quốc tế 120.000 lượt", "120.000", 120000, "count", "lượt", "khách quốc tế", PHi, total=1.9e6, location="Hà Nội"),
    lst("đạt 1,12 triệu lượt", "1,12", 1.12e6, "TP Hồ Chí Minh"),
    lst("Quảng Ninh 720.000 lượt", "720.000", 720000, "Quảng Ninh"),
    lst("Thanh Hóa 690.000 lượt", "690.000", 690000, "Thanh Hóa"),
    lst("Đà Nẵng 385.000 lượt", "385.000", 385000, "Đà Nẵng"),
    lst("Khánh Hòa 310.000 lượt", "310.000", 310000, "Khánh Hòa"),
    F("đạt 90-95%", "90", 90, "percent", "%", "công suất phòng tại các khách sạn khu vực trung tâm", PHi,
      value_max=95, location="Hà Nội"),
    F("đạt từ 75% đến 85%", "75", 75, "percent", "%", "công suất phòng các điểm đến biển", PHi, value_max=85),
    F("khai thác 7.850 chuyến bay", "7.850", 7850, "count", "chuyến bay", "chuyến bay nội địa các hãng hàng không khai thác",
      PHi, change={"direction": "increase", "value": 10.5, "unit": "%"}),
    F("bình quân trên 90%", "90", 90, "percent", "%", "hệ số sử dụng ghế bình quân", PHi, approx="over"),
    F("tăng cường 62 đoàn tàu", "62", 62, "count", "đoàn tàu", "đoàn tàu ngành đường sắt tăng cường", PHi),
    F("đón 13,9 triệu lượt", "13,9", 13.9e6, "count", "lượt khách quốc tế", "khách quốc tế Việt Nam đón",
      P("8 tháng năm 2025", "2025-01-01", "2025-08-31"), percent=55.6, target={"value": 25e6, "unit": "lượt"},
      change={"direction": "increase", "value": 21.7, "unit": "%", "baseline": "cùng kỳ năm 2024"}),
    F("đón 25 triệu lượt khách quốc tế", "25", 25e6, "count", "lượt khách quốc tế", "khách quốc tế", Y, status="target"),
    F("và 130 triệu lượt", "130", 130e6, "count", "lượt khách nội địa", "khách nội địa", Y, status="target"),
    F("khoảng 1,05 triệu tỷ đồng", "1,05", 1.05e15, "money", "đồng", "tổng thu từ khách du lịch", Y,
      approx="about", status="target"),
    F("tiếp nhận 14 phản ánh", "14", 14, "count", "phản ánh", "phản ánh đường dây nóng du lịch tiếp nhận",
      P("Trong dịp lễ", "2025-08-30", "2025-09-02", True)),
]

write("p251-8", A, figs, [
    "National press (tourism section): nationwide figures for the 4-day Quốc khánh holiday 30/8–2/9/2025 (Cục Du lịch Quốc gia). No date at all: published absent.",
    "The title restates the national 5,3 triệu (a figure of its own, period inherited from the lead). '16,2 nghìn tỷ' = 16,2·10¹²; '1,05 triệu tỷ' = 1,05·10¹⁵.",
    "'Đại lễ kỷ niệm 80 năm' names the anniversary (optional). 'đứng thứ nhất' is rank 1 for Hà Nội. The province list shares 'lượng khách đến': places go to location.",
    "120.000 after 'trong đó' is part of Hà Nội's 1,9 triệu. 'các điểm đến biển như Sầm Sơn, Hạ Long, Nha Trang' names several places: location stays Việt Nam.",
    "'bằng 55,6% kế hoạch năm (25 triệu lượt)' gives percent and target; the target-year figures are status target with 'năm 2025'.",
    "Distractors: 'Quốc khánh 2/9', 'Cách mạng tháng Tám', Nghị quyết số 08-NQ/TW, hotline 0912.585.999, event name 'A80', '4 ngày nghỉ lễ'.",
], published=None, location="Việt Nam")
