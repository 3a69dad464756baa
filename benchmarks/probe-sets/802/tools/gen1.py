"""p802-1: Nghệ An provincial portal, spring peanut crop 2024."""
from lib import F, write, year, inherit, change, period

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Nghệ An: Năng suất lạc xuân đạt 27,5 tạ/ha
Cập nhật: 12/06/2024 09:45 | Lượt xem: 2.316

Vụ xuân năm 2024, toàn tỉnh Nghệ An gieo trồng được 11.850 ha lạc, đạt 98,8% kế hoạch, giảm 320 ha so với vụ xuân năm 2023. Năng suất bình quân ước đạt 27,5 tạ/ha, tăng 1,2 tạ/ha so với cùng kỳ; sản lượng ước đạt 32.590 tấn. Tính đến ngày 10/6/2024, nông dân đã thu hoạch 10.900 ha, đạt 92% diện tích gieo trồng.

Các địa phương có diện tích lạc lớn là Nghi Lộc (2.650 ha), Diễn Châu (2.120 ha), Quỳnh Lưu (1.780 ha) và Hưng Nguyên (960 ha).

Trong vụ, tỉnh hỗ trợ 85 tấn giống lạc L14 và L27 cho các vùng sản xuất tập trung, tổng kinh phí gần 5,1 tỷ đồng theo Nghị quyết số 13/2023/NQ-HĐND. Mô hình lạc che phủ nilon tại xã Nghi Phong (huyện Nghi Lộc) quy mô 30 ha cho năng suất 34 tạ/ha, cao hơn 6 tạ/ha so với sản xuất đại trà; lợi nhuận đạt khoảng 45 triệu đồng/ha.

Hiện giá lạc củ khô được thương lái thu mua từ 28.000 đến 32.000 đồng/kg, cao hơn khoảng 10% so với năm trước. Toàn tỉnh có 14 cơ sở ép dầu lạc, công suất mỗi cơ sở từ 1 đến 3 tấn nguyên liệu/ngày.

Vụ hè thu, Sở Nông nghiệp và Phát triển nông thôn đặt mục tiêu gieo trồng 3.500 ha lạc trên đất chuyên lúa kém hiệu quả, phấn đấu năng suất đạt 22 tạ/ha trở lên. Đây là lần thứ 3 tỉnh triển khai chuyển đổi cơ cấu cây trồng trên đất lúa theo Kế hoạch số 245/KH-UBND.

Cổng thông tin điện tử tỉnh Nghệ An - Số 16 Trường Thi, TP Vinh
"""

Y = year("Vụ xuân năm 2024", 2024)
YI = inherit(Y)

FIGS = [
    F("lạc xuân đạt 27,5 tạ/ha", "27,5", 27.5, "measure", "tạ/ha", "năng suất lạc xuân"),
    F("gieo trồng được 11.850 ha", "11.850", 11850, "measure", "ha", "diện tích lạc gieo trồng", Y,
      percent=98.8, change=change("decrease", 320, "ha", "vụ xuân năm 2023")),
    F("bình quân ước đạt 27,5 tạ/ha", "27,5", 27.5, "measure", "tạ/ha", "năng suất lạc bình quân", YI,
      change=change("increase", 1.2, "tạ/ha", "cùng kỳ"), status="estimate"),
    F("ước đạt 32.590 tấn", "32.590", 32590, "measure", "tấn", "sản lượng lạc", YI, status="estimate"),
    F("thu hoạch 10.900 ha", "10.900", 10900, "measure", "ha", "diện tích lạc đã thu hoạch",
      period("Tính đến ngày 10/6/2024", None, "2024-06-10"), percent=92),
    F("Nghi Lộc (2.650 ha)", "2.650", 2650, "measure", "ha", "diện tích lạc", YI, location="Nghi Lộc"),
    F("Diễn Châu (2.120 ha)", "2.120", 2120, "measure", "ha", "diện tích lạc", YI, location="Diễn Châu"),
    F("Quỳnh Lưu (1.780 ha)", "1.780", 1780, "measure", "ha", "diện tích lạc", YI, location="Quỳnh Lưu"),
    F("Hưng Nguyên (960 ha)", "960", 960, "measure", "ha", "diện tích lạc", YI, location="Hưng Nguyên"),
    F("hỗ trợ 85 tấn giống", "85", 85, "measure", "tấn", "giống lạc hỗ trợ cho các vùng sản xuất tập trung", YI),
    F("gần 5,1 tỷ đồng", "5,1", 5.1e9, "money", "đồng", "tổng kinh phí hỗ trợ giống lạc", YI, approx="nearly"),
    F("quy mô 30 ha", "30", 30, "measure", "ha", "quy mô mô hình lạc che phủ nilon", location="Nghi Lộc"),
    F("năng suất 34 tạ/ha", "34", 34, "measure", "tạ/ha", "năng suất mô hình lạc che phủ nilon",
      change=change("increase", 6, "tạ/ha", "sản xuất đại trà"), location="Nghi Lộc"),
    F("khoảng 45 triệu đồng/ha", "45", 45e6, "money", "đồng/ha", "lợi nhuận mô hình lạc che phủ nilon",
      approx="about", location="Nghi Lộc"),
    F("từ 28.000 đến 32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá lạc củ khô thương lái thu mua",
      value_max=32000, change=change("increase", 10, "%", "năm trước", "about")),
    F("có 14 cơ sở ép dầu lạc", "14", 14, "count", "cơ sở", "cơ sở ép dầu lạc"),
    F("từ 1 đến 3 tấn", "1", 1, "measure", "tấn/ngày", "công suất mỗi cơ sở ép dầu lạc", value_max=3),
    F("gieo trồng 3.500 ha", "3.500", 3500, "measure", "ha",
      "diện tích lạc gieo trồng trên đất chuyên lúa kém hiệu quả vụ hè thu", inherit(year("năm 2024", 2024)),
      status="target"),
    F("đạt 22 tạ/ha trở lên", "22", 22, "measure", "tạ/ha", "năng suất lạc vụ hè thu",
      inherit(year("năm 2024", 2024)), approx="at_least", status="target"),
]

COMMENTS = [
    "Nghệ An provincial portal: spring peanut crop 2024 (area, yield, output, seed support, models, price, oil mills, summer target).",
    "Distractors: breadcrumb, 'Cập nhật: 12/06/2024 09:45', 'Lượt xem: 2.316', varieties L14/L27, 'Nghị quyết số 13/2023/NQ-HĐND',",
    "'lần thứ 3', 'Kế hoạch số 245/KH-UBND', address 'Số 16 Trường Thi'.",
    "A season with a year ('Vụ xuân năm 2024') is read as that year; a season without a year ('Vụ hè thu', 'Trong vụ') takes the",
    "article's year and is marked inherited. The district list does not add up to 11.850 ha: no total. 'Hiện' gives no period.",
    "The Nghi Phong model lies in huyện Nghi Lộc: location Nghi Lộc.",
    "revised: unit of '1 đến 3 tấn nguyên liệu/ngày' is tấn/ngày (a measure's unit is the measuring unit; the material is subject).",
]

write(1, TEXT, FIGS, COMMENTS, published="2024-06-12", location="Nghệ An")
