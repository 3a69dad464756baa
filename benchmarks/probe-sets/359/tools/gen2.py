from lib import F, P, emit

TEXT = """Thời sự › Môi trường
Thứ hai, 6/1/2025, 14:30 (GMT+7)

Hà Nội có 139 ngày chất lượng không khí kém trở lên trong năm 2024

Theo số liệu từ hệ thống quan trắc của Sở Tài nguyên và Môi trường Hà Nội, năm 2024 thành phố có 42 ngày chất lượng không khí ở mức tốt, 185 ngày mức trung bình, 118 ngày mức kém, 20 ngày mức xấu và 1 ngày mức rất xấu (VN_AQI trên 300).

Nồng độ bụi mịn PM2.5 trung bình năm 2024 là 41,6 µg/m3, giảm 5,2% so với năm 2023. Mức này vẫn cao gấp hơn 8 lần giá trị hướng dẫn của Tổ chức Y tế Thế giới (WHO) là 5 µg/m3.

Các quận có nồng độ PM2.5 trung bình năm cao nhất là Hoàn Kiếm (46,3 µg/m3), Hai Bà Trưng (45,1 µg/m3) và Đống Đa (44,7 µg/m3); thấp nhất là huyện Ba Vì với 28,9 µg/m3. Ô nhiễm tập trung vào các tháng mùa đông; riêng tháng 12/2024 có 9 ngày ở mức xấu và 14 ngày ở mức kém.

Hiện thành phố vận hành 76 trạm quan trắc không khí, trong đó có 11 trạm tự động cố định và 65 trạm cảm biến chi phí thấp. Năm 2025, Sở dự kiến đầu tư thêm 10 trạm tự động với kinh phí khoảng 85 tỷ đồng.

Theo kế hoạch giai đoạn 2021-2025, Hà Nội phấn đấu giảm 20% lượng phát thải bụi từ giao thông so với năm 2020 và nâng tỷ lệ ngày có AQI ở mức tốt, trung bình lên trên 70%. Để đạt mục tiêu này, thành phố đang triển khai lộ trình hạn chế xe máy trong vành đai 1 và chuyển đổi 100% xe buýt sang năng lượng xanh vào năm 2030.

Gia Chính

12 bình luận
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
D12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("có 139 ngày", "139", 139, "count", "ngày", "ngày chất lượng không khí kém trở lên", Y24),
    F("có 42 ngày", "42", 42, "count", "ngày", "ngày chất lượng không khí ở mức tốt", Y24),
    F("185 ngày", "185", 185, "count", "ngày", "ngày chất lượng không khí mức trung bình", Y24),
    F("118 ngày", "118", 118, "count", "ngày", "ngày chất lượng không khí mức kém", Y24),
    F("20 ngày", "20", 20, "count", "ngày", "ngày chất lượng không khí mức xấu", Y24),
    F("và 1 ngày", "1", 1, "count", "ngày", "ngày chất lượng không khí mức rất xấu", Y24),
    F("trên 300", "300", 300, "measure", "điểm", "VN_AQI", approx="over", optional=True),
    F("là 41,6 µg/m3", "41,6", 41.6, "measure", "µg/m3", "nồng độ bụi mịn PM2.5 trung bình năm", Y24,
      change={"direction": "decrease", "value": 5.2, "unit": "%", "baseline": "năm 2023"}),
    F("gấp hơn 8 lần", "8", 8, "multiple", "lần",
      "nồng độ PM2.5 so với giá trị hướng dẫn của Tổ chức Y tế Thế giới (WHO)", Y24i, approx="over"),
    F("là 5 µg/m3", "5", 5, "measure", "µg/m3", "giá trị hướng dẫn của WHO", optional=True),
    F("Hoàn Kiếm (46,3", "46,3", 46.3, "measure", "µg/m3", "nồng độ PM2.5 trung bình năm", Y24i, location="Hoàn Kiếm"),
    F("Hai Bà Trưng (45,1", "45,1", 45.1, "measure", "µg/m3", "nồng độ PM2.5 trung bình năm", Y24i,
      location="Hai Bà Trưng"),
    F("Đống Đa (44,7", "44,7", 44.7, "measure", "µg/m3", "nồng độ PM2.5 trung bình năm", Y24i, location="Đống Đa"),
    F("với 28,9 µg/m3", "28,9", 28.9, "measure", "µg/m3", "nồng độ PM2.5 trung bình năm", Y24i, location="Ba Vì"),
    F("có 9 ngày", "9", 9, "count", "ngày", "ngày ở mức xấu", D12),
    F("và 14 ngày", "14", 14, "count", "ngày", "ngày ở mức kém", D12),
    F("vận hành 76 trạm", "76", 76, "count", "trạm", "trạm quan trắc không khí"),
    F("có 11 trạm", "11", 11, "count", "trạm", "trạm tự động cố định", total=76),
    F("và 65 trạm", "65", 65, "count", "trạm", "trạm cảm biến chi phí thấp", total=76),
    F("thêm 10 trạm", "10", 10, "count", "trạm", "trạm tự động đầu tư thêm", Y25, status="forecast"),
    F("khoảng 85 tỷ đồng", "85", 85000000000, "money", "đồng", "kinh phí đầu tư trạm tự động", Y25,
      approx="about", status="forecast"),
    F("giảm 20%", "20", 20, "percent", "%", "giảm lượng phát thải bụi từ giao thông so với năm 2020", GD,
      status="target"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ ngày có AQI ở mức tốt, trung bình", GD,
      approx="over", status="target"),
    F("chuyển đổi 100% xe buýt", "100", 100, "percent", "%", "xe buýt chuyển sang năng lượng xanh",
      P("vào năm 2030", "2030-01-01", "2030-12-31"), status="target"),
]

COMMENTS = [
    "National online press: Hà Nội air quality in 2024 — days per VN_AQI level, PM2.5 annual mean, districts, stations, 2025 plan and 2021-2025 targets.",
    "Dateline 'Thứ hai, 6/1/2025, 14:30 (GMT+7)'. Page furniture '12 bình luận'. Distractors: PM2.5 (name), 'vành đai 1', '(GMT+7)', baselines 'năm 2023', 'năm 2020'.",
    "Days per level are counts (unit ngày), not periods; each list item keeps its own level in the subject; period năm 2024 in the same sentence is scored.",
    "'Mức này vẫn cao gấp hơn 8 lần …' stands in its own sentence with no base amount: a multiple figure (approx over). WHO value '5 µg/m3' and 'VN_AQI trên 300' are thresholds: optional.",
    "District list: location per district (Ba Vì is a huyện). Period inherited from the previous sentences. '76 trạm, trong đó 11 … và 65 …' → totals 76; 'Hiện' gives no period.",
    "'dự kiến đầu tư thêm 10 trạm … với kinh phí khoảng 85 tỷ đồng' → both forecast. 'phấn đấu giảm 20% … so với năm 2020' is a target rate standing as the claim (percent, no change).",
    "'chuyển đổi 100% xe buýt … vào năm 2030' is a target (mục tiêu) with period 2030.",
]

emit("p359-2", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Hà Nội")
