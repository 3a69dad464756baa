from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự › Dân sinh
Thứ năm, 1/8/2024, 06:30 (GMT+7)

Gần 2.900 trẻ mồ côi cả cha lẫn mẹ nhận trợ cấp hằng tháng

Theo Cục Trẻ em (Bộ Lao động - Thương binh và Xã hội), tính đến cuối tháng 6/2024, cả nước có khoảng 1,6 triệu trẻ em có hoàn cảnh đặc biệt, chiếm 6,8% tổng số trẻ em. Trong số này, hơn 15.200 em mồ côi cha hoặc mẹ do đại dịch Covid-19, trong đó 2.871 em mồ côi cả cha lẫn mẹ đang được hưởng trợ cấp xã hội hằng tháng.

Từ ngày 1/7/2024, mức trợ cấp hằng tháng đối với trẻ dưới 4 tuổi là 1,25 triệu đồng, trẻ từ 4 tuổi trở lên là 750.000 đồng. Các em còn được cấp thẻ bảo hiểm y tế miễn phí và miễn học phí.

Ba địa phương có nhiều trẻ mồ côi do Covid-19 nhất là TP HCM, Bình Dương và Đồng Nai, lần lượt 5.374, 2.176 và 1.283 em. Riêng TP HCM, chương trình "Đỡ đầu trẻ mồ côi" đã vận động hơn 120 tỷ đồng; mỗi trẻ được hỗ trợ 1-2 triệu đồng/tháng cho đến khi đủ 18 tuổi.

Bà Đặng Hoa Nam, Cục trưởng Cục Trẻ em, cho biết năm 2024 Bộ dự kiến hỗ trợ thêm khoảng 4.000 trẻ em mồ côi tiếp cận dịch vụ chăm sóc thay thế. Người dân phát hiện trẻ bị xâm hại có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí).

Theo Quyết định số 1438/QĐ-TTg, đến năm 2025 phấn đấu 90% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc để phục hồi, hòa nhập cộng đồng.

Hoàng Minh
"""

T6 = P("tính đến cuối tháng 6/2024", None, "2024-06-30")
T6i = INH(T6)
HCM = "TP Hồ Chí Minh"

FIG = [
    F("Gần 2.900 trẻ", "2.900", 2900, "count", "trẻ",
      "trẻ mồ côi cả cha lẫn mẹ nhận trợ cấp hằng tháng", T6i, approx="nearly"),
    F("khoảng 1,6 triệu trẻ em", "1,6", 1.6e6, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", T6,
      approx="about", percent=6.8),
    F("hơn 15.200 em", "15.200", 15200, "count", "em", "trẻ em mồ côi cha hoặc mẹ do đại dịch Covid-19", T6i,
      approx="over", total=1.6e6),
    F("trong đó 2.871 em", "2.871", 2871, "count", "em",
      "trẻ em mồ côi cả cha lẫn mẹ đang được hưởng trợ cấp xã hội hằng tháng", T6i, total=15200),
    F("trẻ dưới 4 tuổi là", "4", 4, "measure", "tuổi", approx="under", optional=True),
    F("là 1,25 triệu đồng", "1,25", 1.25e6, "money", "đồng", "mức trợ cấp hằng tháng đối với trẻ dưới 4 tuổi"),
    F("từ 4 tuổi trở lên", "4", 4, "measure", "tuổi", approx="at_least", optional=True),
    F("là 750.000 đồng", "750.000", 750000, "money", "đồng",
      "mức trợ cấp hằng tháng đối với trẻ từ 4 tuổi trở lên"),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có nhiều trẻ mồ côi do Covid-19 nhất",
      optional=True),
    F("lần lượt 5.374", "5.374", 5374, "count", "em", "trẻ mồ côi do Covid-19", location=HCM),
    F("5.374, 2.176", "2.176", 2176, "count", "em", "trẻ mồ côi do Covid-19", location="Bình Dương"),
    F("và 1.283 em", "1.283", 1283, "count", "em", "trẻ mồ côi do Covid-19", location="Đồng Nai"),
    F("hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", "chương trình Đỡ đầu trẻ mồ côi vận động",
      approx="over", location=HCM),
    F("hỗ trợ 1-2 triệu", "1", 1e6, "money", "đồng/tháng", "mỗi trẻ được hỗ trợ", value_max=2e6, location=HCM),
    F("đủ 18 tuổi", "18", 18, "measure", "tuổi", location=HCM, optional=True),
    F("khoảng 4.000 trẻ em", "4.000", 4000, "count", "trẻ em",
      "trẻ em mồ côi được hỗ trợ thêm tiếp cận dịch vụ chăm sóc thay thế",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("phấn đấu 90%", "90", 90, "percent", "%",
      "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc để phục hồi, hòa nhập cộng đồng",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "National press ('Thứ năm, 1/8/2024, 06:30 (GMT+7)'), byline at the end: orphans of Covid-19 on monthly allowances.",
    "'Trong số này' makes 15.200 a part of 1,6 triệu; 'trong đó' makes 2.871 a part of 15.200. 'chiếm 6,8% tổng số trẻ em' → percent of 1,6 triệu.",
    "Provinces in the 'lần lượt' list go to location (TP HCM written as such; gold 'TP Hồ Chí Minh'). The TP HCM programme figures are TP HCM's.",
    "'Từ ngày 1/7/2024' (start of validity) gives no period. '1-2 triệu đồng/tháng' is a range, the multiplier applies to both ends.",
    "Optional: age thresholds (dưới 4 tuổi, từ 4 tuổi trở lên, đủ 18 tuổi) and 'Ba địa phương' (the size of a top list).",
    "Distractors: '(GMT+7)', Quyết định số 1438/QĐ-TTg, hotline 111, 'ngày 1/7/2024'.",
]

emit("p568-6", TEXT, COMMENTS, FIG, published="2024-08-01", location="Việt Nam")
