"""p814-6: national newspaper: Đường sách TP Hồ Chí Minh 2024, second book street plan, national count."""
from lib import F, P, I, C, T, write

TEXT = """Văn hóa > Sách
Chủ nhật, 5/1/2025, 09:30 (GMT+7)

Đường sách TP HCM thu gần 130 tỷ đồng

Năm 2024, Đường sách TP Hồ Chí Minh đón khoảng 3,2 triệu lượt khách, bán ra hơn 1,15 triệu bản sách; doanh thu đạt 129,6 tỷ đồng, tăng 14% so với năm 2023 và vượt 8% kế hoạch.

Trong số sách bán ra, sách thiếu nhi chiếm 31%, sách kỹ năng sống 18%, văn học 16%. Đường sách hiện có 22 đơn vị tham gia với 26 gian hàng, trưng bày khoảng 60.000 tựa sách; trong năm, đơn vị vận hành tổ chức 352 sự kiện giới thiệu sách, giao lưu tác giả.

Ông Lê Hoàng, Giám đốc Công ty Đường sách, cho biết sau 9 năm hoạt động, từ khi khai trương tháng 1/2016 đến nay, đường sách đã đón trên 25 triệu lượt khách, doanh thu lũy kế khoảng 720 tỷ đồng. Giá thuê mỗi gian hàng hiện từ 18 đến 25 triệu đồng/tháng.

Theo Sở Thông tin và Truyền thông, năm 2025 thành phố phấn đấu hoàn thành đường sách thứ hai tại TP Thủ Đức, quy mô khoảng 1,2 ha, tổng vốn dự kiến 45 tỷ đồng. Thành phố cũng đặt mục tiêu đến năm 2030 có ít nhất 5 phố sách ở các quận, huyện.

Theo Bộ Thông tin và Truyền thông, tính đến hết năm 2024 cả nước có 41 đường sách, phố sách tại 34 tỉnh, thành phố; tổng lượt khách ước khoảng 9 triệu.

Đường sách nằm trên đường Nguyễn Văn Bình, phường Bến Nghé, mở cửa từ 8 giờ đến 21 giờ hằng ngày.

Hà Linh
"""

HCM = "TP Hồ Chí Minh"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("trong năm", "2024-01-01", "2024-12-31")
SINCE = P("từ khi khai trương tháng 1/2016 đến nay", "2016-01-01", "2025-01-05")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
ASOF = P("tính đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("gần 130 tỷ đồng", "130", 130e9, "money", "đồng", "doanh thu Đường sách TP HCM",
      I(Y24), approx="nearly"),
    F("khoảng 3,2 triệu lượt", "3,2", 3.2e6, "count", "lượt khách",
      "lượt khách đến Đường sách", Y24, approx="about"),
    F("hơn 1,15 triệu bản", "1,15", 1.15e6, "count", "bản sách",
      "bản sách bán ra", Y24, approx="over"),
    F("đạt 129,6 tỷ đồng", "129,6", 129.6e9, "money", "đồng",
      "doanh thu Đường sách", Y24, change=C("increase", 14, "%", "năm 2023")),
    F("vượt 8% kế hoạch", "8", 8, "percent", "%",
      "doanh thu vượt kế hoạch", Y24, optional=True),
    F("chiếm 31%", "31", 31, "percent", "%", "sách thiếu nhi trong số sách bán ra", I(Y24)),
    F("sống 18%", "18", 18, "percent", "%", "sách kỹ năng sống trong số sách bán ra", I(Y24)),
    F("văn học 16%", "16", 16, "percent", "%", "sách văn học trong số sách bán ra", I(Y24)),
    F("có 22 đơn vị", "22", 22, "count", "đơn vị", "đơn vị tham gia Đường sách"),
    F("với 26 gian hàng", "26", 26, "count", "gian hàng", "gian hàng của Đường sách"),
    F("khoảng 60.000 tựa sách", "60.000", 60000, "count", "tựa sách",
      "tựa sách trưng bày", approx="about"),
    F("tổ chức 352 sự kiện", "352", 352, "count", "sự kiện",
      "sự kiện giới thiệu sách, giao lưu tác giả", TN),
    F("sau 9 năm", "9", 9, "measure", "năm", "thời gian hoạt động của Đường sách", optional=True),
    F("trên 25 triệu lượt", "25", 25e6, "count", "lượt khách",
      "lượt khách đến Đường sách", SINCE, approx="over"),
    F("khoảng 720 tỷ đồng", "720", 720e9, "money", "đồng",
      "doanh thu lũy kế của Đường sách", SINCE, approx="about"),
    F("từ 18 đến 25 triệu", "18", 18e6, "money", "đồng/tháng",
      "giá thuê mỗi gian hàng", value_max=25e6),
    F("khoảng 1,2 ha", "1,2", 1.2, "measure", "ha",
      "quy mô đường sách thứ hai", Y25, approx="about", status="target",
      location="Thủ Đức"),
    F("dự kiến 45 tỷ đồng", "45", 45e9, "money", "đồng",
      "tổng vốn đường sách thứ hai", Y25, status="forecast",
      location="Thủ Đức"),
    F("ít nhất 5 phố sách", "5", 5, "count", "phố sách",
      "phố sách ở các quận, huyện", T30, approx="at_least", status="target"),
    F("có 41 đường sách", "41", 41, "count", "đường sách, phố sách",
      "đường sách, phố sách", ASOF, location="Việt Nam"),
    F("tại 34 tỉnh", "34", 34, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có đường sách, phố sách", ASOF, location="Việt Nam"),
    F("khoảng 9 triệu", "9", 9e6, "count", "lượt khách",
      "tổng lượt khách đến các đường sách, phố sách", ASOF, approx="about",
      status="estimate", location="Việt Nam"),
]

NOTES = [
    "National newspaper: Đường sách TP Hồ Chí Minh results 2024, cumulative since 1/2016, second book street plan, national count.",
    "Not figures: 'Chủ nhật, 5/1/2025, 09:30 (GMT+7)', 'tháng 1/2016' (opening), 'đường sách thứ hai' (ordinal), 'đường Nguyễn Văn Bình',",
    "opening hours '8 giờ đến 21 giờ'. 'sau 9 năm hoạt động' (age) optional. Headline figure inherits 'Năm 2024'.",
    "129,6 tỷ: first change 'tăng 14%' is its attribute; the plan gap 'vượt 8% kế hoạch' is a second change: an optional percent figure.",
    "Share list 'sách thiếu nhi chiếm 31%, sách kỹ năng sống 18%, văn học 16%' shares 'trong số sách bán ra'; period from paragraph above (inherited).",
    "'hiện có' stock figures and the stall rent ('hiện') get no period; 'trong năm' = 2024. 'từ ... tháng 1/2016 đến nay' ends at the dateline.",
    "Thủ Đức project figures: location Thủ Đức (a city of TP HCM); 'phấn đấu' -> target for 1,2 ha, 'tổng vốn dự kiến' -> forecast.",
    "revised after the first run: 'tại TP Thủ Đức' removed from the subjects of 1,2 ha and 45 tỷ (the place is the location, not part of the subject).",
    "Ministry's national count: location Việt Nam; 'ước khoảng 9 triệu' -> estimate, about.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-01-05", location="TP Hồ Chí Minh")
