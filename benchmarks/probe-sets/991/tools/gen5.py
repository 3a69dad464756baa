"""p991-5: Party/provincial newspaper (Báo Quảng Nam), socialised funding for suspension bridges; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nối nhịp cầu treo cho vùng cao

Những năm qua, từ nguồn xã hội hóa, nhiều cây cầu treo kiên cố đã được bắc qua sông suối ở các huyện miền núi Quảng Nam, thay thế cầu tre, cầu gỗ tạm bợ.

Theo Sở Giao thông vận tải, từ năm 2020 đến nay, toàn tỉnh đã vận động xây dựng 41 cầu treo dân sinh với tổng kinh phí hơn 87 tỷ đồng, trong đó các doanh nghiệp, tổ chức, cá nhân đóng góp gần 52 tỷ đồng. Năm 2024, riêng nguồn xã hội hóa đạt 18,4 tỷ đồng, tăng 27% so với năm 2023, gấp 1,6 lần năm 2022.

Tại huyện Nam Trà My, 12 cây cầu treo mới đưa vào sử dụng đã giúp khoảng 1.800 hộ đồng bào Xê Đăng, Ca Dong ở các xã Trà Linh, Trà Cang, Trà Nam đi lại thuận lợi. Cầu treo thôn 2 (xã Trà Linh) dài 96 m, kinh phí 2,3 tỷ đồng do một doanh nghiệp ở TP Hồ Chí Minh tài trợ, được thi công trong 75 ngày.

"Trước đây, mùa mưa có 3-4 tháng học sinh phải nghỉ học vì không qua được suối. Nay có cầu, tỷ lệ học sinh đi học chuyên cần đạt trên 98%", ông Hồ Văn Năm, Chủ tịch UBND xã Trà Linh nói.

Năm 2025, tỉnh đặt mục tiêu xây dựng thêm 15 cầu treo, trong đó 9 cầu tại Tây Giang và Phước Sơn; tổng vốn dự kiến khoảng 34 tỷ đồng. Tỉnh cũng yêu cầu các huyện kiểm tra định kỳ 2 lần/năm đối với toàn bộ 236 cầu treo đang khai thác, kịp thời thay cáp, thay ván mặt cầu hư hỏng; những cầu đã khai thác trên 20 năm phải kiểm định trước mùa mưa bão.

Ông Lê Văn Dũng, Phó Giám đốc Sở GTVT cho biết, nhu cầu cầu treo ở 9 huyện miền núi còn rất lớn, với khoảng 70 vị trí người dân vẫn phải lội suối hoặc đi đò.

VĂN PHIN
22/3/2025
"""

FROM = P("từ năm 2020 đến nay", "2020-01-01", "2025-03-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIG = [
    F("xây dựng 41 cầu", "41", 41, "count", "cầu treo dân sinh", "cầu treo dân sinh vận động xây dựng", FROM),
    F("hơn 87 tỷ đồng", "87", 87e9, "money", "đồng", "tổng kinh phí", FROM, approx="over"),
    F("gần 52 tỷ đồng", "52", 52e9, "money", "đồng", "doanh nghiệp, tổ chức, cá nhân đóng góp", FROM,
      approx="nearly", total=87e9),
    F("đạt 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "nguồn xã hội hóa", Y24,
      change=C("increase", 27, "%", "năm 2023")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "nguồn xã hội hóa năm 2024 so với năm 2022", Y24, optional=True),
    F("Nam Trà My, 12 cây", "12", 12, "count", "cây cầu treo", "cầu treo mới đưa vào sử dụng", location="Nam Trà My"),
    F("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", "hộ đồng bào đi lại thuận lợi", approx="about",
      location="Nam Trà My"),
    F("dài 96 m", "96", 96, "measure", "m", "chiều dài cầu treo thôn 2", location="Nam Trà My"),
    F("kinh phí 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", "kinh phí cầu treo thôn 2", location="Nam Trà My"),
    F("trong 75 ngày", "75", 75, "measure", "ngày", "thời gian thi công cầu treo thôn 2", location="Nam Trà My"),
    F("có 3-4 tháng", "3", 3, "measure", "tháng", "thời gian học sinh phải nghỉ học mùa mưa", value_max=4,
      location="Nam Trà My"),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ học sinh đi học chuyên cần", approx="over", location="Nam Trà My"),
    F("thêm 15 cầu", "15", 15, "count", "cầu treo", "cầu treo xây dựng thêm", Y25, status="target"),
    F("9 cầu tại", "9", 9, "count", "cầu", "cầu xây dựng thêm tại Tây Giang và Phước Sơn", Y25, total=15,
      status="target"),
    F("khoảng 34 tỷ đồng", "34", 34e9, "money", "đồng", "tổng vốn", Y25, approx="about", status="forecast"),
    F("2 lần/năm", "2", 2, "measure", "lần/năm", "kiểm tra định kỳ", status="target", optional=True),
    F("toàn bộ 236 cầu", "236", 236, "count", "cầu treo", "cầu treo đang khai thác"),
    F("trên 20 năm", "20", 20, "measure", "năm", "thời gian khai thác", approx="over", optional=True),
    F("ở 9 huyện", "9", 9, "count", "huyện", "huyện miền núi có nhu cầu cầu treo"),
    F("khoảng 70 vị trí", "70", 70, "count", "vị trí", "vị trí người dân vẫn phải lội suối hoặc đi đò", approx="about"),
]

NOTES = [
    "Báo Quảng Nam style: socialised funding of suspension bridges; byline VĂN PHIN and bare date 22/3/2025 at the end.",
    "'từ năm 2020 đến nay' -> 2020-01-01 to published. 'gần 52 tỷ' after 'trong đó' -> total 87 tỷ.",
    "'tăng 27% so với năm 2023, gấp 1,6 lần năm 2022': the first comparison is the change; the second is a multiple of its own (optional).",
    "Nam Trà My figures -> location Nam Trà My (district). 'Cầu treo thôn 2' is a specific bridge: its length, cost, build time are required.",
    "'có 3-4 tháng học sinh phải nghỉ học' is a duration stated as the claim -> measure. The quote's 98% is the commune's (Nam Trà My).",
    "'đặt mục tiêu' governs 15 cầu and the 'trong đó 9 cầu' part (target, total 15); 'tổng vốn dự kiến' -> forecast.",
    "'2 lần/năm' (a required frequency) and 'trên 20 năm' (a category threshold) are optional. 9 cầu at two districts -> location Quảng Nam.",
    "Distractors: thôn 2, names Hồ Văn Năm / Lê Văn Dũng, bare date 22/3/2025.",
]

write("p991-5", TEXT, FIG, NOTES, published="2025-03-22", location="Quảng Nam")
