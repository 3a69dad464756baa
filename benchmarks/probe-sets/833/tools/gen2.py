"""p833-2: district portal (huyện Kim Bôi, Hòa Bình), hot spring tourism in Q1/2025."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BÔI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Du lịch khoáng nóng Kim Bôi khởi sắc ngay từ quý I

Thứ Bảy, 12/04/2025 - 09:40

Quý I/2025, các khu, điểm du lịch khoáng nóng trên địa bàn huyện đã đón khoảng 186.000 lượt khách, tăng 12,4% so với cùng kỳ năm 2024; trong đó khách quốc tế đạt 7.450 lượt. Tổng thu từ hoạt động du lịch ước đạt 142 tỷ đồng, bằng 31,6% kế hoạch năm.

Lượng khách tập trung chủ yếu tại xã Vĩnh Tiến (trên 98.000 lượt), xã Kim Bôi (khoảng 51.000 lượt) và xã Hợp Tiến (gần 23.000 lượt). Riêng dịp Lễ hội Khoáng nóng Kim Bôi lần thứ 3 diễn ra từ ngày 28/2 đến 2/3, huyện đón hơn 16.000 lượt khách.

Khu du lịch nước khoáng nóng tại xóm Mớ Đá, cách Hà Nội khoảng 75 km theo Quốc lộ 12B, hiện vận hành 3 bể khoáng ngoài trời, 64 phòng tắm riêng và 120 phòng nghỉ. Nước khoáng tại đây có nhiệt độ ổn định 34-36 độ C; giá vé tắm khoáng dao động từ 80.000 đến 250.000 đồng/lượt. Các cơ sở du lịch đã tạo việc làm thường xuyên cho hơn 650 lao động địa phương với thu nhập bình quân 6,5 triệu đồng/người/tháng.

Thực hiện Nghị quyết số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện, năm 2025 huyện đặt mục tiêu đón 600.000 lượt khách, tổng thu từ du lịch đạt 450 tỷ đồng. Dự kiến trong quý II, khu du lịch Mớ Đá sẽ đưa vào hoạt động thêm 2 bể khoáng trong nhà với tổng vốn khoảng 35 tỷ đồng.

Bùi Thu Hằng - Trung tâm VH-TT&TT huyện
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 186.000 lượt khách", "186.000", 186000, "count", "lượt khách", approx="about",
      change=C("increase", 12.4, baseline="cùng kỳ năm 2024"),
      subject="lượt khách đến các khu, điểm du lịch khoáng nóng", period=Q1),
    F("đạt 7.450 lượt", "7.450", 7450, "count", "lượt", total=186000, subject="khách quốc tế", period=Q1),
    F("ước đạt 142 tỷ đồng", "142", 142e9, "money", "đồng", status="estimate", percent=31.6,
      subject="tổng thu từ hoạt động du lịch", period=I(Q1)),
    F("trên 98.000 lượt", "98.000", 98000, "count", "lượt", approx="over", subject="lượng khách", period=I(Q1)),
    F("khoảng 51.000 lượt", "51.000", 51000, "count", "lượt", approx="about", subject="lượng khách", period=I(Q1)),
    F("gần 23.000 lượt", "23.000", 23000, "count", "lượt", approx="nearly", subject="lượng khách", period=I(Q1)),
    F("hơn 16.000 lượt khách", "16.000", 16000, "count", "lượt khách", approx="over",
      subject="lượt khách dịp Lễ hội Khoáng nóng Kim Bôi",
      period=P("từ ngày 28/2 đến 2/3", "2025-02-28", "2025-03-02")),
    F("khoảng 75 km", "75", 75, "measure", "km", approx="about", subject="khoảng cách từ Hà Nội"),
    F("3 bể khoáng ngoài trời", "3", 3, "count", "bể khoáng", subject="bể khoáng ngoài trời"),
    F("64 phòng tắm riêng", "64", 64, "count", "phòng tắm", subject="phòng tắm riêng"),
    F("120 phòng nghỉ", "120", 120, "count", "phòng nghỉ", subject="phòng nghỉ"),
    F("ổn định 34-36 độ C", "34", 34, "measure", "độ C", value_max=36, subject="nhiệt độ nước khoáng"),
    F("từ 80.000 đến 250.000 đồng/lượt", "80.000", 80000, "money", "đồng/lượt", value_max=250000,
      subject="giá vé tắm khoáng"),
    F("hơn 650 lao động", "650", 650, "count", "lao động", approx="over",
      subject="lao động địa phương có việc làm thường xuyên"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("đón 600.000 lượt khách", "600.000", 600000, "count", "lượt khách", status="target",
      subject="lượt khách", period=Y25),
    F("đạt 450 tỷ đồng", "450", 450e9, "money", "đồng", status="target", subject="tổng thu từ du lịch", period=Y25),
    F("thêm 2 bể khoáng", "2", 2, "count", "bể khoáng", status="forecast",
      subject="bể khoáng trong nhà đưa vào hoạt động", period=P("trong quý II", "2025-04-01", "2025-06-30")),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn đầu tư bể khoáng trong nhà"),
]

build("p833-2", TEXT, FIGS, published="2025-04-12", location="Kim Bôi", notes=[
    "District portal (huyện Kim Bôi, Hòa Bình): hot spring tourism in Q1/2025; byline at the end.",
    "The commune list (Vĩnh Tiến, Kim Bôi, Hợp Tiến) does not add up to 186.000 and has no part-of cue: no total;",
    "  communes are not locations of the contract, so the items keep the district Kim Bôi.",
    "'bằng 31,6% kế hoạch năm' is the share of 142 tỷ. The festival dates give 2025-02-28..2025-03-02.",
    "The capital 'khoảng 35 tỷ đồng' is the project's, not a quarter's: no period.",
    "Distractors: Thứ Bảy 12/04/2025 - 09:40, lần thứ 3, ngày 28/2 đến 2/3, Quốc lộ 12B, Nghị quyết số 09-NQ/HU.",
])
