from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > An toàn giao thông

Thanh Hóa: 5 tháng đầu năm 2024, số người chết vì tai nạn giao thông giảm 12,4%
Cập nhật: 06/06/2024 10:25
Lượt xem: 1.842

(TH) - Theo Ban An toàn giao thông tỉnh, trong tháng 5/2024, trên địa bàn tỉnh Thanh Hóa xảy ra 27 vụ tai nạn giao thông, giảm 3 vụ so với tháng trước; làm chết 21 người, giảm 2 người; bị thương 14 người, tăng 1 người.

Tính chung 5 tháng đầu năm 2024, toàn tỉnh xảy ra 148 vụ tai nạn giao thông, làm chết 106 người, bị thương 92 người; so với cùng kỳ năm 2023 giảm 19 vụ (11,4%), giảm 15 người chết (12,4%), tăng 7 người bị thương (8,2%). Các vụ tai nạn tập trung chủ yếu trên Quốc lộ 1A, Quốc lộ 47 và Quốc lộ 217; địa phương xảy ra nhiều vụ nhất là thành phố Thanh Hóa (18 vụ), thị xã Nghi Sơn (15 vụ), huyện Hoằng Hóa (11 vụ).

Cũng trong 5 tháng, lực lượng chức năng đã kiểm tra, xử lý 52.318 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 61,7 tỷ đồng, tạm giữ 4.215 phương tiện, tước 2.960 giấy phép lái xe. Trong đó, vi phạm nồng độ cồn 9.874 trường hợp, chiếm 18,9%; chạy quá tốc độ 6.412 trường hợp.

Năm 2024, Ban An toàn giao thông tỉnh đặt mục tiêu giảm từ 5 đến 10% số người chết do tai nạn giao thông so với năm 2023; phấn đấu đến năm 2025 có 100% xã, phường, thị trấn duy trì mô hình "Cổng trường an toàn giao thông".

Chi tiết liên hệ: Văn phòng Ban An toàn giao thông tỉnh, số 36 Đại lộ Lê Lợi, phường Điện Biên, thành phố Thanh Hóa; điện thoại 0237.3852.416.
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
H5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T5 = P("5 tháng", "2024-01-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
VI = "trường hợp vi phạm trật tự an toàn giao thông"

FIGS = [
    F("giảm 12,4%\n", "12,4", 12.4, "percent", "%", "số người chết vì tai nạn giao thông", H5),
    F("xảy ra 27 vụ", "27", 27, "count", "vụ", "tai nạn giao thông", M5,
      change=CH("decrease", 3, "vụ", "tháng trước")),
    F("làm chết 21 người", "21", 21, "count", "người", "người chết do tai nạn giao thông", M5,
      change=CH("decrease", 2, "người")),
    F("bị thương 14 người", "14", 14, "count", "người", "người bị thương do tai nạn giao thông", M5,
      change=CH("increase", 1, "người")),
    F("xảy ra 148 vụ", "148", 148, "count", "vụ", "tai nạn giao thông", H5,
      change=CH("decrease", 19, "vụ", "cùng kỳ năm 2023")),
    F("vụ (11,4%)", "11,4", 11.4, "percent", "%", "số vụ tai nạn giao thông giảm so với cùng kỳ", H5, optional=True),
    F("làm chết 106 người", "106", 106, "count", "người", "người chết do tai nạn giao thông", H5,
      change=CH("decrease", 15, "người", "cùng kỳ năm 2023")),
    F("chết (12,4%)", "12,4", 12.4, "percent", "%", "số người chết giảm so với cùng kỳ", H5, optional=True),
    F("bị thương 92 người", "92", 92, "count", "người", "người bị thương do tai nạn giao thông", H5,
      change=CH("increase", 7, "người", "cùng kỳ năm 2023")),
    F("thương (8,2%)", "8,2", 8.2, "percent", "%", "số người bị thương tăng so với cùng kỳ", H5, optional=True),
    F("Thanh Hóa (18 vụ)", "18", 18, "count", "vụ", "địa phương xảy ra nhiều vụ tai nạn giao thông nhất", I(H5),
      location="Thanh Hóa"),
    F("Nghi Sơn (15 vụ)", "15", 15, "count", "vụ", "địa phương xảy ra nhiều vụ tai nạn giao thông nhất", I(H5),
      location="Nghi Sơn"),
    F("Hoằng Hóa (11 vụ)", "11", 11, "count", "vụ", "địa phương xảy ra nhiều vụ tai nạn giao thông nhất", I(H5),
      location="Hoằng Hóa"),
    F("xử lý 52.318 trường hợp", "52.318", 52318, "count", "trường hợp",
      "trường hợp vi phạm trật tự an toàn giao thông được kiểm tra, xử lý", T5),
    F("hơn 61,7 tỷ", "61,7", 61700000000, "money", "đồng", "phạt tiền vi phạm trật tự an toàn giao thông", T5,
      approx="over"),
    F("tạm giữ 4.215 phương tiện", "4.215", 4215, "count", "phương tiện", "phương tiện bị tạm giữ", T5),
    F("tước 2.960 giấy", "2.960", 2960, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", T5),
    F("cồn 9.874 trường hợp", "9.874", 9874, "count", "trường hợp", "vi phạm nồng độ cồn", I(T5),
      total=52318, percent=18.9),
    F("tốc độ 6.412 trường hợp", "6.412", 6412, "count", "trường hợp", "vi phạm chạy quá tốc độ", I(T5),
      total=52318),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giảm số người chết do tai nạn giao thông so với năm 2023", Y24,
      value_max=10, status="target"),
    F("có 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn duy trì mô hình Cổng trường an toàn giao thông", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): road accidents in May and the first 5 months of 2024, enforcement, targets.",
    "Dateline 'Cập nhật: 06/06/2024 10:25'. Distractors: 'Lượt xem: 1.842', 'Quốc lộ 1A/47/217', 'số 36 Đại lộ Lê Lợi', phone, '(TH)'.",
    "Inline changes ('27 vụ …, giảm 3 vụ so với tháng trước; làm chết 21 người, giảm 2 người') are change attributes of their counts.",
    "'148 vụ, … 106 người, … 92 người; so với cùng kỳ năm 2023 giảm 19 vụ (11,4%), giảm 15 người chết (12,4%), …': each absolute",
    "change (unit vụ/người) is the first change of its count; the bracketed % is a second change -> own percent figure, optional.",
    "Headline 'giảm 12,4%' is a rate that is the claim (percent, no change), period from the headline itself.",
    "District list 'thành phố Thanh Hóa (18 vụ)…' has no period in its sentence: inherited. 'Trong đó' parts (new sentence) take 52.318.",
    "'Cũng trong 5 tháng' takes the year 2024 from the lead. Target range 'giảm từ 5 đến 10% … so với năm 2023' is the claim: percent, no change.",
]

emit("p499-1", TEXT, COMMENTS, FIGS, published="2024-06-06", location="Thanh Hóa")
