from lib import F, P, I, C, T, write

TEXT = """BÁO VĨNH LONG ĐIỆN TỬ
Kinh tế > Giao thông
Thứ Tư, 18/10/2023 | 10:35

Gần 4.000 xe máy điện đăng ký mới trong 9 tháng

(VLO) - 9 tháng năm 2023, Phòng Cảnh sát giao thông Công an tỉnh Vĩnh Long đã đăng ký mới 3.912 xe máy điện, tăng 46,8% so với cùng kỳ năm 2022, chiếm 11,4% tổng số xe máy đăng ký mới. Trong đó, TP Vĩnh Long dẫn đầu với 1.240 xe, tiếp theo là thị xã Bình Minh 530 xe và huyện Long Hồ 478 xe.

Cũng trong 9 tháng, có 286 ô tô điện được đăng ký, gấp 2,6 lần cùng kỳ. Lệ phí trước bạ thu từ xe máy điện 9 tháng đạt 1,86 tỷ đồng, bằng 72% cùng kỳ do nhiều mẫu xe giá rẻ được ưa chuộng. Ước tính cả năm 2023, số xe máy điện đăng ký mới đạt khoảng 5.300 xe.

Theo khảo sát của Tỉnh Đoàn tại 12 trường THPT, khoảng 35% học sinh đi xe đạp điện, xe máy điện đến trường. Nhiều phụ huynh cho rằng chi phí sạc mỗi tháng chỉ từ 40.000 - 60.000 đồng/xe, rẻ hơn nhiều so với xe xăng.

Toàn tỉnh hiện có 27 trạm sạc ô tô điện với 164 cổng sạc, trong đó 9 trạm nằm dọc Quốc lộ 1A và Quốc lộ 53. Công ty Điện lực Vĩnh Long cho biết sẽ phối hợp kiểm tra an toàn điện tại các điểm sạc tự phát trong khu dân cư.

Tỉnh phấn đấu đến năm 2025 có 50 trạm sạc công cộng, mỗi huyện, thị xã, thành phố có ít nhất 2 trạm. Đây là lần thứ 3 tỉnh điều chỉnh kế hoạch phát triển hạ tầng sạc cho phù hợp nhu cầu.

NGỌC TRẢI
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 4.000 xe máy điện", "4.000", 4000, "count", "xe máy điện", "xe máy điện đăng ký mới",
      P("9 tháng", "2023-01-01", "2023-09-30"), approx="nearly"),
    F("mới 3.912 xe máy điện", "3.912", 3912, "count", "xe máy điện", "xe máy điện đăng ký mới", M9,
      change=C("increase", 46.8, "%", "cùng kỳ năm 2022"), percent=11.4),
    F("với 1.240 xe", "1.240", 1240, "count", "xe", "xe máy điện đăng ký mới", I(M9), total=3912, location="Vĩnh Long"),
    F("Bình Minh 530 xe", "530", 530, "count", "xe", "xe máy điện đăng ký mới", I(M9), total=3912, location="Bình Minh"),
    F("Long Hồ 478 xe", "478", 478, "count", "xe", "xe máy điện đăng ký mới", I(M9), total=3912, location="Long Hồ"),
    F("có 286 ô tô điện", "286", 286, "count", "ô tô điện", "ô tô điện được đăng ký",
      P("Cũng trong 9 tháng", "2023-01-01", "2023-09-30"), change=C("increase", 2.6, "lần", "cùng kỳ")),
    F("đạt 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "lệ phí trước bạ thu từ xe máy điện",
      P("9 tháng", "2023-01-01", "2023-09-30"), percent=72),
    F("khoảng 5.300 xe", "5.300", 5300, "count", "xe", "xe máy điện đăng ký mới",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    F("tại 12 trường THPT", "12", 12, "count", "trường THPT", "trường THPT được khảo sát"),
    F("khoảng 35% học sinh", "35", 35, "percent", "%", "học sinh đi xe đạp điện, xe máy điện đến trường", approx="about"),
    F("từ 40.000 - 60.000 đồng/xe", "40.000", 40000, "money", "đồng/xe", "chi phí sạc mỗi tháng", value_max=60000),
    F("có 27 trạm sạc", "27", 27, "count", "trạm sạc", "trạm sạc ô tô điện"),
    F("với 164 cổng sạc", "164", 164, "count", "cổng sạc", "cổng sạc"),
    F("trong đó 9 trạm", "9", 9, "count", "trạm", "trạm sạc dọc Quốc lộ 1A và Quốc lộ 53", total=27),
    F("có 50 trạm sạc công cộng", "50", 50, "count", "trạm sạc", "trạm sạc công cộng", T25, status="target"),
    F("ít nhất 2 trạm", "2", 2, "count", "trạm", "trạm sạc mỗi huyện, thị xã, thành phố", T25, approx="at_least", status="target"),
]

NOTES = [
    "Báo Vĩnh Long online: headline figure 'Gần 4.000 xe máy điện … trong 9 tháng', tag '(VLO) -', dateline 'Thứ Tư, 18/10/2023 | 10:35'.",
    "Year-less '9 tháng' (headline, 'Cũng trong 9 tháng', 'xe máy điện 9 tháng') takes 2023 from the dateline / the lead.",
    "'Trong đó, TP Vĩnh Long dẫn đầu với 1.240 xe, …' parts after a sentence break -> total 3.912; TP Vĩnh Long is the city (location Vĩnh Long).",
    "Choice: 'gấp 2,6 lần cùng kỳ' right after a count is that count's change (increase 2,6 lần), like 'tăng 2,8 lần so với cùng kỳ';",
    "a 'gấp … lần' with no figure before it would be a multiple. 'bằng 72% cùng kỳ' is the percent of 1,86 tỷ đồng.",
    "'mỗi huyện … có ít nhất 2 trạm' is a stated target (kept required). 'chi phí sạc mỗi tháng' range: unit đồng/xe as written.",
    "Distractors: 'lần thứ 3', Quốc lộ 1A, Quốc lộ 53, 10:35, Thứ Tư.",
]

write("p966-8", TEXT, NOTES, FIGS, published="2023-10-18", location="Vĩnh Long")
