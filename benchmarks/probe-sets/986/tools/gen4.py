"""p986-4: Ministry of Health portal — national results 2024 of hypertension/diabetes management at commune stations."""
from lib import F, P, I, CH, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 07/04/2025 | Lượt xem: 1.204

Năm 2024: 97,9% trạm y tế xã triển khai quản lý bệnh tăng huyết áp

Theo báo cáo của Cục Quản lý Khám, chữa bệnh tại hội nghị ngày 5/4, trong năm 2024 cả nước có 9.820/10.035 trạm y tế xã triển khai dự phòng, quản lý bệnh tăng huyết áp; 7.615 trạm (chiếm 75,9%) triển khai quản lý đái tháo đường.

Tỷ lệ người tăng huyết áp được phát hiện và quản lý đạt 35,2%, người đái tháo đường đạt 31,5%, tăng lần lượt 4,1 và 3,8 điểm phần trăm so với năm 2023. Các địa phương có tỷ lệ quản lý tăng huyết áp cao là Thái Bình (68,4%), Nam Định (61,2%), Hà Nam (57,9%); thấp nhất là Lai Châu (12,3%).

Ước tính cả nước hiện có khoảng 17 triệu người mắc tăng huyết áp và gần 7 triệu người mắc đái tháo đường. Năm 2024, quỹ bảo hiểm y tế chi khoảng 3.150 tỷ đồng cho thuốc điều trị ngoại trú hai bệnh này tại tuyến xã, chiếm 41% tổng chi thuốc ngoại trú tuyến xã.

Thứ trưởng Bộ Y tế cho biết, theo Quyết định số 376/QĐ-TTg, đến năm 2025 phấn đấu 50% người tăng huyết áp và 55% người đái tháo đường được phát hiện; 95% trạm y tế xã triển khai dự phòng, quản lý bệnh không lây nhiễm. Năm 2025, Bộ dự kiến cấp bổ sung 2.000 máy đo đường huyết cho các trạm còn thiếu.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("trong năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ quản lý tăng huyết áp"

FIGS = [
    F("Năm 2024: 97,9%", "97,9", 97.9, "percent", "%",
      "trạm y tế xã triển khai quản lý bệnh tăng huyết áp", Y24),
    F("có 9.820/10.035 trạm", "9.820", 9820, "count", "trạm y tế xã",
      "trạm y tế xã triển khai dự phòng, quản lý bệnh tăng huyết áp", Y24b, total=10035),
    F("7.615 trạm", "7.615", 7615, "count", "trạm",
      "trạm triển khai quản lý đái tháo đường", Y24b, percent=75.9),
    F("đạt 35,2%", "35,2", 35.2, "percent", "%", "tỷ lệ người tăng huyết áp được phát hiện và quản lý",
      I(Y24b), change=CH("increase", 4.1, "điểm phần trăm", "năm 2023")),
    F("đạt 31,5%", "31,5", 31.5, "percent", "%", "tỷ lệ người đái tháo đường được phát hiện và quản lý",
      I(Y24b), change=CH("increase", 3.8, "điểm phần trăm", "năm 2023")),
    F("Thái Bình (68,4%)", "68,4", 68.4, "percent", "%", RATE, I(Y24b), location="Thái Bình"),
    F("Nam Định (61,2%)", "61,2", 61.2, "percent", "%", RATE, I(Y24b), location="Nam Định"),
    F("Hà Nam (57,9%)", "57,9", 57.9, "percent", "%", RATE, I(Y24b), location="Hà Nam"),
    F("Lai Châu (12,3%)", "12,3", 12.3, "percent", "%", RATE, I(Y24b), location="Lai Châu"),
    F("khoảng 17 triệu người", "17", 17000000, "count", "người", "người mắc tăng huyết áp",
      approx="about", status="estimate"),
    F("gần 7 triệu người", "7", 7000000, "count", "người", "người mắc đái tháo đường",
      approx="nearly", status="estimate"),
    F("khoảng 3.150 tỷ đồng", "3.150", 3150000000000, "money", "đồng",
      "quỹ bảo hiểm y tế chi cho thuốc điều trị ngoại trú hai bệnh tại tuyến xã", Y24,
      approx="about", percent=41),
    F("hai bệnh này", "hai", 2, "count", "bệnh", "bệnh", optional=True),
    F("phấn đấu 50% người", "50", 50, "percent", "%", "người tăng huyết áp được phát hiện", T25,
      status="target"),
    F("và 55% người", "55", 55, "percent", "%", "người đái tháo đường được phát hiện", T25,
      status="target"),
    F("; 95% trạm", "95", 95, "percent", "%",
      "trạm y tế xã triển khai dự phòng, quản lý bệnh không lây nhiễm", T25, status="target"),
    F("bổ sung 2.000 máy", "2.000", 2000, "count", "máy đo đường huyết",
      "máy đo đường huyết cấp bổ sung cho các trạm còn thiếu", Y25, status="forecast"),
]

COMMENTS = [
    "Bộ Y tế portal (Ngày đăng ... | Lượt xem ...): national results 2024, Việt Nam; provinces in the ranking list are the locations of their items.",
    "Not figures: Lượt xem 1.204, hội nghị ngày 5/4, Quyết định số 376/QĐ-TTg, address 138A Giảng Võ, phone 024.6273.2273, năm 2023 (baseline).",
    "'tăng lần lượt 4,1 và 3,8 điểm phần trăm' distributes the changes over 35,2% and 31,5%.",
    "7.615 trạm (chiếm 75,9%) is a sibling of 9.820 after ';': percent, no total. 'hai bệnh này' is an anaphor (optional).",
    "'Ước tính ... hiện có' gives estimate without a period.",
]

write("p986-4", TEXT, FIGS, COMMENTS, published="2025-04-07", location="Việt Nam")
