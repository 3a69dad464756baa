from lib import F, P, Y, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 15/11/2024, 06:00 (GMT+7)

Cuộc đua mở cửa hàng tiện lợi tăng tốc cuối năm

Các chuỗi bán lẻ liên tục mở điểm bán mới, nhắm vào khu dân cư đông đúc tại các đô thị lớn.

Theo báo cáo của Masan Group, 9 tháng năm 2024, chuỗi WinMart+/WiN đã mở mới 214 điểm bán, nâng tổng số cửa hàng trên toàn quốc lên 3.933 điểm. Riêng quý III/2024, chuỗi mở mới 96 điểm bán. Doanh thu mảng bán lẻ 9 tháng đạt khoảng 23.400 tỷ đồng, tăng 6,7% so với cùng kỳ.

Bách hóa Xanh của Thế Giới Di Động hiện vận hành 1.730 cửa hàng, trong đó khoảng 150 cửa hàng được mở mới từ đầu năm. Doanh thu bình quân mỗi cửa hàng đạt gần 2 tỷ đồng/tháng. Ở phân khúc cửa hàng tiện lợi mang thương hiệu ngoại, Circle K có hơn 450 cửa hàng, GS25 đạt mốc 300 cửa hàng sau 6 năm vào Việt Nam, còn 7-Eleven mới dừng ở 105 cửa hàng.

Theo Bộ Công Thương, kênh bán lẻ hiện đại (siêu thị, trung tâm thương mại, cửa hàng tiện lợi) hiện chiếm khoảng 25-27% thị phần bán lẻ, phần còn lại vẫn thuộc về hơn 8.300 chợ truyền thống và khoảng 1,4 triệu cửa hàng tạp hóa. Một khảo sát của NielsenIQ năm 2023 cho thấy 41% người tiêu dùng thành thị mua sắm tại cửa hàng tiện lợi ít nhất 1 lần/tuần, tăng 9 điểm phần trăm so với năm 2021.

Ông Nguyễn Anh Đức, Tổng giám đốc Saigon Co.op, dự báo đến cuối năm 2025, số cửa hàng tiện lợi trên cả nước có thể đạt trên 10.000 điểm. "Cuộc chơi không còn là ai mở nhiều hơn mà là ai có lãi trên từng mét vuông", ông nói.

Anh Minh
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("mới 214 điểm bán", "214", 214, "count", "điểm bán", "điểm bán WinMart+/WiN mở mới", N9),
    F("lên 3.933 điểm", "3.933", 3933, "count", "điểm", "tổng số cửa hàng WinMart+/WiN trên toàn quốc", N9),
    F("mới 96 điểm bán", "96", 96, "count", "điểm bán", "điểm bán WinMart+/WiN mở mới",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 23.400 tỷ đồng", "23.400", 23400e9, "money", "đồng", "doanh thu mảng bán lẻ", N9b, approx="about",
      change=CH("increase", 6.7, "%", "cùng kỳ")),
    F("hành 1.730 cửa hàng", "1.730", 1730, "count", "cửa hàng", "cửa hàng Bách hóa Xanh"),
    F("khoảng 150 cửa hàng", "150", 150, "count", "cửa hàng", "cửa hàng Bách hóa Xanh mở mới", approx="about", total=1730,
      period=P("từ đầu năm", "2024-01-01", "2024-11-15")),
    F("gần 2 tỷ đồng/tháng", "2", 2e9, "money", "đồng/tháng", "doanh thu bình quân mỗi cửa hàng Bách hóa Xanh", approx="nearly"),
    F("hơn 450 cửa hàng", "450", 450, "count", "cửa hàng", "cửa hàng tiện lợi Circle K", approx="over"),
    F("mốc 300 cửa hàng", "300", 300, "count", "cửa hàng", "cửa hàng tiện lợi GS25"),
    F("sau 6 năm", "6", 6, "measure", "năm", optional=True),
    F("ở 105 cửa hàng", "105", 105, "count", "cửa hàng", "cửa hàng tiện lợi 7-Eleven"),
    F("khoảng 25-27%", "25", 25, "percent", "%", "thị phần bán lẻ của kênh bán lẻ hiện đại", value_max=27, approx="about"),
    F("hơn 8.300 chợ", "8.300", 8300, "count", "chợ", "chợ truyền thống", approx="over"),
    F("khoảng 1,4 triệu", "1,4", 1.4e6, "count", "cửa hàng tạp hóa", "cửa hàng tạp hóa", approx="about"),
    F("41% người", "41", 41, "percent", "%", "người tiêu dùng thành thị mua sắm tại cửa hàng tiện lợi ít nhất 1 lần/tuần",
      Y(2023), change=CH("increase", 9, "điểm phần trăm", "năm 2021")),
    F("ít nhất 1 lần/tuần", "1", 1, "measure", "lần/tuần", approx="at_least", optional=True),
    F("trên 10.000 điểm", "10.000", 10000, "count", "điểm", "cửa hàng tiện lợi trên cả nước",
      P("đến cuối năm 2025", None, "2025-12-31"), approx="over", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): convenience-store chains (WinMart+, Bách hóa Xanh, Circle K, GS25, 7-Eleven), market share.",
    "Dateline 'Thứ sáu, 15/11/2024, 06:00 (GMT+7)'; byline at the end. All figures are national: location Việt Nam.",
    "'Doanh thu mảng bán lẻ 9 tháng' takes 2024 from the previous sentence; 'từ đầu năm' runs to the dateline.",
    "'khoảng 150 cửa hàng' after 'trong đó' is a part of 1.730. Chain names are subjects, never places.",
    "'sau 6 năm vào Việt Nam' (duration) and the frequency threshold 'ít nhất 1 lần/tuần' are optional.",
    "'dự báo đến cuối năm 2025 … có thể đạt trên 10.000 điểm' = forecast, over.",
    "Distractors: GS25, 7-Eleven, WinMart+ (names with numbers), '(GMT+7)', 'mét vuông' in a quote, 'Co.op'.",
]

emit("p317-6", TEXT, COMMENTS, FIGS, published="2024-11-15", location="Việt Nam")
