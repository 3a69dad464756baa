from lib import F, P, I, CH, emit

TEXT = """BÁO AN GIANG
Kinh tế

Gỡ khó nguồn cát san lấp cho các công trình trọng điểm

(AG) - Năm 2024, nhu cầu cát san lấp cho các dự án trọng điểm trên địa bàn tỉnh An Giang khoảng 9,5 triệu m³, trong khi công suất khai thác của các mỏ được cấp phép chỉ đạt 6,3 triệu m³/năm.

Theo Sở Tài nguyên và Môi trường, tính đến hết tháng 10/2024, toàn tỉnh có 11 mỏ cát lòng sông được cấp phép khai thác với tổng trữ lượng 18,6 triệu m³; trong đó 4 mỏ được giao trực tiếp cho nhà thầu thi công cao tốc Châu Đốc - Cần Thơ - Sóc Trăng và tuyến tránh Quốc lộ 91 theo cơ chế đặc thù tại Nghị quyết số 133/NQ-CP, với trữ lượng 7,2 triệu m³.

Do nguồn cung hạn chế, giá cát san lấp tại mỏ hiện dao động từ 180.000 đến 220.000 đồng/m³, tăng 30-40% so với đầu năm; cát xây tô có nơi lên tới 450.000 đồng/m³.

Để bù đắp thiếu hụt, tỉnh đang thí điểm sử dụng cát biển và tro xỉ nhiệt điện làm vật liệu san nền. Theo Sở Xây dựng, 10 tháng năm 2024, các công trình trên địa bàn đã sử dụng khoảng 1,1 triệu m³ vật liệu thay thế, chiếm gần 12% tổng khối lượng san lấp.

Từ đầu năm đến nay, lực lượng chức năng trong tỉnh đã phát hiện 37 vụ khai thác cát trái phép, tạm giữ 29 phương tiện, xử phạt hơn 1,6 tỷ đồng. Các vụ việc tập trung tại huyện Phú Tân (14 vụ), huyện Chợ Mới (11 vụ) và thị xã Tân Châu (8 vụ), chủ yếu vào ban đêm trên sông Tiền, sông Hậu.

Theo kế hoạch, đến cuối năm 2025, tỉnh sẽ đấu giá thêm 3 mỏ cát với tổng trữ lượng khoảng 5 triệu m³, phấn đấu đáp ứng 70% nhu cầu cát san lấp cho các công trình trọng điểm.

THU THẢO
12/11/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến hết tháng 10/2024", None, "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
T25 = P("đến cuối năm 2025", None, "2025-12-31")
FIGS = [
    F("khoảng 9,5 triệu m³", "9,5", 9500000, "measure", "m³", "nhu cầu cát san lấp cho các dự án trọng điểm", Y24,
      approx="about"),
    F("đạt 6,3 triệu m³/năm", "6,3", 6300000, "measure", "m³/năm", "công suất khai thác của các mỏ được cấp phép", Y24),
    F("có 11 mỏ", "11", 11, "count", "mỏ", "mỏ cát lòng sông được cấp phép khai thác", ASOF),
    F("trữ lượng 18,6 triệu m³", "18,6", 18600000, "measure", "m³", "tổng trữ lượng mỏ cát lòng sông được cấp phép", ASOF),
    F("trong đó 4 mỏ", "4", 4, "count", "mỏ", "mỏ được giao trực tiếp cho nhà thầu thi công cao tốc", ASOF, total=11),
    F("trữ lượng 7,2 triệu m³", "7,2", 7200000, "measure", "m³", "trữ lượng mỏ được giao trực tiếp cho nhà thầu", ASOF,
      total=18600000),
    F("từ 180.000 đến 220.000 đồng/m³", "180.000", 180000, "money", "đồng/m³", "giá cát san lấp tại mỏ",
      value_max=220000, change=CH("increase", 30, baseline="đầu năm")),
    F("lên tới 450.000 đồng/m³", "450.000", 450000, "money", "đồng/m³", "giá cát xây tô"),
    F("khoảng 1,1 triệu m³", "1,1", 1100000, "measure", "m³", "vật liệu thay thế các công trình đã sử dụng",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), approx="about", percent=12),
    F("phát hiện 37 vụ", "37", 37, "count", "vụ", "vụ khai thác cát trái phép", YTD),
    F("tạm giữ 29 phương tiện", "29", 29, "count", "phương tiện", "phương tiện bị tạm giữ", YTD),
    F("hơn 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "số tiền xử phạt", YTD, approx="over"),
    F("(14 vụ)", "14", 14, "count", "vụ", "vụ khai thác cát trái phép", I(YTD), location="Phú Tân"),
    F("(11 vụ)", "11", 11, "count", "vụ", "vụ khai thác cát trái phép", I(YTD), location="Chợ Mới"),
    F("(8 vụ)", "8", 8, "count", "vụ", "vụ khai thác cát trái phép", I(YTD), location="Tân Châu"),
    F("thêm 3 mỏ", "3", 3, "count", "mỏ", "mỏ cát đấu giá thêm", T25, status="target"),
    F("khoảng 5 triệu m³", "5", 5000000, "measure", "m³", "tổng trữ lượng mỏ cát đấu giá thêm", T25,
      approx="about", status="target"),
    F("đáp ứng 70%", "70", 70, "percent", "%", "nhu cầu cát san lấp cho các công trình trọng điểm được đáp ứng", T25,
      status="target"),
]

COMMENTS = [
    "Probe 629-5. Party newspaper (Báo An Giang), '(AG)' tag, byline and bare date '12/11/2024' at the end: river-sand supply for key projects.",
    "Trong đó after '11 mỏ … với tổng trữ lượng 18,6 triệu m³': the count part takes 11, the reserve part takes 18,6 triệu m³ (each the whole counting the same thing).",
    "District list (14+11+8 = 33 of 37, separate sentence, no cue): no total; district = location. Range change 'tăng 30-40%' → change value 30.",
    "'có nơi lên tới 450.000 đồng/m³' kept exact (no listed approx cue). 'đến cuối năm 2025' targets end 2025-12-31; 'Theo kế hoạch' → target.",
    "Not figures: 'Quốc lộ 91', 'Nghị quyết số 133/NQ-CP', end date, 'tháng 10/2024'.",
]

if __name__ == "__main__":
    emit("p629-5", TEXT, COMMENTS, FIGS, published="2024-11-12", location="An Giang")
