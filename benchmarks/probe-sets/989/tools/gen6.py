"""p989-6: national newspaper, TP HCM voluntary BHXH in 2024 and the 2024 Law from 1/7/2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Dân sinh
Thứ năm, 13/3/2025, 07:40 (GMT+7)

Mỗi tháng hơn một nghìn người TP HCM ngừng đóng BHXH tự nguyện

Năm 2024, TP HCM có 163.480 người tham gia BHXH tự nguyện, tăng 8,6% so với năm 2023, nhưng mới chiếm 2,7% lực lượng lao động trong độ tuổi.

Theo bà Trần Thị Thu Hằng, Phó giám đốc BHXH TP HCM, bình quân mỗi tháng có từ 1.200 đến 1.500 người ngừng đóng, chủ yếu là lao động tự do có thu nhập bấp bênh. Trong năm, thành phố giải quyết cho 98.215 người hưởng BHXH một lần, trong đó khoảng 6.300 người đang tham gia BHXH tự nguyện.

Số người tham gia BHYT hộ gia đình của thành phố khoảng 1,05 triệu người. Tỷ lệ bao phủ BHYT toàn thành phố đạt 92,4% dân số, thấp hơn mục tiêu 93% do HĐND thành phố đề ra. Ngân sách thành phố đã chi hơn 42 tỷ đồng hỗ trợ mức đóng BHXH tự nguyện cho 31.200 người.

Từ ngày 1/7/2025, Luật BHXH năm 2024 có hiệu lực, giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm. Công dân từ đủ 75 tuổi không có lương hưu sẽ được hưởng trợ cấp hưu trí xã hội. Theo bà Hằng, quy định mới giúp người lớn tuổi tham gia muộn vẫn có cơ hội hưởng lương hưu, nên dự kiến năm 2025 thành phố phát triển thêm 25.000 người tham gia BHXH tự nguyện.

Trên cả nước, hiện có hơn 2 triệu người tham gia BHXH tự nguyện, gấp 9 lần năm 2018. Trụ sở BHXH TP HCM tại số 117C Nguyễn Đình Chính, quận Phú Nhuận tiếp nhận hồ sơ cả ngày thứ bảy.

Lê Tuyết
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HCM = "Thành phố Hồ Chí Minh"

FIGS = [
    F("hơn một nghìn người", "một", 1000, "count", "người/tháng", "người ngừng đóng BHXH tự nguyện mỗi tháng", approx="over"),
    F("có 163.480 người", "163.480", 163480, "count", "người", "người tham gia BHXH tự nguyện", Y24,
      change=C("increase", 8.6, "%", "năm 2023"), percent=2.7),
    F("từ 1.200 đến 1.500 người", "1.200", 1200, "count", "người/tháng", "người ngừng đóng BHXH tự nguyện mỗi tháng",
      value_max=1500),
    F("cho 98.215 người", "98.215", 98215, "count", "người", "người hưởng BHXH một lần",
      P("Trong năm", "2024-01-01", "2024-12-31")),
    F("khoảng 6.300 người", "6.300", 6300, "count", "người", "người hưởng BHXH một lần đang tham gia BHXH tự nguyện",
      P("Trong năm", "2024-01-01", "2024-12-31"), approx="about", total=98215),
    F("khoảng 1,05 triệu người", "1,05", 1.05e6, "count", "người", "người tham gia BHYT hộ gia đình", approx="about", period=I(Y24)),
    F("đạt 92,4% dân số", "92,4", 92.4, "percent", "%", "tỷ lệ bao phủ BHYT toàn thành phố", target=T(93, "%", False), period=I(Y24)),
    F("hơn 42 tỷ đồng", "42", 42e9, "money", "đồng", "ngân sách thành phố hỗ trợ mức đóng BHXH tự nguyện", approx="over", period=I(Y24)),
    F("cho 31.200 người", "31.200", 31200, "count", "người", "người được hỗ trợ mức đóng BHXH tự nguyện", period=I(Y24)),
    F("từ 20 năm", "20", 20, "measure", "năm", "số năm đóng tối thiểu để hưởng lương hưu", optional=True,
      location="Việt Nam"),
    F("xuống 15 năm", "15", 15, "measure", "năm", "số năm đóng tối thiểu để hưởng lương hưu", optional=True,
      location="Việt Nam"),
    F("đủ 75 tuổi", "75", 75, "measure", "tuổi", "tuổi được hưởng trợ cấp hưu trí xã hội", optional=True,
      location="Việt Nam", approx="at_least"),
    F("thêm 25.000 người", "25.000", 25000, "count", "người", "người tham gia BHXH tự nguyện phát triển thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("hơn 2 triệu người", "2", 2e6, "count", "người", "người tham gia BHXH tự nguyện", approx="over",
      location="Việt Nam", change=C("increase", 9, "lần", "năm 2018")),
]

NOTES = [
    "National newspaper (VnExpress-like), 'Thứ năm, 13/3/2025, 07:40 (GMT+7)': TP HCM voluntary BHXH and household BHYT in 2024; Luật BHXH 2024.",
    "Headline 'hơn một nghìn người' (number word một × nghìn = 1000, approx over) per month: unit người/tháng (cf. per-unit amounts).",
    "Distractors: weekday/time/GMT+7, 'ngày 1/7/2025', 'Luật BHXH năm 2024', 'năm 2018' (baseline), 'số 117C Nguyễn Đình Chính', 'thứ bảy'.",
    "163.480: 'tăng 8,6% so với năm 2023' change, 'chiếm 2,7%' percent. 6.300 follows 'trong đó' after 98.215 (same people, same year): total.",
    "92,4% 'thấp hơn mục tiêu 93%': target 93 not met (no numeric gap, so no change). The 'Trong năm' of 98.215 is 2024.",
    "Law thresholds (20 → 15 năm, từ đủ 75 tuổi) describe the national scheme's rules, not a measured fact: optional, Việt Nam.",
    "'dự kiến năm 2025 … 25.000 người' is forecast. 'hơn 2 triệu người …, gấp 9 lần năm 2018': the multiple follows a figure, so it is its change.",
    "Location: TP HCM (default, 'Thành phố Hồ Chí Minh'); 'Trên cả nước' → Việt Nam. Sentences of the 2024 results without their own phrase inherit 'Năm 2024'; the quote and 'hiện' get none.",
]

write("p989-6", TEXT, NOTES, FIGS, published="2025-03-13", location=HCM)
