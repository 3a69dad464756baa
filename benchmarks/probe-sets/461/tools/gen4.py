from lib import F, P, ch, tg, emit

T = """Du lịch
Gần 10 triệu lượt khách đi du lịch dịp nghỉ lễ 30/4 - 1/5
Thứ Hai, 5/5/2025, 14:30 (GMT+7)

Theo Cục Du lịch Quốc gia Việt Nam, trong 5 ngày nghỉ lễ từ 30/4 đến 4/5/2025, tổng lượt khách du lịch phục vụ trên cả nước ước đạt 9,8 triệu lượt, tăng 11,8% so với cùng kỳ năm 2024. Tổng thu từ khách du lịch ước đạt khoảng 27.000 tỷ đồng.

Nhiều địa phương ghi nhận lượng khách tăng mạnh: Thanh Hóa đón 1,27 triệu lượt, Hà Nội 1,08 triệu lượt, TP Hồ Chí Minh khoảng 1,05 triệu lượt, Quảng Ninh 615.000 lượt, Đà Nẵng 372.000 lượt. Kiên Giang đón 336.800 lượt khách, riêng thành phố Phú Quốc chiếm 58%.

Công suất sử dụng phòng tại các điểm đến biển đạt từ 80 đến 95%; tại thành phố Đà Lạt đạt trên 90%, nhiều khách sạn hết phòng từ ngày 29/4.

Ngành hàng không khai thác hơn 4.600 chuyến bay nội địa trong dịp lễ, cung ứng khoảng 880.000 ghế, tăng 7% so với kỳ nghỉ lễ năm trước. Tổng công ty Đường sắt Việt Nam chạy thêm 32 đoàn tàu với khoảng 18.000 chỗ.

Theo Cục Cảnh sát giao thông, trong 5 ngày nghỉ lễ, toàn quốc xảy ra 146 vụ tai nạn giao thông, làm chết 88 người, bị thương 102 người; so với cùng kỳ năm 2024 giảm 21 vụ.

Khách quốc tế đến Việt Nam 4 tháng đầu năm 2025 đạt gần 7,7 triệu lượt, tăng 23,8% so với cùng kỳ năm 2024. Năm 2025, ngành du lịch đặt mục tiêu đón 22-23 triệu lượt khách quốc tế; dự báo khách nội địa đạt khoảng 130 triệu lượt.

Hoài Thu
"""

HOL = dict(text="từ 30/4 đến 4/5/2025", start="2025-04-30", end="2025-05-04")
I = P(HOL["text"], HOL["start"], HOL["end"], inh=True)
I5 = P("trong 5 ngày nghỉ lễ", HOL["start"], HOL["end"], inh=True)
LIST = "lượt khách địa phương đón"
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("Gần 10 triệu lượt khách", "10", 10e6, "count", "lượt khách", "lượt khách đi du lịch", I, approx="nearly"),
    F("ước đạt 9,8 triệu lượt", "9,8", 9.8e6, "count", "lượt", "tổng lượt khách du lịch phục vụ trên cả nước",
      P(**HOL), change=ch("increase", 11.8, baseline="cùng kỳ năm 2024"), status="estimate"),
    F("khoảng 27.000 tỷ đồng", "27.000", 27000e9, "money", "đồng", "tổng thu từ khách du lịch", I,
      approx="about", status="estimate"),
    F("Thanh Hóa đón 1,27 triệu lượt", "1,27", 1.27e6, "count", "lượt", LIST, I, location="Thanh Hóa"),
    F("Hà Nội 1,08 triệu lượt", "1,08", 1.08e6, "count", "lượt", LIST, I, location="Hà Nội"),
    F("khoảng 1,05 triệu lượt", "1,05", 1.05e6, "count", "lượt", LIST, I, approx="about", location="TP Hồ Chí Minh"),
    F("Quảng Ninh 615.000 lượt", "615.000", 615000, "count", "lượt", LIST, I, location="Quảng Ninh"),
    F("Đà Nẵng 372.000 lượt", "372.000", 372000, "count", "lượt", LIST, I, location="Đà Nẵng"),
    F("Kiên Giang đón 336.800 lượt", "336.800", 336800, "count", "lượt khách", "lượt khách đón", I,
      location="Kiên Giang"),
    F("chiếm 58%", "58", 58, "percent", "%", "tỷ lệ lượt khách của Kiên Giang", I, location="Phú Quốc"),
    F("từ 80 đến 95%", "80", 80, "percent", "%", "công suất sử dụng phòng tại các điểm đến biển", I, value_max=95),
    F("đạt trên 90%", "90", 90, "percent", "%", "công suất sử dụng phòng", I, approx="over", location="Đà Lạt"),
    F("hơn 4.600 chuyến bay", "4.600", 4600, "count", "chuyến bay", "chuyến bay nội địa ngành hàng không khai thác",
      I, approx="over"),
    F("khoảng 880.000 ghế", "880.000", 880000, "count", "ghế", "ghế cung ứng", I, approx="about",
      change=ch("increase", 7, baseline="kỳ nghỉ lễ năm trước")),
    F("thêm 32 đoàn tàu", "32", 32, "count", "đoàn tàu", "đoàn tàu chạy thêm", I),
    F("khoảng 18.000 chỗ", "18.000", 18000, "count", "chỗ", "chỗ trên các đoàn tàu chạy thêm", I, approx="about"),
    F("xảy ra 146 vụ", "146", 146, "count", "vụ", "vụ tai nạn giao thông", I5,
      change=ch("decrease", 21, "vụ", baseline="cùng kỳ năm 2024")),
    F("làm chết 88 người", "88", 88, "count", "người", "người chết do tai nạn giao thông", I5),
    F("bị thương 102 người", "102", 102, "count", "người", "người bị thương do tai nạn giao thông", I5),
    F("gần 7,7 triệu lượt", "7,7", 7.7e6, "count", "lượt", "khách quốc tế đến Việt Nam",
      P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30"), approx="nearly",
      change=ch("increase", 23.8, baseline="cùng kỳ năm 2024")),
    F("đón 22-23 triệu lượt", "22", 22e6, "count", "lượt khách quốc tế", "khách quốc tế", Y25,
      value_max=23e6, status="target"),
    F("khoảng 130 triệu lượt", "130", 130e6, "count", "lượt", "khách nội địa", Y25, approx="about",
      status="forecast"),
]

emit("p461-4", T, [
    "National press (VnExpress style): du lịch dịp nghỉ lễ 30/4 - 1/5/2025 (5 days 30/4-4/5/2025), provinces, occupancy, transport, traffic accidents, 4-month and year figures.",
    "Dateline 'Thứ Hai, 5/5/2025, 14:30 (GMT+7)'. Distractors: '30/4 - 1/5' (holiday name), 'ngày 29/4', '5 ngày nghỉ lễ' (duration), section label 'Du lịch', byline.",
    "Location Việt Nam for national figures; provinces in the list go to location, subject is the list's indicator; 'riêng thành phố Phú Quốc chiếm 58%' is a share figure of its own (location Phú Quốc).",
    "'trong 5 ngày nghỉ lễ' in the accident sentence names the holiday without dates: the dates stand in the lede, so that period is inherited.",
    "'so với cùng kỳ năm 2024 giảm 21 vụ' is the change of 146 vụ (unit vụ). '22-23 triệu' is a target range; 'dự báo … khoảng 130 triệu' is a forecast in the same sentence.",
    "revised: place names removed from the subjects of 336.800 and 58% (places are locations, never subjects).",
], figs, published="2025-05-05", location="Việt Nam")
