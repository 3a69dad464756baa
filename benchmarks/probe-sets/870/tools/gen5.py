"""p870-5: Báo Cần Thơ, upgrade of traffic-light system; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Cần Thơ: Nâng cấp hệ thống đèn tín hiệu giao thông thông minh

Những năm gần đây, thành phố Cần Thơ đầu tư mạnh cho hệ thống đèn tín hiệu giao thông, góp phần giảm ùn tắc tại các nút giao trọng điểm.

Theo Sở Giao thông vận tải thành phố, hiện Cần Thơ có 214 nút giao lắp đèn tín hiệu, tăng 37 nút so với năm 2020. Trong đó, quận Ninh Kiều có 96 nút, quận Cái Răng 41 nút, quận Bình Thủy 33 nút, các quận, huyện còn lại 44 nút.

Năm 2023, thành phố đã chi khoảng 15,6 tỷ đồng để thay thế 1.250 bộ đèn LED, lắp mới 68 bộ đèn đếm lùi và nâng cấp 52 tủ điều khiển. Đến nay, 75 nút giao đã được kết nối về Trung tâm điều khiển đèn tín hiệu, chiếm 35% tổng số nút. Số nút giao kết nối về Trung tâm hiện gấp 3 lần năm 2020.

Tại nút giao đường 30 Tháng 4 - Quốc lộ 91B và nút giao đường 3 Tháng 2 - Nguyễn Văn Cừ, chu kỳ đèn được điều chỉnh theo lưu lượng xe thực tế. Kết quả khảo sát của Sở cho thấy, tại các nút giao đã kết nối, thời gian đi qua nút vào giờ cao điểm giảm bình quân 18-22%, chiều dài hàng xe chờ giảm từ 150 m xuống còn khoảng 90 m.

Ông Trần Văn Năm, người dân phường Xuân Khánh, chia sẻ: “Trước đây giờ tan tầm có khi phải chờ rất lâu mới qua được ngã tư, nay xe đi nhanh hơn hẳn”.

Năm 2024, thành phố dự kiến đầu tư 22 tỷ đồng để lắp đèn tín hiệu tại 18 nút giao mới và kết nối thêm 40 nút về Trung tâm. Mục tiêu đến năm 2025, 100% nút giao trên các tuyến đường chính được điều khiển tập trung.

Bài, ảnh: MINH HUYỀN
17/6/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 214 nút giao", "214", 214, "count", "nút giao", "nút giao lắp đèn tín hiệu",
      change=C("increase", 37, "nút", "năm 2020")),
    F("Ninh Kiều có 96 nút", "96", 96, "count", "nút", "nút giao lắp đèn tín hiệu",
      total=214, location="Ninh Kiều"),
    F("Cái Răng 41 nút", "41", 41, "count", "nút", "nút giao lắp đèn tín hiệu",
      total=214, location="Cái Răng"),
    F("Bình Thủy 33 nút", "33", 33, "count", "nút", "nút giao lắp đèn tín hiệu",
      total=214, location="Bình Thủy"),
    F("còn lại 44 nút", "44", 44, "count", "nút",
      "nút giao lắp đèn tín hiệu các quận, huyện còn lại", total=214),
    F("khoảng 15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng",
      "kinh phí thay thế, nâng cấp đèn tín hiệu", Y23, approx="about"),
    F("thay thế 1.250 bộ", "1.250", 1250, "count", "bộ đèn LED", "bộ đèn LED thay thế", Y23),
    F("lắp mới 68 bộ", "68", 68, "count", "bộ đèn đếm lùi", "bộ đèn đếm lùi lắp mới", Y23),
    F("nâng cấp 52 tủ", "52", 52, "count", "tủ điều khiển", "tủ điều khiển nâng cấp", Y23),
    F("Đến nay, 75 nút giao", "75", 75, "count", "nút giao",
      "nút giao kết nối về Trung tâm điều khiển đèn tín hiệu",
      P("Đến nay", None, "2024-06-17"), percent=35),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      "số nút giao kết nối về Trung tâm so với năm 2020"),
    F("bình quân 18-22%", "18", 18, "percent", "%",
      "thời gian đi qua nút vào giờ cao điểm tại các nút giao đã kết nối", value_max=22),
    F("từ 150 m", "150", 150, "measure", "m", "chiều dài hàng xe chờ trước khi kết nối", optional=True),
    F("khoảng 90 m", "90", 90, "measure", "m", "chiều dài hàng xe chờ", approx="about"),
    F("đầu tư 22 tỷ đồng", "22", 22e9, "money", "đồng",
      "vốn đầu tư lắp đèn tín hiệu và kết nối Trung tâm", Y24, status="forecast"),
    F("tại 18 nút giao mới", "18", 18, "count", "nút giao", "nút giao lắp mới đèn tín hiệu", Y24,
      status="forecast"),
    F("thêm 40 nút", "40", 40, "count", "nút", "nút giao kết nối thêm về Trung tâm", Y24,
      status="forecast"),
    F("2025, 100% nút giao", "100", 100, "percent", "%",
      "nút giao trên các tuyến đường chính được điều khiển tập trung",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Báo Cần Thơ: nâng cấp đèn tín hiệu giao thông thông minh; byline 'Bài, ảnh: MINH HUYỀN' and bare date 17/6/2024 at the end.",
    "96+41+33+44 = 214 after 'Trong đó': each part gets total 214; districts go to location, 'các quận, huyện còn lại' stays Cần Thơ.",
    "'tăng 37 nút so với năm 2020' is the change of 214. 'gấp 3 lần năm 2020' standing as its own sentence is a multiple.",
    "'giảm từ 150 m xuống còn khoảng 90 m': 90 m is the claim (no change value is written); the starting level 150 m is optional.",
    "'Đến nay' = as-of the date line; 'Mục tiêu đến năm 2025' = target with end 2025-12-31.",
    "Distractors: đường 30 Tháng 4, Quốc lộ 91B, đường 3 Tháng 2, person 'Trần Văn Năm', the bare date.",
]

write(5, TEXT, FIGS, NOTES, published="2024-06-17", location="Cần Thơ")
