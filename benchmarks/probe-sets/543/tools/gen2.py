"""p543-2: Long Thành district portal, Long Thành international airport construction, as of 30/4/2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN LONG THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Kinh tế - Xây dựng
Thứ Sáu, 17/05/2024 - 14:30

Sân bay Long Thành: nhà ga hành khách hoàn thành hơn 40% khối lượng

Theo Ban Quản lý dự án Cảng hàng không quốc tế Long Thành, tính đến ngày 30/4/2024, gói thầu 5.10 thi công nhà ga hành khách đã hoàn thành hơn 40% khối lượng, phần kết cấu mái đạt khoảng 55%. Đường cất hạ cánh số 1 dài 4.000 m, rộng 75 m đã thảm xong lớp bê tông nhựa trên 2.600 m.

Giai đoạn 1 của dự án có công suất 25 triệu hành khách/năm và 1,2 triệu tấn hàng hóa/năm, tổng mức đầu tư 109.111 tỷ đồng. Hiện công trường huy động khoảng 7.000 cán bộ, kỹ sư, công nhân và 1.850 thiết bị thi công; dự kiến giai đoạn cao điểm cần từ 10.000 đến 12.000 lao động.

Về công tác bồi thường, giải phóng mặt bằng, huyện đã bàn giao đủ 5.000 ha đất cho dự án, đạt 100% diện tích. Tổng kinh phí bồi thường, hỗ trợ đã chi trả hơn 18.000 tỷ đồng cho 5.481 hộ dân. Khu tái định cư Lộc An - Bình Sơn rộng 282 ha đã bố trí 4.420 lô đất; trong đó 3.916 lô đã bàn giao cho người dân, 504 lô còn lại đang hoàn thiện thủ tục.

Theo kế hoạch, các hạng mục chính của giai đoạn 1 phải hoàn thành trong năm 2025. Huyện phấn đấu đến năm 2025 đào tạo nghề cho khoảng 3.500 lao động địa phương để làm việc tại sân bay, trong đó trên 60% là lao động trẻ ở các xã có đất bị thu hồi.

Ông Trần Văn Hùng, Phó Chủ tịch UBND huyện cho biết, các tuyến kết nối như Quốc lộ 51, đường tỉnh 769 và cao tốc Biên Hòa - Vũng Tàu đang được đẩy nhanh tiến độ.

Văn phòng HĐND và UBND huyện Long Thành
Địa chỉ: số 1 Lê Duẩn, khu Phước Hải, thị trấn Long Thành. ĐT: 0251.3844.236
"""

ASOF = P("tính đến ngày 30/4/2024", None, "2024-04-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hành khách hoàn thành hơn 40%", "40", 40, "percent", "%",
      "khối lượng nhà ga hành khách sân bay Long Thành hoàn thành", approx="over"),
    F("đã hoàn thành hơn 40% khối lượng", "40", 40, "percent", "%",
      "khối lượng gói thầu thi công nhà ga hành khách đã hoàn thành", ASOF, approx="over"),
    F("đạt khoảng 55%", "55", 55, "percent", "%",
      "phần kết cấu mái nhà ga hành khách", ASOF, approx="about"),
    F("dài 4.000 m", "4.000", 4000, "measure", "m", "chiều dài đường cất hạ cánh số 1"),
    F("rộng 75 m", "75", 75, "measure", "m", "chiều rộng đường cất hạ cánh số 1"),
    F("trên 2.600 m", "2.600", 2600, "measure", "m",
      "lớp bê tông nhựa đường cất hạ cánh đã thảm xong", approx="over"),
    F("công suất 25 triệu hành khách/năm", "25", 25000000, "measure", "hành khách/năm",
      "công suất giai đoạn 1 của dự án"),
    F("1,2 triệu tấn hàng hóa/năm", "1,2", 1200000, "measure", "tấn hàng hóa/năm",
      "công suất hàng hóa giai đoạn 1 của dự án"),
    F("đầu tư 109.111 tỷ đồng", "109.111", 109111000000000, "money", "đồng",
      "tổng mức đầu tư giai đoạn 1"),
    F("khoảng 7.000 cán bộ", "7.000", 7000, "count", "cán bộ, kỹ sư, công nhân",
      "cán bộ, kỹ sư, công nhân công trường huy động", approx="about"),
    F("1.850 thiết bị", "1.850", 1850, "count", "thiết bị",
      "thiết bị thi công công trường huy động"),
    F("từ 10.000 đến 12.000 lao động", "10.000", 10000, "count", "lao động",
      "lao động cần trong giai đoạn cao điểm", value_max=12000, status="forecast"),
    F("đủ 5.000 ha", "5.000", 5000, "measure", "ha",
      "đất bàn giao cho dự án", percent=100),
    F("hơn 18.000 tỷ đồng", "18.000", 18000000000000, "money", "đồng",
      "tổng kinh phí bồi thường, hỗ trợ đã chi trả", approx="over"),
    F("cho 5.481 hộ dân", "5.481", 5481, "count", "hộ dân",
      "hộ dân được chi trả bồi thường, hỗ trợ"),
    F("rộng 282 ha", "282", 282, "measure", "ha",
      "diện tích khu tái định cư Lộc An - Bình Sơn"),
    F("bố trí 4.420 lô", "4.420", 4420, "count", "lô đất",
      "lô đất khu tái định cư đã bố trí"),
    F("3.916 lô", "3.916", 3916, "count", "lô",
      "lô đất đã bàn giao cho người dân", total=4420),
    F("504 lô", "504", 504, "count", "lô",
      "lô đất đang hoàn thiện thủ tục", total=4420),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động",
      "lao động địa phương được đào tạo nghề để làm việc tại sân bay", T25, approx="about", status="target"),
    F("trên 60%", "60", 60, "percent", "%",
      "tỷ lệ lao động trẻ ở các xã có đất bị thu hồi trong số lao động được đào tạo nghề", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Long Thành district portal ('Thứ Sáu, 17/05/2024 - 14:30', breadcrumb): Long Thành airport construction and land clearance.",
    "Location: the district (Long Thành). 'tính đến ngày 30/4/2024' is an as-of period for its own sentence only.",
    "Not figures: 'gói thầu 5.10', 'Đường cất hạ cánh số 1', 'Giai đoạn 1', 'Quốc lộ 51', 'đường tỉnh 769', 'số 1 Lê Duẩn', phone.",
    "'đạt 100% diện tích' after 5.000 ha is its percent. 'trên 60% là lao động trẻ' is a share with no count: its own percent figure (target).",
    "The headline 'hơn 40%' is a figure of its own (no period in the headline).",
]

if __name__ == "__main__":
    emit("p543-2", TEXT, COMMENTS, FIGS, published="2024-05-17", location="Long Thành")
