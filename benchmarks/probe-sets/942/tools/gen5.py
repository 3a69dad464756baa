"""p942-5: Báo Long An (Party newspaper), Láng Sen wetland reserve, huyện Tân Hưng, Jan 2025."""
from lib import F, write, period, year, change, target

TEXT = """BÁO LONG AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LONG AN

Láng Sen vào mùa chim

Những ngày đầu năm, Khu bảo tồn đất ngập nước Láng Sen (huyện Tân Hưng) rộn rã tiếng chim. Theo Ban Quản lý, Khu bảo tồn có diện tích 1.827 ha, trong đó vùng lõi khoảng 1.200 ha. Đợt khảo sát tháng 12/2024 ghi nhận khoảng 25.000 cá thể chim nước thuộc 42 loài, nhiều nhất là cò trắng, cò ốc và le hôi. Trong đợt này, lần đầu tiên sau 5 năm, Láng Sen còn đón hai cá thể sếu đầu đỏ về kiếm ăn trên đồng cỏ năng.

Năm 2024, đơn vị điều tiết nước, phục hồi 320 ha đồng cỏ năng và 150 ha rừng tràm; phát hiện, xử lý 7 vụ vi phạm, giảm 5 vụ so với năm 2023. Mùa khô năm nay, Khu bảo tồn bố trí 12 chốt canh lửa với 46 người trực 24/24 giờ, mỗi người được hỗ trợ 180.000 đồng/ngày.

Ông Nguyễn Văn Tám, Giám đốc Ban Quản lý, cho biết mực nước trong các ô bao được giữ từ 0,4 đến 0,6 m để cỏ năng phát triển. Toàn Khu bảo tồn hiện có 58 cán bộ, viên chức và lao động. Số loài chim ghi nhận tăng từ 36 loài năm 2022 lên 42 loài hiện nay.

Năm 2024, Láng Sen đón hơn 32.000 lượt khách, gấp 1,5 lần năm 2023, doanh thu đạt 2,6 tỷ đồng. Năm 2025, đơn vị phấn đấu đón 40.000 lượt khách; dự kiến đầu tư 3 tỷ đồng xây tháp quan sát chim cao 18 m bên Tỉnh lộ 831.

MINH TRÍ
24/01/2025
"""

D12 = period("tháng 12/2024", "2024-12-01", "2024-12-31")
Y24 = year("Năm 2024", 2024)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("diện tích 1.827 ha", "1.827", 1827, "measure", "ha", "diện tích Khu bảo tồn"),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích vùng lõi", approx="about", total=1827),
    F("khoảng 25.000 cá thể", "25.000", 25000, "count", "cá thể", "chim nước", D12, approx="about"),
    F("thuộc 42 loài", "42", 42, "count", "loài", "loài chim nước", D12),
    F("đón hai cá thể", "hai", 2, "count", "cá thể", "sếu đầu đỏ về kiếm ăn",
      period("tháng 12/2024", "2024-12-01", "2024-12-31", inherited=True)),
    F("phục hồi 320 ha", "320", 320, "measure", "ha", "đồng cỏ năng phục hồi", Y24),
    F("150 ha rừng tràm", "150", 150, "measure", "ha", "rừng tràm phục hồi", Y24),
    F("xử lý 7 vụ", "7", 7, "count", "vụ vi phạm", "vụ vi phạm phát hiện, xử lý", Y24,
      change=change("decrease", 5, "vụ", "năm 2023")),
    F("bố trí 12 chốt", "12", 12, "count", "chốt canh lửa", "chốt canh lửa", year("Mùa khô năm nay", 2025)),
    F("với 46 người", "46", 46, "count", "người", "người trực canh lửa", year("Mùa khô năm nay", 2025)),
    F("180.000 đồng/ngày", "180.000", 180000, "money", "đồng/ngày", "mức hỗ trợ người trực canh lửa",
      year("Mùa khô năm nay", 2025)),
    F("từ 0,4 đến 0,6 m", "0,4", 0.4, "measure", "m", "mực nước trong các ô bao", value_max=0.6),
    F("từ 36 loài", "36", 36, "count", "loài", "loài chim ghi nhận", year("năm 2022", 2022)),
    F("có 58 cán bộ", "58", 58, "count", "cán bộ, viên chức và lao động", "cán bộ, viên chức và lao động của Khu bảo tồn"),
    F("lên 42 loài", "42", 42, "count", "loài", "loài chim ghi nhận"),
    F("hơn 32.000 lượt khách", "32.000", 32000, "count", "lượt khách", "lượt khách du lịch", Y24, approx="over",
      change=change("increase", 1.5, "lần", "năm 2023")),
    F("đạt 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "doanh thu du lịch", Y24),
    F("đón 40.000 lượt khách", "40.000", 40000, "count", "lượt khách", "lượt khách du lịch", Y25, status="target"),
    F("đầu tư 3 tỷ đồng", "3", 3e9, "money", "đồng", "vốn đầu tư xây tháp quan sát chim", Y25, status="forecast"),
    F("cao 18 m", "18", 18, "measure", "m", "chiều cao tháp quan sát chim", Y25, status="forecast", optional=True),
]

NOTES = [
    "Báo Long An (Party newspaper), byline MINH TRÍ and bare date 24/01/2025 at the end: Láng Sen wetland reserve (huyện Tân Hưng), waterbirds, cranes, cỏ năng, fire watch, tourism.",
    "Location Tân Hưng: the text places the reserve in that district. 'lần đầu tiên sau 5 năm' and 'trực 24/24 giờ' are not figures (a duration locating an event; an idiom).",
    "'Mùa khô năm nay' -> 2025 (the article's year). 'gấp 1,5 lần năm 2023' after a count is its change (unit lần).",
    "'tăng từ 36 loài năm 2022 lên 42 loài hiện nay': both are figures; 36 has period 2022, 42 ('hiện nay') none and no change (the +6 is not written).",
    "'cao 18 m' is the planned tower's specification: optional. Distractors: Tỉnh lộ 831, Nguyễn Văn Tám, 24/24, masthead.",
]

write("p942-5", TEXT, FIGS, NOTES, published="2025-01-24", location="Tân Hưng")
