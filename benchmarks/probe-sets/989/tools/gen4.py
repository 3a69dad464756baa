"""p989-4: BHXH Việt Nam site, national results of 2023 and targets."""
from lib import F, P, I, C, T, write

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
Trang chủ » Tin hoạt động ngành

Năm 2023, tỷ lệ bao phủ BHYT đạt 93,35% dân số

09/01/2024 15:42

Ngày 8/1, BHXH Việt Nam tổ chức Hội nghị triển khai công tác năm 2024. Theo báo cáo, tính đến ngày 31/12/2023, cả nước có 93,3 triệu người tham gia BHYT, đạt tỷ lệ bao phủ 93,35% dân số, vượt 0,15 điểm phần trăm so với chỉ tiêu Nghị quyết số 01/NQ-CP giao.

Số người tham gia BHXH tự nguyện đạt khoảng 1,83 triệu người, chiếm 3,9% lực lượng lao động trong độ tuổi; trong đó số người thuộc hộ nghèo, hộ cận nghèo được ngân sách hỗ trợ mức đóng là 142.600 người. Số người tham gia BHYT hộ gia đình là 19,7 triệu người, giảm 3,4% so với năm 2022.

Có 38/63 tỉnh, thành phố hoàn thành chỉ tiêu phát triển người tham gia BHXH tự nguyện. Các địa phương có số người tham gia lớn nhất lần lượt là Thanh Hóa, Nghệ An và Hà Nội với 112.450, 97.380 và 85.120 người.

Năm 2023, toàn ngành thu được 512.786 tỷ đồng, đạt 103,2% dự toán. Số nợ đóng BHXH, BHYT, BHTN là 16.450 tỷ đồng, chiếm 3,2% số phải thu, giảm 0,5 điểm phần trăm so với năm 2022.

Năm 2024, ngành BHXH phấn đấu tỷ lệ bao phủ BHYT đạt 94,1% dân số, số người tham gia BHXH tự nguyện đạt khoảng 2,1 triệu người. Theo Nghị quyết số 28-NQ/TW, đến năm 2025 có khoảng 2,5% lực lượng lao động trong độ tuổi là nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện; đến năm 2030 là 5%.

Phát biểu tại Hội nghị, Phó Thủ tướng Trần Hồng Hà đề nghị ngành tập trung thu hồi nợ, rà soát người tham gia BHYT trùng thẻ, sớm đạt mục tiêu BHYT toàn dân.

Trụ sở: Số 7 Tràng Thi, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3936.8519
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
V = "người tham gia BHXH tự nguyện"

FIGS = [
    F("đạt 93,35% dân số\n", "93,35", 93.35, "percent", "%", "tỷ lệ bao phủ BHYT", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 93,3 triệu người", "93,3", 93.3e6, "count", "người", "người tham gia BHYT", ASOF,
      percent=93.35, change=C("increase", 0.15, "điểm phần trăm", "chỉ tiêu Nghị quyết số 01/NQ-CP giao")),
    F("khoảng 1,83 triệu người", "1,83", 1.83e6, "count", "người", V, I(ASOF), approx="about", percent=3.9),
    F("là 142.600 người", "142.600", 142600, "count", "người",
      "người thuộc hộ nghèo, hộ cận nghèo được ngân sách hỗ trợ mức đóng BHXH tự nguyện", I(ASOF), total=1.83e6),
    F("là 19,7 triệu người", "19,7", 19.7e6, "count", "người", "người tham gia BHYT hộ gia đình", I(ASOF),
      change=C("decrease", 3.4, "%", "năm 2022")),
    F("Có 38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố",
      "tỉnh, thành phố hoàn thành chỉ tiêu phát triển người tham gia BHXH tự nguyện", I(Y23), total=63),
    F("với 112.450", "112.450", 112450, "count", "người", V, I(Y23), location="Thanh Hóa"),
    F("97.380 và", "97.380", 97380, "count", "người", V, I(Y23), location="Nghệ An"),
    F("85.120 người", "85.120", 85120, "count", "người", V, I(Y23), location="Hà Nội"),
    F("thu được 512.786 tỷ đồng", "512.786", 512786e9, "money", "đồng", "số thu toàn ngành BHXH", Y23,
      percent=103.2),
    F("là 16.450 tỷ đồng", "16.450", 16450e9, "money", "đồng", "số nợ đóng BHXH, BHYT, BHTN", I(Y23),
      percent=3.2, change=C("decrease", 0.5, "điểm phần trăm", "năm 2022")),
    F("đạt 94,1% dân số", "94,1", 94.1, "percent", "%", "tỷ lệ bao phủ BHYT", Y24, status="target"),
    F("khoảng 2,1 triệu người", "2,1", 2.1e6, "count", "người", V, Y24, status="target", approx="about"),
    F("khoảng 2,5% lực lượng", "2,5", 2.5, "percent", "%",
      "lực lượng lao động trong độ tuổi là nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện",
      P("đến năm 2025", None, "2025-12-31"), status="target", approx="about"),
    F("là 5%", "5", 5, "percent", "%",
      "lực lượng lao động trong độ tuổi là nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "BHXH Việt Nam (ministry-level agency): national results at 31/12/2023 and 2024/2025/2030 targets. Dateline '09/01/2024 15:42'.",
    "Distractors: 'Ngày 8/1', Nghị quyết số 01/NQ-CP, Nghị quyết số 28-NQ/TW, 'Số 7 Tràng Thi', phone 024.3936.8519, time 15:42.",
    "93,3 triệu: 'đạt tỷ lệ bao phủ 93,35%' is its percent, the gap to the plan 'vượt 0,15 điểm phần trăm so với chỉ tiêu' its change (as in h09/h10).",
    "142.600 follows 'trong đó' after the 1,83 triệu participants (same people, same date): total.",
    "38/63 tỉnh: total 63. The 'lần lượt … với 112.450, 97.380 và 85.120 người' list shares the indicator; provinces go to location.",
    "16.450 tỷ: 'chiếm 3,2%' is its percent; 'giảm 0,5 điểm phần trăm so với năm 2022' its change.",
    "Targets: 'phấn đấu' (2024) and Nghị quyết 28's 'đến năm 2025 … ; đến năm 2030 là 5%' (the second clause continues the first).",
    "Periods: headline 'Năm 2023' (scored); figures of sentences without their own phrase inherit the as-of date / the year.",
]

write("p989-4", TEXT, NOTES, FIGS, published="2024-01-09", location="Việt Nam")
