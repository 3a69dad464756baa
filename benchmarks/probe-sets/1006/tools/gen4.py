"""p1006-4: Việt Nam, central agency site (BHXH Việt Nam), pensions paid into accounts in 2024, targets for 2025."""
from lib import F, period, change, target, write_set

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
Trang chủ » Tin tức » Hoạt động ngành

Năm 2024: Gần 34% người hưởng lương hưu nhận tiền qua tài khoản

Ngày đăng: 07/03/2025 | Lượt xem: 1.964

Theo báo cáo của BHXH Việt Nam, năm 2024 toàn ngành chi trả lương hưu, trợ cấp BHXH hàng tháng cho khoảng 3,35 triệu người; trong đó hơn 1,13 triệu người nhận qua tài khoản cá nhân, chiếm 33,8%, tăng 126.000 người so với năm 2023. Tại khu vực đô thị, tỷ lệ này đạt 61,5%.

Đối với các chế độ khác, tỷ lệ người hưởng trợ cấp thất nghiệp nhận qua tài khoản đạt 99,6%, người hưởng BHXH một lần đạt 92,4%. Tổng số tiền chi trả qua tài khoản năm 2024 ước đạt 141.520 tỷ đồng, gấp 1,4 lần năm 2022.

Có 21/63 địa phương đạt tỷ lệ chi trả qua tài khoản ở khu vực đô thị từ 80% trở lên, dẫn đầu là Hà Nội (84,6%), TP Hồ Chí Minh (83,9%), Đà Nẵng (82,7%) và Bình Dương (81,2%). Ngược lại, tỷ lệ này ở Lai Châu chỉ đạt 8,3%.

Để thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ, BHXH Việt Nam đặt mục tiêu đến hết năm 2025 tỷ lệ người hưởng ở đô thị nhận qua tài khoản đạt 80%. Đây là lần thứ 3 chỉ tiêu này được đưa vào nghị quyết của Chính phủ. Hiện BHXH Việt Nam đã ký thỏa thuận hợp tác với 45 ngân hàng thương mại; dự kiến năm 2025, số tiền chi trả qua tài khoản đạt khoảng 160.000 tỷ đồng.

Địa chỉ: Số 7 Tràng Thi, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3936.1860
"""

P24 = period("năm 2024", "2024-01-01", "2024-12-31")
URB = "tỷ lệ chi trả qua tài khoản ở khu vực đô thị"

FIGS = [
    F("Gần 34%", "34", 34, "percent", "%", "tỷ lệ người hưởng lương hưu nhận tiền qua tài khoản",
      period("Năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("khoảng 3,35 triệu người", "3,35", 3.35e6, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng", P24,
      approx="about"),
    F("hơn 1,13 triệu người", "1,13", 1.13e6, "count", "người", "người nhận lương hưu, trợ cấp qua tài khoản cá nhân", P24,
      approx="over", total=3.35e6, percent=33.8, change=change("increase", 126000, "người", "năm 2023")),
    F("đạt 61,5%", "61,5", 61.5, "percent", "%", "tỷ lệ người hưởng ở khu vực đô thị nhận qua tài khoản",
      dict(P24, inherited=True)),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ người hưởng trợ cấp thất nghiệp nhận qua tài khoản"),
    F("đạt 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ người hưởng BHXH một lần nhận qua tài khoản"),
    F("ước đạt 141.520 tỷ đồng", "141.520", 141520e9, "money", "đồng", "tổng số tiền chi trả qua tài khoản", P24,
      status="estimate", change=change("increase", 1.4, "lần", "năm 2022")),
    F("Có 21/63 địa phương", "21", 21, "count", "địa phương",
      "địa phương đạt tỷ lệ chi trả qua tài khoản ở khu vực đô thị từ 80% trở lên", total=63),
    F("từ 80% trở lên", "80", 80, "percent", "%", URB, approx="at_least", optional=True),
    F("(84,6%)", "84,6", 84.6, "percent", "%", URB, location="Hà Nội"),
    F("(83,9%)", "83,9", 83.9, "percent", "%", URB, location="TP Hồ Chí Minh"),
    F("(82,7%)", "82,7", 82.7, "percent", "%", URB, location="Đà Nẵng"),
    F("(81,2%)", "81,2", 81.2, "percent", "%", URB, location="Bình Dương"),
    F("chỉ đạt 8,3%", "8,3", 8.3, "percent", "%", URB, location="Lai Châu"),
    F("khoản đạt 80%", "80", 80, "percent", "%", "tỷ lệ người hưởng ở đô thị nhận qua tài khoản",
      period("đến hết năm 2025", end="2025-12-31"), status="target"),
    F("45 ngân hàng thương mại", "45", 45, "count", "ngân hàng thương mại",
      "ngân hàng thương mại ký thỏa thuận hợp tác với BHXH Việt Nam"),
    F("khoảng 160.000 tỷ đồng", "160.000", 160000e9, "money", "đồng", "số tiền chi trả qua tài khoản",
      period("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "BHXH Việt Nam (central agency site): chi trả lương hưu, trợ cấp qua tài khoản năm 2024, top provinces, 2025 target and forecast.",
    "Distractors: Ngày đăng 07/03/2025, Lượt xem 1.964, Nghị quyết số 01/NQ-CP ngày 08/01/2025, 'lần thứ 3' (ordinal), Số 7 Tràng Thi, 024.3936.1860.",
    "'gấp 1,4 lần năm 2022' follows the money figure -> its change (increase, 1,4 lần), as 'tăng hơn 2,8 lần so với cùng kỳ' in the shared gold.",
    "'từ 80% trở lên' is the threshold defining the group of 21 provinces: optional. 21/63 -> total 63.",
    "Figures of the 'Đối với các chế độ khác' and ranking sentences carry no period (none stated in their sentence; 'năm 2024' only in the previous paragraph/sentence of a different measure).",
]

write_set(4, TEXT, FIGS, NOTES, published="2025-03-07", location="Việt Nam")
