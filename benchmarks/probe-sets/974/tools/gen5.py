"""p974-5: Party/provincial newspaper (Báo Bắc Kạn), HTX đinh lăng, cà gai leo in huyện Pác Nặm; byline + bare date at the end."""
from lib import F, P, I, CH, T, write

TEXT = """Pác Nặm: Liên kết trồng đinh lăng, cà gai leo mở hướng thoát nghèo

Năm 2021, Hợp tác xã Dược liệu Nặm Nhì (xã Nhạn Môn) được thành lập với 7 thành viên. Đến nay, HTX đã liên kết với 156 hộ ở 4 xã Nhạn Môn, Giáo Hiệu, Bằng Thành và Cổ Linh, trồng được 48 ha đinh lăng và 22 ha cà gai leo. Vùng trồng nằm dọc Tỉnh lộ 258B, thuận lợi cho việc vận chuyển.

Năm 2023, HTX thu mua, sơ chế 96 tấn dược liệu, doanh thu đạt 2,35 tỷ đồng, lợi nhuận gần 410 triệu đồng. 9 tháng đầu năm 2024, doanh thu ước đạt 2,1 tỷ đồng, bằng 89% cả năm 2023. Hiện HTX tạo việc làm thường xuyên cho 18 lao động với mức lương 5,5-6 triệu đồng/người/tháng.

Theo ông Triệu Văn Ba, Giám đốc HTX, đinh lăng phải trồng từ 3 năm trở lên mới cho thu hoạch củ, mỗi ha cho khoảng 12-15 tấn củ tươi; giá củ khô hiện ở mức 80.000 đồng/kg. Cà gai leo thu hoạch 3 lứa/năm, năng suất cà gai leo khô đạt 4 tấn/ha. Sản phẩm trà cà gai leo của HTX đã được công nhận OCOP 3 sao.

Nhờ tham gia liên kết, 37 hộ thành viên đã thoát nghèo trong 3 năm qua. Huyện Pác Nặm hiện có tỷ lệ hộ nghèo 38,6%, giảm 7,2 điểm phần trăm so với năm 2022. Huyện phấn đấu đến năm 2025 mở rộng vùng dược liệu lên 150 ha, trong đó đinh lăng 100 ha.

NGỌC ANH
15/10/2024
"""

NOW = P("Đến nay", None, "2024-10-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
BY2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("với 7 thành viên", "7", 7, "count", "thành viên", "thành viên Hợp tác xã Dược liệu Nặm Nhì khi thành lập",
      P("Năm 2021", "2021-01-01", "2021-12-31")),
    F("với 156 hộ", "156", 156, "count", "hộ", "hộ liên kết với HTX", NOW),
    F("ở 4 xã", "4", 4, "count", "xã", "xã có hộ liên kết với HTX", NOW),
    F("được 48 ha", "48", 48, "measure", "ha", "diện tích đinh lăng", NOW),
    F("và 22 ha", "22", 22, "measure", "ha", "diện tích cà gai leo", NOW),
    F("sơ chế 96 tấn", "96", 96, "measure", "tấn", "dược liệu HTX thu mua, sơ chế", Y23),
    F("đạt 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "doanh thu của HTX", Y23),
    F("gần 410 triệu đồng", "410", 410000000, "money", "đồng", "lợi nhuận của HTX", Y23, approx="nearly"),
    F("ước đạt 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "doanh thu của HTX", M9, percent=89,
      status="estimate"),
    F("cho 18 lao động", "18", 18, "count", "lao động", "lao động có việc làm thường xuyên tại HTX"),
    F("5,5-6 triệu đồng/người/tháng", "5,5", 5500000, "money", "đồng/người/tháng", "mức lương lao động HTX",
      value_max=6000000),
    F("từ 3 năm trở lên", "3", 3, "measure", "năm", "thời gian trồng đinh lăng trước khi thu hoạch củ",
      approx="at_least", optional=True),
    F("khoảng 12-15 tấn", "12", 12, "measure", "tấn", "sản lượng củ đinh lăng tươi mỗi ha", value_max=15,
      approx="about"),
    F("mức 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá củ đinh lăng khô"),
    F("thu hoạch 3 lứa/năm", "3", 3, "measure", "lứa/năm", "số lứa thu hoạch cà gai leo"),
    F("đạt 4 tấn/ha", "4", 4, "measure", "tấn/ha", "năng suất cà gai leo khô"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP của trà cà gai leo", optional=True),
    F(", 37 hộ", "37", 37, "count", "hộ", "hộ thành viên thoát nghèo"),
    F("hộ nghèo 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ hộ nghèo",
      change=CH("decrease", 7.2, "điểm phần trăm", "năm 2022")),
    F("lên 150 ha", "150", 150, "measure", "ha", "vùng dược liệu", BY2025, status="target"),
    F("đinh lăng 100 ha", "100", 100, "measure", "ha", "diện tích đinh lăng", BY2025, total=150, status="target"),
]

NOTES = [
    "Báo Bắc Kạn: HTX Dược liệu Nặm Nhì, huyện Pác Nặm (poor district); byline 'NGỌC ANH' and bare date 15/10/2024 at the end.",
    "Location is the district Pác Nặm throughout (communes lie in it). 'Đến nay' ends at the date at the end.",
    "'Hiện HTX tạo việc làm ...' is a new sentence: actual, no period. 'trong 3 năm qua' only locates the time (not a figure).",
    "'từ 3 năm trở lên' (a maturity threshold) and 'OCOP 3 sao' (a rating class) are optional. '3 lứa/năm' is a rate: measure.",
    "Gold change after the first run: subject of '7 thành viên' names the cooperative as the sentence does (was the abbreviation 'HTX').",
    "Distractors: Tỉnh lộ 258B, 'ông Triệu Văn Ba' (triệu is also a multiplier word), the bare date.",
]

write(5, TEXT, FIGS, published="2024-10-15", location="Pác Nặm", notes=NOTES)
