from lib import F, P, I, CH, emit

TEXT = """Kinh tế | Xã hội | An ninh - Quốc phòng

Phạt nguội qua camera: gần 19.000 trường hợp vi phạm bị phát hiện

Năm 2023, hệ thống camera giám sát giao thông trên địa bàn tỉnh Đắk Lắk đã phát hiện 18.640 trường hợp vi phạm, tăng gấp 2,3 lần so với năm 2022. Phòng Cảnh sát giao thông Công an tỉnh đã gửi thông báo đến chủ phương tiện 17.950 trường hợp; trong số này đã có 11.230 trường hợp đến nộp phạt, đạt 62,6%, với tổng số tiền 14,8 tỷ đồng.

Hiện toàn tỉnh có 126 camera giám sát được lắp đặt tại 32 nút giao trọng điểm, chủ yếu trên Quốc lộ 14, Quốc lộ 26 và Quốc lộ 27. Các lỗi bị ghi hình nhiều nhất là vượt đèn đỏ (chiếm 41%), đi sai làn đường (27%) và chạy quá tốc độ (19%).

Theo Thượng tá Nguyễn Văn Hòa, Trưởng Phòng Cảnh sát giao thông, sau khi đưa camera vào hoạt động, số vụ vi phạm tại các nút giao có camera giảm từ 30 đến 40%. Tuy vậy, vẫn còn 6.720 trường hợp chưa đến nộp phạt, nhiều phương tiện đã qua nhiều đời chủ.

Năm 2023, tỷ lệ người chết do tai nạn giao thông của tỉnh là 11,9 người/10 vạn dân, cao hơn mức bình quân cả nước (khoảng 10,9 người/10 vạn dân).

Theo kế hoạch, đến năm 2025, tỉnh lắp đặt thêm 74 camera, nâng tổng số lên 200 camera, với tổng kinh phí khoảng 45 tỷ đồng. Người dân có thể tra cứu thông tin phạt nguội tại trang csgt.vn hoặc qua số điện thoại 0262.3855.077 (trong giờ hành chính).

HOÀNG LONG
08/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LOI = "lỗi bị camera ghi hình"

FIGS = [
    F("gần 19.000 trường hợp", "19.000", 19000, "count", "trường hợp", "trường hợp vi phạm bị camera phát hiện", I(Y23),
      approx="nearly"),
    F("phát hiện 18.640 trường hợp", "18.640", 18640, "count", "trường hợp",
      "trường hợp vi phạm được hệ thống camera giám sát giao thông phát hiện", Y23,
      change=CH("increase", 2.3, "lần", "năm 2022")),
    F("phương tiện 17.950 trường hợp", "17.950", 17950, "count", "trường hợp", "trường hợp được gửi thông báo đến chủ phương tiện",
      I(Y23)),
    F("có 11.230 trường hợp", "11.230", 11230, "count", "trường hợp", "trường hợp đến nộp phạt", I(Y23),
      total=17950, percent=62.6),
    F("tiền 14,8 tỷ", "14,8", 14800000000, "money", "đồng", "tổng số tiền nộp phạt", I(Y23)),
    F("có 126 camera", "126", 126, "count", "camera", "camera giám sát được lắp đặt"),
    F("tại 32 nút giao", "32", 32, "count", "nút giao", "nút giao trọng điểm lắp camera"),
    F("(chiếm 41%)", "41", 41, "percent", "%", LOI + " vượt đèn đỏ"),
    F("làn đường (27%)", "27", 27, "percent", "%", LOI + " đi sai làn đường"),
    F("tốc độ (19%)", "19", 19, "percent", "%", LOI + " chạy quá tốc độ"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "số vụ vi phạm tại các nút giao có camera giảm", value_max=40),
    F("còn 6.720 trường hợp", "6.720", 6720, "count", "trường hợp", "trường hợp chưa đến nộp phạt"),
    F("là 11,9 người", "11,9", 11.9, "measure", "người/10 vạn dân", "tỷ lệ người chết do tai nạn giao thông", Y23),
    F("khoảng 10,9 người", "10,9", 10.9, "measure", "người/10 vạn dân",
      "tỷ lệ người chết do tai nạn giao thông bình quân cả nước", Y23, approx="about", location="Việt Nam"),
    F("thêm 74 camera", "74", 74, "count", "camera", "camera lắp đặt thêm", T25, status="target"),
    F("lên 200 camera", "200", 200, "count", "camera", "tổng số camera giám sát", T25, status="target"),
    F("khoảng 45 tỷ", "45", 45000000000, "money", "đồng", "tổng kinh phí lắp đặt camera", T25,
      approx="about", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Đắk Lắk style): camera-based fines ('phạt nguội') in 2023, camera network, death rate per 10 vạn dân, 2025 plan.",
    "Byline and bare date '08/01/2024' at the end -> published. Distractors: 'Quốc lộ 14/26/27', 'Thượng tá', 'csgt.vn', phone, 'trong giờ hành chính'.",
    "'tăng gấp 2,3 lần so với năm 2022' after 18.640 is its change (unit lần). 'trong số này đã có 11.230 …, đạt 62,6%' -> total 17.950, percent 62,6.",
    "Violation types in brackets '(chiếm 41%)', '(27%)', '(19%)': each a percent figure; the violation type qualifies the subject (not a place).",
    "'giảm từ 30 đến 40%' is a rate that is the claim: percent with value_max, no change; no period in its sentence.",
    "'Hiện …' sentences (126 camera, 32 nút giao) and the remaining 6.720 cases: no period. 6.720 has no part-of cue: no total.",
    "National average rate in brackets is a figure of its own, location Việt Nam, period of its sentence (năm 2023).",
    "'Theo kế hoạch, đến năm 2025, …' -> target for 74, 200 camera and 45 tỷ. Headline 'gần 19.000' inherits năm 2023.",
]

emit("p499-5", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Đắk Lắk")
