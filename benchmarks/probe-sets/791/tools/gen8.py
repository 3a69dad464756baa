"""p791-8: provincial newspaper online (Báo Bắc Giang), headline figure, (BGĐT) tag: drones on lychee in Lục Ngạn, 2025."""
from lib import F, P, I, C, T, emit

TEXT = """Báo Bắc Giang điện tử
Nông nghiệp - Nông thôn
Thứ Sáu, 25/04/2025 10:35

Lục Ngạn: Hơn 9.000 ha vải thiều được chăm sóc bằng thiết bị bay

(BGĐT) - Từ đầu năm đến nay, các tổ dịch vụ trên địa bàn huyện Lục Ngạn đã sử dụng thiết bị bay không người lái phun thuốc, bón phân qua lá cho 9.150 ha vải thiều, chiếm gần 32% diện tích vải toàn huyện. Cả năm 2024, diện tích này chỉ đạt khoảng 6.800 ha.

Toàn huyện hiện có 58 thiết bị bay, tăng 23 chiếc so với cùng kỳ năm 2024, trong đó 36 chiếc thuộc 12 hợp tác xã, còn lại của các hộ kinh doanh dịch vụ. Giá thuê phun cho vải từ 150.000 - 180.000 đồng/ha/lần; mỗi vụ vải cần phun 6-8 lần. Mỗi thiết bị bay có giá từ 300 đến 450 triệu đồng, người điều khiển có thu nhập bình quân 20-25 triệu đồng/tháng.

Theo ông Giáp Văn Năm, Giám đốc HTX Nông sản Phì Điền, mỗi máy phun được 25-30 ha/ngày, gấp khoảng 40 lần lao động thủ công; lượng thuốc giảm 25%, chi phí chăm sóc giảm khoảng 2 triệu đồng/ha/vụ. Hiện Lục Ngạn có 71 người được cấp chứng chỉ điều khiển thiết bị bay.

Huyện phấn đấu năm 2025 có 80 thiết bị bay, diện tích vải được phun bằng thiết bị bay đạt 12.000 ha. Dự kiến trong tháng 5, huyện tổ chức thêm 2 lớp huấn luyện cho 60 học viên tại xã Phượng Sơn, gần Quốc lộ 31.

Ngọc Thúy
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
MAY = P("trong tháng 5", "2025-05-01", "2025-05-31")

FIGS = [
    F("Hơn 9.000 ha", "9.000", 9000, "measure", "ha", "vải thiều được chăm sóc bằng thiết bị bay", approx="over"),
    F("cho 9.150 ha", "9.150", 9150, "measure", "ha",
      "vải thiều được phun thuốc, bón phân qua lá bằng thiết bị bay không người lái",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-04-25"), percent=32),
    F("khoảng 6.800 ha", "6.800", 6800, "measure", "ha", "diện tích vải được chăm sóc bằng thiết bị bay",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("hiện có 58 thiết bị bay", "58", 58, "count", "thiết bị bay", "thiết bị bay",
      change=C("increase", 23, "chiếc", "cùng kỳ năm 2024")),
    F("trong đó 36 chiếc", "36", 36, "count", "chiếc", "thiết bị bay thuộc hợp tác xã", total=58),
    F("thuộc 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã có thiết bị bay"),
    F("từ 150.000 - 180.000 đồng/ha/lần", "150.000", 150000, "money", "đồng/ha/lần", "giá thuê phun cho vải",
      value_max=180000),
    F("phun 6-8 lần", "6", 6, "count", "lần", "số lần phun mỗi vụ vải", value_max=8),
    F("từ 300 đến 450 triệu đồng", "300", 300000000, "money", "đồng", "giá mỗi thiết bị bay", value_max=450000000),
    F("bình quân 20-25 triệu đồng/tháng", "20", 20000000, "money", "đồng/tháng", "thu nhập bình quân người điều khiển",
      value_max=25000000),
    F("phun được 25-30 ha/ngày", "25", 25, "measure", "ha/ngày", "diện tích mỗi máy phun được", value_max=30,
      change=C("increase", 40, "lần", "lao động thủ công", "about")),
    F("giảm 25%", "25", 25, "percent", "%", "lượng thuốc giảm"),
    F("khoảng 2 triệu đồng/ha/vụ", "2", 2000000, "money", "đồng/ha/vụ", "chi phí chăm sóc giảm", approx="about"),
    F("có 71 người", "71", 71, "count", "người", "người được cấp chứng chỉ điều khiển thiết bị bay"),
    F("có 80 thiết bị bay", "80", 80, "count", "thiết bị bay", "thiết bị bay", Y25, status="target"),
    F("đạt 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích vải được phun bằng thiết bị bay", Y25,
      status="target"),
    F("thêm 2 lớp", "2", 2, "count", "lớp", "lớp huấn luyện tổ chức thêm", MAY, status="forecast"),
    F("cho 60 học viên", "60", 60, "count", "học viên", "học viên được huấn luyện", MAY, status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online: headline with a figure, dateline 'Thứ Sáu, 25/04/2025 10:35', tag '(BGĐT) -'; lychee in Lục Ngạn.",
    "Every figure is huyện Lục Ngạn (HTX Phì Điền and xã Phượng Sơn lie in it). 'Từ đầu năm đến nay' = 2025-01-01..dateline.",
    "'hiện có 58 ..., tăng 23 chiếc so với cùng kỳ năm 2024' -> change of 58, no period ('hiện'). 'gấp khoảng 40 lần lao",
    "động thủ công' right after the rate is its change (lần). 'giảm khoảng 2 triệu đồng/ha/vụ' (no base amount) is a money figure.",
    "'6-8 lần' (sprayings per season) is a count. 'trong tháng 5' takes 2025 from 'năm 2025' before it.",
    "Distractors: 10:35, Giáp Văn Năm, Quốc lộ 31, byline Ngọc Thúy.",
]

emit("p791-8", TEXT, FIGS, NOTES, published="2025-04-25", location="Lục Ngạn")
